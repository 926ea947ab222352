import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { Names, StatementSummary } from '../rules/income-report.ts';

// Inventors' statements (docs/domain.md, "Income report and statements"): an inventor's
// distribution lines for a year or for one deal, with their payouts. Security invariant: every
// line is read through the requester's RLS: officers read the lines of their university's deals
// (inventors without an account too, by the name the line was written with), admins all, an
// inventor with an account only their own lines, a company none. The receipt's day and the deal's
// names come from app.line_receipt and app.income_deal, which answer only readers of the line and
// of the deal's income (inventors read no receipts and admins no deals). A statement the reader
// may not see has no line, and the route answers 404.

/** Who a statement is for: an account, or a name on lines written for an inventor without one. */
export type InventorKey = { profileId: string } | { name: string };
export type StatementScope = { year: number } | { dealId: string };

export interface StatementLine {
	id: number;
	/** The day the receipt behind the line was received. */
	receivedOn: string;
	year: number;
	dealId: string;
	dealTitle: string;
	company: Names;
	university: Names;
	receiptFen: number;
	amountFen: number;
	/** A negative copy of an earlier line (a corrected distribution). */
	reversal: boolean;
	paidOn: string | null;
	payoutReference: string | null;
}

export interface Statement {
	inventorName: string;
	profileId: string | null;
	scope: StatementScope;
	lines: StatementLine[];
	distributedFen: number;
	paidFen: number;
}

// The receipt's day decides the year, as in the income report.
const lineYear = sql`extract(year from r.received_on)::int`;

function inventorIs(key: InventorKey): SqlFragment {
	return 'profileId' in key
		? sql`dl.profile_id = ${key.profileId}`
		: sql`dl.profile_id is null and dl.inventor_name = ${key.name}`;
}

const fromLines = sql`from public.distribution_lines dl
	cross join lateral app.line_receipt(dl.id) r
	cross join lateral app.income_deal(dl.deal_id) d
	left join public.distribution_payouts p on p.distribution_line_id = dl.id`;

/** Every inventor's lines the reader may see, per inventor, deal and year; a year if given. */
export async function listStatementSummaries(db: Executor, year: number | null): Promise<StatementSummary[]> {
	return db.query<StatementSummary>(sql`
		select dl.profile_id as "profileId", dl.inventor_name as "inventorName", ${lineYear} as year,
			dl.deal_id as "dealId", d.listing_title as "dealTitle", sum(dl.amount_fen)::bigint as "distributedFen",
			coalesce(sum(dl.amount_fen) filter (where p.distribution_line_id is not null), 0)::bigint as "paidFen"
		${fromLines}
		where dl.recipient = 'inventor' and (${year}::int is null or ${lineYear} = ${year}::int)
		group by dl.profile_id, dl.inventor_name, ${lineYear}, dl.deal_id, d.listing_title
		order by year desc, dl.inventor_name, d.listing_title, dl.deal_id`);
}

/** Years with lines the reader may see, newest first. */
export async function listStatementYears(db: Executor): Promise<number[]> {
	const rows = await db.query<{ year: number }>(sql`select distinct ${lineYear} as year ${fromLines}
		where dl.recipient = 'inventor' order by year desc`);
	return rows.map((row) => row.year);
}

/** The statement, or null when the reader may see no line of it. */
export async function getStatement(
	db: Executor,
	inventor: InventorKey,
	scope: StatementScope
): Promise<Statement | null> {
	const inScope = 'year' in scope ? sql`${lineYear} = ${scope.year}` : sql`dl.deal_id = ${scope.dealId}`;
	const lines = await db.query<StatementLine & { inventorName: string; profileId: string | null }>(sql`
		select dl.id, to_char(r.received_on, 'YYYY-MM-DD') as "receivedOn", ${lineYear} as year,
			dl.deal_id as "dealId", d.listing_title as "dealTitle",
			jsonb_build_object('nameZh', co.name_zh, 'nameEn', co.name_en) as company,
			jsonb_build_object('nameZh', u.name_zh, 'nameEn', u.name_en) as university,
			r.amount_fen as "receiptFen", dl.amount_fen as "amountFen", dl.reverses_id is not null as reversal,
			to_char(p.paid_on, 'YYYY-MM-DD') as "paidOn", p.reference as "payoutReference",
			dl.inventor_name as "inventorName", dl.profile_id as "profileId"
		${fromLines}
		join public.organizations co on co.id = d.company_id
		join public.organizations u on u.id = d.institution_id
		where dl.recipient = 'inventor' and ${inventorIs(inventor)} and ${inScope}
		order by r.received_on, dl.id`);
	if (lines.length === 0) return null;
	const [first] = lines;
	return {
		// The name on the newest line: a profile renamed since keeps its lines' history.
		inventorName: lines.at(-1)!.inventorName ?? first.inventorName,
		profileId: first.profileId,
		scope,
		lines: lines.map(({ inventorName: _name, profileId: _profile, ...line }) => line),
		distributedFen: lines.reduce((sum, line) => sum + line.amountFen, 0),
		paidFen: lines.reduce((sum, line) => sum + (line.paidOn ? line.amountFen : 0), 0)
	};
}
