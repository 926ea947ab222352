import { z } from 'zod';
import { displayName, email, enteredPassword, isVisibleName, locale, newPassword, visibleNameRule } from './fields.ts';

/** What a provider's organisation is: a bank, or an agency of one of four types. */
export const providerTypes = ['patent_agency', 'valuation_firm', 'law_firm', 'technology_broker', 'bank'] as const;

// Officer and admin are granted by an admin, never chosen at sign-up.
export const signUpSchema = z
	.object({
		email,
		password: newPassword,
		displayName,
		role: z.enum(['researcher', 'company', 'provider'], { error: 'error_role_required' }),
		// A researcher's college (organizationId) and the university it must belong to.
		universityId: z.string().trim().optional().default(''),
		organizationId: z.string().trim().optional().default(''),
		companyName: z
			.string()
			.trim()
			.max(200, { error: 'error_company_name_length' })
			.refine(isVisibleName, visibleNameRule)
			.optional()
			.default(''),
		providerName: z
			.string()
			.trim()
			.max(200, { error: 'error_provider_name_length' })
			.refine(isVisibleName, visibleNameRule)
			.optional()
			.default(''),
		// Checked in superRefine: only a provider must choose one.
		providerType: z.string().optional().default(''),
		locale
	})
	.superRefine((value, context) => {
		if (value.role === 'researcher' && !z.uuid().safeParse(value.universityId).success) {
			context.addIssue({ code: 'custom', path: ['universityId'], message: 'error_university_required' });
		}
		if (value.role === 'researcher' && !z.uuid().safeParse(value.organizationId).success) {
			context.addIssue({ code: 'custom', path: ['organizationId'], message: 'error_institution_required' });
		}
		if (value.role === 'company' && value.companyName.length === 0) {
			context.addIssue({ code: 'custom', path: ['companyName'], message: 'error_required' });
		}
		if (value.role === 'provider' && value.providerName.length === 0) {
			context.addIssue({ code: 'custom', path: ['providerName'], message: 'error_required' });
		}
		if (value.role === 'provider' && !isProviderType(value.providerType)) {
			context.addIssue({ code: 'custom', path: ['providerType'], message: 'error_provider_type_required' });
		}
	});
export function isProviderType(value: string): value is (typeof providerTypes)[number] {
	return (providerTypes as readonly string[]).includes(value);
}
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email, password: enteredPassword });

export const changePasswordSchema = z.object({ currentPassword: enteredPassword, newPassword });

export const profileSchema = z.object({ displayName });

// The page to return to may carry a long search; safeRedirectPath shortens it, so the language
// still changes (the form body itself is bounded by the server's limit).
export const localeSchema = z.object({ locale, redirectTo: z.string().max(50_000).optional().default('/') });

/** Right after an email link or code the user proves the mailbox, not an old password. */
export const setPasswordSchema = z.object({ newPassword });

export const emailOnlySchema = z.object({ email });

// Supabase's email OTP is 6 digits by default and can be set up to 10.
export const emailCodeSchema = z.object({
	email,
	code: z
		.string()
		.trim()
		.regex(/^\d{6,10}$/, { error: 'error_code_invalid' })
});
