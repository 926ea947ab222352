import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import * as agencies from '$lib/server/agencies';
import * as caseReads from '$lib/server/service-case-reads';

// Public for a verified agency; RLS shows an unverified one to its own staff and admins only,
// and to everyone else it does not exist (404).
export const load: PageServerLoad = async ({ locals, params }) => {
	const agency = await agencies.getAgencyProfile(locals.db, params.id);
	if (!agency) error(404, m.error_not_found());
	// Who may ask it for a service here (a valuation firm's valuation is asked on /valuations).
	const mayRequest = ['researcher', 'company', 'officer'].includes(locals.user?.role ?? '');
	const requests =
		agency.verified && mayRequest ? (await caseReads.getRequestableAgency(locals.db, agency.id)) !== null : false;
	return { agency, requests, mayRequest, reviews: (await caseReads.getAgencyRating(locals.db, agency.id)).comments };
};
