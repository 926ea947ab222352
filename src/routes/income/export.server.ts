import { readReportQuery } from '$lib/schemas/income-report';
import { requireRoles } from '$lib/server/http/guards';
import * as incomeReports from '$lib/server/income-reports';
import { reportSheet } from '$lib/server/exports/income-tables';

/** The report's rows as a table, filtered as the page's URL says (both downloads use it). */
export async function reportTable(locals: App.Locals, url: URL) {
	requireRoles(locals, url, 'officer', 'admin');
	return reportSheet(await incomeReports.listReportRows(locals.db, readReportQuery(url.searchParams)));
}
