import { sessionCopyHeader, sessionCopyValue } from './cache-policy.ts';

// What a network answer means for the service worker's copies of its URL. Pure: the worker
// passes the answer's facts, the tests pass made-up ones.

export interface AnswerFacts {
	status: number;
	ok: boolean;
	/** Response.type: basic (same origin), cors (cross-origin, readable), opaque, opaqueredirect. */
	type: string;
	redirected: boolean;
	cacheControl: string | null;
	/** no-store only because it was rendered for a session (sessionCopyHeader): the worker's own scoped copy is allowed. */
	sessionCopy: boolean;
}

export function answerFacts(response: Response): AnswerFacts {
	return {
		status: response.status,
		ok: response.ok,
		type: response.type,
		redirected: response.redirected,
		cacheControl: response.headers.get('cache-control'),
		sessionCopy: response.headers.get(sessionCopyHeader) === sessionCopyValue
	};
}

// A session's no-store keeps the browser's caches out, not the worker's scoped one.
const noStore = (facts: AnswerFacts) => !facts.sessionCopy && /no-store/i.test(facts.cacheControl ?? '');

/** A same-origin, successful, storable answer: the only kind filed while browsing. */
export function mayFile(facts: AnswerFacts): boolean {
	return facts.ok && facts.type === 'basic' && !facts.redirected && !noStore(facts);
}

/**
 * Which copies of a URL a fresh answer makes wrong. 404/410: the listing or file is gone for
 * this viewer (withdrawn, unpublished, deleted), so every copy goes, kept ones too. no-store:
 * the server no longer lets it be stored, so the visited copies go; one the user kept on
 * purpose stays until they remove it or the session ends.
 */
export function staleCopies(facts: AnswerFacts): 'none' | 'visited' | 'all' {
	if (facts.status === 404 || facts.status === 410) return 'all';
	return noStore(facts) ? 'visited' : 'none';
}

/**
 * "Available offline", URL by URL: keep it, skip it, or fail the whole request.
 * The page decides success: without it nothing opens offline. An image that cannot be kept is
 * skipped and the page is still kept: the listing reads offline without that picture.
 * With Supabase Storage an image answers 303 to a signed cross-origin URL. The worker does not
 * follow it (it asks with redirect: 'manual' and gets an opaque redirect, skipped here): the
 * `no-store` that marks a confidential file sits on that redirect, unreadable to the worker,
 * and the signed URL's own answer does not carry it, so following would keep confidential files
 * that local storage refuses to let be stored. Such images show when online only.
 */
export function keepVerdict(
	kind: 'listing-page' | 'listing-form' | 'image',
	facts: AnswerFacts | null
): 'keep' | 'skip' | 'fail' {
	const storable = facts !== null && mayFile(facts);
	if (kind === 'listing-form') return storable ? 'keep' : 'skip';
	if (kind === 'listing-page') return storable ? 'keep' : 'fail';
	return storable ? 'keep' : 'skip';
}
