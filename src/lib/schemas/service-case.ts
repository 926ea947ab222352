import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { amountFen, optionalPositiveFen, requiredText } from './income.ts';
import { caseServices } from '../vocabularies/service-case.ts';
import { todayInShanghai } from '../i18n/format.ts';

// The service case forms (docs/domain.md, "Service cases"). Limits are the database's checks
// (supabase/migrations/…_service_cases.sql); message keys are `case_error_…` or shared ones.

export const caseLimits = { scope: 4000, quoteNote: 1000, declineReason: 500, comment: 500, patents: 20 } as const;

/** Checkboxes post one `patentIds` entry each; the route passes them as an array. */
export const caseRequestSchema = z.object({
	agencyId: uuid,
	service: z.enum(caseServices, { error: 'case_error_service_required' }),
	scope: requiredText(caseLimits.scope),
	deadline: optionalDate
		.refine((value) => value !== null, { error: 'case_error_deadline_required' })
		.transform(String)
		.refine((value) => value >= todayInShanghai(), { error: 'case_error_deadline_past' }),
	budget: optionalPositiveFen,
	patentIds: z
		.array(z.uuid({ error: 'case_error_patent_refused' }))
		.max(caseLimits.patents, { error: 'case_error_too_many_patents' })
		.default([]),
	creationKey: uuid
});
export type CaseRequestInput = z.output<typeof caseRequestSchema>;

export const quoteSchema = z.object({
	amount: amountFen(),
	days: z.coerce
		.number({ error: 'case_error_days_invalid' })
		.int({ error: 'case_error_days_invalid' })
		.min(1, { error: 'case_error_days_invalid' })
		.max(365, { error: 'case_error_days_invalid' }),
	note: z
		.string()
		.trim()
		.max(caseLimits.quoteNote, { error: 'error_too_long' })
		.transform((value) => value || null)
});
export type QuoteInput = z.output<typeof quoteSchema>;

export const caseDeclineSchema = z.object({ reason: requiredText(caseLimits.declineReason) });

export const ratingSchema = z.object({
	rating: z.coerce
		.number({ error: 'case_error_rating_required' })
		.int({ error: 'case_error_rating_required' })
		.min(1, { error: 'case_error_rating_required' })
		.max(5, { error: 'case_error_rating_required' }),
	comment: z
		.string()
		.trim()
		.max(caseLimits.comment, { error: 'error_too_long' })
		.default('')
		.transform((value) => value || null)
});
export type RatingInput = z.output<typeof ratingSchema>;
