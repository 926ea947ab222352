import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { buildSearchVector } from '../rules/search-text.ts';
import { matchTerms } from '../rules/match-terms.ts';

/**
 * Bump when search-text.ts or match-terms.ts changes what it indexes: start-up re-indexes older
 * rows. 2: match terms stored for the database's alerts (docs/domain.md, "Alerts").
 */
export const searchIndexVersion = 2;

export interface IndexableListing {
	title: string;
	pitch: string;
	summary: string;
	advantages: string[];
	applications: string;
	ipcCodes: string[];
	patentTitles: string[];
	inventorNames: string[];
}

export function listingSearchVector(listing: IndexableListing): string {
	return buildSearchVector([
		{ text: listing.title, weight: 'A' },
		{ text: listing.pitch, weight: 'B' },
		{ text: [listing.summary, ...listing.advantages, listing.applications].join('\n'), weight: 'C' },
		{ text: [...listing.ipcCodes, ...listing.patentTitles, ...listing.inventorNames].join('\n'), weight: 'D' }
	]);
}

/**
 * The distinctive words of a listing as tsquery terms, the text matching.ts matches a listing by;
 * stored in listings.match_terms so the database matches a newly published listing to needs.
 */
export function listingMatchTerms(listing: Pick<IndexableListing, 'title' | 'pitch' | 'applications' | 'advantages'>) {
	const text = [listing.title, listing.pitch, listing.applications, listing.advantages.join(' ')].join(' ');
	return matchTerms(text).map((term) => term.query);
}

/** A need's distinctive words as tsquery terms (needs.match_terms), as matching.ts reads a need. */
export function needMatchTerms(need: { title: string; problem: string }): string[] {
	return matchTerms(`${need.title} ${need.problem}`).map((term) => term.query);
}

export function needSearchVector(need: { title: string; problem: string }): string {
	return buildSearchVector([
		{ text: need.title, weight: 'A' },
		{ text: need.problem, weight: 'C' }
	]);
}

/**
 * Indexes rows written without the app (seed.sql, bulk imports) or by an older tokenizer.
 * Runs on the owner connection at start-up and after seeding, in batches.
 */
export async function refreshSearchIndex(database: Executor, batchSize = 500): Promise<number> {
	let updated = 0;
	for (;;) {
		const batch = await database.query<IndexableListing & { id: string }>(sql`
			select l.id, l.title, l.pitch, l.summary, l.advantages, l.applications, l.ipc_codes as "ipcCodes",
			       coalesce((select array_agg(p.title) from public.patents p where p.listing_id = l.id), '{}') as "patentTitles",
			       coalesce((select array_agg(i.name) from public.listing_inventors i where i.listing_id = l.id), '{}') as "inventorNames"
			from public.listings l where l.search_version < ${searchIndexVersion} limit ${batchSize}`);
		if (batch.length === 0) break;
		await database.transaction(async (transaction) => {
			for (const listing of batch) {
				await transaction.query(sql`
					update public.listings set search_vector = ${listingSearchVector(listing)}::tsvector, search_version = ${searchIndexVersion},
					       match_terms = ${listingMatchTerms(listing)}::text[]
					where id = ${listing.id}`);
			}
		});
		updated += batch.length;
	}
	for (;;) {
		const needs = await database.query<{ id: string; title: string; problem: string }>(
			sql`select id, title, problem from public.needs where search_version < ${searchIndexVersion} limit ${batchSize}`
		);
		if (needs.length === 0) break;
		await database.transaction(async (transaction) => {
			for (const need of needs) {
				await transaction.query(sql`
					update public.needs set search_vector = ${needSearchVector(need)}::tsvector, search_version = ${searchIndexVersion},
					       match_terms = ${needMatchTerms(need)}::text[]
					where id = ${need.id}`);
			}
		});
		updated += needs.length;
	}
	return updated;
}
