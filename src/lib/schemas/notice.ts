import { z } from 'zod';
import { uuid } from './fields.ts';
import { noticeStatuses, pricingMethods } from '../vocabularies/notice.ts';
import { messageLength, normalizedMessage } from '../rules/message-text.ts';

/** /notices?institution=…&status=…&page=…: anything malformed means no filter. */
export const noticeFilterSchema = z.object({
	institution: uuid.optional().catch(undefined),
	status: z.enum(noticeStatuses.values).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

// A phone number (digits with the usual separators, an optional +) or an email address. The
// office has to reach the objector; delivery is the real test.
const phonePattern = /^\+?[\d\s()-]{5,30}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const objectionGroundsLimit = 4000;

export const objectionSchema = z.object({
	// The rendered form's key (a hidden field): the same form sent again files nothing new.
	idempotencyKey: uuid,
	name: z.string().trim().min(1, { error: 'error_required' }).max(100, { error: 'error_too_long' }),
	contact: z
		.string()
		.trim()
		.min(1, { error: 'error_required' })
		.max(200, { error: 'error_contact_invalid' })
		.refine((value) => phonePattern.test(value) || emailPattern.test(value), { error: 'error_contact_invalid' }),
	// Counted in code points, like the form's counter and the database's char_length.
	grounds: z
		.string()
		.transform(normalizedMessage)
		.pipe(
			z
				.string()
				.min(1, { error: 'error_required' })
				.refine((text) => messageLength(text) <= objectionGroundsLimit, { error: 'error_grounds_too_long' })
		)
});
export type ObjectionFormInput = z.output<typeof objectionSchema>;

export const resolveObjectionSchema = z.object({
	objection: uuid,
	decision: z.enum(['dismissed', 'upheld'], { error: 'error_invalid' }),
	resolution: z.string().trim().min(1, { error: 'error_required' }).max(2000, { error: 'error_too_long' })
});

// Absent or blank is null. (Not `.default('')`: zod 4 hands a default to the output unparsed.)
const optionalLine = (maximum: number) =>
	z
		.string()
		.trim()
		.max(maximum, { error: 'error_too_long' })
		.optional()
		.transform((value) => (value === undefined || value === '' ? null : value));

export const pricingSchema = z
	.object({
		pricingMethod: z.enum(pricingMethods.values, { error: 'error_invalid' }),
		exchangeName: optionalLine(200),
		exchangeReference: optionalLine(100)
	})
	// An exchange or auction price names its exchange and number; a negotiated one keeps none.
	.refine((value) => value.pricingMethod === 'negotiated' || value.exchangeName !== null, {
		error: 'error_required',
		path: ['exchangeName']
	})
	.refine((value) => value.pricingMethod === 'negotiated' || value.exchangeReference !== null, {
		error: 'error_required',
		path: ['exchangeReference']
	})
	.transform((value) =>
		value.pricingMethod === 'negotiated' ? { ...value, exchangeName: null, exchangeReference: null } : value
	);
