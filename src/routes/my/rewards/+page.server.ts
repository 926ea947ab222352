import type { PageServerLoad } from './$types';
import { todayInShanghai } from '$lib/i18n/format';
import { requireRole } from '$lib/server/http/guards';
import { basisPoints } from '$lib/rules/income';
import { forecastInventorShare } from '$lib/rules/reward-forecast';
import { inventorFloors, type IncomeKind } from '$lib/rules/reward-policy';
import * as rewards from '$lib/server/rewards';
import * as rewardPolicies from '$lib/server/reward-policies';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';

// While the terms are still negotiated, what the reader would get of the upfront fee at these
// terms: the policy in force today (the deal will use the one in force on its signing day).
const forecastStages = new Set(['negotiation', 'term_sheet']);

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = requireRole(locals, url, 'researcher');
	depends(reloadKeys.rewards);
	const today = todayInShanghai();
	const deals = await rewards.listRewardDeals(locals.db, user.id, today);
	const withForecasts = await Promise.all(
		deals.map(async (deal) => {
			if (!forecastStages.has(deal.stage)) return { ...deal, forecast: null };
			const kind: IncomeKind = deal.mode === 'equity' ? 'equity' : 'transfer';
			const policy = await rewardPolicies.policyInForce(locals.db, deal.institutionId, today);
			const shares = policy?.shares[kind] ?? null;
			const inventors = deal.inventors.map((inventor) => ({
				key: inventor.mine ? 'me' : `${inventor.position}`,
				basisPoints: basisPoints(inventor.share) ?? 0
			}));
			const amountFen =
				deal.upfrontFeeFen === null ? null : forecastInventorShare(deal.upfrontFeeFen, kind, shares, inventors, 'me');
			return {
				...deal,
				forecast: {
					amountFen,
					statutory: policy === null,
					inventorsBasisPoints: shares?.inventors ?? inventorFloors[kind]
				}
			};
		})
	);
	return {
		deals: withForecasts,
		lines: await rewards.listMyRewards(locals.db, user.id),
		topics: [topics.user(user.id)],
		since: (await realtimeHub()).latestId
	};
};
