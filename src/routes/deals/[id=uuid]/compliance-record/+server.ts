import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireRole } from '$lib/server/http/guards';

// The deal's compliance record as a PDF, for the deal's officers only: requireRole refuses
// everyone else (403), and an officer of another university reads no deal through RLS (404).
// pdf-lib and the font load here only, on first use (dynamic import).
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireRole(locals, url, 'officer');
	const record = await import('$lib/server/pdf/compliance-record');
	const data = await record.loadRecordData(locals.db, params.id);
	if (!data) error(404, m.error_not_found());
	const bytes = await record.buildComplianceRecord(data);
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="compliance-record-${data.deal.id}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
