import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { todayInShanghai } from '../i18n/format.ts';

// The deal room's closing forms: the NDA and the filings after signing (docs/domain.md).
// Error values are message keys.

/** A date the form must have: '' is refused with its own message, a malformed one as any date. */
const requiredDate = optionalDate.refine((value) => value !== null, { error: 'closing_error_date_required' });

/**
 * The day something already happened (a signature, a filing): not after today in Asia/Shanghai.
 * The database refuses a later one too (ZQ025).
 */
const pastDate = requiredDate.refine((value) => value === null || value <= todayInShanghai(), {
	error: 'closing_error_date_future'
});

export const ndaAcceptSchema = z.object({ terms: uuid });

export const ndaOfflineSchema = z.object({ signedOn: pastDate });

export const filingDoneSchema = z.object({
	filing: uuid,
	number: z
		.string()
		.trim()
		.min(1, { error: 'closing_error_filing_number_required' })
		.max(100, { error: 'closing_error_filing_number_too_long' }),
	filedOn: pastDate
});

export const filingWaiveSchema = z.object({
	filing: uuid,
	reason: z
		.string()
		.trim()
		.min(1, { error: 'closing_error_waive_reason_required' })
		.max(500, { error: 'error_too_long' })
});

/** A new version of a university's NDA terms: both languages, as the database holds them. */
const ndaBody = z
	.string()
	.trim()
	.min(1, { error: 'closing_error_nda_body_required' })
	.max(20000, { error: 'error_too_long' });
export const ndaTermsSchema = z.object({ bodyZh: ndaBody, bodyEn: ndaBody });
