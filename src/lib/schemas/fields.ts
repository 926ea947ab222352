import { z } from 'zod';

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

export const displayName = z
	.string()
	.trim()
	.min(1, { error: 'error_required' })
	.max(80, { error: 'error_display_name_length' });

export const uuid = z.uuid({ error: 'error_invalid' });

/** A date input's YYYY-MM-DD, or '' for none (null). */
export const optionalDate = z
	.string()
	.trim()
	.refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), {
		error: 'error_date_invalid'
	})
	.transform((value) => (value === '' ? null : value));

export const locale = z.enum(locales, { error: 'error_invalid' });

export { isUuid } from '../rules/uuid.ts';
