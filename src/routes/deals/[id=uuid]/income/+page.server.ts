import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { todayInShanghai } from '$lib/i18n/format';
import { requireUser } from '$lib/server/http/guards';
import * as deals from '$lib/server/deals';
import * as schedules from '$lib/server/payment-schedules';
import * as reports from '$lib/server/royalty-reports';
import * as receipts from '$lib/server/receipts';
import * as distributions from '$lib/server/distributions';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';
import * as income from './actions.server';

// A deal's income (docs/domain.md, "Income"): the participants of the deal only, like the deal
// room (a 404 for anyone else). What each reads is RLS's: the company never reads deductions,
// distribution lines or payouts; an inventor reads the schedule, the deal's totals and only their
// own lines. The page shows each the cards that fit their role.
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	const user = requireUser(locals, url);
	depends(reloadKeys.income);
	const deal = await deals.getDeal(locals.db, params.id);
	if (!deal) error(404, m.error_not_found());
	const view = user.role === 'officer' ? 'officer' : user.role === 'company' ? 'company' : 'inventor';
	const today = todayInShanghai();
	const schedule = await schedules.listSchedule(locals.db, deal.id, today);
	const listed = view === 'inventor' ? [] : await receipts.listReceipts(locals.db, deal.id);
	// The company reads its receipts, not how the office handles them: when a distribution was
	// approved and which officer recorded the money never reach its page data.
	const dealReceipts =
		view === 'company'
			? listed.map((receipt) => ({ ...receipt, distributionApprovedAt: null, recordedByName: null }))
			: listed;
	return {
		deal,
		view,
		today,
		schedule,
		totals: await distributions.dealIncomeTotals(locals.db, deal.id, today),
		reports: view === 'inventor' ? [] : await reports.listReports(locals.db, deal.id),
		receipts: dealReceipts,
		distribution: view === 'company' ? [] : await distributions.listDistribution(locals.db, deal.id),
		// The company's select: royalty periods that have ended and have no report yet.
		reportableLines: schedule.filter(
			(line) => line.kind === 'royalty' && !line.reported && line.periodEnd !== null && line.periodEnd < today
		),
		// The officer's select: every line that takes money (equity does not).
		receivableLines: schedule.filter((line) => line.kind !== 'equity'),
		// One key per rendered form: a replayed post finds what the first one stored.
		keys: {
			report: crypto.randomUUID(),
			receipt: crypto.randomUUID(),
			perReceipt: Object.fromEntries(
				dealReceipts.map((receipt) => [
					receipt.id,
					{ deduction: crypto.randomUUID(), approve: crypto.randomUUID(), reverse: crypto.randomUUID() }
				])
			)
		},
		topics: [topics.deal(deal.id)],
		since: (await realtimeHub()).latestId
	};
};

export const actions: Actions = {
	report: income.fileReport,
	receipt: income.recordReceipt,
	deduction: income.addDeduction,
	removeDeduction: income.removeDeduction,
	approve: income.approve,
	reverse: income.reverse,
	payout: income.recordPayout
};
