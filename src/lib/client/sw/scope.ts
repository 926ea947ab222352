/// <reference lib="webworker" />
import { cacheNames, cachesToDelete, parseScope, publicScope, cacheScopeHeader } from '$lib/domain/offline';
import { clearOutbox } from '$lib/client/outbox';

// The session the worker last saw a response for, kept in the Cache API so it survives the
// worker being stopped and the browser restarting (an offline cold start needs it).
const scopeKey = '/__zq/scope';
let known: string | null = null;

export async function currentScope(): Promise<string> {
	if (known) return known;
	const stored = await (await caches.open(cacheNames.meta)).match(scopeKey);
	known = parseScope(stored ? await stored.text() : null) ?? publicScope;
	return known;
}

/**
 * Records the scope a network response was made for. A different one than before means the
 * session ended or changed: every other session's caches and the outbox go, before the
 * response reaches the page (security invariant: no private copy outlives its session).
 */
export async function observeScope(response: Response): Promise<string | null> {
	const scope = parseScope(response.headers.get(cacheScopeHeader));
	if (!scope) return null;
	if (scope !== (await currentScope())) await switchScope(scope);
	return scope;
}

async function switchScope(scope: string): Promise<void> {
	for (const name of cachesToDelete(await caches.keys(), scope)) await caches.delete(name);
	await clearOutbox();
	known = scope;
	await (await caches.open(cacheNames.meta)).put(scopeKey, new Response(scope));
}

/**
 * A sign-out form posted without scripts: its answer is a redirect the worker cannot read, and
 * the browser follows it without the worker, so the session is forgotten here, once the server
 * has answered (a failed post leaves the user signed in, and their copies with them).
 */
export async function passSignOut(request: Request): Promise<Response> {
	const response = await fetch(request);
	await switchScope(publicScope);
	return response;
}
