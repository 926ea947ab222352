import { z } from 'zod';
import { uuid } from './fields.ts';
import { optionalPercent } from './deal.ts';
import { amountFen } from './income.ts';
import { royaltyBases, royaltyPeriods } from '../vocabularies/income.ts';
import { messageLength, normalizedMessage } from '../rules/message-text.ts';

// Express licences (docs/domain.md, "Express licences"): a template's standard terms, its versions,
// marking listings and a company's acceptance. Limits are the database's checks
// (supabase/migrations/20261208002000_express_licences.sql).

/** A licence on standard terms: the modes a template may offer (the database's check). */
export const expressModes = ['non_exclusive_license', 'exclusive_license'] as const;
export type ExpressMode = (typeof expressModes)[number];

export const templateLimits = { name: 100, fieldOfUse: 200, territory: 200, summary: 2000 } as const;

const optionalText = (maximum: number) => z.string().trim().max(maximum, { error: 'error_too_long' });

/** The summary has a counter: counted as it counts, line breaks once, refused (never cut) when longer. */
const summary = z
	.string()
	.transform(normalizedMessage)
	.pipe(z.string().refine((text) => messageLength(text) <= templateLimits.summary, { error: 'error_too_long' }));

/** The standard terms of one version, as the new-template and new-version forms post them. */
const termsFields = {
	mode: z.enum(expressModes, { error: 'express_error_mode' }),
	// "No upfront fee" is 0, not empty: a notice always publishes a price.
	upfrontFee: amountFen({ zero: true }),
	royaltyPercent: optionalPercent,
	royaltyBase: z.enum(royaltyBases.values, { error: 'error_invalid' }),
	royaltyPeriod: z.enum(royaltyPeriods.values, { error: 'error_invalid' }),
	equityPercent: optionalPercent,
	fieldOfUse: optionalText(templateLimits.fieldOfUse),
	territory: optionalText(templateLimits.territory),
	termMonths: z
		.string()
		.trim()
		.refine((value) => /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 600, {
			error: 'error_term_months'
		})
		.transform(Number),
	summary
};

export const templateTermsSchema = z.object(termsFields);
export type TemplateTerms = z.output<typeof templateTermsSchema>;

/** A new template with its first version; `creationKey` makes a replayed post find it. */
export const newTemplateSchema = z.object({
	creationKey: uuid,
	name: z.string().trim().min(1, { error: 'error_required' }).max(templateLimits.name, { error: 'error_too_long' }),
	...termsFields
});
export type NewTemplateInput = z.output<typeof newTemplateSchema>;

/** A new version: `version` is the number the form expects to create (stale once another was published). */
export const newVersionSchema = z.object({
	creationKey: uuid,
	version: z.coerce.number({ error: 'error_invalid' }).int().min(2).max(10_000),
	...termsFields
});
export type NewVersionInput = z.output<typeof newVersionSchema>;

export const markSchema = z.object({ listing: uuid, template: uuid });
export const unmarkSchema = z.object({ listing: uuid });

/**
 * A company's acceptance: the key is made when the confirm page is shown, so a resubmit finds its
 * deal; `versionId` is the version of the terms the page showed, the only one it may accept.
 */
export const acceptSchema = z.object({ acceptanceKey: uuid, versionId: uuid });
