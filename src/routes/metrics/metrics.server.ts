import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { readMetricsQuery, type MetricsQuery } from '$lib/schemas/office-metrics';
import { requireRoles } from '$lib/server/http/guards';
import * as officeMetrics from '$lib/server/office-metrics';
import { metricsSheets } from '$lib/server/exports/metrics-tables';
import { todayInShanghai } from '$lib/i18n/format';

/** This year in Asia/Shanghai: the default year and the latest one offered. */
export const thisYear = () => Number(todayInShanghai().slice(0, 4));

/**
 * The filters of the URL and what they offer, for officers and admins only (403 for other roles;
 * the database refuses them again): all the listings register's download needs.
 */
export async function readMetricsFilters(locals: App.Locals, url: URL) {
	requireRoles(locals, url, 'officer', 'admin');
	const query: MetricsQuery = readMetricsQuery(url.searchParams, thisYear());
	const facets = await officeMetrics.listMetricsFacets(locals.db, query.university);
	if (!facets) error(403, m.error_forbidden());
	return { query, facets };
}

/** What the page, the tables' downloads and the annual report read: the filters and every table. */
export async function readOfficeMetrics(locals: App.Locals, url: URL) {
	requireRoles(locals, url, 'officer', 'admin');
	const query: MetricsQuery = readMetricsQuery(url.searchParams, thisYear());
	const [facets, metrics] = await Promise.all([
		officeMetrics.listMetricsFacets(locals.db, query.university),
		officeMetrics.readMetrics(locals.db, query)
	]);
	if (!facets || !metrics) error(403, m.error_forbidden());
	return { query, facets, metrics, sheets: metricsSheets(metrics, query, facets) };
}
