import { hasErrorCode, type Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { buildSearchQuery } from '../rules/search-text.ts';
import { dropsFilters, readSavedSearch } from '../schemas/saved-search.ts';
import type { SearchParameters } from '../schemas/search.ts';

// A user's saved /listings searches (docs/domain.md, "Alerts"); RLS keeps them the user's own.
// The database matches each newly published listing against them
// (supabase/migrations/20261214100100_alert_matching.sql).

export interface SavedSearch {
	id: string;
	name: string;
	/** The catalogue's query string, without "?". */
	query: string;
	createdAt: Date;
}

export type SaveResult =
	/** `savedAs`: the name the search was saved under before, when it differs from the one given. */
	| { ok: true; id: string; savedAs?: string }
	| { ok: false; reason: 'alerts_error_too_many' | 'alerts_error_unsearchable' | 'alerts_error_query' };

/**
 * Saves the search a query string describes under a name. Idempotent: the same search saved
 * again (a replayed or reloaded form post, filters in another order) answers with the row it made.
 */
export async function saveSearch(db: Executor, input: { name: string; query: string }): Promise<SaveResult> {
	if (dropsFilters(input.query)) return { ok: false, reason: 'alerts_error_query' };
	const { parameters, canonical } = readSavedSearch(input.query);
	const tsquery = buildSearchQuery(parameters.q).tsquery;
	// Text without a word to search by finds nothing on the catalogue; as an alert it would match nothing.
	if (parameters.q && !tsquery) return { ok: false, reason: 'alerts_error_unsearchable' };
	const [existing] = await findByQuery(db, canonical);
	if (existing) return found(existing, input.name);
	try {
		const [row] = await db.query<{ id: string }>(sql`
			insert into public.saved_searches (name, query, match_query, industries, modes, patent_types, legal_statuses,
			                                   trl_min, trl_max, institution_id, open_licence)
			values (${input.name}, ${canonical}, ${tsquery}::tsquery, ${parameters.industry}::text[]::public.industry[],
			        ${parameters.mode}::text[]::public.cooperation_mode[], ${parameters.patentType}::text[], ${parameters.legalStatus}::text[],
			        ${parameters.trlMin ?? null}, ${parameters.trlMax ?? null}, ${parameters.institution ?? null}, ${parameters.openLicence})
			on conflict (user_id, query) do nothing
			returning id`);
		if (row) return { ok: true, id: row.id };
		const [made] = await findByQuery(db, canonical);
		return made ? found(made, input.name) : { ok: false, reason: 'alerts_error_query' };
	} catch (error) {
		if (hasErrorCode(error, databaseErrors.savedSearchesTooMany)) return { ok: false, reason: 'alerts_error_too_many' };
		// An institution id that names no organisation: no search the catalogue offers.
		if (hasErrorCode(error, postgresErrors.foreignKeyViolation, postgresErrors.checkViolation))
			return { ok: false, reason: 'alerts_error_query' };
		throw error;
	}
}

function findByQuery(db: Executor, canonical: string): Promise<{ id: string; name: string }[]> {
	return db.query<{ id: string; name: string }>(
		sql`select id, name from public.saved_searches where user_id = (select auth.uid()) and query = ${canonical}`
	);
}

function found(search: { id: string; name: string }, name: string): SaveResult {
	return search.name === name ? { ok: true, id: search.id } : { ok: true, id: search.id, savedAs: search.name };
}

export function listSavedSearches(db: Executor): Promise<SavedSearch[]> {
	return db.query<SavedSearch>(sql`
		select id, name, query, created_at as "createdAt" from public.saved_searches
		where user_id = (select auth.uid()) order by created_at, id`);
}

/** False when the search is not the user's (RLS shows them no row). */
export async function renameSavedSearch(db: Executor, id: string, name: string): Promise<boolean> {
	const rows = await db.query(sql`update public.saved_searches set name = ${name} where id = ${id} returning id`);
	return rows.length === 1;
}

/** Idempotent: deleting a search already gone (or not the user's) changes nothing. */
export async function deleteSavedSearch(db: Executor, id: string): Promise<void> {
	await db.query(sql`delete from public.saved_searches where id = ${id}`);
}

/** The parameters of a saved search, to describe it (its words and filters). */
export function savedSearchParameters(search: Pick<SavedSearch, 'query'>): SearchParameters {
	return readSavedSearch(search.query).parameters;
}
