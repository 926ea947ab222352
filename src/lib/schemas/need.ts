import { z } from 'zod';
import { optionalDate, optionalPriceFen } from './fields.ts';
import { industries } from '../vocabularies/listing.ts';

export const needSchema = z.object({
	title: z.string().trim().min(1, { error: 'error_required' }).max(120, { error: 'error_too_long' }),
	problem: z.string().trim().min(1, { error: 'error_required' }).max(5000, { error: 'error_too_long' }),
	industry: z.enum(industries.values, { error: 'error_required' }),
	budget: optionalPriceFen,
	deadline: optionalDate
});
export type NeedInput = z.output<typeof needSchema>;
