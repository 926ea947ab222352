import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as caseRoom from '$lib/server/service-case-room';
import { requireUser } from '$lib/server/http/guards';
import { privateDownload } from '$lib/server/storage/serve';

// Security invariant: served only when the request's RLS reads the row (the case's readers).
export const GET: RequestHandler = async ({ params, locals, url }) => {
	requireUser(locals, url);
	const document = await caseRoom.getCaseDocument(locals.db, params.id, params.documentId);
	if (!document) error(404, m.error_not_found());
	const response = await privateDownload(await storage(), document);
	if (!response) error(404, m.error_not_found());
	return response;
};
