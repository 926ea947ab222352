import { z } from 'zod';
import { pageParameter, searchText, uuid } from './fields.ts';
import { organizationKinds, roles } from '../vocabularies/people.ts';
import { checkCreditCode } from '../rules/credit-code.ts';

export const userSearchSchema = z.object({
	q: searchText(100),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

export const changeRoleSchema = z.object({ userId: uuid, role: z.enum(roles.values, { error: 'error_invalid' }) });

const creditCodeErrors = {
	empty: 'error_credit_code_required',
	length: 'error_credit_code_length',
	characters: 'error_credit_code_format',
	check: 'error_credit_code_check'
} as const;

/**
 * Verifying a company, university or agency needs its unified social credit code, checked
 * (GB 32100-2015) and then confirmed on a second step (`confirmed`). A college has no code of its
 * own (it is part of its university's legal person), so an admin verifies it without one.
 * Withdrawing a verification needs neither. `kind` is the organisation's, looked up by the
 * server, never taken from the form.
 */
export const verifyOrganizationSchema = z
	.object({
		organizationId: uuid,
		kind: z.enum(organizationKinds.values).optional(),
		verified: z.enum(['true', 'false'], { error: 'error_invalid' }).transform((value) => value === 'true'),
		// Far too long to be a code with spaces in it: the same "18 characters" answer, kept as typed.
		creditCode: z.string().max(100, { error: 'error_credit_code_length' }).optional().default(''),
		confirmed: z.enum(['true']).optional().catch(undefined)
	})
	.transform(({ kind, ...form }, context) => {
		if (!form.verified || kind === 'college') return { ...form, creditCode: null };
		const checked = checkCreditCode(form.creditCode);
		if (!checked.ok) {
			context.issues.push({
				code: 'custom',
				path: ['creditCode'],
				message: creditCodeErrors[checked.reason],
				input: form.creditCode
			});
			return z.NEVER;
		}
		return { ...form, creditCode: checked.code };
	});

export const pageSchema = z.object({ page: pageParameter });

export const publicNoticeSchema = z.object({
	organizationId: uuid,
	days: z
		.string()
		.trim()
		.regex(/^\d{1,2}$/, { error: 'error_notice_days' })
		.transform(Number)
		// At least 15 days (促进科技成果转化法 implementing rules; docs/domain.md, "Public notice").
		.refine((days) => days >= 15 && days <= 90, { error: 'error_notice_days' })
});
