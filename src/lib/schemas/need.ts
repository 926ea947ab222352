import { z } from 'zod';
import { optionalDate } from './fields.ts';
import { industries } from '../vocabularies/listing.ts';

export const needSchema = z.object({
	title: z.string().trim().min(1, { error: 'error_required' }).max(120, { error: 'error_too_long' }),
	problem: z.string().trim().min(1, { error: 'error_required' }).max(5000, { error: 'error_too_long' }),
	industry: z.enum(industries.values, { error: 'error_required' }),
	budget: z
		.string()
		.trim()
		.refine((value) => value === '' || (/^\d{1,12}(\.\d{1,2})?$/.test(value) && Number(value) > 0), {
			error: 'error_price_invalid'
		})
		.transform((value) => (value === '' ? null : Number(value))),
	deadline: optionalDate
});
export type NeedInput = z.output<typeof needSchema>;
