import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as valuationReports from '$lib/server/valuation-reports';
import { privatePdfResponse } from '$lib/server/storage/serve';

// Security invariant: the report is read through the request's RLS (app.can_see_valuation: the
// requester and company colleagues, the patents' officers, the firm's staff). Everybody else,
// signed out included, gets 404 as for a valuation that does not exist.
export const GET: RequestHandler = async ({ params, locals }) => {
	if (!locals.user) error(404, m.error_not_found());
	const report = await valuationReports.getReport(locals.db, params.id);
	if (!report) error(404, m.error_not_found());
	const response = await privatePdfResponse(await storage(), report);
	if (!response) error(404, m.error_not_found());
	return response;
};
