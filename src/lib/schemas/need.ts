import { z } from 'zod';
import { optionalDate, optionalPriceFen, uuid } from './fields.ts';
import { industries } from '../vocabularies/listing.ts';
import { todayInShanghai } from '../i18n/format.ts';

export const needSchema = z.object({
	title: z.string().trim().min(1, { error: 'error_required' }).max(120, { error: 'error_too_long' }),
	problem: z.string().trim().min(1, { error: 'error_required' }).max(5000, { error: 'error_too_long' }),
	industry: z.enum(industries.values, { error: 'error_required' }),
	budget: optionalPriceFen,
	// A deadline is a day still to come (Asia/Shanghai): a need past it is no longer open.
	deadline: optionalDate.refine((value) => value === null || value >= todayInShanghai(), {
		error: 'error_deadline_past'
	})
});
export type NeedInput = z.output<typeof needSchema>;

/** A new need carries the key its form was rendered with: sent twice, it makes one need. */
export const newNeedSchema = needSchema.extend({ creationKey: uuid });
