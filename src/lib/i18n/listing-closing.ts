import { m } from '$lib/paraglide/messages';

/** "Transferred" for an assignment or an equity contribution, "licensed exclusively" otherwise. */
export function closingLabel(takenByMode: string | null): string {
	return takenByMode === 'assignment' || takenByMode === 'equity'
		? m.closing_listing_transferred()
		: m.closing_listing_licensed();
}
