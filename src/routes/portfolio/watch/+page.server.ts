import type { Actions, PageServerLoad } from './$types';
import { feeDecisionSchema, readWatchFilter } from '$lib/schemas/portfolio';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole, requireRoles } from '$lib/server/http/guards';
import { todayInShanghai } from '$lib/i18n/format';
import * as portfolio from '$lib/server/portfolio';
import * as watch from '$lib/server/portfolio-watch';

// Portfolio watch 专利池 (docs/domain.md, "Portfolio watch"): the annual fees due within 90 days,
// each awaiting the officers' decision. Admins read; officers decide.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'officer', 'admin');
	const { university, universities } = await portfolio.resolveUniversity(
		locals.db,
		user.role,
		url.searchParams.get('university')
	);
	const today = todayInShanghai();
	const { page, undecidedOnly } = readWatchFilter(url.searchParams);
	const due = university
		? await watch.listDueFees(locals.db, university.id, today, { page, undecidedOnly })
		: { fees: [], dueCount: 0, undecidedCount: 0, hasMore: false };
	// A key per form shown: posting one form twice records one decision.
	const creationKeys = Object.fromEntries(due.fees.map((fee) => [fee.id, crypto.randomUUID()]));
	return {
		university,
		universities,
		...due,
		page,
		undecidedOnly,
		today,
		creationKeys,
		canDecide: user.role === 'officer',
		days: watch.watchDays
	};
};

const refusals = {
	not_found: 'portfolio_error_patent_missing',
	decided: 'portfolio_error_decided',
	not_due: 'portfolio_error_not_due'
} as const;

export const actions: Actions = {
	decide: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const form = parseForm(feeDecisionSchema, await readForm(request));
		if (!form.ok) {
			return rejectForm(400, form.values, form.errors, { action: 'decide', patentId: form.values.patentId ?? '' });
		}
		const result = await watch.decideFee(locals.db, form.data, todayInShanghai());
		if (!result.ok) {
			return rejectForm(
				409,
				form.data,
				{ form: refusals[result.reason] },
				{ action: 'decide', patentId: form.data.patentId }
			);
		}
		return { action: 'decide', patentId: form.data.patentId, success: 'portfolio_decided' };
	}
};
