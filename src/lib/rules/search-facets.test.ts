import { describe, expect, it } from 'vitest';
import { countFacets, parseCandidateFacets } from './search-facets';

describe('countFacets', () => {
	it('counts each listing once per value, and skips a missing industry', () => {
		const counts = countFacets([
			['energy', ['licence', 'transfer'], 'cqu', ['invention'], ['granted']],
			['energy', ['licence', 'licence'], 'cqu', ['invention', 'utility_model'], ['granted', 'granted']],
			[null, [], 'swu', [], []]
		]);
		expect(counts).toEqual({
			industry: { energy: 2 },
			mode: { licence: 2, transfer: 1 },
			institution: { cqu: 2, swu: 1 },
			patentType: { invention: 2, utility_model: 1 },
			legalStatus: { granted: 2 }
		});
	});

	it('gives empty counts for no candidates', () => {
		expect(countFacets([])).toEqual({ industry: {}, mode: {}, patentType: {}, legalStatus: {}, institution: {} });
	});
});

describe('parseCandidateFacets', () => {
	it('reads listings, columns and lists, with an empty industry as none', () => {
		expect(parseCandidateFacets('energy|licence,transfer|i1|invention|granted;||i2||pending,granted')).toEqual([
			['energy', ['licence', 'transfer'], 'i1', ['invention'], ['granted']],
			[null, [], 'i2', [], ['pending', 'granted']]
		]);
	});

	it('reads no candidates from empty text', () => {
		expect(parseCandidateFacets('')).toEqual([]);
	});
});
