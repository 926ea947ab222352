import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as objections from '$lib/server/objections';
import { requireUser } from '$lib/server/http/guards';
import { fileResponse } from '$lib/server/storage/serve';

// Security invariant: an objection's evidence is served only when the request's RLS reads the
// objection (the university's officers). Anon has no grant on the table: sent to sign in first.
export const GET: RequestHandler = async ({ params, locals, url }) => {
	requireUser(locals, url);
	const file = await objections.getObjectionFile(locals.db, params.objectionId);
	if (!file) error(404, m.error_not_found());
	const response = await fileResponse(await storage(), { ...file, inline: false, cacheControl: 'private, no-store' });
	if (!response) error(404, m.error_not_found());
	return response;
};
