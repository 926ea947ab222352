import { describe, expect, it } from 'vitest';
import { agencyFilterSchema, agencyProfileFields, agencyProfileSchema } from './agency.ts';

const base = {
	services: [],
	summaryZh: '',
	summaryEn: '',
	feeBasis: '',
	turnaroundDays: '',
	credentials: '',
	universityIds: []
};
const turnaroundError = (turnaroundDays: string) =>
	agencyProfileSchema.safeParse({ ...base, turnaroundDays }).error?.issues[0]?.message;

describe('agencyProfileSchema', () => {
	it('reads an empty turnaround as not given and whole days from 1 to 365 as a number', () => {
		expect(agencyProfileSchema.parse(base).turnaroundDays).toBeNull();
		expect(agencyProfileSchema.parse({ ...base, turnaroundDays: ' 15 ' }).turnaroundDays).toBe(15);
		expect(agencyProfileSchema.parse({ ...base, turnaroundDays: '365' }).turnaroundDays).toBe(365);
	});

	it('refuses a turnaround of 0, over 365, with decimals, a sign or in words', () => {
		for (const typed of ['0', '366', '1000', '1.5', '-3', '+3', '1e2', '三十', '٣'])
			expect(turnaroundError(typed), typed).toBe('error_invalid');
	});

	it('counts a service or a university named twice once, and refuses unknown services and ids', () => {
		const university = '00000000-0000-4000-8000-000000000100';
		const parsed = agencyProfileSchema.parse({
			...base,
			services: ['valuation', 'valuation', 'fto_search'],
			universityIds: [university, university]
		});
		expect(parsed.services).toEqual(['valuation', 'fto_search']);
		expect(parsed.universityIds).toEqual([university]);
		expect(agencyProfileSchema.safeParse({ ...base, services: ['massage'] }).success).toBe(false);
		expect(agencyProfileSchema.safeParse({ ...base, universityIds: ['not-an-id'] }).success).toBe(false);
	});

	it('refuses a summary over 2,000 characters', () => {
		const result = agencyProfileSchema.safeParse({ ...base, summaryZh: '评'.repeat(2001) });
		expect(result.error?.issues[0]).toMatchObject({ path: ['summaryZh'], message: 'error_too_long' });
	});
});

describe('agencyProfileFields', () => {
	it('reads every ticked checkbox, not only the first, and ignores files', () => {
		const form = new FormData();
		form.append('services', 'valuation');
		form.append('services', 'fto_search');
		form.append('universityIds', new Blob(['x']));
		expect(agencyProfileFields(form)).toEqual({ services: ['valuation', 'fto_search'], universityIds: [] });
	});
});

describe('agencyFilterSchema', () => {
	it('keeps known filters and reads anything else as any', () => {
		expect(agencyFilterSchema.parse({ service: 'valuation', type: 'law_firm' })).toEqual({
			service: 'valuation',
			type: 'law_firm'
		});
		expect(agencyFilterSchema.parse({ service: 'massage', type: '' })).toEqual({
			service: undefined,
			type: undefined
		});
	});
});
