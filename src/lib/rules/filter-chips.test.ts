import { describe, expect, it } from 'vitest';
import { countFilters, filterChips, searchHref, withoutFilters, type ChipParameters } from './filter-chips.ts';
import { readSearchParameters } from '../schemas/search.ts';

const none: ChipParameters = {
	q: '',
	industry: [],
	mode: [],
	patentType: [],
	legalStatus: [],
	trlMin: undefined,
	trlMax: undefined,
	institution: undefined,
	openLicence: false,
	sort: 'relevance'
};
const institution = '00000000-0000-4000-8000-000000000100';

describe('filter chips', () => {
	it('has no chips without filters; words and sort order are not filters', () => {
		expect(filterChips(none)).toEqual([]);
		expect(filterChips({ ...none, q: '电池', sort: 'newest' })).toEqual([]);
	});

	it('links each chip to the same search without that one filter, keeping words and order', () => {
		const parameters = {
			...none,
			q: '电池 热管理',
			industry: ['new_materials' as const, 'energy_environment' as const],
			trlMin: 4,
			institution,
			sort: 'newest' as const,
			page: 3
		};
		const chips = filterChips(parameters);
		expect(chips.map((chip) => [chip.filter, chip.value])).toEqual([
			['industry', 'new_materials'],
			['industry', 'energy_environment'],
			['trlMin', '4'],
			['institution', institution]
		]);
		const first = new URL(chips[0].href, 'http://localhost');
		expect(first.pathname).toBe('/listings');
		expect(first.searchParams.get('q')).toBe('电池 热管理');
		expect(first.searchParams.getAll('industry')).toEqual(['energy_environment']);
		expect(first.searchParams.get('trlMin')).toBe('4');
		expect(first.searchParams.get('institution')).toBe(institution);
		expect(first.searchParams.get('sort')).toBe('newest');
		expect(first.searchParams.has('page')).toBe(false);
		const withoutTrl = new URL(chips[2].href, 'http://localhost');
		expect(withoutTrl.searchParams.has('trlMin')).toBe(false);
		expect(withoutTrl.searchParams.getAll('industry')).toEqual(['new_materials', 'energy_environment']);
	});

	it('round-trips: reading a chip link gives the search minus that filter', () => {
		const url = new URL(
			'http://localhost/listings?q=a&mode=option&mode=assignment&legalStatus=granted&trlMax=7&openLicence=1'
		);
		const parameters = readSearchParameters(url.searchParams);
		for (const chip of filterChips(parameters)) {
			const after = readSearchParameters(new URL(chip.href, url).searchParams);
			expect(filterChips(after)).toHaveLength(filterChips(parameters).length - 1);
			expect(after.q).toBe('a');
		}
	});

	it('keeps the open licence filter in every link but its own chip, which comes last', () => {
		const chips = filterChips({ ...none, industry: ['other'], openLicence: true });
		expect(chips.map((chip) => chip.filter)).toEqual(['industry', 'openLicence']);
		expect(new URL(chips[0].href, 'http://localhost').searchParams.get('openLicence')).toBe('1');
		expect(chips[1].href).toBe('/listings?industry=other');
		expect(withoutFilters({ ...none, openLicence: true })).toBe('/listings');
	});

	it('clears every filter at once and leaves a bare path when nothing is left', () => {
		expect(withoutFilters({ ...none, q: 'x', industry: ['other'], trlMax: 5, sort: 'newest' })).toBe(
			'/listings?q=x&sort=newest'
		);
		expect(withoutFilters({ ...none, industry: ['other'] })).toBe('/listings');
		expect(searchHref(none)).toBe('/listings');
	});
});

describe('the number of filters', () => {
	it('counts each chosen value, not the words or the sort order', () => {
		expect(countFilters({ ...none, q: '储能', sort: 'newest' })).toBe(0);
		expect(
			countFilters({
				...none,
				industry: ['automotive', 'new_materials'],
				trlMin: 3,
				institution,
				openLicence: true
			})
		).toBe(5);
	});
});
