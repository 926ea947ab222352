import { describe, expect, it } from 'vitest';
import { deliverySchema, valuationRequestSchema } from './valuation.ts';

const firm = '00000000-0000-4000-8000-000000000400';
const patent = '00000000-0000-4000-8000-0000000000aa';
const key = '00000000-0000-4000-8000-0000000000bb';
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the valuation request form', () => {
	const request = {
		firmId: firm,
		patentIds: [patent],
		purpose: 'pledge_loan',
		preferredMethod: 'income',
		creationKey: key
	};

	it('reads a complete request, notes and wanted-by optional', () => {
		expect(valuationRequestSchema.parse({ ...request, notes: ' 质押 ', wantedBy: '' })).toEqual({
			...request,
			notes: '质押',
			wantedBy: null
		});
	});

	it('asks for a firm and at least one patent, each with its own message', () => {
		expect(messages(valuationRequestSchema.safeParse({ ...request, firmId: '', patentIds: [] }))).toEqual({
			firmId: 'valuation_error_firm_required',
			patentIds: 'valuation_error_patent_required'
		});
		expect(messages(valuationRequestSchema.safeParse({ ...request, patentIds: ['x'] }))).toEqual({
			'patentIds.0': 'valuation_error_patent_refused'
		});
		expect(
			messages(valuationRequestSchema.safeParse({ ...request, patentIds: Array.from({ length: 21 }, () => patent) }))
		).toEqual({ patentIds: 'valuation_error_too_many_patents' });
	});
});

describe('the delivery form', () => {
	const report = {
		low: '3200000',
		high: '4100000',
		methodUsed: 'income',
		baseDate: '2026-11-30',
		validUntil: '2027-11-29'
	};

	it('reads yuan as fen', () => {
		expect(deliverySchema.parse(report)).toMatchObject({ low: 320000000, high: 410000000 });
	});

	it('refuses zero, a range upside down and a validity not after the base date', () => {
		expect(messages(deliverySchema.safeParse({ ...report, low: '0' }))).toEqual({ low: 'income_error_amount_zero' });
		expect(messages(deliverySchema.safeParse({ ...report, low: '5000000' }))).toEqual({
			high: 'valuation_error_range'
		});
		expect(messages(deliverySchema.safeParse({ ...report, validUntil: '2026-11-30' }))).toEqual({
			validUntil: 'valuation_error_valid_until'
		});
		expect(messages(deliverySchema.safeParse({ ...report, baseDate: '' }))).toEqual({
			baseDate: 'valuation_error_date_required'
		});
	});
});
