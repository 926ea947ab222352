import { z } from 'zod';
import { isCalendarDate } from '../rules/calendar-date.ts';
import { hasInvisibleFormatting, hasUnstorableCharacters } from '../rules/stored-text.ts';
import { checkFee, checkPrice, type AmountCheck } from '../rules/amount.ts';

// Error messages are message keys (messages/*.json); forms translate them for the reader.
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

// Deliberately loose: one @, no spaces, a dot in the domain. Delivery is the real test.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const email = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, { error: 'error_required' })
	.max(254, { error: 'error_email_invalid' })
	.regex(emailPattern, { error: 'error_email_invalid' });

export const newPassword = z
	.string()
	.min(8, { error: 'error_password_length' })
	.max(256, { error: 'error_password_length' });

/** A password being checked, not chosen: any length the form accepts, but not empty. */
export const enteredPassword = z
	.string()
	.min(1, { error: 'error_required' })
	.max(256, { error: 'error_password_length' });

/**
 * A name shown to others on one line (a person, an organisation, a saved search): no control
 * character, and nothing that reverses or hides text (U+202E made "材料\u202e学院" read 材料院学).
 */
export const isVisibleName = (text: string) =>
	!hasUnstorableCharacters(text) && !/[\t\n\r]/.test(text) && !hasInvisibleFormatting(text);
export const visibleNameRule = { error: 'error_hidden_characters' } as const;

export const displayName = z
	.string()
	.trim()
	.min(1, { error: 'error_required' })
	.max(80, { error: 'error_display_name_length' })
	.refine(isVisibleName, visibleNameRule);

export const uuid = z.uuid({ error: 'error_invalid' });

/**
 * A date input's YYYY-MM-DD, or '' for none (null): every date a form takes goes through this
 * one schema, so none reaches Postgres that it would refuse ($lib/rules/calendar-date).
 */
export const optionalDate = z
	.string()
	.trim()
	.refine((value) => value === '' || isCalendarDate(value), { error: 'error_date_invalid' })
	.transform((value) => (value === '' ? null : value));

/**
 * Search text from a URL: a search that cannot be run (too long, or with characters no stored
 * text holds, NUL among them) means no search, like every other malformed URL parameter.
 */
export const searchText = (maximum: number) =>
	z
		.string()
		.trim()
		.max(maximum)
		.refine((text) => !hasUnstorableCharacters(text))
		.catch('');

function amount(check: (text: string) => AmountCheck, malformed: string, tooLarge: string) {
	return z
		.string()
		.trim()
		.transform((value, context) => {
			if (value === '') return null;
			const checked = check(value);
			if (checked.ok) return checked.fen;
			const message = { too_large: tooLarge, negative: 'error_amount_negative', zero: malformed, format: malformed }[
				checked.reason
			];
			context.issues.push({ code: 'custom', message, input: value });
			return z.NEVER;
		});
}

/** A price or budget typed in yuan (up to two decimals), parsed to fen ($lib/rules/amount); '' is null. */
export const optionalPriceFen = amount(checkPrice, 'error_price_invalid', 'error_amount_too_large');

/** A fee or an interest's budget typed in yuan, zero allowed, parsed to fen; '' is null. */
export const optionalFeeFen = amount(checkFee, 'error_amount_invalid', 'error_fee_too_large');

export const locale = z.enum(locales, { error: 'error_invalid' });

export { isUuid } from '../rules/uuid.ts';

/** A page number from the address: anything unusable is the first page. */
export const pageParameter = z.coerce.number().int().min(1).max(10_000).catch(1);
