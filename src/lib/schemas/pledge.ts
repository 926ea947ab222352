import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { amountFen, pastDate, requiredText } from './income.ts';
import { parsePatentNumber } from '../rules/patent-number.ts';

// The pledge loan forms (docs/domain.md, "Pledge loans"). Limits are the database's checks
// (supabase/migrations/20261210001000_pledge_loans.sql); message keys are `pledge_error_…` or shared.

export const pledgeLimits = {
	purpose: 500,
	declineReason: 500,
	registrationNumber: 60,
	counterparty: 200,
	title: 200,
	coOwner: 200,
	patents: 20,
	termMonths: 360
} as const;

const checkbox = z
	.string()
	.optional()
	.transform((value) => value === 'on' || value === 'true');

/** Checkboxes post one `numbers` entry each; the route passes them as an array. */
export const pledgeApplicationSchema = z.object({
	bankId: z.uuid({ error: 'pledge_error_bank_required' }),
	amount: amountFen(),
	termMonths: z.coerce
		.number({ error: 'pledge_error_term' })
		.int({ error: 'pledge_error_term' })
		.min(1, { error: 'pledge_error_term' })
		.max(pledgeLimits.termMonths, { error: 'pledge_error_term' }),
	purpose: requiredText(pledgeLimits.purpose),
	numbers: z
		.array(z.string().regex(/^(\d{12}|\d{8})\.[0-9X]$/, { error: 'pledge_error_patent_not_held' }))
		.min(1, { error: 'pledge_error_patent_required' })
		.max(pledgeLimits.patents, { error: 'pledge_error_too_many_patents' }),
	valuationId: z
		.string()
		.trim()
		.transform((value) => (value === '' ? null : value))
		.pipe(z.uuid({ error: 'pledge_error_valuation' }).nullable())
		.default(null),
	riskCompensation: checkbox,
	creationKey: uuid
});
export type PledgeApplicationInput = z.output<typeof pledgeApplicationSchema>;

/** A declared holding: the number's check character is verified ($lib/rules/patent-number). */
export const companyPatentSchema = z
	.object({
		number: z.string().transform((value, context) => {
			const parsed = parsePatentNumber(value);
			if (parsed.ok) return parsed.applicationNumber;
			const message =
				parsed.reason === 'check_character' ? 'pledge_error_number_check_character' : 'pledge_error_number_format';
			context.issues.push({ code: 'custom', message, input: value });
			return z.NEVER;
		}),
		title: requiredText(pledgeLimits.title),
		patentType: z.enum(['invention', 'utility_model', 'design'], { error: 'error_required' }),
		legalStatus: z.enum(['pending', 'granted', 'lapsed'], { error: 'error_required' }),
		grantedOn: optionalDate.default(null),
		coOwner: z.string().trim().max(pledgeLimits.coOwner, { error: 'error_too_long' }).default(''),
		creationKey: uuid
	})
	.superRefine((patent, context) => {
		// The number's type digit names the patent's type (1/8 invention, 2/9 utility model, 3 design).
		const typed = parsePatentNumber(patent.number, patent.patentType);
		if (!typed.ok && typed.reason === 'type_mismatch')
			context.addIssue({ code: 'custom', path: ['patentType'], message: 'pledge_error_type_mismatch' });
		if ((patent.legalStatus === 'pending') !== (patent.grantedOn === null))
			context.addIssue({ code: 'custom', path: ['grantedOn'], message: 'pledge_error_granted_on' });
	});
export type CompanyPatentInput = z.output<typeof companyPatentSchema>;

export const pledgeDeclineSchema = z.object({ reason: requiredText(pledgeLimits.declineReason) });

export const pledgeRegistrationSchema = z.object({
	registrationNumber: requiredText(pledgeLimits.registrationNumber),
	registeredOn: pastDate
});

export const pledgeConsentSchema = z.object({
	number: z.string().regex(/^(\d{12}|\d{8})\.[0-9X]$/, { error: 'pledge_error_consent' }),
	scope: z.enum(['assignment', 'licence'], { error: 'error_required' }),
	counterparty: requiredText(pledgeLimits.counterparty)
});
