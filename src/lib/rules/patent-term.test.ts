import { describe, expect, it } from 'vitest';
import { addYears, daysUntil, expiresOn, nextAnnualFeeOn, termYears } from './patent-term.ts';

describe('patent term', () => {
	it('gives inventions 20 years and utility models 10', () => {
		expect(expiresOn('invention', '2015-03-10')).toBe('2035-03-09');
		expect(expiresOn('utility_model', '2015-03-10')).toBe('2025-03-09');
	});

	it('gives designs 10 years before 2021-06-01 and 15 from that day', () => {
		expect(termYears('design', '2021-05-31')).toBe(10);
		expect(expiresOn('design', '2021-05-31')).toBe('2031-05-30');
		expect(termYears('design', '2021-06-01')).toBe(15);
		expect(expiresOn('design', '2021-06-01')).toBe('2036-05-31');
		expect(termYears('utility_model', '2022-01-01')).toBe(10);
	});

	it('moves 29 February to 28 February in a common year', () => {
		expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
		expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
		expect(expiresOn('invention', '2020-03-01')).toBe('2040-02-29');
	});
});

describe('next annual fee', () => {
	const granted = {
		type: 'invention' as const,
		filedOn: '2018-05-20',
		grantedOn: '2021-01-08',
		legalStatus: 'granted' as const
	};

	it('falls on the next anniversary of filing', () => {
		expect(nextAnnualFeeOn(granted, '2026-12-07')).toBe('2027-05-20');
		expect(nextAnnualFeeOn(granted, '2027-05-20')).toBe('2027-05-20');
		expect(nextAnnualFeeOn(granted, '2027-05-21')).toBe('2028-05-20');
	});

	it('is never before the grant', () => {
		expect(nextAnnualFeeOn(granted, '2019-01-01')).toBe('2021-05-20');
		expect(nextAnnualFeeOn({ ...granted, grantedOn: '2021-05-20' }, '2019-01-01')).toBe('2022-05-20');
	});

	it('is none for a pending or lapsed patent, or a granted one without its grant date', () => {
		expect(nextAnnualFeeOn({ ...granted, legalStatus: 'pending' }, '2026-12-07')).toBeNull();
		expect(nextAnnualFeeOn({ ...granted, legalStatus: 'lapsed' }, '2026-12-07')).toBeNull();
		expect(nextAnnualFeeOn({ ...granted, grantedOn: null }, '2026-12-07')).toBeNull();
	});

	it('is none after expiry, and the last one is the last anniversary in force', () => {
		const model = {
			type: 'utility_model' as const,
			filedOn: '2016-09-01',
			grantedOn: '2017-04-01',
			legalStatus: 'granted' as const
		};
		expect(nextAnnualFeeOn(model, '2025-09-02')).toBeNull();
		expect(nextAnnualFeeOn(model, '2025-08-01')).toBe('2025-09-01');
		const design = {
			type: 'design' as const,
			filedOn: '2021-06-01',
			grantedOn: '2021-10-01',
			legalStatus: 'granted' as const
		};
		expect(nextAnnualFeeOn(design, '2035-05-01')).toBe('2035-06-01');
		expect(nextAnnualFeeOn(design, '2035-06-02')).toBeNull();
		// A design filed a day earlier has ten years: no fee in its eleventh.
		expect(nextAnnualFeeOn({ ...design, filedOn: '2021-05-31' }, '2030-06-01')).toBeNull();
		expect(nextAnnualFeeOn({ ...design, filedOn: '2021-05-31' }, '2029-06-01')).toBe('2030-05-31');
	});

	it('counts days to a date', () => {
		expect(daysUntil('2027-03-07', '2026-12-07')).toBe(90);
		expect(daysUntil('2026-12-06', '2026-12-07')).toBe(-1);
	});
});
