import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { localName } from '$lib/i18n/local-name';
import { formatList } from '$lib/i18n/lists';
import { industries } from '$lib/vocabularies/listing';
import { downloadResponse } from '$lib/server/http/download';
import { readOfficeMetrics } from '../metrics.server';

// The annual report of the chosen year as an A4 PDF. pdf-lib and the font load here only (dynamic import).
export const GET: RequestHandler = async ({ locals, url }) => {
	const { query, facets, sheets } = await readOfficeMetrics(locals, url);
	const chosen = facets.universities.filter((each) => query.university === null || each.id === query.university);
	const university = chosen.length === 1 ? localName(chosen[0]) : m.metrics_all_universities();
	const college = facets.colleges.find((each) => each.id === query.college);
	const scope = formatList([
		university,
		college ? localName(college) : m.metrics_all_colleges(),
		query.industry ? industries.label(query.industry) : m.metrics_all_industries()
	]);
	const { buildAnnualReportPdf } = await import('$lib/server/pdf/annual-report');
	const bytes = await buildAnnualReportPdf({ university, year: query.year, scope, sheets });
	const name = m.metrics_report_title({ university, year: String(query.year) });
	return downloadResponse(bytes as BodyInit, 'application/pdf', name, 'pdf');
};
