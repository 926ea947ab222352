import type { PageServerLoad } from './$types';
import { officerFilterSchema } from '$lib/schemas/open-licences';
import { requireRole } from '$lib/server/http/guards';
import * as openLicenceReads from '$lib/server/open-licence-reads';
import * as organizations from '$lib/server/organizations';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';

// The officer's open licence declarations (docs/domain.md, "Open licences"), by status. RLS and
// the module's filter keep them to the officer's university. Live: a take-up or a status move
// arrives on the university's topic, which only its officers may read (app.can_read_topic).
export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = requireRole(locals, url, 'officer');
	depends(reloadKeys.openLicences);
	const filter = officerFilterSchema.parse({ status: url.searchParams.get('status') ?? undefined });
	const institution = await organizations.institutionOf(locals.db, user.organizationId);
	return {
		status: filter.status ?? null,
		declarations: await openLicenceReads.listDeclarationsForOfficer(locals.db, filter),
		topics: institution ? [topics.institution(institution)] : [],
		since: (await realtimeHub()).latestId
	};
};
