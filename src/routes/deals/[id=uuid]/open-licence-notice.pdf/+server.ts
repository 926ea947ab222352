import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireRoles } from '$lib/server/http/guards';
import { downloadResponse } from '$lib/server/http/download';

// The written notice (书面通知) of an open-licence deal, for its company and the university's
// officers: requireRoles refuses other roles (403); RLS gives no deal to anyone else, and a deal
// that is no open licence has no notice (404). pdf-lib and the font load here only (dynamic import).
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireRoles(locals, url, 'company', 'officer');
	const notice = await import('$lib/server/pdf/open-licence-notice');
	const data = await notice.loadOpenLicenceNotice(locals.db, params.id);
	if (!data) error(404, m.error_not_found());
	const bytes = await notice.buildOpenLicenceNotice(data);
	return downloadResponse(bytes as BodyInit, 'application/pdf', `open-licence-notice-${data.patentNumber}`, 'pdf');
};
