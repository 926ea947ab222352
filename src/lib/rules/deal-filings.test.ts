import { describe, expect, it } from 'vitest';
import { filingsOpen, isFilingOverdue, modeTakesListing, requiredFilings } from './deal-filings.ts';

describe('filings after signing', () => {
	it('asks a licence for CNIPA recordal within 3 months, an assignment for its registration', () => {
		expect(requiredFilings('exclusive_license').map((filing) => filing.kind)).toEqual([
			'licence_recordal',
			'technical_contract_registration'
		]);
		expect(requiredFilings('non_exclusive_license')[0]).toEqual({ kind: 'licence_recordal', dueMonths: 3, dueDays: 0 });
		expect(requiredFilings('assignment').map((filing) => filing.kind)).toContain('assignment_registration');
		expect(requiredFilings('equity').map((filing) => filing.kind)).toEqual([
			'assignment_registration',
			'share_registration',
			'technical_contract_registration'
		]);
	});

	it('takes the listing off the market only for exclusive licences, assignments and equity', () => {
		expect(modeTakesListing('exclusive_license')).toBe(true);
		expect(modeTakesListing('assignment')).toBe(true);
		expect(modeTakesListing('equity')).toBe(true);
		expect(modeTakesListing('non_exclusive_license')).toBe(false);
		expect(modeTakesListing(null)).toBe(false);
	});

	it('marks a pending filing overdue from the day after its due date', () => {
		expect(isFilingOverdue({ status: 'pending', dueOn: '2026-12-05' }, '2026-12-05')).toBe(false);
		expect(isFilingOverdue({ status: 'pending', dueOn: '2026-12-05' }, '2026-12-06')).toBe(true);
		expect(isFilingOverdue({ status: 'waived', dueOn: '2026-01-01' }, '2026-12-06')).toBe(false);
	});

	it('keeps filings open while signed, and on the deal of an open licence after it closed won', () => {
		expect(filingsOpen({ stage: 'signed', openLicence: false })).toBe(true);
		expect(filingsOpen({ stage: 'closed_won', openLicence: false })).toBe(false);
		expect(filingsOpen({ stage: 'closed_won', openLicence: true })).toBe(true);
		expect(filingsOpen({ stage: 'closed_lost', openLicence: true })).toBe(false);
		expect(filingsOpen({ stage: 'term_sheet', openLicence: false })).toBe(false);
	});
});
