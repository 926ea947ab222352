import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	amountFen,
	deductionSchema,
	incomeLimits,
	milestoneRows,
	milestonesSchema,
	payoutSchema,
	receiptSchema
} from './income.ts';
import { termsSchema } from './deal.ts';
import { yuanText } from '../rules/amount.ts';
import { todayInShanghai } from '../i18n/format.ts';

const key = '00000000-0000-4000-8000-000000000001';
const firstIssue = (parsed: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
	parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])[0];

describe('income amounts', () => {
	it('reads back every amount a form shows, to the fen', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: incomeLimits.maximumFen }), (fen) => {
				expect(amountFen().parse(yuanText(fen))).toBe(fen);
			})
		);
	});

	it('refuses negative, zero, malformed and too large amounts, each with its message', () => {
		const message = (text: string) => amountFen().safeParse(text).error?.issues[0].message;
		expect(message('-1')).toBe('error_amount_negative');
		expect(message('－５')).toBe('error_amount_negative');
		expect(message('1.234')).toBe('income_error_amount_invalid');
		expect(message('1e3')).toBe('income_error_amount_invalid');
		expect(message('0')).toBe('income_error_amount_zero');
		expect(message('0.00')).toBe('income_error_amount_zero');
		expect(message('100000000000.01')).toBe('error_fee_too_large');
		expect(message('')).toBe('error_required');
		// What a Chinese keyboard or a bank statement gives is read as the digits it means.
		expect(amountFen().parse(' ￥１，０００．５０ ')).toBe(100_050);
		expect(amountFen().parse('¥1,000.50')).toBe(100_050);
		// Sales may be zero.
		expect(amountFen({ zero: true }).parse('0')).toBe(0);
	});
});

describe('income forms', () => {
	it('reads milestone rows in their order, drops empty ones, and needs a date or an event (one)', () => {
		const rows = milestoneRows({
			'milestones.1.description': '量产',
			'milestones.1.amount': '500000',
			'milestones.1.dueTrigger': 'SOP 后 30 日',
			'milestones.0.description': '验收',
			'milestones.0.amount': '300000',
			'milestones.0.dueOn': '2099-06-30',
			'milestones.2.description': ' ',
			'milestones.2.amount': '',
			other: 'x'
		});
		expect(milestonesSchema.parse(rows).milestones).toEqual([
			{ description: '验收', amountFen: 30_000_000, dueOn: '2099-06-30', dueTrigger: null },
			{ description: '量产', amountFen: 50_000_000, dueOn: null, dueTrigger: 'SOP 后 30 日' }
		]);
		const neither = milestonesSchema.safeParse({ milestones: [{ description: '验收', amount: '1' }] });
		expect(firstIssue(neither)).toEqual(['milestones.0.dueOn', 'income_error_milestone_due_missing']);
		const both = milestonesSchema.safeParse({
			milestones: [{ description: '验收', amount: '1', dueOn: '2099-01-01', dueTrigger: '验收后' }]
		});
		expect(firstIssue(both)).toEqual(['milestones.0.dueOn', 'income_error_milestone_due_both']);
		const many = {
			milestones: Array.from({ length: 21 }, () => ({ description: 'x', amount: '1', dueOn: '2099-01-01' }))
		};
		expect(firstIssue(milestonesSchema.safeParse(many))).toEqual(['milestones', 'income_error_milestones_too_many']);
	});

	it('refuses a receipt or a payout dated after today, at its field', () => {
		const receipt = { idempotencyKey: key, scheduleLineId: key, amount: '100', bankReference: 'ICBC-1' };
		expect(receiptSchema.safeParse({ ...receipt, receivedOn: '2026-01-01' }).success).toBe(true);
		expect(firstIssue(receiptSchema.safeParse({ ...receipt, receivedOn: '2199-12-31' }))).toEqual([
			'receivedOn',
			'income_error_date_future'
		]);
		expect(firstIssue(payoutSchema.safeParse({ lineId: '3', paidOn: '2199-12-31', reference: 'x' }))).toEqual([
			'paidOn',
			'income_error_date_future'
		]);
		expect(firstIssue(receiptSchema.safeParse({ ...receipt, receivedOn: '2026-01-01', bankReference: '' }))).toEqual([
			'bankReference',
			'error_required'
		]);
	});

	it('asks for a real date when a date is empty, and says "real date" for an impossible one', () => {
		const receipt = { idempotencyKey: key, scheduleLineId: key, amount: '100', bankReference: 'ICBC-1' };
		for (const [date, message] of [
			['', 'income_error_date_required'],
			['2026-02-31', 'error_date_invalid'],
			['abc', 'error_date_invalid']
		]) {
			expect(firstIssue(receiptSchema.safeParse({ ...receipt, receivedOn: date }))).toEqual(['receivedOn', message]);
			expect(firstIssue(payoutSchema.safeParse({ lineId: '3', paidOn: date, reference: 'x' }))).toEqual([
				'paidOn',
				message
			]);
		}
	});

	it('refuses a milestone due before today (Asia/Shanghai), at its date', () => {
		const row = { description: '验收', amount: '1', dueTrigger: '' };
		expect(firstIssue(milestonesSchema.safeParse({ milestones: [{ ...row, dueOn: '2001-01-01' }] }))).toEqual([
			'milestones.0.dueOn',
			'income_error_milestone_due_past'
		]);
		const today = todayInShanghai();
		expect(milestonesSchema.parse({ milestones: [{ ...row, dueOn: today }] }).milestones[0].dueOn).toBe(today);
	});

	it('asks what an "other" deduction is for', () => {
		const deduction = { idempotencyKey: key, receiptId: key, amount: '10' };
		expect(deductionSchema.safeParse({ ...deduction, kind: 'taxes' }).success).toBe(true);
		expect(firstIssue(deductionSchema.safeParse({ ...deduction, kind: 'other' }))).toEqual([
			'note',
			'income_error_deduction_note_required'
		]);
		expect(firstIssue(deductionSchema.safeParse({ ...deduction, kind: 'gifts' }))).toEqual([
			'kind',
			'income_error_deduction_kind'
		]);
	});

	it('gives the income terms their defaults when a terms form leaves them out', () => {
		const posted = {
			mode: '',
			fieldOfUse: '',
			territory: '',
			termMonths: '',
			upfrontFee: '',
			royaltyPercent: '3',
			milestones: '',
			equityPercent: '',
			sublicenceSharePercent: ''
		};
		expect(termsSchema.parse(posted)).toMatchObject({
			royaltyBase: 'net_sales',
			royaltyPeriod: 'quarter',
			minimumAnnualRoyalty: null
		});
		expect(termsSchema.parse({ ...posted, royaltyPeriod: 'year', minimumAnnualRoyalty: '2000' })).toMatchObject({
			royaltyPeriod: 'year',
			minimumAnnualRoyalty: 200_000
		});
		const yearly = termsSchema.safeParse({ ...posted, royaltyPeriod: 'year', minimumAnnualRoyalty: '0' });
		expect(firstIssue(yearly)).toEqual(['minimumAnnualRoyalty', 'income_error_amount_zero']);
		// A negative amount is told so in every amount field, the upfront fee's as the others'.
		expect(firstIssue(termsSchema.safeParse({ ...posted, upfrontFee: '-5' }))).toEqual([
			'upfrontFee',
			'error_amount_negative'
		]);
		expect(firstIssue(termsSchema.safeParse({ ...posted, minimumAnnualRoyalty: '-5' }))).toEqual([
			'minimumAnnualRoyalty',
			'error_amount_negative'
		]);
	});
});
