import { describe, expect, it } from 'vitest';
import { companyPatentSchema, pledgeApplicationSchema, pledgeRegistrationSchema } from './pledge.ts';

const bank = '00000000-0000-4000-8000-000000000500';
const key = '00000000-0000-4000-8000-0000000000bb';
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the pledge application form', () => {
	const application = {
		bankId: bank,
		amount: '3000000',
		termMonths: '36',
		purpose: ' 流动资金 ',
		numbers: ['202211424494.7'],
		valuationId: '',
		creationKey: key
	};

	it('reads yuan as fen, the term as months, no valuation as null and an unticked box as no', () => {
		expect(pledgeApplicationSchema.parse(application)).toEqual({
			...application,
			amount: 300_000_000,
			termMonths: 36,
			purpose: '流动资金',
			valuationId: null,
			riskCompensation: false
		});
		expect(pledgeApplicationSchema.parse({ ...application, riskCompensation: 'on' }).riskCompensation).toBe(true);
	});

	it('refuses amount 0, term 0 or above 360, no patent and a malformed valuation, each at its field', () => {
		expect(
			messages(
				pledgeApplicationSchema.safeParse({
					...application,
					amount: '0',
					termMonths: '0',
					numbers: [],
					valuationId: 'x'
				})
			)
		).toEqual({
			amount: 'income_error_amount_zero',
			termMonths: 'pledge_error_term',
			numbers: 'pledge_error_patent_required',
			valuationId: 'pledge_error_valuation'
		});
		expect(messages(pledgeApplicationSchema.safeParse({ ...application, termMonths: '361' }))).toEqual({
			termMonths: 'pledge_error_term'
		});
		expect(messages(pledgeApplicationSchema.safeParse({ ...application, termMonths: '1.5' }))).toEqual({
			termMonths: 'pledge_error_term'
		});
	});
});

describe('the declared patent form', () => {
	const patent = {
		number: 'ZL 2022 1142 4494.7',
		title: '一种热泵系统',
		patentType: 'invention',
		legalStatus: 'granted',
		grantedOn: '2026-02-12',
		coOwner: '缙云大学',
		creationKey: key
	};

	it('normalises the number after checking its check character', () => {
		expect(companyPatentSchema.parse(patent).number).toBe('202211424494.7');
		expect(messages(companyPatentSchema.safeParse({ ...patent, number: '202211424494.1' }))).toEqual({
			number: 'pledge_error_number_check_character'
		});
		expect(messages(companyPatentSchema.safeParse({ ...patent, number: '2022' }))).toEqual({
			number: 'pledge_error_number_format'
		});
	});

	it('wants the type the number’s type digit names', () => {
		expect(messages(companyPatentSchema.safeParse({ ...patent, patentType: 'utility_model' }))).toEqual({
			patentType: 'pledge_error_type_mismatch'
		});
	});

	it('wants a grant date exactly when the patent was granted (or has lapsed since)', () => {
		expect(messages(companyPatentSchema.safeParse({ ...patent, grantedOn: '' }))).toEqual({
			grantedOn: 'pledge_error_granted_on'
		});
		expect(messages(companyPatentSchema.safeParse({ ...patent, legalStatus: 'pending' }))).toEqual({
			grantedOn: 'pledge_error_granted_on'
		});
		expect(companyPatentSchema.safeParse({ ...patent, legalStatus: 'pending', grantedOn: '' }).success).toBe(true);
	});
});

describe('the registration form', () => {
	it('needs the CNIPA number and a day that has come', () => {
		expect(
			pledgeRegistrationSchema.safeParse({ registrationNumber: 'Y2026500000318', registeredOn: '2026-01-05' }).success
		).toBe(true);
		expect(
			messages(pledgeRegistrationSchema.safeParse({ registrationNumber: '', registeredOn: '2099-01-01' }))
		).toEqual({
			registrationNumber: 'error_required',
			registeredOn: 'income_error_date_future'
		});
	});
});
