import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { formValues, parseForm, readForm, rejectForm, type FieldErrors } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import { invitedSignUpSchema } from '$lib/schemas/team';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';
import * as teams from '$lib/server/company-teams';

// An invitation link (docs/domain.md, "Company teams"). The token in the path is the secret;
// the database stores its hash and decides whether it still works (app.team_invitation).

/** Longer than any token we issue: not worth hashing, never issued. */
const tokenLength = 64;

async function invitationFor(db: App.Locals['db'], token: string) {
	return token.length > tokenLength ? null : teams.readInvitation(db, token);
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const invitation = await invitationFor(locals.db, params.token);
	const user = locals.user;
	// What the reader can do with a usable link: accept it, sign up or in, or nothing (and why).
	const standing = !user
		? 'signed_out'
		: user.role !== 'company'
			? 'not_company'
			: user.organizationId === invitation?.organizationId
				? 'already_member'
				: user.organizationId
					? 'other_organization'
					: 'can_accept';
	return {
		invitation: invitation && { nameZh: invitation.nameZh, nameEn: invitation.nameEn, status: invitation.status },
		standing,
		signInHref: `/signin?redirectTo=${encodeURIComponent(url.pathname)}`
	};
};

const signUpErrors: Record<string, FieldErrors> = {
	email_taken: { email: 'error_email_taken' },
	weak_password: { password: 'error_password_weak' },
	throttled: { form: 'error_email_throttled' },
	address_throttled: { form: 'error_sign_up_throttled' },
	invitation_invalid: { form: 'team_refusal_used' },
	organization_invalid: { form: 'team_refusal_unknown' }
};

export const actions: Actions = {
	accept: async ({ locals, params, url }) => {
		requireUser(locals, url);
		const result =
			params.token.length > tokenLength ? 'unknown' : await teams.acceptInvitation(locals.db, params.token);
		if (result !== 'joined') return rejectForm(400, {}, { form: `team_refusal_${result}` });
		redirect(303, '/account/team?joined=1');
	},
	signup: async (event) => {
		const { locals, params } = event;
		if (locals.user) return rejectForm(400, {}, { form: 'team_refusal_signed_in' });
		const formData = await readForm(event.request);
		const form = parseForm(invitedSignUpSchema, formData, { locale: getLocale() });
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const invitation = await invitationFor(locals.db, params.token);
		// Checked first so a dead link is said plainly, before an account is made (or refused).
		if (!invitation || invitation.status !== 'pending')
			return rejectForm(400, formValues(formData), { form: `team_refusal_${invitation?.status ?? 'unknown'}` });
		const result = await (
			await identity()
		).signUp(identityRequest(event), {
			...form.data,
			role: 'company',
			universityId: '',
			organizationId: '',
			companyName: '',
			providerName: '',
			providerType: '',
			invitationTokenHash: teams.invitationTokenHash(params.token)
		});
		if (!result.ok)
			return rejectForm(
				result.reason === 'throttled' || result.reason === 'address_throttled' ? 429 : 400,
				formValues(formData),
				signUpErrors[result.reason]
			);
		if (!result.signedIn) return { confirmTo: form.data.email };
		redirect(303, '/account/team?joined=1');
	}
};
