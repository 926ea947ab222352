import { describe, expect, it } from 'vitest';
import { changePasswordSchema, signInSchema, signUpSchema } from '$lib/schemas/auth';
import { changeRoleSchema, userSearchSchema, verifyOrganizationSchema } from '$lib/schemas/admin';
import { interestSchema, stageMoveSchema } from '$lib/schemas/deal';
import { needSchema } from '$lib/schemas/need';
import { parseForm } from '$lib/server/http/forms';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

const researcher = {
	email: '  Li.Mingyuan@Example.EDU.cn ',
	password: 'eight ch',
	displayName: ' 李明远 ',
	role: 'researcher',
	universityId: '00000000-0000-4000-8000-000000000100',
	organizationId: '00000000-0000-4000-8000-000000000101'
};

describe('sign-up schema', () => {
	it('normalises email and name and accepts an 8-character password', () => {
		const result = parseForm(signUpSchema, form(researcher), { locale: 'zh-CN' });
		expect(result).toEqual({
			ok: true,
			data: {
				...researcher,
				email: 'li.mingyuan@example.edu.cn',
				displayName: '李明远',
				companyName: '',
				providerName: '',
				providerType: '',
				locale: 'zh-CN'
			}
		});
	});

	it('asks a service provider for its organisation’s type (one of five) and name', () => {
		const provider = { ...researcher, role: 'provider', organizationId: '' };
		const missing = parseForm(signUpSchema, form({ ...provider, providerType: 'university' }), { locale: 'en' });
		expect(!missing.ok && missing.errors).toEqual({
			providerName: 'error_required',
			providerType: 'error_provider_type_required'
		});
		const bank = parseForm(signUpSchema, form({ ...provider, providerType: 'bank', providerName: ' 山城银行 ' }), {
			locale: 'en'
		});
		expect(bank.ok && [bank.data.providerType, bank.data.providerName]).toEqual(['bank', '山城银行']);
	});

	it('gives one message key per field and echoes what was typed, except the password', () => {
		const result = parseForm(
			signUpSchema,
			form({ ...researcher, email: 'not-an-email', password: 'short', universityId: '', organizationId: '' }),
			{ locale: 'en' }
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual({
			email: 'error_email_invalid',
			password: 'error_password_length',
			universityId: 'error_university_required',
			organizationId: 'error_institution_required'
		});
		expect(result.values).toMatchObject({ email: 'not-an-email', displayName: ' 李明远 ' });
		expect(result.values).not.toHaveProperty('password');
	});

	it('bounds passwords at 8 to 256 characters and names at 80', () => {
		const tooLong = parseForm(
			signUpSchema,
			form({ ...researcher, password: 'x'.repeat(257), displayName: '名'.repeat(81) }),
			{ locale: 'en' }
		);
		expect(!tooLong.ok && tooLong.errors).toEqual({
			password: 'error_password_length',
			displayName: 'error_display_name_length'
		});
		expect(parseForm(signUpSchema, form({ ...researcher, password: 'x'.repeat(256) }), { locale: 'en' }).ok).toBe(true);
	});

	it('lets nobody sign up as officer or admin, and asks a company for its name', () => {
		const officer = parseForm(signUpSchema, form({ ...researcher, role: 'officer' }), { locale: 'en' });
		expect(!officer.ok && officer.errors.role).toBe('error_role_required');
		const company = parseForm(signUpSchema, form({ ...researcher, role: 'company', organizationId: '' }), {
			locale: 'en'
		});
		expect(!company.ok && company.errors).toEqual({ companyName: 'error_required' });
	});

	it('reads a hand-made POST with missing or file fields as empty, never crashing', () => {
		const data = new FormData();
		data.append('email', new Blob(['x']), 'email.txt');
		const result = parseForm(signUpSchema, data, { locale: 'en' });
		expect(!result.ok && result.errors).toMatchObject({
			email: 'error_required',
			password: 'error_required',
			displayName: 'error_required'
		});
	});
});

describe('other form schemas', () => {
	it('require both sign-in fields without judging the password length', () => {
		expect(parseForm(signInSchema, form({ email: 'a@b.cn', password: 'short' })).ok).toBe(true);
		const empty = parseForm(signInSchema, form({ email: '', password: '' }));
		expect(!empty.ok && empty.errors).toEqual({ email: 'error_required', password: 'error_required' });
	});

	it('hold a new password to the same rule as sign-up', () => {
		const result = parseForm(changePasswordSchema, form({ currentPassword: 'whatever', newPassword: '1234567' }));
		expect(!result.ok && result.errors).toEqual({ newPassword: 'error_password_length' });
	});

	it('accept only known roles and real ids for a role change', () => {
		expect(
			changeRoleSchema.safeParse({ userId: '00000000-0000-4000-8000-000000001001', role: 'officer' }).success
		).toBe(true);
		expect(changeRoleSchema.safeParse({ userId: 'x', role: 'officer' }).success).toBe(false);
		expect(changeRoleSchema.safeParse({ userId: '00000000-0000-4000-8000-000000001001', role: 'root' }).success).toBe(
			false
		);
	});

	it('read the verified flag only as true or false', () => {
		const id = '00000000-0000-4000-8000-000000000202';
		expect(verifyOrganizationSchema.parse({ organizationId: id, verified: 'false' })).toEqual({
			organizationId: id,
			verified: false,
			creditCode: null
		});
		expect(verifyOrganizationSchema.safeParse({ organizationId: id, verified: 'yes' }).success).toBe(false);
	});

	it('take a forward deal move without a reason box, and ask for the reason only when closing', () => {
		expect(parseForm(stageMoveSchema, form({ stage: 'nda' }))).toMatchObject({ ok: true, data: { reason: '' } });
		const closing = parseForm(stageMoveSchema, form({ stage: 'closed_lost' }));
		expect(!closing.ok && closing.errors).toEqual({ reason: 'error_close_reason_required' });
	});

	it('verify only with a unified social credit code whose check character matches', () => {
		const id = '00000000-0000-4000-8000-000000000202';
		const errorOf = (creditCode: string) => {
			const parsed = verifyOrganizationSchema.safeParse({ organizationId: id, verified: 'true', creditCode });
			return parsed.success ? null : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
		};
		expect(errorOf('')).toEqual([['creditCode', 'error_credit_code_required']]);
		// Too long is a length mistake, not a missing code, however long.
		expect(errorOf('91500109MA5YQ7K25M0')).toEqual([['creditCode', 'error_credit_code_length']]);
		expect(errorOf('9'.repeat(101))).toEqual([['creditCode', 'error_credit_code_length']]);
		expect(errorOf('9150010IMA5YQ7K25M')).toEqual([['creditCode', 'error_credit_code_format']]);
		expect(errorOf('91500109MA5YQ7K25N')).toEqual([['creditCode', 'error_credit_code_check']]);
		expect(
			verifyOrganizationSchema.parse({
				organizationId: id,
				verified: 'true',
				creditCode: '91500109 ma5yq7k25m',
				confirmed: 'true'
			})
		).toEqual({ organizationId: id, verified: true, creditCode: '91500109MA5YQ7K25M', confirmed: 'true' });
	});

	it('verify a college without a credit code, and still ask a company for a valid one', () => {
		const id = '00000000-0000-4000-8000-000000000202';
		expect(verifyOrganizationSchema.parse({ organizationId: id, kind: 'college', verified: 'true' })).toEqual({
			organizationId: id,
			verified: true,
			creditCode: null
		});
		const company = parseForm(
			verifyOrganizationSchema,
			form({ organizationId: id, verified: 'true', creditCode: '91500109MA5YQ7K25N' }),
			{ kind: 'company' }
		);
		expect(company).toEqual({
			ok: false,
			values: { organizationId: id, verified: 'true', creditCode: '91500109MA5YQ7K25N' },
			errors: { creditCode: 'error_credit_code_check' }
		});
		// The kind is the server's: a form claiming to be a college does not skip the code.
		const claimed = parseForm(
			verifyOrganizationSchema,
			form({ organizationId: id, verified: 'true', kind: 'college' }),
			{
				kind: 'company'
			}
		);
		expect(!claimed.ok && claimed.errors).toEqual({ creditCode: 'error_credit_code_required' });
	});

	it('call a huge budget too large, not malformed, and keep what was typed', () => {
		const need = { title: '找电池材料', problem: '需要更耐用的电池', industry: 'automotive', deadline: '' };
		const huge = parseForm(needSchema, form({ ...need, budget: '100000000000000000000' }));
		expect(huge).toMatchObject({
			ok: false,
			values: { budget: '100000000000000000000' },
			errors: { budget: 'error_amount_too_large' }
		});
		expect(parseForm(needSchema, form({ ...need, budget: '12.345' }))).toMatchObject({
			errors: { budget: 'error_price_invalid' }
		});
		expect(parseForm(needSchema, form({ ...need, budget: ' 500000.50 ' }))).toMatchObject({
			ok: true,
			data: { budget: 50_000_050 }
		});
		const interest = parseForm(
			interestSchema,
			form({ wantedMode: '', budgetMin: '100000000000000000000', budgetMax: '', timeline: '', message: '想了解' })
		);
		expect(!interest.ok && interest.errors.budgetMin).toBe('error_fee_too_large');
		// Fees and budgets take fen now: two decimals, zero allowed, a third decimal or a minus refused.
		const fees = (budgetMin: string) =>
			parseForm(
				interestSchema,
				form({
					idempotencyKey: crypto.randomUUID(),
					fieldOfUse: '',
					territory: '',
					wantedMode: '',
					budgetMin,
					budgetMax: '',
					timeline: '',
					message: '想了解'
				})
			);
		expect(fees('0')).toMatchObject({ ok: true, data: { budgetMin: 0 } });
		expect(fees('1234.56')).toMatchObject({ ok: true, data: { budgetMin: 123_456 } });
		for (const typed of ['0.001', 'abc', '1e15'])
			expect(fees(typed)).toMatchObject({
				ok: false,
				values: { budgetMin: typed },
				errors: { budgetMin: 'error_amount_invalid' }
			});
		expect(fees('-5')).toMatchObject({
			ok: false,
			values: { budgetMin: '-5' },
			errors: { budgetMin: 'error_amount_negative' }
		});
	});

	it('turn a bad search page or a huge query into safe defaults instead of an error', () => {
		expect(userSearchSchema.parse({ q: ' 李 ', page: '2' })).toEqual({ q: '李', page: 2 });
		expect(userSearchSchema.parse({ q: 'x'.repeat(500), page: '-3' })).toEqual({ q: '', page: 1 });
	});
});
