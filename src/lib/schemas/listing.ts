import { z } from 'zod';
import { parsePatentNumber } from '../rules/patent-number.ts';
import { optionalDate, optionalPriceFen, uuid } from './fields.ts';
import { listingLimits, type ListingDraftValues } from '../rules/listing-draft.ts';
import { cooperationModes, industries, legalStatuses, patentTypes } from '../vocabularies/listing.ts';

// A draft may be incomplete; each field that is filled in must still be valid. `submittable`
// adds what review needs. Errors are message keys; row errors sit at e.g. "patents.0.number".

// IPC symbols such as H01M 10/0525 or G06F 16/3344.
const ipcPattern = /^[A-H]\d{2}[A-Z]\s?\d{1,4}\/\d{2,6}$/;

const { inventor: inventorLimits, patent: patentLimits } = listingLimits;

export const inventorSchema = z.object({
	name: z.string().trim().min(1, { error: 'error_required' }).max(inventorLimits.name, { error: 'error_too_long' }),
	/** The account of a registered co-inventor at the same university; empty for a named person. */
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(inventorLimits.email, { error: 'error_email_invalid' })
		.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: 'error_email_invalid' })
		.optional()
		.default(''),
	share: z.coerce
		.number({ error: 'error_share_invalid' })
		.gt(0, { error: 'error_share_invalid' })
		.max(100, { error: 'error_share_invalid' })
		.multipleOf(0.01, { error: 'error_share_invalid' })
});

export const patentSchema = z
	.object({
		number: z
			.string()
			.trim()
			.min(1, { error: 'error_required' })
			.max(patentLimits.number, { error: 'error_patent_number_format' }),
		type: z.enum(patentTypes.values, { error: 'error_required' }),
		legalStatus: z.enum(legalStatuses.values, { error: 'error_required' }),
		title: z.string().trim().max(patentLimits.title, { error: 'error_too_long' }).default(''),
		filedOn: optionalDate,
		grantedOn: optionalDate
	})
	.transform((patent, context) => {
		const parsed = parsePatentNumber(patent.number, patent.type);
		if (!parsed.ok) {
			context.addIssue({ code: 'custom', path: ['number'], message: `error_patent_number_${parsed.reason}` });
			return z.NEVER;
		}
		if (parsed.granted && patent.legalStatus === 'pending') {
			context.addIssue({ code: 'custom', path: ['number'], message: 'error_patent_number_granted_prefix_needs_grant' });
			return z.NEVER;
		}
		if (patent.grantedOn && patent.filedOn && patent.grantedOn < patent.filedOn) {
			context.addIssue({ code: 'custom', path: ['grantedOn'], message: 'error_grant_before_filing' });
			return z.NEVER;
		}
		if (patent.legalStatus !== 'pending' && patent.filedOn && !patent.grantedOn) {
			context.addIssue({ code: 'custom', path: ['grantedOn'], message: 'error_required' });
			return z.NEVER;
		}
		return { ...patent, applicationNumber: parsed.applicationNumber };
	});

/**
 * One item per line (blank lines skipped). Too many lines and a line too long are told apart: "too
 * long" for eleven short lines sends the user looking for the wrong problem.
 */
const lines = (limits: { lines: number; lineLength: number }, tooMany: string, lineTooLong: string) =>
	z
		.string()
		.transform((text) =>
			text
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean)
		)
		.refine((items) => items.length <= limits.lines, { error: tooMany, abort: true })
		.refine((items) => items.every((item) => Array.from(item).length <= limits.lineLength), { error: lineTooLong });

export const listingSchema = z.object({
	title: z.string().trim().max(listingLimits.title, { error: 'error_too_long' }),
	pitch: z.string().trim().max(listingLimits.pitch, { error: 'error_too_long' }),
	summary: z.string().trim().max(listingLimits.summary, { error: 'error_too_long' }),
	advantages: lines(listingLimits.advantages, 'error_advantages_too_many', 'error_advantage_too_long'),
	applications: z.string().trim().max(listingLimits.applications, { error: 'error_too_long' }),
	industry: z.union([z.literal('').transform(() => null), z.enum(industries.values)], { error: 'error_invalid' }),
	ipcCodes: z
		.string()
		.max(listingLimits.ipcCodes.text, { error: 'error_too_long' })
		.transform((text) =>
			text
				.split(/[,，;；\n]+/)
				.map((code) => code.trim().toUpperCase().replace(/\s+/g, ' '))
				.filter(Boolean)
		)
		.refine((codes) => codes.length <= listingLimits.ipcCodes.codes && codes.every((code) => ipcPattern.test(code)), {
			error: 'error_ipc_invalid'
		}),
	trl: z.union([z.literal('').transform(() => null), z.coerce.number().int().min(1).max(9)], {
		error: 'error_invalid'
	}),
	cooperationModes: z
		.array(z.enum(cooperationModes.values, { error: 'error_invalid' }))
		.max(listingLimits.cooperationModes),
	negotiable: z.boolean(),
	askingPrice: optionalPriceFen,
	inventors: z.array(inventorSchema).max(listingLimits.rows),
	patents: z.array(patentSchema).max(listingLimits.rows)
});
export type ListingInput = z.output<typeof listingSchema>;

/**
 * A draft's typed values split by validity: each field valid on its own (only these reach the
 * listing's columns), and the whole input when every field is valid (the search index needs it).
 */
export function draftFields(values: ListingDraftValues): {
	fields: Partial<ListingInput>;
	complete: ListingInput | null;
} {
	const fields: Record<string, unknown> = {};
	for (const [name, schema] of Object.entries(listingSchema.shape)) {
		const parsed = schema.safeParse(values[name as keyof ListingDraftValues]);
		if (parsed.success) fields[name] = parsed.data;
	}
	const whole = listingSchema.safeParse(values);
	return { fields: fields as Partial<ListingInput>, complete: whole.success ? whole.data : null };
}

/** What review needs on top of a valid draft; the database checks the same on submit. */
export function submissionProblems(listing: ListingInput): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const field of ['title', 'pitch', 'summary'] as const) if (!listing[field]) problems[field] = 'error_required';
	if (!listing.industry) problems.industry = 'error_required';
	if (!listing.trl) problems.trl = 'error_required';
	if (listing.cooperationModes.length === 0) problems.cooperationModes = 'error_mode_required';
	if (!listing.negotiable && listing.askingPrice === null) problems.askingPrice = 'error_price_or_negotiable';
	const shares = listing.inventors.reduce((total, inventor) => total + Math.round(inventor.share * 100), 0);
	if (listing.inventors.length === 0) problems.inventors = 'error_inventor_required';
	else if (shares !== 10000) problems.inventors = 'error_inventor_shares';
	if (listing.patents.length === 0) problems.patents = 'error_patent_required';
	return problems;
}

/** The "new listing" form: its creation key makes a replayed request find the same draft. */
export const newListingSchema = z.object({ creationKey: uuid });

/** The attachment the editor's remove button names. */
export const removeFileSchema = z.object({ fileId: uuid });

export const reviewSchema = z
	.object({
		decision: z.enum(['publish', 'request_changes', 'reject'], { error: 'error_invalid' }),
		comment: z.string().trim().max(2000, { error: 'error_too_long' }).default('')
	})
	.superRefine((review, context) => {
		if (review.decision !== 'publish' && review.comment.length === 0) {
			context.addIssue({ code: 'custom', path: ['comment'], message: 'error_review_comment_required' });
		}
	});

export const reviewStatusFor = {
	publish: 'published',
	request_changes: 'changes_requested',
	reject: 'rejected'
} as const;
