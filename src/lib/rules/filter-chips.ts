/**
 * The active filters of a listing search as removable chips. Each chip is a plain link to the
 * same search without that one filter, so removing it works without JavaScript. The search
 * text and the sort order are kept (they are not filters); the page number is dropped, since
 * fewer filters change which results are on which page.
 */
import type { SearchParameters } from '../schemas/search.ts';

export type ChipParameters = Omit<SearchParameters, 'page' | 'shortened'> & { page?: number };

export type ChipFilter =
	'industry' | 'mode' | 'patentType' | 'legalStatus' | 'trlMin' | 'trlMax' | 'institution' | 'openLicence';

export interface FilterChip {
	filter: ChipFilter;
	value: string;
	/** The same search without this filter. */
	href: string;
}

const listFilters = ['industry', 'mode', 'patentType', 'legalStatus'] as const;

/** The query string of a search, in the form's field order, without defaults. */
export function searchHref(parameters: ChipParameters, path = '/listings'): string {
	const query = new URLSearchParams();
	if (parameters.q) query.set('q', parameters.q);
	for (const filter of listFilters) for (const value of parameters[filter]) query.append(filter, value);
	if (parameters.trlMin) query.set('trlMin', String(parameters.trlMin));
	if (parameters.trlMax) query.set('trlMax', String(parameters.trlMax));
	if (parameters.institution) query.set('institution', parameters.institution);
	if (parameters.openLicence) query.set('openLicence', '1');
	if (parameters.sort !== 'relevance') query.set('sort', parameters.sort);
	const text = query.toString();
	return text ? `${path}?${text}` : path;
}

/** One chip per active filter, in the order the filter panel shows them. */
export function filterChips(parameters: ChipParameters, path = '/listings'): FilterChip[] {
	const base = { ...parameters, page: undefined };
	const chips: FilterChip[] = [];
	for (const filter of listFilters) {
		for (const value of parameters[filter]) {
			const without = { ...base, [filter]: parameters[filter].filter((other) => other !== value) };
			chips.push({ filter, value, href: searchHref(without, path) });
		}
	}
	for (const filter of ['trlMin', 'trlMax', 'institution'] as const) {
		const value = parameters[filter];
		if (value) chips.push({ filter, value: String(value), href: searchHref({ ...base, [filter]: undefined }, path) });
	}
	if (parameters.openLicence)
		chips.push({ filter: 'openLicence', value: '1', href: searchHref({ ...base, openLicence: false }, path) });
	return chips;
}

/** The same search with no filter at all ("clear all"): the words and the order stay. */
export function withoutFilters(parameters: ChipParameters, path = '/listings'): string {
	return searchHref(
		{
			q: parameters.q,
			sort: parameters.sort,
			industry: [],
			mode: [],
			patentType: [],
			legalStatus: [],
			trlMin: undefined,
			trlMax: undefined,
			institution: undefined,
			openLicence: false
		},
		path
	);
}

/** How many filters a search applies: each chosen value counts, words and sort order do not. */
export function countFilters(parameters: ChipParameters): number {
	return (
		parameters.industry.length +
		parameters.mode.length +
		parameters.patentType.length +
		parameters.legalStatus.length +
		[parameters.trlMin, parameters.trlMax, parameters.institution, parameters.openLicence].filter(Boolean).length
	);
}
