import { errorCode, hasErrorCode, type Executor } from '../db/port.ts';
import { postgresErrors } from '../../contracts/database-errors.ts';
import { sql } from '../db/sql.ts';
import type { NewAccount } from './identity.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { registerAttempt, registerSuccess, throttleKeys } from './throttle.ts';

// The embedded identity provider: argon2id passwords in public.local_credentials. All of it
// runs on the service-role executor, since credentials are invisible to anon and authenticated.

export type SignUpResult =
	{ ok: true; userId: string } | { ok: false; reason: 'email_taken' | 'organization_invalid' | 'invitation_invalid' };

export async function signUp(service: Executor, input: NewAccount): Promise<SignUpResult> {
	const passwordHash = await hashPassword(input.password);
	try {
		return await service.transaction(async (transaction) => {
			const [user] = await transaction.query<{ id: string }>(
				sql`insert into auth.users (email) values (${input.email}) returning id`
			);
			const organizationId = await organizationForSignUp(transaction, input, user.id);
			if (!organizationId) return { ok: false, reason: 'organization_invalid' } as const;
			await transaction.query(sql`
				insert into public.local_credentials (user_id, email, password_hash)
				values (${user.id}, ${input.email}, ${passwordHash})`);
			// A researcher's membership waits for the university's confirmation; other roles have none to wait for.
			const membership = input.role === 'researcher' ? 'pending' : 'confirmed';
			await transaction.query(sql`
				insert into public.profiles (id, role, organization_id, display_name, email, locale, membership_status)
				values (${user.id}, ${input.role}, ${organizationId}, ${input.displayName}, ${input.email}, ${input.locale},
				        ${membership}::public.membership_status)`);
			return { ok: true, userId: user.id } as const;
		});
	} catch (error) {
		if (errorCode(error) === postgresErrors.uniqueViolation) return { ok: false, reason: 'email_taken' };
		// app.use_team_invitation: the link was used, revoked or expired since the page checked it.
		if (hasErrorCode(error, postgresErrors.noDataFound, postgresErrors.objectNotInPrerequisiteState))
			return { ok: false, reason: 'invitation_invalid' };
		throw error;
	}
}

/**
 * The organisation a new account joins: a company or a provider gets a new, unverified one of its
 * own (an agency also gets its profile); a researcher joins an existing college of the chosen university.
 * The Supabase trigger app.create_profile_for_auth_user does the same. Through an invitation link
 * a company user joins the inviting company instead (app.join_team_at_sign_up, which uses the
 * invitation up; the Supabase trigger app.create_profile_for_invited_user does the same).
 */
async function organizationForSignUp(transaction: Executor, input: NewAccount, userId: string): Promise<string | null> {
	if (input.invitationTokenHash) {
		const [joined] = await transaction.query<{ id: string }>(
			sql`select app.join_team_at_sign_up(${input.invitationTokenHash}, ${userId}, ${input.displayName}) as id`
		);
		return joined.id;
	}
	if (input.role === 'company') {
		const [company] = await transaction.query<{ id: string }>(sql`
			insert into public.organizations (kind, name_zh, name_en)
			values ('company', ${input.companyName}, ${input.companyName}) returning id`);
		return company.id;
	}
	if (input.role === 'provider') {
		const kind = input.providerType === 'bank' ? 'bank' : 'agency';
		const [provider] = await transaction.query<{ id: string }>(sql`
			insert into public.organizations (kind, name_zh, name_en)
			values (${kind}, ${input.providerName}, ${input.providerName}) returning id`);
		if (kind === 'agency')
			await transaction.query(sql`
				insert into public.agency_profiles (organization_id, agency_type) values (${provider.id}, ${input.providerType})`);
		return provider.id;
	}
	// A researcher joins a college of the university they chose (app.mark_researcher_pending checks
	// the same for a Supabase sign-up).
	const [organization] = await transaction.query<{ id: string }>(sql`
		select id from public.organizations
		where id = ${input.organizationId} and kind = 'college' and parent_id = ${input.universityId}`);
	return organization?.id ?? null;
}

export type SignInResult =
	{ ok: true; userId: string; locale: 'zh-CN' | 'en' } | { ok: false; reason: 'invalid' | 'throttled' | 'paused' };

/** One answer for a wrong password and an unknown email, so accounts cannot be enumerated. */
export async function signIn(
	service: Executor,
	input: { email: string; password: string; ipAddress: string }
): Promise<SignInResult> {
	const keys = throttleKeys(input.email, input.ipAddress);
	const throttled = await registerAttempt(service, keys);
	if (throttled) return { ok: false, reason: throttled };
	const [account] = await service.query<{ user_id: string; password_hash: string; locale: 'zh-CN' | 'en' }>(sql`
		select c.user_id, c.password_hash, p.locale
		from public.local_credentials c join public.profiles p on p.id = c.user_id
		where lower(c.email) = lower(${input.email})`);
	const valid = await verifyPassword(account?.password_hash ?? null, input.password);
	if (!account || !valid) return { ok: false, reason: 'invalid' };
	await registerSuccess(service, keys);
	return { ok: true, userId: account.user_id, locale: account.locale };
}

/** The current password is checked under sign-in's limits: a stolen session is no password oracle. */
export async function changePassword(
	service: Executor,
	input: {
		userId: string;
		email: string;
		ipAddress: string;
		currentPassword: string;
		newPassword: string;
		keepSessionId: string;
	}
): Promise<'changed' | 'wrong_password' | 'throttled' | 'paused'> {
	const keys = throttleKeys(input.email, input.ipAddress);
	const throttled = await registerAttempt(service, keys);
	if (throttled) return throttled;
	const [account] = await service.query<{ password_hash: string }>(
		sql`select password_hash from public.local_credentials where user_id = ${input.userId}`
	);
	if (!(await verifyPassword(account?.password_hash ?? null, input.currentPassword))) return 'wrong_password';
	await registerSuccess(service, keys);
	const passwordHash = await hashPassword(input.newPassword);
	await service.transaction(async (transaction) => {
		await transaction.query(sql`
			update public.local_credentials set password_hash = ${passwordHash}, password_changed_at = now()
			where user_id = ${input.userId}`);
		// A changed password ends every other session: a thief's cookie stops working.
		await transaction.query(sql`
			delete from public.sessions where user_id = ${input.userId} and id <> ${input.keepSessionId}`);
	});
	return 'changed';
}

/**
 * An operator's reset (npm run user:reset-password): the embedded mode sends no email, so a
 * forgotten password is replaced by one the operator hands over. Every session ends with it.
 */
export async function resetPassword(service: Executor, email: string, newPassword: string): Promise<boolean> {
	const passwordHash = await hashPassword(newPassword);
	return service.transaction(async (transaction) => {
		const [account] = await transaction.query<{ user_id: string }>(sql`
			update public.local_credentials set password_hash = ${passwordHash}, password_changed_at = now()
			where lower(email) = lower(${email}) returning user_id`);
		if (!account) return false;
		await transaction.query(sql`delete from public.sessions where user_id = ${account.user_id}`);
		return true;
	});
}
