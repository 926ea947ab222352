import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { matchTerms } from '../rules/match-terms.ts';
import { openNow as needOpenNow } from './needs.ts';

// Listings and needs meet through the search index: the distinctive words of one side are
// looked up in the other's tsvector, and each match lists the words it shares.

export interface Match {
	id: string;
	title: string;
	matchedTerms: string[];
}

const resultLimit = 5;

async function findMatches(db: Executor, text: string, target: 'listings' | 'needs'): Promise<Match[]> {
	const terms = matchTerms(text);
	if (terms.length === 0) return [];
	const labels = terms.map((term) => term.label);
	const queries = terms.map((term) => term.query);
	const anyTerm = queries.join(' | ');
	const source =
		target === 'listings'
			? sql`select id, title, search_vector from public.listings where status = 'published' and search_vector @@ ${anyTerm}::tsquery limit 500`
			: sql`select n.id, n.title, n.search_vector from public.needs n where ${needOpenNow} and n.search_vector @@ ${anyTerm}::tsquery limit 500`;
	return db.query<Match>(sql`
		select id, title, matched as "matchedTerms" from (
			select c.id, c.title, ts_rank(c.search_vector, ${anyTerm}::tsquery) as rank,
			       array(select t.label from unnest(${labels}::text[], ${queries}::text[]) as t(label, query)
			             where c.search_vector @@ t.query::tsquery) as matched
			from (${source}) c
		) scored
		order by cardinality(matched) desc, rank desc, id
		limit ${resultLimit}`);
}

export async function needsForListing(db: Executor, listingId: string): Promise<Match[]> {
	const [listing] = await db.query<{ text: string }>(sql`
		select concat_ws(' ', title, pitch, applications, array_to_string(advantages, ' ')) as text
		from public.listings where id = ${listingId}`);
	return listing ? findMatches(db, listing.text, 'needs') : [];
}

export async function listingsForNeed(db: Executor, needId: string): Promise<Match[]> {
	const [need] = await db.query<{ text: string }>(
		sql`select concat_ws(' ', title, problem) as text from public.needs where id = ${needId}`
	);
	return need ? findMatches(db, need.text, 'listings') : [];
}

/** Open needs matching a free text (a portfolio patent's title and IPC descriptions), for an offer. */
export function needsForText(db: Executor, text: string): Promise<Match[]> {
	return findMatches(db, text, 'needs');
}
