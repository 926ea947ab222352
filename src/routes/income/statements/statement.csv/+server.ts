import type { RequestHandler } from './$types';
import { csvDocument } from '$lib/rules/csv';
import { csvType, downloadResponse } from '$lib/server/http/download';
import { statementSheet } from '$lib/server/exports/income-tables';
import { readStatement, statementFileName } from '../statement.server';

// An inventor's statement as CSV (UTF-8 with BOM, CRLF: src/lib/rules/csv.ts).
export const GET: RequestHandler = async ({ locals, url }) => {
	const statement = await readStatement(locals, url);
	const sheet = statementSheet(statement);
	return downloadResponse(csvDocument(sheet.header, sheet.rows), csvType, statementFileName(statement), 'csv');
};
