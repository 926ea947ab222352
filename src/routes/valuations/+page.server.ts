import type { PageServerLoad } from './$types';
import { requireRoles } from '$lib/server/http/guards';
import * as valuations from '$lib/server/valuations';

// The valuations the reader may see (RLS): a requester's own (a company's, its colleagues' too),
// a firm's inbox, an officer's university's patents' valuations.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'researcher', 'company', 'officer', 'provider');
	return { valuations: await valuations.listValuations(locals.db), role: user.role };
};
