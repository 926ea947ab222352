import type { RequestHandler } from './$types';
import { downloadResponse, xlsxType } from '$lib/server/http/download';
import { reportTable } from '../export.server';

// The income report as an XLSX workbook. exceljs loads here only, on first use (dynamic import),
// so it stays out of every other request and out of the pages' JavaScript.
export const GET: RequestHandler = async ({ locals, url }) => {
	const sheet = await reportTable(locals, url);
	const { buildWorkbook } = await import('$lib/server/exports/xlsx');
	return downloadResponse((await buildWorkbook(sheet)) as BodyInit, xlsxType, 'income-report', 'xlsx');
};
