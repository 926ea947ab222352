import { error, type Action } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireRole } from '$lib/server/http/guards';
import { rejectForm } from '$lib/server/http/forms';
import * as needs from '$lib/server/needs';
import * as matching from '$lib/server/matching';
import * as proposalReads from '$lib/server/need-proposal-reads';
import { proposalActions } from './proposal-actions';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const need = await needs.getNeed(locals.db, params.id);
	if (!need) error(404, m.error_not_found());
	const user = locals.user;
	const mine = user?.role === 'company' && user.organizationId === need.companyId;
	// Its company sees every proposal, a researcher or an officer those of their side (RLS).
	const proposals =
		user && (mine || user.role !== 'company') ? await proposalReads.listNeedProposals(locals.db, need.id) : [];
	return {
		need,
		// Its company's members manage it; the database decides (RLS), this only shows the controls.
		mine,
		proposals,
		// A researcher answers once (until withdrawn); an officer may answer for several researchers.
		canPropose:
			need.status === 'open' &&
			(user?.role === 'officer' ||
				(user?.role === 'researcher' &&
					!proposals.some((proposal) => proposal.researcherId === user.id && proposal.status !== 'withdrawn'))),
		saved: url.searchParams.has('saved'),
		// A need that is not open is matched with nothing new.
		matches: need.status === 'open' ? await matching.listingsForNeed(locals.db, need.id) : []
	};
};

// Closing and reopening carry no fields: posting again does what is already done.
function setOpen(open: boolean): Action<{ id: string }> {
	return async ({ locals, params, url }) => {
		requireRole(locals, url, 'company');
		const result = await needs.setNeedOpen(locals.db, params.id, open);
		if (result.ok) return { success: open ? 'need_reopened_done' : 'need_closed_done' };
		return result.reason === 'deadline_passed'
			? rejectForm(409, {}, { form: 'need_error_reopen_deadline_passed' })
			: rejectForm(403, {}, { form: 'need_error_not_yours' });
	};
}

export const actions: Actions = {
	close: setOpen(false),
	reopen: setOpen(true),
	shortlist: proposalActions.shortlist,
	decline: proposalActions.decline,
	convert: proposalActions.convert
};
