import type { PageServerLoad } from './$types';
import { requireRoles } from '$lib/server/http/guards';
import * as pledges from '$lib/server/pledges';
import { pledgeStatuses } from '$lib/vocabularies/pledge';

// The applications the reader may see (RLS): a company's own, a bank's inbox (?status= filters).
// Other providers (agencies) see an empty list: RLS gives them no row.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'company', 'provider');
	const wanted = url.searchParams.get('status');
	const status = pledgeStatuses.has(wanted) ? wanted : null;
	return { pledges: await pledges.listPledges(locals.db, status), status, role: user.role };
};
