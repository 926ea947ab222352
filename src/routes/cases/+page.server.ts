import type { PageServerLoad } from './$types';
import { requireRoles } from '$lib/server/http/guards';
import * as caseReads from '$lib/server/service-case-reads';

// The cases the reader may see (RLS): a requester's own (a company's, its colleagues' too), an
// agency's inbox, an officer's university's patents' cases.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'researcher', 'company', 'officer', 'provider');
	return { cases: await caseReads.listCases(locals.db), role: user.role };
};
