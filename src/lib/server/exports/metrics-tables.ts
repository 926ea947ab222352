import { m } from '$lib/paraglide/messages';
import { localName } from '$lib/i18n/local-name';
import { cooperationModes, industries, listingStatuses } from '$lib/vocabularies/listing';
import { dealStages } from '$lib/vocabularies/deal';
import { funnelBy, funnelOf, funnelSteps, signedIn, yearRange } from '$lib/rules/office-metrics';
import { stepLabels } from '$lib/i18n/metrics-labels';
import type { Cell } from '$lib/rules/csv';
import type { MetricsQuery, MetricsTable } from '$lib/schemas/office-metrics';
import type { Metrics, MetricsFacets } from '$lib/server/office-metrics';
import { yearsShown } from '$lib/server/office-metrics';
import type { RegisterRow } from '$lib/server/office-metrics-register';
import type { Sheet } from './xlsx';

// The office metrics as tables in the reader's language (docs/domain.md, "Office metrics"): the
// page shows them beside its charts, and the CSV, the XLSX and the annual report write the very
// same tables, so a download says what the page said.

/** Licences (exclusive or not) and options are AUTM's "licences and options executed". */
const licenceModes = ['exclusive_license', 'non_exclusive_license'];

export type MetricsSheets = Record<Exclude<MetricsTable, 'listings'>, Sheet>;

const count = (integer: number): Cell => ({ integer });

export function metricsSheets(metrics: Metrics, query: MetricsQuery, facets: MetricsFacets): MetricsSheets {
	const years = yearRange(query.year - yearsShown + 1, query.year);
	const year = String(query.year);
	const colleges = new Map(facets.colleges.map((college) => [college.id, localName(college)]));
	const groupName = (key: string | null) =>
		query.by === 'industry'
			? key
				? industries.label(key)
				: m.metrics_no_industry()
			: ((key && colleges.get(key)) ?? m.metrics_no_college());
	const funnel = funnelOf(metrics.funnel, query.year);
	return {
		funnel: {
			name: m.metrics_funnel_title({ year }),
			header: [m.metrics_step(), m.metrics_count()],
			rows: funnelSteps.map((step) => [stepLabels[step](), count(funnel[step])])
		},
		breakdown: {
			name: query.by === 'industry' ? m.metrics_by_industry({ year }) : m.metrics_by_college({ year }),
			header: [
				query.by === 'industry' ? m.metrics_industry() : m.metrics_college(),
				...funnelSteps.map((step) => stepLabels[step]())
			],
			rows: funnelBy(metrics.funnel, query.year, query.by).map(({ key, funnel }) => [
				groupName(key),
				...funnelSteps.map((step) => count(funnel[step]))
			])
		},
		stages: {
			name: m.metrics_stages_title({ year }),
			header: [m.metrics_stage(), m.metrics_spells(), m.metrics_median_days()],
			rows: metrics.stages.map((row) => [dealStages.label(row.stage), count(row.spells), { decimal: row.medianDays }])
		},
		yearly: {
			name: m.metrics_yearly_title(),
			header: [
				m.metrics_year(),
				m.metrics_disclosures(),
				m.metrics_licences(),
				m.metrics_options(),
				m.metrics_startups(),
				m.metrics_income(),
				m.metrics_active_licences()
			],
			rows: metrics.yearly.map((row) => [
				{ year: row.year },
				count(row.disclosures),
				count(signedIn(metrics.modes, row.year, licenceModes)),
				count(signedIn(metrics.modes, row.year, ['option'])),
				count(signedIn(metrics.modes, row.year, ['equity'])),
				{ fen: row.incomeFen },
				count(row.activeLicences)
			])
		},
		modes: {
			name: m.metrics_modes_title(),
			header: [m.metrics_mode(), ...years.map((each) => String(each))],
			rows: cooperationModes.values.map((mode) => [
				cooperationModes.label(mode),
				...years.map((each) => count(signedIn(metrics.modes, each, [mode])))
			])
		}
	};
}

/** The listings register's columns. */
export function registerHeader(): string[] {
	return [
		m.metrics_listing_title(),
		m.metrics_university(),
		m.metrics_college(),
		m.metrics_industry(),
		m.metrics_status(),
		m.metrics_published_on(),
		m.metrics_interests(),
		m.metrics_deals(),
		m.metrics_signed_on()
	];
}

/** Writes register rows as cells, naming universities and colleges from the facets. */
export function registerCells(facets: MetricsFacets): (row: RegisterRow) => Cell[] {
	const names = new Map([...facets.universities, ...facets.colleges].map((each) => [each.id, localName(each)]));
	return (row) => [
		row.title,
		names.get(row.universityId) ?? '',
		(row.collegeId && names.get(row.collegeId)) ?? '',
		row.industry ? industries.label(row.industry) : '',
		listingStatuses.label(row.status),
		row.publishedOn ?? '',
		count(row.interests),
		count(row.deals),
		row.signedOn ?? ''
	];
}
