import type { Executor } from './db/port.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import type { Names, ReportRow } from '../rules/income-report.ts';
import type { Industry } from '../vocabularies/listing.ts';

// The officers' income report (docs/domain.md, "Income report and statements"): receipts,
// deductions, distribution lines and payouts summed per deal and year. Reads only. Security
// invariant: RLS decides whose receipts a reader sees, and app.income_deal names a deal only to
// its university's officers and admins (supabase/migrations/…_income_reports.sql), so a company,
// which reads its own receipts, gets no row; researchers read no receipts at all.

/** The filters of the report's URL (src/lib/schemas/income-report.ts); null is "all". */
export interface ReportFilter {
	year: number | null;
	university: string | null;
	college: string | null;
	industry: Industry | null;
}

export interface ReportFacets {
	years: number[];
	universities: (Names & { id: string })[];
	colleges: (Names & { id: string; universityId: string })[];
}

// A receipt's year is its day of receipt (a calendar date, already Shanghai's).
const receiptYear = sql`extract(year from r.received_on)::int`;

function conditions(filter: ReportFilter): SqlFragment {
	const where: SqlFragment[] = [sql`true`];
	if (filter.year !== null) where.push(sql`${receiptYear} = ${filter.year}`);
	if (filter.university !== null) where.push(sql`d.institution_id = ${filter.university}`);
	if (filter.college !== null) where.push(sql`d.college_id = ${filter.college}`);
	if (filter.industry !== null) where.push(sql`d.industry = ${filter.industry}::public.industry`);
	return join(where, sql` and `);
}

type Row = Omit<ReportRow, 'company' | 'university' | 'college'> & {
	companyZh: string;
	companyEn: string;
	universityId: string;
	universityZh: string;
	universityEn: string;
	collegeId: string | null;
	collegeZh: string | null;
	collegeEn: string | null;
};

/**
 * One row per deal and year of receipt, newest year first. Each receipt's deductions, lines and
 * paid lines are summed in their own subquery, so no join multiplies an amount.
 */
export async function listReportRows(db: Executor, filter: ReportFilter): Promise<ReportRow[]> {
	const rows = await db.query<Row>(sql`
		with per_receipt as (
			select r.deal_id, ${receiptYear} as year, r.amount_fen, d.listing_title, d.institution_id, d.college_id,
				d.industry, d.company_id,
				coalesce((select sum(x.amount_fen) from public.receipt_deductions x where x.receipt_id = r.id), 0) as deductions,
				coalesce((select sum(dl.amount_fen) from public.distribution_lines dl where dl.receipt_id = r.id), 0) as distributed,
				coalesce((select sum(dl.amount_fen) from public.distribution_lines dl
					join public.distribution_payouts p on p.distribution_line_id = dl.id
					where dl.receipt_id = r.id), 0) as paid
			from public.receipts r
			cross join lateral app.income_deal(r.deal_id) d
			where ${conditions(filter)}
		)
		select pr.year, pr.deal_id as "dealId", pr.listing_title as "dealTitle",
			co.name_zh as "companyZh", co.name_en as "companyEn",
			u.id as "universityId", u.name_zh as "universityZh", u.name_en as "universityEn",
			col.id as "collegeId", col.name_zh as "collegeZh", col.name_en as "collegeEn",
			pr.industry::text as industry,
			sum(pr.amount_fen)::bigint as "receivedFen", sum(pr.deductions)::bigint as "deductionsFen",
			sum(pr.distributed)::bigint as "distributedFen", sum(pr.paid)::bigint as "paidFen"
		from per_receipt pr
		join public.organizations u on u.id = pr.institution_id
		join public.organizations co on co.id = pr.company_id
		left join public.organizations col on col.id = pr.college_id
		group by pr.year, pr.deal_id, pr.listing_title, co.id, u.id, col.id, pr.industry
		order by pr.year desc, sum(pr.amount_fen) desc, pr.deal_id`);
	return rows.map(
		({ companyZh, companyEn, universityId, universityZh, universityEn, collegeId, collegeZh, collegeEn, ...row }) => ({
			...row,
			company: { nameZh: companyZh, nameEn: companyEn },
			university: { id: universityId, nameZh: universityZh, nameEn: universityEn },
			college: collegeId ? { id: collegeId, nameZh: collegeZh ?? '', nameEn: collegeEn ?? '' } : null
		})
	);
}

/** What the filters offer: the years, universities and colleges the reader has receipts for. */
export async function listReportFacets(db: Executor): Promise<ReportFacets> {
	const [years, universities, colleges] = await Promise.all([
		db.query<{ year: number }>(sql`select distinct ${receiptYear} as year
			from public.receipts r cross join lateral app.income_deal(r.deal_id) d order by year desc`),
		db.query<ReportFacets['universities'][number]>(sql`
			select distinct u.id, u.name_zh as "nameZh", u.name_en as "nameEn"
			from public.receipts r cross join lateral app.income_deal(r.deal_id) d
			join public.organizations u on u.id = d.institution_id order by u.name_zh`),
		db.query<ReportFacets['colleges'][number]>(sql`
			select distinct col.id, col.name_zh as "nameZh", col.name_en as "nameEn", d.institution_id as "universityId"
			from public.receipts r cross join lateral app.income_deal(r.deal_id) d
			join public.organizations col on col.id = d.college_id order by col.name_zh`)
	]);
	return { years: years.map((row) => row.year), universities, colleges };
}
