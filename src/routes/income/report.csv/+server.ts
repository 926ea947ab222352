import type { RequestHandler } from './$types';
import { csvDocument } from '$lib/rules/csv';
import { csvType, downloadResponse } from '$lib/server/http/download';
import { reportTable } from '../export.server';

// The income report as CSV for the finance office (UTF-8 with BOM, CRLF: src/lib/rules/csv.ts).
export const GET: RequestHandler = async ({ locals, url }) => {
	const sheet = await reportTable(locals, url);
	return downloadResponse(csvDocument(sheet.header, sheet.rows), csvType, 'income-report', 'csv');
};
