import type { Executor } from './db/port.ts';
import { hasErrorCode } from './db/port.ts';
import { sql } from './db/sql.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import type { FunnelRow, MetricsFilter, ModeRow, StageDays, YearFigures } from '../rules/office-metrics.ts';

// The office metrics (docs/domain.md, "Office metrics"). Reads only, through the SECURITY DEFINER
// functions of supabase/migrations/…_office_metrics.sql: they count over the universities the
// caller may report on (an officer's own, every one for an admin) and refuse everyone else with
// 42501, which comes back here as `null` so the route answers 403.

/** The years the charts cover: the chosen year and the four before it. */
export const yearsShown = 5;

export interface Metrics {
	funnel: FunnelRow[];
	stages: StageDays[];
	modes: ModeRow[];
	yearly: YearFigures[];
}

const args = (filter: MetricsFilter) =>
	sql`${filter.university}::uuid, ${filter.college}::uuid, ${filter.industry}::public.industry`;

export async function listFunnel(db: Executor, filter: MetricsFilter, fromYear: number): Promise<FunnelRow[]> {
	return db.query<FunnelRow>(sql`
		select s.year, s.industry::text as industry, s.college_id as "collegeId", s.listings, s.interested, s.dealt, s.signed
		from app.metrics_funnel(${fromYear}::int, ${filter.year}::int, ${args(filter)}) s
		order by s.year, s.industry nulls last, s.college_id nulls last`);
}

export async function listStageDays(db: Executor, filter: MetricsFilter): Promise<StageDays[]> {
	return db.query<StageDays>(sql`
		select s.stage::text as stage, s.spells, s.median_days as "medianDays"
		from app.metrics_stage_days(${filter.year}::int, ${args(filter)}) s order by s.stage`);
}

export async function listSignedByMode(db: Executor, filter: MetricsFilter, fromYear: number): Promise<ModeRow[]> {
	return db.query<ModeRow>(sql`
		select s.year, s.mode::text as mode, s.deals
		from app.metrics_signed_by_mode(${fromYear}::int, ${filter.year}::int, ${args(filter)}) s order by s.year, s.mode`);
}

export async function listYearly(db: Executor, filter: MetricsFilter, fromYear: number): Promise<YearFigures[]> {
	return db.query<YearFigures>(sql`
		select year, disclosures, income_fen as "incomeFen", active_licences as "activeLicences"
		from app.metrics_yearly(${fromYear}::int, ${filter.year}::int, ${args(filter)})`);
}

/** Every figure of the page, or null when the reader may not see office metrics at all. */
export async function readMetrics(db: Executor, filter: MetricsFilter): Promise<Metrics | null> {
	const fromYear = filter.year - yearsShown + 1;
	try {
		const [funnel, stages, modes, yearly] = await Promise.all([
			listFunnel(db, filter, fromYear),
			listStageDays(db, filter),
			listSignedByMode(db, filter, fromYear),
			listYearly(db, filter, fromYear)
		]);
		return { funnel, stages, modes, yearly };
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege)) return null;
		throw error;
	}
}

export type Names = { id: string; nameZh: string; nameEn: string };

export interface MetricsFacets {
	years: number[];
	universities: Names[];
	colleges: (Names & { universityId: string })[];
}

/**
 * What the filters offer: the reader's universities, their colleges, and the years with listings.
 * The colleges' universities are a subquery, so the scope is computed once, not once per organisation.
 */
export async function listMetricsFacets(db: Executor, university: string | null): Promise<MetricsFacets | null> {
	try {
		const [years, universities, colleges] = await Promise.all([
			db.query<{ year: number }>(sql`select year from app.metrics_years(${university}::uuid)`),
			db.query<Names>(sql`select o.id, o.name_zh as "nameZh", o.name_en as "nameEn" from public.organizations o
				where o.id = any(app.metrics_scope()) order by o.name_zh`),
			db.query<Names & { universityId: string }>(sql`select o.id, o.name_zh as "nameZh", o.name_en as "nameEn",
				o.parent_id as "universityId" from public.organizations o
				where o.parent_id in (select unnest(app.metrics_universities(${university}::uuid))) order by o.name_zh`)
		]);
		return { years: years.map((row) => row.year), universities, colleges };
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege)) return null;
		throw error;
	}
}
