import type { Database, Executor } from '../../../src/lib/server/db/port.ts';
import { sql, type SqlFragment } from '../../../src/lib/server/db/sql.ts';

// Every office metrics figure counted the old way: plain queries over listings, interests, deals,
// deal_events and receipts, as 20261211001000_office_metrics.sql computed them before the
// summary tables (20261212200000_office_metrics_counts.sql). Tests compare these with what the
// figure functions read from the summary, as the admin (every university).

export interface Filter {
	college: string | null;
	industry: string | null;
}

const fromYear = 2019;
const toYear = 2027;

/** Rows as sorted JSON lines, so two sets of rows compare whatever their order. */
const canonical = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

function recountQueries(ids: string[], { college, industry }: Filter, year: number): SqlFragment[] {
	const scope = sql`(select ${ids}::uuid[] as ids)`;
	const inCollege = sql`(${college}::uuid is null or l.college_id = ${college}::uuid)`;
	const inIndustry = sql`(${industry}::public.industry is null or l.industry = ${industry}::public.industry)`;
	return [
		sql`
		with cohort as (
			select l.id, l.industry, l.college_id, extract(year from l.published_at at time zone 'Asia/Shanghai')::int as year
			from public.listings l, ${scope} scope
			where l.institution_id = any(scope.ids)
				and l.published_at >= app.shanghai_year_start(${fromYear}::int)
				and l.published_at < app.shanghai_year_start(${toYear + 1}::int) and ${inCollege} and ${inIndustry})
		select c.year, c.industry, c.college_id, count(*)::int as listings, count(i.listing_id)::int as interested,
		       count(d.listing_id)::int as dealt, count(d.listing_id) filter (where d.signed)::int as signed
		from cohort c
		left join (select distinct x.listing_id from public.interests x) i on i.listing_id = c.id
		left join (select x.listing_id, bool_or(x.stage in ('signed', 'closed_won')) as signed from public.deals x
		           group by x.listing_id) d on d.listing_id = c.id
		group by c.year, c.industry, c.college_id`,
		sql`
		with spells as (
			select (e.before ->> 'stage')::public.deal_stage as stage,
			       extract(epoch from e.created_at - (
			         select p.created_at from public.deal_events p
			         where p.deal_id = e.deal_id and p.id < e.id and p.kind in ('created', 'stage')
			         order by p.id desc limit 1)) / 86400.0 as days
			from public.deal_events e join public.deals d on d.id = e.deal_id
			join public.listings l on l.id = d.listing_id, ${scope} scope
			where e.kind = 'stage' and e.created_at >= app.shanghai_year_start(${year}::int)
				and e.created_at < app.shanghai_year_start(${year + 1}::int)
				and d.institution_id = any(scope.ids) and ${inCollege} and ${inIndustry})
		select s.stage, count(*)::int as spells, percentile_cont(0.5) within group (order by s.days) as median_days
		from spells s where s.days is not null group by s.stage`,
		sql`
		select extract(year from coalesce(d.signed_on, d.effective_on))::int as year, d.mode, count(*)::int as deals
		from public.deals d join public.listings l on l.id = d.listing_id, ${scope} scope
		where d.institution_id = any(scope.ids) and d.stage in ('signed', 'closed_won') and d.mode is not null
			and coalesce(d.signed_on, d.effective_on) >= make_date(${fromYear}::int, 1, 1)
			and coalesce(d.signed_on, d.effective_on) < make_date(${toYear + 1}::int, 1, 1)
			and ${inCollege} and ${inIndustry}
		group by 1, 2`,
		sql`
		with years as (select y::int as year from generate_series(${fromYear}::int, ${toYear}::int) y),
		disclosed as (
			select extract(year from l.created_at at time zone 'Asia/Shanghai')::int as year, count(*)::int as n
			from public.listings l, ${scope} scope
			where l.institution_id = any(scope.ids) and l.status <> 'draft'
				and l.created_at >= app.shanghai_year_start(${fromYear}::int)
				and l.created_at < app.shanghai_year_start(${toYear + 1}::int) and ${inCollege} and ${inIndustry}
			group by 1),
		scope_deals as (
			select d.id, d.stage, d.mode, d.signed_on, d.effective_on, d.term_months
			from public.deals d join public.listings l on l.id = d.listing_id, ${scope} scope
			where d.institution_id = any(scope.ids) and ${inCollege} and ${inIndustry}),
		income as (
			select extract(year from r.received_on)::int as year, sum(r.amount_fen)::bigint as fen
			from public.receipts r join scope_deals d on d.id = r.deal_id
			where r.received_on >= make_date(${fromYear}::int, 1, 1) and r.received_on < make_date(${toYear + 1}::int, 1, 1)
			group by 1),
		licences as (
			select coalesce(d.signed_on, d.effective_on) as signed, coalesce(d.effective_on, d.signed_on) as start, d.term_months
			from scope_deals d
			where d.stage in ('signed', 'closed_won') and d.mode in ('exclusive_license', 'non_exclusive_license')
				and coalesce(d.signed_on, d.effective_on) is not null)
		select y.year, coalesce(dc.n, 0) as disclosures, coalesce(i.fen, 0)::text as income_fen,
		       (select count(*)::int from licences x where x.signed <= make_date(y.year, 12, 31)
		          and (x.term_months is null or x.start + make_interval(months => x.term_months) > make_date(y.year, 12, 31)))
		         as active_licences
		from years y left join disclosed dc on dc.year = y.year left join income i on i.year = y.year
		order by y.year`
	];
}

function summaryQueries({ college, industry }: Filter, year: number): SqlFragment[] {
	const args = sql`null::uuid, ${college}::uuid, ${industry}::public.industry`;
	return [
		sql`select year, industry, college_id, listings, interested, dealt, signed
		    from app.metrics_funnel(${fromYear}::int, ${toYear}::int, ${args})`,
		sql`select stage, spells, median_days from app.metrics_stage_days(${year}::int, ${args})`,
		sql`select year, mode, deals from app.metrics_signed_by_mode(${fromYear}::int, ${toYear}::int, ${args})`,
		sql`select year, disclosures, income_fen::text, active_licences
		    from app.metrics_yearly(${fromYear}::int, ${toYear}::int, ${args})`
	];
}

/** Each figure, recounted and read from the summary, for the filters and years given. */
export async function recountAndRead(
	owner: Database,
	admin: Executor,
	filters: Filter[],
	years: number[]
): Promise<{ recounted: string[][]; read: string[][] }> {
	const [{ ids }] = await owner.query<{ ids: string[] }>(
		sql`select array(select o.id from public.organizations o where o.kind = 'university') as ids`
	);
	const recounted: string[][] = [];
	const read: string[][] = [];
	for (const filter of filters)
		for (const year of years) {
			for (const query of recountQueries(ids, filter, year)) recounted.push(canonical(await owner.query(query)));
			for (const query of summaryQueries(filter, year)) read.push(canonical(await admin.query(query)));
		}
	return { recounted, read };
}
