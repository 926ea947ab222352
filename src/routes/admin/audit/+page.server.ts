import type { PageServerLoad } from './$types';
import { pageSchema } from '$lib/schemas/admin';
import { requireRole } from '$lib/server/http/guards';
import * as audit from '$lib/server/audit';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'admin');
	const { page } = pageSchema.parse(Object.fromEntries(url.searchParams));
	return { ...(await audit.listAuditEvents(locals.db, page)), page };
};
