import type { PageServerLoad } from './$types';
import { todayInShanghai } from '$lib/i18n/format';
import { pipelineFilterSchema } from '$lib/schemas/deal';
import { requireUser } from '$lib/server/http/guards';
import * as deals from '$lib/server/deals';
import * as organizations from '$lib/server/organizations';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = requireUser(locals, url);
	depends(reloadKeys.deals);
	const filter = pipelineFilterSchema.parse(Object.fromEntries(url.searchParams));
	const today = todayInShanghai();
	const [institution, dealList, hub] = await Promise.all([
		user.role === 'officer' ? organizations.institutionOf(locals.db, user.organizationId) : null,
		deals.listDeals(locals.db, user.id, filter, today),
		realtimeHub()
	]);
	return {
		deals: dealList,
		filter,
		today,
		topics: institution ? [topics.institution(institution)] : [],
		since: hub.latestId
	};
};
