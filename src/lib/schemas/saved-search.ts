import { z } from 'zod';
import { searchHref } from '../rules/filter-chips.ts';
import { readSearchParameters, type SearchParameters } from './search.ts';
import { isVisibleName, uuid, visibleNameRule } from './fields.ts';

// Saved searches (docs/domain.md, "Alerts"). A saved search is the catalogue's own query string,
// read by the catalogue's own schema (readSearchParameters), so it opens exactly as it was seen.

export const maximumSavedSearches = 20;

const name = z
	.string()
	.trim()
	.min(1, { error: 'error_required' })
	.max(60, { error: 'alerts_error_name_length' })
	.refine(isVisibleName, visibleNameRule);

export const saveSearchSchema = z.object({
	name,
	// The search page's query string ("q=…&industry=…"), at most the length a URL of it may have.
	query: z.string().max(4000, { error: 'error_form_tampered' })
});

export const renameSearchSchema = z.object({ id: uuid, name });
export const deleteSearchSchema = z.object({ id: uuid });

/**
 * A search as one canonical query string: the catalogue's parsing, lists sorted, no page. Two
 * forms of one search (filters in another order, a page number) are the same saved search.
 */
export function canonicalSearch(parameters: SearchParameters): string {
	const sorted = (values: readonly string[]) => [...values].sort();
	const canonical = {
		...parameters,
		industry: sorted(parameters.industry),
		mode: sorted(parameters.mode),
		patentType: sorted(parameters.patentType),
		legalStatus: sorted(parameters.legalStatus)
	} as SearchParameters;
	return searchHref(canonical, '').replace(/^\?/, '');
}

/** The saved search of a query string as the catalogue reads it. */
export function readSavedSearch(query: string): { parameters: SearchParameters; canonical: string } {
	const canonical = canonicalSearch(readSearchParameters(new URLSearchParams(query.replace(/^\?/, ''))));
	// Read again from the canonical form, so the stored filters are in its (sorted) order too.
	return { parameters: readSearchParameters(new URLSearchParams(canonical)), canonical };
}

/**
 * Whether the catalogue dropped a filter of the query string as unknown. The catalogue shows
 * everything instead (a shared link keeps working); saved, such a search would alert on every
 * listing, so it is refused. Only a forged or outdated link can hold one.
 */
export function dropsFilters(query: string): boolean {
	const given = new URLSearchParams(query.replace(/^\?/, ''));
	const read = readSearchParameters(given);
	const lists = {
		industry: read.industry,
		mode: read.mode,
		patentType: read.patentType,
		legalStatus: read.legalStatus
	};
	for (const [key, kept] of Object.entries(lists)) {
		if (given.getAll(key).some((value) => value !== '' && !(kept as string[]).includes(value))) return true;
	}
	const single = { trlMin: read.trlMin, trlMax: read.trlMax, institution: read.institution };
	return Object.entries(single).some(([key, kept]) => (given.get(key) ?? '') !== '' && kept === undefined);
}
