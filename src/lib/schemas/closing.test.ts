import { describe, expect, it } from 'vitest';
import { filingDoneSchema, ndaOfflineSchema } from './closing.ts';
import { todayInShanghai } from '../i18n/format.ts';

const filing = '00000000-0000-4000-8000-000000000001';

// A filing and a paper NDA record what already happened: their date cannot be after today.
describe('closing dates', () => {
	it('takes today and past days, and refuses a later day at its field', () => {
		expect(filingDoneSchema.safeParse({ filing, number: 'X1', filedOn: todayInShanghai() }).success).toBe(true);
		expect(ndaOfflineSchema.safeParse({ signedOn: '2026-11-30' }).success).toBe(true);
		for (const parsed of [
			filingDoneSchema.safeParse({ filing, number: 'X1', filedOn: '2199-12-31' }),
			ndaOfflineSchema.safeParse({ signedOn: '2199-12-31' })
		]) {
			expect(parsed.success).toBe(false);
			expect(parsed.error?.issues[0].message).toBe('closing_error_date_future');
		}
	});
});
