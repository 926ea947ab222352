import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as evaluationReports from '$lib/server/open-licence-reports';
import { privatePdfResponse } from '$lib/server/storage/serve';

// Security invariant: served only to an officer of the declaration's university, read through
// the request's RLS (getEvaluationReport adds the officer test: announced declarations are
// public, their reports are not). Everybody else, signed out included, gets 404 as for a
// declaration that does not exist.
export const GET: RequestHandler = async ({ params, locals }) => {
	if (!locals.user) error(404, m.error_not_found());
	const report = await evaluationReports.getEvaluationReport(locals.db, params.id);
	if (!report) error(404, m.error_not_found());
	const response = await privatePdfResponse(await storage(), report);
	if (!response) error(404, m.error_not_found());
	return response;
};
