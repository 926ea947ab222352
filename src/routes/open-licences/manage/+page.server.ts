import type { PageServerLoad } from './$types';
import { officerFilterSchema } from '$lib/schemas/open-licences';
import { requireRole } from '$lib/server/http/guards';
import * as openLicences from '$lib/server/open-licences';

// The officer's open licence declarations (docs/domain.md, "Open licences"), by status. RLS and
// the module's filter keep them to the officer's university.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	const filter = officerFilterSchema.parse({ status: url.searchParams.get('status') ?? undefined });
	return {
		status: filter.status ?? null,
		declarations: await openLicences.listDeclarationsForOfficer(locals.db, filter)
	};
};
