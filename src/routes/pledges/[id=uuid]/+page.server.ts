import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { pledgeConsentSchema, pledgeDeclineSchema, pledgeRegistrationSchema } from '$lib/schemas/pledge';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as pledges from '$lib/server/pledges';
import { rejectPledgeRefusal } from '../refusals';

// One application: its facts, patents, valuation and timeline; the company's withdrawal and the
// bank's decisions. Who reads it is RLS's (404 for everyone else); who moves it is the database's
// (app.move_pledge, app.release_pledge, app.record_pledge_consent).
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireRoles(locals, url, 'company', 'provider');
	const pledge = await pledges.getPledge(locals.db, params.id);
	if (!pledge) error(404, m.error_not_found());
	return { pledge };
};

type Event = { locals: App.Locals; params: { id: string }; url: URL; request: Request };

const move =
	(target: 'withdrawn' | 'under_review' | 'approved' | 'disbursed' | 'repaid' | 'defaulted') =>
	async ({ locals, params, url }: Event) => {
		requireRoles(locals, url, 'company', 'provider');
		const result = await pledges.movePledge(locals.db, params.id, target);
		if (!result.ok) return rejectPledgeRefusal(result, {}, target);
		return { action: target, success: 'pledge_moved_done' };
	};

export const actions: Actions = {
	withdraw: move('withdrawn'),
	review: move('under_review'),
	approve: move('approved'),
	disburse: move('disbursed'),
	repaid: move('repaid'),
	defaulted: move('defaulted'),
	decline: async ({ locals, params, request, url }) => {
		requireRoles(locals, url, 'provider');
		const formData = await readForm(request);
		const form = parseForm(pledgeDeclineSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'decline' });
		const result = await pledges.movePledge(locals.db, params.id, 'declined', { reason: form.data.reason });
		if (!result.ok) return rejectPledgeRefusal(result, formValues(formData), 'decline');
		return { action: 'decline', success: 'pledge_moved_done' };
	},
	register: async ({ locals, params, request, url }) => {
		requireRoles(locals, url, 'provider');
		const formData = await readForm(request);
		const form = parseForm(pledgeRegistrationSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'register' });
		const result = await pledges.movePledge(locals.db, params.id, 'registered', form.data);
		if (!result.ok) return rejectPledgeRefusal(result, formValues(formData), 'register');
		return { action: 'register', success: 'pledge_moved_done' };
	},
	release: async ({ locals, params, url }) => {
		requireRoles(locals, url, 'provider');
		const result = await pledges.releasePledge(locals.db, params.id);
		if (!result.ok) return rejectPledgeRefusal(result, {}, 'release');
		return { action: 'release', success: 'pledge_released_done' };
	},
	consent: async ({ locals, params, request, url }) => {
		requireRoles(locals, url, 'provider');
		const formData = await readForm(request);
		const form = parseForm(pledgeConsentSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'consent' });
		const result = await pledges.recordConsent(locals.db, params.id, form.data);
		if (!result.ok) return rejectPledgeRefusal(result, formValues(formData), 'consent');
		return { action: 'consent', success: 'pledge_consent_done' };
	}
};
