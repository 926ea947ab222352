import { z } from 'zod';
import { uuid } from './fields.ts';
import { agencyServices, agencyTypes } from '../vocabularies/agency.ts';

const text = (maximum: number) => z.string().trim().max(maximum, { error: 'error_too_long' });

// Whole days from 1 to 365, the column's check; empty means "not said yet". Refused as
// error_invalid: the form names the range itself (ProfileForm.svelte), so the message is not a
// data message every page would bundle.
const turnaroundDays = z
	.string()
	.trim()
	.refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 365), {
		error: 'error_invalid'
	})
	.transform((value) => (value === '' ? null : Number(value)));

/**
 * An agency's profile as its staff edit it on /provider. `services` and `universityIds` are
 * checkboxes, read with `agencyProfileFields` (repeated keys); a repeated value counts once.
 */
export const agencyProfileSchema = z.object({
	services: z
		.array(z.enum(agencyServices.values, { error: 'error_invalid' }))
		.max(agencyServices.values.length * 2, { error: 'error_invalid' })
		.transform((values) => [...new Set(values)]),
	summaryZh: text(2000),
	summaryEn: text(2000),
	feeBasis: text(500),
	turnaroundDays,
	credentials: text(500),
	universityIds: z
		.array(uuid)
		.max(200, { error: 'error_invalid' })
		.transform((values) => [...new Set(values)])
});
export type AgencyProfileInput = z.output<typeof agencyProfileSchema>;

/** The checkbox groups of the profile form, which `parseForm` (first value of each key) cannot see. */
export function agencyProfileFields(formData: FormData): { services: string[]; universityIds: string[] } {
	const strings = (name: string) => formData.getAll(name).filter((value) => typeof value === 'string');
	return { services: strings('services'), universityIds: strings('universityIds') };
}

/** The directory's filters, from its URL: anything unknown means "any". */
export const agencyFilterSchema = z.object({
	service: z.enum(agencyServices.values).optional().catch(undefined),
	type: z.enum(agencyTypes.values).optional().catch(undefined)
});
export type AgencyFilter = z.output<typeof agencyFilterSchema>;
