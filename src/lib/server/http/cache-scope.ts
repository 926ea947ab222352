import type { Handle } from '@sveltejs/kit';
import { sha256Hex } from '../auth/tokens.ts';
import { cacheScopeHeader, publicScope, sessionCopyHeader, sessionCopyValue } from '$lib/offline/cache-policy';
import { cacheUserHeader, userTagOf } from '$lib/offline/owner';

/**
 * Tells the service worker whose eyes a response is for: "public" when the request had no
 * session, else an opaque tag of the session (a hash of its id, which is itself a hash of
 * the cookie token, so it authenticates nothing).
 * Security invariant: the service worker caches a response only under the scope named here,
 * serves a private scope's copies only while it has seen no other scope since, and deletes
 * them the moment it does (sign-out, expiry, another sign-in).
 * With a session comes the user's tag (userTagOf), so the worker can tell the same user's next
 * session from another user's: their pending writes stay for the one and go for the other.
 */
export function cacheScopeOf(sessionId: string | null): string {
	if (!sessionId) return publicScope;
	return `session-${sha256Hex(`cache-scope:${sessionId}`).slice(0, 24)}`;
}

// A user's tag never changes, and WebCrypto's digest is a thread-pool round trip: a tenth of the
// CPU of a signed-in form post (profiled while fuzzing the forms). Each process hashes a user once.
const userTags = new Map<string, Promise<string>>();
function cachedUserTag(userId: string): Promise<string> {
	let tag = userTags.get(userId);
	if (!tag) {
		if (userTags.size >= 10_000) userTags.clear();
		tag = userTagOf(userId);
		userTags.set(userId, tag);
	}
	return tag;
}

export const cacheScope: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.headers.has(cacheScopeHeader)) return response;
	const userTag = event.locals.session && event.locals.user ? await cachedUserTag(event.locals.user.id) : null;
	// A redirect or a static file may come with immutable headers; those need no scope.
	try {
		response.headers.set(cacheScopeHeader, cacheScopeOf(event.locals.session?.id ?? null));
		if (userTag) response.headers.set(cacheUserHeader, userTag);
		// Security invariant: nothing rendered for a session stays in the browser's HTTP or
		// back-forward cache, where Back after sign-out (or the next user) would find it. Only the
		// worker keeps a copy, in this session's cache, deleted when the session ends. A response
		// that chose its own caching (a file, a stream) keeps it.
		if (event.locals.session && !response.headers.has('cache-control')) {
			response.headers.set('cache-control', 'private, no-store');
			response.headers.set(sessionCopyHeader, sessionCopyValue);
		}
	} catch {
		// Immutable headers (a fetch passed through): nothing the service worker caches.
	}
	return response;
};
