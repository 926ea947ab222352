import type { RequestHandler } from './$types';
import { downloadResponse } from '$lib/server/http/download';
import { readStatement, statementFileName } from '../statement.server';

// An inventor's statement as a PDF. pdf-lib and the font load here only (dynamic import).
export const GET: RequestHandler = async ({ locals, url }) => {
	const statement = await readStatement(locals, url);
	const { buildStatementPdf } = await import('$lib/server/pdf/income-statement');
	const bytes = await buildStatementPdf(statement);
	return downloadResponse(bytes as BodyInit, 'application/pdf', statementFileName(statement), 'pdf');
};
