import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { storage } from '$lib/server/runtime';
import * as attachments from '$lib/server/attachments';

// Security invariant: the file is served only if the request's own RLS lets it read the row,
// so a confidential or unpublished attachment 404s exactly as if it did not exist.
export const GET: RequestHandler = async ({ params, locals }) => {
	const attachment = await attachments.getAttachment(locals.db, params.id);
	if (!attachment) error(404, m.error_not_found());
	const bytes = await (await storage()).get(attachment.storageKey);
	if (!bytes) error(404, m.error_not_found());
	const disposition = attachment.kind === 'image' ? 'inline' : 'attachment';
	return new Response(bytes, {
		headers: {
			'content-type': attachment.contentType,
			'content-length': String(bytes.length),
			'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
			'cache-control': attachment.confidential ? 'private, no-store' : 'private, max-age=3600',
			'x-content-type-options': 'nosniff'
		}
	});
};
