import { m } from '$lib/paraglide/messages';

/** What a listing off the market says: "transferred" (assignment, equity) or "licensed exclusively". */
export function closingLabel(status: 'licensed' | 'transferred'): string {
	return status === 'transferred' ? m.closing_listing_transferred() : m.closing_listing_licensed();
}
