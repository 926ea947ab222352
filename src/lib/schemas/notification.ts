import { z } from 'zod';

/** A notification's id (a bigint identity): digits only, so no NaN, sign, exponent or overflow reaches SQL. */
export const markReadSchema = z.object({
	id: z
		.string()
		.regex(/^[1-9]\d{0,14}$/, { error: 'error_invalid' })
		.transform(Number)
});
