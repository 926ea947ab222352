import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { changePasswordSchema, profileSchema } from '$lib/schemas/auth';
import { formValues, parseForm, rejectForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { serviceExecutor } from '$lib/server/runtime';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import * as identity from '$lib/server/auth/local-identity';
import * as sessions from '$lib/server/auth/sessions';
import * as profiles from '$lib/server/profiles';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		profile: { displayName: user.displayName, email: user.email, role: user.role },
		currentSessionId: locals.session?.id,
		devices: await sessions.listOwnSessions(locals.db),
		welcome: url.searchParams.has('welcome')
	};
};

export const actions: Actions = {
	profile: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const form = parseForm(profileSchema, await request.formData());
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'profile' });
		await profiles.updateDisplayName(locals.db, user.id, form.data.displayName);
		return { action: 'profile', success: 'account_profile_saved' };
	},
	password: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const form = parseForm(changePasswordSchema, await request.formData());
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'password' });
		const result = await identity.changePassword(await serviceExecutor(), {
			userId: user.id,
			currentPassword: form.data.currentPassword,
			newPassword: form.data.newPassword,
			keepSessionId: locals.session!.id
		});
		if (result === 'wrong_password') {
			return rejectForm(400, {}, { currentPassword: 'error_current_password_wrong' }, { action: 'password' });
		}
		return { action: 'password', success: 'account_password_changed' };
	},
	// Ends every session of this user, this device's included: the answer to a lost phone.
	signOutEverywhere: async ({ locals, url, cookies }) => {
		const user = requireUser(locals, url);
		await sessions.invalidateUserSessions(await serviceExecutor(), user.id);
		deleteSessionCookie(cookies);
		redirect(303, '/signin?signedOut=1');
	}
};
