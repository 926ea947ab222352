import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/app/runtime';
import * as attachments from '$lib/server/listing-attachments';
import { fileResponse } from '$lib/server/storage/serve';

// Security invariant: the file is served only if the request's own RLS lets it read the row,
// so a confidential or unpublished attachment 404s exactly as if it did not exist.
export const GET: RequestHandler = async ({ params, locals }) => {
	const attachment = await attachments.getAttachment(locals.db, params.id);
	if (!attachment) error(404, m.error_not_found());
	const response = await fileResponse(await storage(), {
		storageKey: attachment.storageKey,
		fileName: attachment.fileName,
		contentType: attachment.contentType,
		inline: attachment.kind === 'image',
		cacheControl: attachment.confidential ? 'private, no-store' : 'private, max-age=3600'
	});
	if (!response) error(404, m.error_not_found());
	return response;
};
