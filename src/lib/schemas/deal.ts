import { z } from 'zod';
import { optionalDate, optionalFeeFen, uuid } from './fields.ts';
import { dealStages, declineReasons, interestTimelines } from '../vocabularies/deal.ts';
import { cooperationModes } from '../vocabularies/listing.ts';
import { royaltyBases, royaltyPeriods } from '../vocabularies/income.ts';
import { optionalPositiveFen } from './income.ts';
import { messageLength, messageLimit, normalizedMessage } from '../rules/message-text.ts';

const optionalText = (maximum: number) => z.string().trim().max(maximum, { error: 'error_too_long' });

export const optionalPercent = z
	.string()
	.trim()
	.refine((value) => value === '' || (/^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100), {
		error: 'error_percent_range'
	})
	.transform((value) => (value === '' ? null : Number(value)));

/**
 * A message people write to each other, counted as its form's counter counts it
 * (rules/message-text.ts); a longer one is refused with its own message, never cut.
 */
const messageText = (minimum: 0 | 1) =>
	z
		.string()
		.transform(normalizedMessage)
		.pipe(
			z
				.string()
				.min(minimum, { error: 'error_required' })
				// In code points, like the counter and the database (not `.max`, which counts UTF-16 units).
				.refine((text) => messageLength(text) <= messageLimit, { error: 'interests_error_message_too_long' })
		);

export const interestSchema = z
	.object({
		idempotencyKey: uuid,
		// Nothing is preselected: the company says what it wants, or writes why it asks.
		wantedMode: z
			.union([z.enum(cooperationModes.values), z.literal('')], { error: 'error_invalid' })
			.transform((value) => (value === '' ? null : value)),
		fieldOfUse: optionalText(200),
		territory: optionalText(200),
		budgetMin: optionalFeeFen,
		budgetMax: optionalFeeFen,
		timeline: z
			.union([z.enum(interestTimelines.values), z.literal('')], { error: 'error_invalid' })
			.transform((value) => (value === '' ? null : value)),
		message: messageText(0)
	})
	.refine((value) => value.wantedMode !== null || value.message !== '', {
		error: 'interests_error_mode_or_message',
		path: ['wantedMode']
	})
	.refine((value) => value.budgetMin === null || value.budgetMax === null || value.budgetMin <= value.budgetMax, {
		error: 'error_budget_order',
		path: ['budgetMax']
	});
export type InterestInput = z.output<typeof interestSchema>;

/** A message added to the company's open interest. */
export const interestMessageSchema = z.object({
	idempotencyKey: uuid,
	interest: uuid,
	message: messageText(1)
});
export type InterestMessageInput = z.output<typeof interestMessageSchema>;

/** The interest an officer or its author acts on, from the list's hidden field. */
export const interestReferenceSchema = z.object({ interest: uuid });

export const declineSchema = z.object({
	reason: z.enum(declineReasons.values, { error: 'error_decline_reason_required' }),
	note: optionalText(500)
});

export const stageMoveSchema = z
	.object({
		stage: z.enum(dealStages.values, { error: 'error_invalid' }),
		// The stage the page showed: a deal that moved on since is not moved again. Optional for
		// posts made without the page.
		from: z.enum(dealStages.values, { error: 'error_invalid' }).optional(),
		// Only a closing move's form has a reason box; a forward move sends none.
		reason: optionalText(500).default(''),
		// Only the signing form has it: the contract's effective date, which the filings count from.
		effectiveOn: optionalDate.default(null)
	})
	.refine((value) => !value.stage.startsWith('closed_') || value.reason !== '', {
		error: 'error_close_reason_required',
		path: ['reason']
	})
	.refine((value) => value.stage !== 'signed' || value.effectiveOn !== null, {
		error: 'closing_error_effective_date_required',
		path: ['effectiveOn']
	});

/** The deal's milestones, at most this many characters (the database's check), counted as the form's counter counts. */
export const milestonesLimit = 2000;

/** Optional text with a counter: line breaks as the browser shows them, never cut, refused when longer. */
const longText = (limit: number, tooLong: string) =>
	z
		.string()
		.transform(normalizedMessage)
		.pipe(z.string().refine((text) => messageLength(text) <= limit, { error: tooLong }));

export const termsSchema = z.object({
	mode: z
		.union([z.enum(cooperationModes.values), z.literal('')], { error: 'error_invalid' })
		.transform((value) => (value === '' ? null : value)),
	fieldOfUse: optionalText(200),
	territory: optionalText(200),
	termMonths: z
		.string()
		.trim()
		.refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 600), {
			error: 'error_term_months'
		})
		.transform((value) => (value === '' ? null : Number(value))),
	upfrontFee: optionalFeeFen,
	royaltyPercent: optionalPercent,
	milestones: longText(milestonesLimit, 'error_milestones_too_long'),
	equityPercent: optionalPercent,
	sublicenceSharePercent: optionalPercent,
	// The income terms (docs/domain.md, "Income"): what a royalty is a share of, how often it is
	// reported, and the least it comes to in a contract year. Absent from a post: the defaults.
	royaltyBase: z.enum(royaltyBases.values, { error: 'error_invalid' }).default('net_sales'),
	royaltyPeriod: z.enum(royaltyPeriods.values, { error: 'error_invalid' }).default('quarter'),
	minimumAnnualRoyalty: optionalPositiveFen.default(null)
});
export type TermsInput = z.output<typeof termsSchema>;

export const planSchema = z.object({
	officerId: z.union([uuid, z.literal('')]).transform((value) => (value === '' ? null : value)),
	nextAction: optionalText(200),
	nextActionOn: optionalDate
});

export const messageSchema = z.object({
	idempotencyKey: uuid,
	body: messageText(1)
});

export const pipelineFilterSchema = z.object({
	mine: z.literal('1').optional().catch(undefined),
	stage: z.enum(dealStages.values).optional().catch(undefined),
	overdue: z.literal('1').optional().catch(undefined)
});
