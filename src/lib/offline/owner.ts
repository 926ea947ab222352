import { publicScope } from './cache-policy.ts';

// Whose pending writes the outbox holds, and what a change of scope does to them and to the
// private caches. Pure: the service worker applies the decisions, the tests check them.

export const cacheUserHeader = 'x-cache-user';

/**
 * An opaque tag of a user, sent by the server with every signed-in response next to the
 * session's scope (sessions change at every sign-in, users do not). A hash, so the header
 * names nobody; it authenticates nothing either.
 */
export async function userTagOf(userId: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`cache-user:${userId}`));
	return `user-${[...new Uint8Array(digest).slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A user tag as the server sends it, or null for anything else. */
export function parseUserTag(value: string | null): string | null {
	return value && /^user-[0-9a-f]{24}$/.test(value) ? value : null;
}

/** What the worker remembers: the scope it last saw, and whose writes the outbox may hold. */
export interface ScopeState {
	scope: string;
	/** The user tag of the last signed-in user seen since the last sign-out, or null. */
	owner: string | null;
}

/** A response's scope and user, or an explicit sign-out passing through the worker. */
export type ScopeSeen = { scope: string; userTag: string | null } | 'signed-out';

export interface ScopeChange {
	state: ScopeState;
	/** Delete every private cache but the new scope's (cachesToDelete). */
	deleteOtherCaches: boolean;
	/** keep: leave the outbox; owner-only: drop the entries of anyone but the new owner; clear: empty it. */
	outbox: 'keep' | 'owner-only' | 'clear';
}

/**
 * Security invariants: no private copy outlives its scope (any change of scope deletes the
 * other sessions' caches), and no user's pending writes stay for another signed-in user or
 * after an explicit sign-out. A signed-in → public change that is not a sign-out (the session
 * expired offline, or one response could not vouch for it) keeps the writes: they wait for
 * the same user to sign in again, and are never sent under anyone else's session.
 */
export function scopeChange(previous: ScopeState, seen: ScopeSeen): ScopeChange {
	if (seen === 'signed-out')
		return { state: { scope: publicScope, owner: null }, deleteOtherCaches: true, outbox: 'clear' };
	const deleteOtherCaches = seen.scope !== previous.scope;
	if (seen.scope === publicScope)
		return { state: { scope: publicScope, owner: previous.owner }, deleteOtherCaches, outbox: 'keep' };
	// A signed-in response without a user tag (a server from before tags): a new session of an
	// unknown user clears the outbox, as every change of scope did before tags.
	if (!seen.userTag)
		return deleteOtherCaches
			? { state: { scope: seen.scope, owner: null }, deleteOtherCaches, outbox: 'clear' }
			: { state: previous, deleteOtherCaches, outbox: 'keep' };
	const sameOwner = seen.userTag === previous.owner;
	return {
		state: { scope: seen.scope, owner: seen.userTag },
		deleteOtherCaches,
		outbox: sameOwner ? 'keep' : 'owner-only'
	};
}

/** Whether the state changed, so the worker must store it. */
export function sameScopeState(a: ScopeState, b: ScopeState): boolean {
	return a.scope === b.scope && a.owner === b.owner;
}
