import { describe, expect, it } from 'vitest';
import { missingProfileParts, summaryFor } from './agency-profile.ts';

const complete = {
	services: ['valuation'],
	summaryZh: '专利评估',
	summaryEn: '',
	feeBasis: '按件收费',
	turnaroundDays: 15
};

describe('missingProfileParts', () => {
	it('finds nothing missing in a complete profile, a summary in one language being enough', () => {
		expect(missingProfileParts(complete)).toEqual([]);
		expect(missingProfileParts({ ...complete, summaryZh: '', summaryEn: 'Valuation' })).toEqual([]);
	});

	it('names every empty part in the form order, whitespace counting as empty', () => {
		expect(
			missingProfileParts({ services: [], summaryZh: ' ', summaryEn: '', feeBasis: '\n', turnaroundDays: null })
		).toEqual(['services', 'summary', 'fee_basis', 'turnaround']);
		expect(missingProfileParts({ ...complete, turnaroundDays: null })).toEqual(['turnaround']);
	});
});

describe('summaryFor', () => {
	it("shows the reader's language and falls back to the other one", () => {
		const both = { summaryZh: '中文简介', summaryEn: 'English summary' };
		expect(summaryFor(both, 'zh-CN')).toBe('中文简介');
		expect(summaryFor(both, 'en')).toBe('English summary');
		expect(summaryFor({ ...both, summaryEn: '  ' }, 'en')).toBe('中文简介');
		expect(summaryFor({ ...both, summaryZh: '' }, 'zh-CN')).toBe('English summary');
		expect(summaryFor({ summaryZh: '', summaryEn: '' }, 'en')).toBe('');
	});
});
