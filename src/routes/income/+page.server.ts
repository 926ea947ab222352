import type { PageServerLoad } from './$types';
import { readReportQuery } from '$lib/schemas/income-report';
import { requireRoles } from '$lib/server/http/guards';
import * as incomeReports from '$lib/server/income-reports';
import { groupReport, reportTotal } from '$lib/rules/income-report';

// The income report (docs/domain.md, "Income report and statements"): officers see their
// university's deals, admins every university's. The filters are a GET form, so the report and
// its downloads work without scripts and can be bookmarked.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, 'officer', 'admin');
	const query = readReportQuery(url.searchParams);
	const [facets, rows] = await Promise.all([
		incomeReports.listReportFacets(locals.db),
		incomeReports.listReportRows(locals.db, query)
	]);
	return { query, facets, groups: groupReport(rows, query.group), total: reportTotal(rows), rowCount: rows.length };
};
