import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { containsPattern } from './db/like.ts';

// The patents a valuation request may name, as the request form picks them: the ones already
// ticked, the ones the reader works with, or a search. The database's rule decides which are
// allowed (app.valuation_patent_allowed, checked again when the request is made); this module
// only chooses which of them to show, so the form never lists every published patent at once.

export interface ValuablePatent {
	id: string;
	applicationNumber: string;
	title: string;
	legalStatus: 'pending' | 'granted' | 'lapsed';
	listingTitle: string;
}

/** At most this many search results or suggestions; the ticked ones are shown besides. */
export const suggestionLimit = 20;
const tickedLimit = 20;

export type PatentPick =
	| { kind: 'ticked'; ids: string[] }
	| { kind: 'listing'; listingId: string }
	| { kind: 'search'; query: string }
	| { kind: 'mine' };

/** A typed number matches with or without "CN"/"ZL", dots or spaces. */
function numberPattern(query: string): string | null {
	const digits = query.replace(/^\s*(CN|ZL)/i, '').replace(/[.\s]/g, '');
	return /^\d{3,13}[\dX]?$/i.test(digits) ? containsPattern(digits) : null;
}

export function findValuablePatents(db: Executor, pick: PatentPick): Promise<ValuablePatent[]> {
	const ids = pick.kind === 'ticked' ? pick.ids.slice(0, tickedLimit) : null;
	const listingId = pick.kind === 'listing' ? pick.listingId : null;
	const query = pick.kind === 'search' ? pick.query.trim() : '';
	const textPattern = query === '' ? null : containsPattern(query);
	const digitsPattern = numberPattern(query);
	// "mine": a researcher's own listings, an officer's university's, a company's deals'.
	return db.query<ValuablePatent>(sql`
		select p.id, p.application_number as "applicationNumber", p.title, p.legal_status as "legalStatus",
		       l.title as "listingTitle"
		from public.patents p join public.listings l on l.id = p.listing_id
		where app.valuation_patent_allowed(p.id)
		  and (${ids}::uuid[] is null or p.id = any(${ids}::uuid[]))
		  and (${listingId}::uuid is null or p.listing_id = ${listingId}::uuid)
		  and (${textPattern}::text is null
		       or p.title ilike ${textPattern} or l.title ilike ${textPattern}
		       or (${digitsPattern}::text is not null and replace(p.application_number, '.', '') ilike ${digitsPattern}))
		  and (${pick.kind} <> 'mine'
		       or l.owner_id = auth.uid()
		       or app.is_officer_of(l.institution_id)
		       or exists (select 1 from public.deals d where d.listing_id = l.id and d.company_id = app.current_company()))
		order by l.title, p.position
		limit ${pick.kind === 'ticked' ? tickedLimit : suggestionLimit}`);
}
