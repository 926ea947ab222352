import { describe, expect, it } from 'vitest';
import { parseUserTag, scopeChange, userTagOf, type ScopeState } from './owner';

const alice = 'user-aaaaaaaaaaaaaaaaaaaaaaaa';
const bob = 'user-bbbbbbbbbbbbbbbbbbbbbbbb';
const signedIn: ScopeState = { scope: 'session-111111111111111111111111', owner: alice };

describe('user tags', () => {
	it('are opaque, stable per user and of the shape the worker accepts', async () => {
		const tag = await userTagOf('00000000-0000-4000-8000-000000001002');
		expect(tag).toMatch(/^user-[0-9a-f]{24}$/);
		expect(tag).not.toContain('1002');
		expect(await userTagOf('00000000-0000-4000-8000-000000001002')).toBe(tag);
		expect(await userTagOf('00000000-0000-4000-8000-000000001001')).not.toBe(tag);
		expect(parseUserTag(tag)).toBe(tag);
		for (const bad of [null, '', 'user-', 'session-aaaaaaaaaaaaaaaaaaaaaaaa', `${alice}x`])
			expect(parseUserTag(bad)).toBeNull();
	});
});

describe('what a change of scope does to the outbox and the private caches', () => {
	it('keeps the writes when a signed-in session turns public without a sign-out (expiry, a failed check)', () => {
		const change = scopeChange(signedIn, { scope: 'public', userTag: null });
		expect(change).toEqual({ state: { scope: 'public', owner: alice }, deleteOtherCaches: true, outbox: 'keep' });
	});

	it('keeps them for the same user’s next session', () => {
		const expired = scopeChange(signedIn, { scope: 'public', userTag: null }).state;
		const change = scopeChange(expired, { scope: 'session-222222222222222222222222', userTag: alice });
		expect(change).toEqual({
			state: { scope: 'session-222222222222222222222222', owner: alice },
			deleteOtherCaches: true,
			outbox: 'keep'
		});
	});

	it('keeps only the new user’s entries when another user signs in, before or after a public page', () => {
		const direct = scopeChange(signedIn, { scope: 'session-333333333333333333333333', userTag: bob });
		expect(direct).toEqual({
			state: { scope: 'session-333333333333333333333333', owner: bob },
			deleteOtherCaches: true,
			outbox: 'owner-only'
		});
		const viaPublic = scopeChange(
			{ scope: 'public', owner: alice },
			{ scope: 'session-333333333333333333333333', userTag: bob }
		);
		expect(viaPublic.outbox).toBe('owner-only');
		expect(
			scopeChange({ scope: 'public', owner: null }, { scope: 'session-333333333333333333333333', userTag: bob }).outbox
		).toBe('owner-only');
	});

	it('clears the outbox on an explicit sign-out, and forgets its owner', () => {
		expect(scopeChange(signedIn, 'signed-out')).toEqual({
			state: { scope: 'public', owner: null },
			deleteOtherCaches: true,
			outbox: 'clear'
		});
	});

	it('changes nothing while the scope stays the same', () => {
		expect(scopeChange(signedIn, { scope: signedIn.scope, userTag: alice })).toEqual({
			state: signedIn,
			deleteOtherCaches: false,
			outbox: 'keep'
		});
		expect(scopeChange(signedIn, { scope: signedIn.scope, userTag: null })).toEqual({
			state: signedIn,
			deleteOtherCaches: false,
			outbox: 'keep'
		});
		expect(scopeChange({ scope: 'public', owner: alice }, { scope: 'public', userTag: null }).deleteOtherCaches).toBe(
			false
		);
	});

	it('clears the outbox for a new session whose user it cannot tell', () => {
		expect(scopeChange(signedIn, { scope: 'session-444444444444444444444444', userTag: null })).toEqual({
			state: { scope: 'session-444444444444444444444444', owner: null },
			deleteOtherCaches: true,
			outbox: 'clear'
		});
	});
});
