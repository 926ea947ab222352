import type { PageServerLoad } from './$types';
import { statementsYearSchema } from '$lib/schemas/income-report';
import { requireRoles } from '$lib/server/http/guards';
import * as incomeStatements from '$lib/server/income-statements';
import { statementsByInventor } from '$lib/rules/income-report';

// Inventors' statements for a year: officers list every inventor of their university's deals
// (with or without an account), a researcher only themself (RLS hands them only their own lines).
// Companies have no statements (403).
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'researcher', 'officer', 'admin');
	const years = await incomeStatements.listStatementYears(locals.db);
	const wanted = statementsYearSchema.parse(url.searchParams.get('year'));
	const year = wanted !== null && years.includes(wanted) ? wanted : (years[0] ?? null);
	const summaries = year === null ? [] : await incomeStatements.listStatementSummaries(locals.db, year);
	return {
		years,
		year,
		inventors: statementsByInventor(summaries),
		role: user.role,
		ownOnly: user.role === 'researcher'
	};
};
