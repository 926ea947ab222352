import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http/guards';
import * as pledges from '$lib/server/pledges';

// Pledge loan totals for admins: numbers by bank and industry, never an application's contents
// (app.pledge_totals; admins read no pledge row).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'admin');
	return { totals: await pledges.pledgeTotals(locals.db) };
};
