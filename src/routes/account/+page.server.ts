import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { changePasswordSchema, profileSchema, setPasswordSchema } from '$lib/schemas/auth';
import { parseForm, readForm, rejectForm, type FieldErrors } from '$lib/server/http/forms';
import type { PasswordChange } from '$lib/server/auth/identity';
import { requireUser } from '$lib/server/http/guards';
import { identity } from '$lib/server/app/runtime';
import { currentUser, identityRequest } from '$lib/server/auth/request';
import { markSignedOut } from '$lib/server/auth/cookies';
import * as sessions from '$lib/server/auth/sessions';
import * as profiles from '$lib/server/profiles';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { features } = await identity();
	return {
		profile: { displayName: user.displayName, email: user.email, role: user.role },
		currentSessionId: locals.session?.id,
		// Supabase Auth keeps its sessions to itself; "sign out everywhere" still reaches them all.
		devices: features.deviceList ? await sessions.listOwnSessions(locals.db) : null,
		needsCurrentPassword: locals.session?.proof !== 'email',
		welcome: url.searchParams.has('welcome')
	};
};

const passwordErrors: Record<Exclude<PasswordChange, 'changed'>, FieldErrors> = {
	wrong_password: { currentPassword: 'error_current_password_wrong' },
	weak_password: { newPassword: 'error_password_weak' },
	reauthenticate: { form: 'error_reauthenticate' },
	throttled: { form: 'error_sign_in_throttled' },
	paused: { form: 'error_account_paused' }
};

export const actions: Actions = {
	profile: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const form = parseForm(profileSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'profile' });
		await profiles.updateDisplayName(locals.db, user.id, form.data.displayName);
		return { action: 'profile', success: 'account_profile_saved' };
	},
	password: async (event) => {
		requireUser(event.locals, event.url);
		const current = currentUser(event.locals)!;
		const formData = await readForm(event.request);
		// After an email code or link the user has proved the mailbox; no old password is asked.
		const form =
			current.session.proof === 'email'
				? parseForm(setPasswordSchema, formData)
				: parseForm(changePasswordSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'password' });
		const currentPassword = 'currentPassword' in form.data ? (form.data.currentPassword as string) : null;
		const result = await (
			await identity()
		).updatePassword(identityRequest(event), current, { currentPassword, newPassword: form.data.newPassword });
		if (result !== 'changed') return rejectForm(400, {}, passwordErrors[result], { action: 'password' });
		return { action: 'password', success: 'account_password_changed' };
	},
	// Ends every session of this user, this device's included: the answer to a lost phone.
	signOutEverywhere: async (event) => {
		requireUser(event.locals, event.url);
		await (await identity()).signOut(identityRequest(event), currentUser(event.locals), 'everywhere');
		markSignedOut(event.cookies);
		redirect(303, '/signin?signedOut=1');
	}
};
