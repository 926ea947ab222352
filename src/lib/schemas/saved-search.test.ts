import { describe, expect, it } from 'vitest';
import { dropsFilters, readSavedSearch, saveSearchSchema } from './saved-search';

describe('a search to save', () => {
	it('is refused when the catalogue would drop one of its filters as unknown', () => {
		expect(dropsFilters('q=储能&industry=nope')).toBe(true);
		expect(dropsFilters('industry=energy_environment&industry=nope')).toBe(true);
		expect(dropsFilters('trlMin=12')).toBe(true);
		expect(dropsFilters('institution=not-an-id')).toBe(true);
		expect(dropsFilters('mode=assignment&legalStatus=granted&trlMin=3&trlMax=7')).toBe(false);
		// Empty values are what an untouched form sends; the page number and sort are no filters.
		expect(dropsFilters('q=&industry=&trlMin=&page=3&sort=newest')).toBe(false);
	});

	it('is one canonical query whatever the order of its filters', () => {
		expect(readSavedSearch('mode=assignment&industry=energy_environment&industry=biomedicine&page=2').canonical).toBe(
			readSavedSearch('industry=biomedicine&industry=energy_environment&mode=assignment').canonical
		);
	});

	it('has a name without hidden characters', () => {
		const named = (name: string) => saveSearchSchema.safeParse({ name, query: '' });
		expect(named('储能材料').success).toBe(true);
		expect(named('材料\u202eexe').error?.issues[0].message).toBe('error_hidden_characters');
		expect(named('   ').error?.issues[0].message).toBe('error_required');
		expect(named('储能\t材料').error?.issues[0].message).toBe('error_hidden_characters');
	});
});
