import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/http/guards';
import * as reads from '$lib/server/need-proposal-reads';
import { privatePdfResponse } from '$lib/server/storage/serve';

// Security invariant: a proposal's file is served only when the request's RLS reads the proposal
// (its researcher, the university's officers, the need's company); anyone else gets a 404.
export const GET: RequestHandler = async ({ params, locals, url }) => {
	requireUser(locals, url);
	const file = await reads.getProposalFile(locals.db, params.id);
	if (!file) error(404, m.error_not_found());
	const response = await privatePdfResponse(await storage(), file);
	if (!response) error(404, m.error_not_found());
	return response;
};
