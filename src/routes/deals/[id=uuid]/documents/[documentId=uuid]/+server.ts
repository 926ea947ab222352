import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/runtime';
import * as dealDocuments from '$lib/server/deal-documents';

// Security invariant: served only when the request's RLS reads the row (participants only).
export const GET: RequestHandler = async ({ params, locals }) => {
	const document = await dealDocuments.getDealDocument(locals.db, params.id, params.documentId);
	if (!document) error(404, m.error_not_found());
	const bytes = await (await storage()).get(document.storageKey);
	if (!bytes) error(404, m.error_not_found());
	return new Response(bytes, {
		headers: {
			'content-type': document.contentType,
			'content-length': String(bytes.length),
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
