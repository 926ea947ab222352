/// <reference lib="webworker" />
import { cacheNames, cachesToDelete, parseScope, publicScope, cacheScopeHeader } from '$lib/offline/cache-policy';
import {
	cacheUserHeader,
	parseUserTag,
	sameScopeState,
	scopeChange,
	type ScopeSeen,
	type ScopeState
} from '$lib/offline/owner';
import { clearOutbox, keepOnlyEntriesOf } from '$lib/offline/outbox';

// The session the worker last saw a response for, and whose writes the outbox holds, kept in
// the Cache API so they survive the worker being stopped and the browser restarting (an
// offline cold start needs them).
const scopeKey = '/__zq/scope';
const ownerKey = '/__zq/owner';
let known: ScopeState | null = null;

// Every change of scope and every copy filed under a scope runs in this one queue, in the
// order the responses arrived: two responses can no longer both switch from the same old
// scope, and no copy is put into a scope's cache after (or while) that cache is deleted.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
	const result = queue.then(work);
	queue = result.catch(() => undefined);
	return result;
}

async function load(): Promise<ScopeState> {
	if (known) return known;
	const meta = await caches.open(cacheNames.meta);
	const read = async (key: string) => {
		const stored = await meta.match(key);
		return stored ? stored.text() : null;
	};
	known = { scope: parseScope(await read(scopeKey)) ?? publicScope, owner: parseUserTag(await read(ownerKey)) };
	return known;
}

async function apply(seen: ScopeSeen): Promise<void> {
	const previous = await load();
	const change = scopeChange(previous, seen);
	if (change.deleteOtherCaches)
		for (const name of cachesToDelete(await caches.keys(), change.state.scope)) await caches.delete(name);
	if (change.outbox === 'clear') await clearOutbox();
	if (change.outbox === 'owner-only') await keepOnlyEntriesOf(change.state.owner!);
	if (sameScopeState(previous, change.state)) return;
	known = change.state;
	const meta = await caches.open(cacheNames.meta);
	await meta.put(scopeKey, new Response(change.state.scope));
	if (change.state.owner) await meta.put(ownerKey, new Response(change.state.owner));
	else await meta.delete(ownerKey);
}

/** The scope as of every response seen so far (waits for a change in progress). */
export async function currentScope(): Promise<string> {
	return serialised(async () => (await load()).scope);
}

/** The user whose writes the outbox may send now: null unless the current scope is signed in. */
export async function currentSender(): Promise<string | null> {
	return serialised(async () => {
		const state = await load();
		return state.scope === publicScope ? null : state.owner;
	});
}

/**
 * Records the scope a network response was made for. A different one than before means the
 * session ended or changed: every other session's caches go, and the outbox as scopeChange
 * says, before the response reaches the page (security invariant: no private copy outlives
 * its session; no user's writes are left for another).
 */
export async function observeScope(response: Response): Promise<string | null> {
	const scope = parseScope(response.headers.get(cacheScopeHeader));
	if (!scope) return null;
	const userTag = parseUserTag(response.headers.get(cacheUserHeader));
	await serialised(() => apply({ scope, userTag }));
	return scope;
}

/** Runs `work` (filing or forgetting copies of `scope`) if `scope` is still the current one. */
export async function whileCurrent(scope: string, work: () => Promise<void>): Promise<void> {
	await serialised(async () => {
		if ((await load()).scope === scope) await work();
	});
}

/**
 * A sign-out form passing through the worker: posted with scripts (a fetch whose answer is a
 * redirect for the page to follow) or without (a navigation whose redirect the worker cannot
 * read). Either way the session is forgotten here, with the outbox, once the server has
 * answered (a failed post leaves the user signed in, and their copies with them). Only here
 * does the outbox lose the signed-in user's own writes unsent (see scopeChange).
 */
export async function passSignOut(request: Request): Promise<Response> {
	const response = await fetch(request);
	await serialised(() => apply('signed-out'));
	return response;
}
