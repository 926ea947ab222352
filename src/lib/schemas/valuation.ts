import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { amountFen, requiredText } from './income.ts';
import { valuationMethods, valuationPurposes } from '../vocabularies/valuation.ts';

// The valuation forms (docs/domain.md, "Valuations"). Limits are the database's checks
// (supabase/migrations/…_valuations.sql); message keys are `valuation_error_…` or shared ones.

export const valuationLimits = { notes: 2000, declineReason: 500, patents: 20 } as const;

/** Checkboxes post one `patentIds` entry each; the route passes them as an array. */
export const valuationRequestSchema = z.object({
	firmId: z.uuid({ error: 'valuation_error_firm_required' }),
	patentIds: z
		.array(z.uuid({ error: 'valuation_error_patent_refused' }))
		.min(1, { error: 'valuation_error_patent_required' })
		.max(valuationLimits.patents, { error: 'valuation_error_too_many_patents' }),
	purpose: z.enum(valuationPurposes.values, { error: 'error_required' }),
	preferredMethod: z.enum(valuationMethods.values, { error: 'error_required' }),
	notes: z.string().trim().max(valuationLimits.notes, { error: 'error_too_long' }).default(''),
	wantedBy: optionalDate.default(null),
	creationKey: uuid
});
export type ValuationRequestInput = z.output<typeof valuationRequestSchema>;

export const declineSchema = z.object({ reason: requiredText(valuationLimits.declineReason) });

const requiredDay = optionalDate
	.refine((value) => value !== null, { error: 'valuation_error_date_required' })
	.transform(String);

/** The report's figures (the PDF is read apart): 0 < low ≤ high, valid until after the base date. */
export const deliverySchema = z
	.object({
		low: amountFen(),
		high: amountFen(),
		methodUsed: z.enum(valuationMethods.values, { error: 'error_required' }),
		baseDate: requiredDay,
		validUntil: requiredDay
	})
	.superRefine((report, context) => {
		if (report.low > report.high)
			context.addIssue({ code: 'custom', path: ['high'], message: 'valuation_error_range' });
		if (report.validUntil <= report.baseDate)
			context.addIssue({ code: 'custom', path: ['validUntil'], message: 'valuation_error_valid_until' });
	});
export type DeliveryInput = z.output<typeof deliverySchema>;
