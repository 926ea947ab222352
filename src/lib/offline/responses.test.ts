import { describe, expect, it } from 'vitest';
import { keepVerdict, mayFile, staleCopies, type AnswerFacts } from './responses';

const answer = (facts: Partial<AnswerFacts> = {}): AnswerFacts => ({
	status: 200,
	ok: true,
	type: 'basic',
	redirected: false,
	cacheControl: null,
	sessionCopy: false,
	...facts
});
const gone = (status: number) => answer({ status, ok: false });
// A 303 to a signed Supabase Storage URL, asked for with redirect: 'manual'.
const storageRedirect = answer({ status: 0, ok: false, type: 'opaqueredirect' });

describe('what a fresh answer does to the copies of its URL', () => {
	it('removes every copy when the listing or file is gone', () => {
		expect(staleCopies(gone(404))).toBe('all');
		expect(staleCopies(gone(410))).toBe('all');
	});

	it('removes the visited copies when the server says no-store', () => {
		expect(staleCopies(answer({ cacheControl: 'private, no-store' }))).toBe('visited');
		expect(mayFile(answer({ cacheControl: 'private, no-store' }))).toBe(false);
	});

	it('files a page that is no-store only because it was rendered for a session, in that session’s cache', () => {
		const signedIn = answer({ cacheControl: 'private, no-store', sessionCopy: true });
		expect(mayFile(signedIn)).toBe(true);
		expect(staleCopies(signedIn)).toBe('none');
		expect(keepVerdict('listing-page', signedIn)).toBe('keep');
	});

	it('skips an interest form it cannot keep and still keeps the listing', () => {
		expect(keepVerdict('listing-form', answer({ status: 0, ok: false, type: 'opaqueredirect' }))).toBe('skip');
		expect(keepVerdict('listing-form', answer({ cacheControl: 'private, no-store', sessionCopy: true }))).toBe('keep');
	});

	it('leaves them for anything else, a server error included', () => {
		expect(staleCopies(answer())).toBe('none');
		expect(staleCopies(answer({ status: 500, ok: false }))).toBe('none');
		expect(staleCopies(answer({ status: 403, ok: false }))).toBe('none');
	});

	it('files only same-origin, successful, unredirected answers', () => {
		expect(mayFile(answer({ cacheControl: 'private, max-age=3600' }))).toBe(true);
		expect(mayFile(answer({ redirected: true }))).toBe(false);
		expect(mayFile(answer({ type: 'opaque', status: 0, ok: false }))).toBe(false);
		expect(mayFile(gone(404))).toBe(false);
	});
});

describe('making a listing available offline', () => {
	it('keeps the page and its images when each can be stored', () => {
		expect(keepVerdict('listing-page', answer())).toBe('keep');
		expect(keepVerdict('image', answer({ cacheControl: 'private, max-age=3600' }))).toBe('keep');
	});

	it('fails when the page itself cannot be kept', () => {
		expect(keepVerdict('listing-page', null)).toBe('fail');
		expect(keepVerdict('listing-page', gone(404))).toBe('fail');
		expect(keepVerdict('listing-page', answer({ cacheControl: 'no-store' }))).toBe('fail');
	});

	it('skips an image it cannot keep and still succeeds: a Storage redirect, a missing or confidential file, no network', () => {
		for (const image of [
			storageRedirect,
			gone(404),
			answer({ cacheControl: 'private, no-store' }),
			answer({ type: 'cors', redirected: true }),
			null
		]) {
			expect(keepVerdict('image', image)).toBe('skip');
		}
	});
});
