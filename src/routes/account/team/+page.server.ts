import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http/guards';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { invitationSchema, inviteSchema, leaveSchema, memberSchema } from '$lib/schemas/team';
import * as teams from '$lib/server/company-teams';
import * as organizations from '$lib/server/organizations';
import { email } from '$lib/server/app/runtime';
import { getLocale } from '$lib/paraglide/runtime';

// The company's team (docs/domain.md, "Company teams"). The database decides who may do what
// (app.* functions); the page hides buttons a member cannot use and translates refusals.

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRole(locals, url, 'company');
	const organization = user.organizationId ? await organizations.getOrganization(locals.db, user.organizationId) : null;
	if (!organization)
		return {
			organization: null,
			members: [],
			invitations: [],
			me: null,
			left: url.searchParams.has('left'),
			joined: false,
			creationKey: null
		};
	const [members, invitations] = await Promise.all([
		teams.listTeamMembers(locals.db),
		teams.listPendingInvitations(locals.db)
	]);
	const me = members.find((member) => member.id === user.id) ?? null;
	return {
		organization: { nameZh: organization.nameZh, nameEn: organization.nameEn },
		members,
		invitations,
		me,
		left: false,
		joined: url.searchParams.has('joined'),
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		requireRole(locals, url, 'company');
		const form = parseForm(inviteSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'invite' });
		// With SMTP configured an address also gets the link by email, in the inviter's language.
		const mail = await email();
		const emailLocale = mail.configured && form.data.email ? getLocale() : undefined;
		const invited = await teams.inviteColleague(locals.db, form.data.email || null, form.data.creationKey, {
			emailLocale
		});
		if ('refused' in invited)
			return rejectForm(
				409,
				{ email: form.data.email } as Record<string, string>,
				{ email: 'team_error_already_member' },
				{ action: 'invite' }
			);
		const { token, emailed } = invited;
		// A replayed post: the invitation exists (in the list below), its link was shown the first time.
		if (!token) return { action: 'invite', success: 'team_invite_replayed' };
		if (emailed === 'queued') mail.nudge();
		// The token is shown this once (only its hash is kept): the link to copy and hand over.
		return {
			action: 'invite',
			success: 'team_invited',
			link: `${url.origin}/invitations/${token}`,
			email: form.data.email,
			emailed: emailed === 'queued' ? ('sent' as const) : emailLocale ? ('not_sent' as const) : null
		};
	},
	revoke: async ({ request, locals, url }) => {
		requireRole(locals, url, 'company');
		const form = parseForm(invitationSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'error_form_tampered' }, { action: 'revoke' });
		const result = await teams.revokeInvitation(locals.db, form.data.invitationId);
		if (result !== 'revoked') return rejectForm(400, {}, { form: `team_refusal_${result}` }, { action: 'revoke' });
		return { action: 'revoke', success: 'team_revoked' };
	},
	remove: async ({ request, locals, url }) => {
		requireRole(locals, url, 'company');
		const form = parseForm(memberSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'error_form_tampered' }, { action: 'member' });
		const result = await teams.removeMember(locals.db, form.data.memberId);
		if (result !== 'removed') return rejectForm(400, {}, { form: `team_refusal_${result}` }, { action: 'member' });
		return { action: 'member', success: 'team_removed' };
	},
	makeOwner: async ({ request, locals, url }) => {
		requireRole(locals, url, 'company');
		const form = parseForm(memberSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'error_form_tampered' }, { action: 'member' });
		const result = await teams.makeOwner(locals.db, form.data.memberId);
		if (result !== 'made_owner') return rejectForm(400, {}, { form: `team_refusal_${result}` }, { action: 'member' });
		return { action: 'member', success: 'team_made_owner' };
	},
	leave: async ({ request, locals, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(leaveSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, { successorId: 'error_invalid' }, { action: 'leave' });
		const result = await teams.leaveTeam(locals.db, form.data.successorId || null);
		if (result !== 'left')
			return rejectForm(400, formValues(formData), { successorId: `team_refusal_${result}` }, { action: 'leave' });
		redirect(303, '/account/team?left=1');
	}
};
