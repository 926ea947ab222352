import type { Executor } from './db/port.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import { containsPattern, escapeLike } from './db/like.ts';
import { isUuid } from '../schemas/fields.ts';
import { expiresOn, nextAnnualFeeOn, type LegalStatus } from '../rules/patent-term.ts';
import type { PatentType } from '../rules/patent-number.ts';

// A university's patent portfolio (docs/domain.md, "Patent portfolio"). RLS shows a portfolio to
// the university's officers and to admins only (supabase/migrations/20261211000000_portfolio.sql).

export interface University {
	id: string;
	nameZh: string;
	nameEn: string;
}

/**
 * The portfolio the caller looks at: an officer's own university (an officer of a college, its
 * university's); an admin's the one asked for, or the first. Null when there is none to show.
 */
export async function resolveUniversity(
	db: Executor,
	role: string,
	requested: string | null
): Promise<{ university: University | null; universities: University[] }> {
	const universities = await db.query<University>(sql`
		select o.id, o.name_zh as "nameZh", o.name_en as "nameEn" from public.organizations o
		where o.kind = 'university' and (${role === 'admin'} or app.manages_portfolio(o.id))
		order by o.name_zh`);
	const university =
		(requested && isUuid(requested) ? universities.find((u) => u.id === requested) : undefined) ??
		universities[0] ??
		null;
	return { university, universities: role === 'admin' ? universities : [] };
}

export interface PortfolioPatent {
	id: string;
	applicationNumber: string;
	title: string;
	patentType: PatentType;
	legalStatus: LegalStatus;
	filedOn: string;
	grantedOn: string | null;
	ipcCodes: string[];
	applicants: string[];
	inventors: string[];
	expiresOn: string;
	nextFeeOn: string | null;
}

export interface PortfolioFilter {
	status: LegalStatus | null;
	type: PatentType | null;
	q: string | null;
	page: number;
}

export const portfolioPageSize = 20;

type Row = Omit<PortfolioPatent, 'expiresOn' | 'nextFeeOn'>;

export const patentColumns = sql`p.id, p.application_number as "applicationNumber", p.title, p.patent_type as "patentType",
	p.legal_status as "legalStatus", p.filed_on::text as "filedOn", p.granted_on::text as "grantedOn",
	p.ipc_codes as "ipcCodes", p.applicants, p.inventors`;

/** Adds the computed term and next fee date (src/lib/rules/patent-term.ts). */
export function withTerms<T extends Row>(row: T, today: string): T & Pick<PortfolioPatent, 'expiresOn' | 'nextFeeOn'> {
	return {
		...row,
		expiresOn: expiresOn(row.patentType, row.filedOn),
		nextFeeOn: nextAnnualFeeOn(
			{ type: row.patentType, filedOn: row.filedOn, grantedOn: row.grantedOn, legalStatus: row.legalStatus },
			today
		)
	};
}

/** One page of the portfolio, newest filing first, with the counts by legal status of the whole portfolio. */
export async function listPortfolio(db: Executor, universityId: string, filter: PortfolioFilter, today: string) {
	const where: SqlFragment[] = [sql`p.university_id = ${universityId}`];
	if (filter.status) where.push(sql`p.legal_status = ${filter.status}::public.patent_legal_status`);
	if (filter.type) where.push(sql`p.patent_type = ${filter.type}::public.patent_type`);
	if (filter.q) {
		const number = filter.q
			.normalize('NFKC')
			.replace(/^(CN|ZL)/i, '')
			.replace(/[\s.]/g, '');
		const pattern = containsPattern(filter.q);
		where.push(
			sql`(p.title ilike ${pattern} or replace(p.application_number, '.', '') like ${`${escapeLike(number)}%`})`
		);
	}
	const [rows, counts] = await Promise.all([
		db.query<Row & { total: number }>(sql`
			select ${patentColumns}, count(*) over ()::int as total
			from public.portfolio_patents p where ${join(where, sql` and `)}
			order by p.filed_on desc, p.application_number
			limit ${portfolioPageSize} offset ${(filter.page - 1) * portfolioPageSize}`),
		db.query<{ legalStatus: LegalStatus; count: number; expired: number }>(sql`
			select legal_status as "legalStatus", count(*)::int as count,
			       count(*) filter (where app.patent_expires_on(patent_type, filed_on) < ${today}::date)::int as expired
			from public.portfolio_patents where university_id = ${universityId} group by legal_status`)
	]);
	const byStatus = { pending: 0, granted: 0, lapsed: 0 } as Record<LegalStatus, number>;
	let available = 0;
	for (const row of counts) {
		byStatus[row.legalStatus] = Number(row.count);
		if (row.legalStatus !== 'lapsed') available += Number(row.count) - Number(row.expired);
	}
	return {
		patents: rows.map(({ total: _total, ...row }) => withTerms(row, today)),
		total: Number(rows[0]?.total ?? 0),
		counts: byStatus,
		// Available: in force, as on the navigation map: not lapsed and not past its term (a register
		// not re-imported since may still say granted for a patent whose twenty years are over).
		available
	};
}

/** The researchers of the university (and its colleges) an officer may hand a listing draft to. */
export function listResearchers(db: Executor, universityId: string): Promise<{ id: string; displayName: string }[]> {
	return db.query(sql`select id, display_name as "displayName" from app.portfolio_researchers(${universityId})`);
}
