import { z } from 'zod';
import { uuid } from './fields.ts';
import { optionalPercent } from './deal.ts';
import { optionalPositiveFen, pastDate, requiredText } from './income.ts';
import { openLicenceFeeBases, openLicenceStatuses } from '../vocabularies/open-licence.ts';
import { royaltyBases, royaltyPeriods } from '../vocabularies/income.ts';

// The open licence forms (docs/domain.md, "Open licences"). Limits are the database's checks
// (supabase/migrations/…_open_licences.sql); message keys are `open_licence_error_…` or shared ones.

export const openLicenceLimits = {
	paymentMethod: 500,
	/** 200, as a licence's field of use (deals.field_of_use). */
	fieldLimits: 200,
	contact: 200,
	announcementNumber: 100
} as const;

const termMonths = z
	.string()
	.trim()
	.refine((value) => value !== '', { error: 'error_required' })
	.refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 600), {
		error: 'error_term_months'
	})
	.transform(Number);

/**
 * The declared terms (Patent Law Art. 50: the fee and how it is paid). The basis says which
 * numbers it needs; numbers the basis does not use are dropped, as the database wants them absent.
 */
export const declarationTermsSchema = z
	.object({
		feeBasis: z.enum(openLicenceFeeBases.values, { error: 'error_required' }),
		lumpSum: optionalPositiveFen,
		royaltyPercent: optionalPercent,
		royaltyBase: z.enum(royaltyBases.values, { error: 'error_invalid' }).default('net_sales'),
		royaltyPeriod: z.enum(royaltyPeriods.values, { error: 'error_invalid' }).default('quarter'),
		paymentMethod: requiredText(openLicenceLimits.paymentMethod),
		termMonths,
		fieldLimits: z.string().trim().max(openLicenceLimits.fieldLimits, { error: 'error_too_long' }),
		contact: requiredText(openLicenceLimits.contact)
	})
	.superRefine((terms, context) => {
		const lump = terms.feeBasis !== 'royalty';
		const royalty = terms.feeBasis !== 'lump_sum';
		if (lump && terms.lumpSum === null)
			context.addIssue({ code: 'custom', path: ['lumpSum'], message: 'error_required' });
		if (royalty && (terms.royaltyPercent === null || terms.royaltyPercent === 0)) {
			context.addIssue({ code: 'custom', path: ['royaltyPercent'], message: 'open_licence_error_royalty_required' });
		}
	})
	.transform((terms) => {
		const lump = terms.feeBasis !== 'royalty';
		const royalty = terms.feeBasis !== 'lump_sum';
		return {
			...terms,
			lumpSum: lump ? terms.lumpSum : null,
			royaltyPercent: royalty ? terms.royaltyPercent : null,
			royaltyBase: royalty ? terms.royaltyBase : null,
			royaltyPeriod: royalty ? terms.royaltyPeriod : null
		};
	});
export type DeclarationTerms = z.output<typeof declarationTermsSchema>;

/** A new declaration: the patent, the terms, and the form's idempotency key. */
export const newDeclarationSchema = z
	// No patent chosen (the select starts empty) is a required field left empty.
	.object({ patentId: z.uuid({ error: 'error_required' }), creationKey: uuid })
	.and(declarationTermsSchema);
export type NewDeclarationInput = z.output<typeof newDeclarationSchema>;

/** CNIPA's announcement of the declaration: its number and day. */
export const announcementSchema = z.object({
	announcementNumber: requiredText(openLicenceLimits.announcementNumber),
	announcedOn: pastDate
});
export type AnnouncementInput = z.output<typeof announcementSchema>;

/** CNIPA's announcement of the withdrawal (Art. 50 para. 2). */
export const withdrawalSchema = z.object({
	withdrawalAnnouncementNumber: requiredText(openLicenceLimits.announcementNumber),
	withdrawnOn: pastDate
});
export type WithdrawalInput = z.output<typeof withdrawalSchema>;

/** A company's written notice taking the licence (Art. 51), idempotent on its key. */
export const acceptanceSchema = z.object({ acceptanceKey: uuid });

/** The officer list's filter (a bad value means no filter). */
export const officerFilterSchema = z.object({
	status: z.enum(openLicenceStatuses.values).optional().catch(undefined)
});

/** The public list's filter: one university, or all. */
export const announcedFilterSchema = z.object({
	university: uuid.optional().catch(undefined)
});
