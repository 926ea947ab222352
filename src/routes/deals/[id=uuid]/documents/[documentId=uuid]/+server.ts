import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as dealDocuments from '$lib/server/deal-documents';
import { requireUser } from '$lib/server/http/guards';
import { privateDownload } from '$lib/server/storage/serve';

// Security invariant: served only when the request's RLS reads the row (participants only).
// Signed out, the visitor is sent to sign in as from the deal room: anon has no grant on the
// table at all, so its query would fail rather than find nothing.
export const GET: RequestHandler = async ({ params, locals, url }) => {
	requireUser(locals, url);
	const document = await dealDocuments.getDealDocument(locals.db, params.id, params.documentId);
	if (!document) error(404, m.error_not_found());
	const response = await privateDownload(await storage(), document);
	if (!response) error(404, m.error_not_found());
	return response;
};
