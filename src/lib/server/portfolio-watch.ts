import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { hasErrorCode } from './db/port.ts';
import { patentColumns, withTerms, type PortfolioPatent } from './portfolio.ts';
import { needsForText, type Match } from './matching.ts';
import type { FeeDecisionInput } from '../schemas/portfolio.ts';

// Portfolio watch 专利池 (docs/domain.md, "Portfolio watch"): granted patents whose annual fee falls
// due within 90 days, each awaiting a decision (keep, let lapse, declare an open licence, offer to
// companies whose needs match). Decisions are made by app.decide_portfolio_fee, which audits them.

export const watchDays = 90;

export interface Decision {
	decision: 'keep' | 'let_lapse' | 'open_licence' | 'offer';
	note: string;
	lapseNow: boolean;
	decidedAt: Date;
	decidedBy: string | null;
}

export interface DueFee extends PortfolioPatent {
	dueOn: string;
	decision: Decision | null;
	/** A granted patent of one of the university's published listings with the same number, not yet declared. */
	declarable: boolean;
	needs: Match[];
}

type Row = Omit<DueFee, 'expiresOn' | 'nextFeeOn' | 'needs'>;

/** Fees shown per page: each card holds its decision form, so a phone scrolls ten, not ninety. */
export const watchPageSize = 10;

export interface DueFeePage {
	fees: DueFee[];
	/** Fees due within the window, and those of them still awaiting a decision, whatever the page. */
	dueCount: number;
	undecidedCount: number;
	hasMore: boolean;
}

type PageRow = { dueCount: number; undecidedCount: number } & (Row | { [key in keyof Row]: null });

/**
 * The fees due from today to 90 days on, soonest first, a page at a time (`undecidedOnly`: those
 * still awaiting a decision), with their decisions and the needs matching each undecided one.
 */
export async function listDueFees(
	db: Executor,
	universityId: string,
	today: string,
	options: { page?: number; undecidedOnly?: boolean; pageSize?: number } = {}
): Promise<DueFeePage> {
	const pageSize = options.pageSize ?? watchPageSize;
	const offset = ((options.page ?? 1) - 1) * pageSize;
	// The counts row always comes back; the page's fees join it (none: one row of nulls).
	const rows = await db.query<PageRow>(sql`
		with due as (
			select * from (
				select ${patentColumns},
				       app.next_annual_fee_on(p.patent_type, p.filed_on, p.granted_on, p.legal_status, ${today}::date)::text as "dueOn",
				       exists (select 1 from public.patents lp join public.listings l on l.id = lp.listing_id
				               where lp.application_number = p.application_number and l.institution_id = p.university_id
				                 and l.status = 'published' and lp.legal_status = 'granted'
				                 and not exists (select 1 from public.open_licence_declarations d
				                                 where d.patent_id = lp.id and d.status <> 'withdrawn')) as declarable
				from public.portfolio_patents p
				where p.university_id = ${universityId} and p.legal_status = 'granted'
			) fee
			where fee."dueOn"::date <= ${today}::date + ${watchDays}::int
		),
		listed as (
			select due.*, decided.decision from due
			left join lateral (
				select jsonb_build_object('decision', d.decision, 'note', d.note, 'lapseNow', d.lapse_now,
				         'decidedAt', d.decided_at, 'decidedBy', app.public_display_name(d.decided_by)) as decision
				from public.portfolio_fee_decisions d
				where d.patent_id = due.id and d.due_on = due."dueOn"::date
			) decided on true
		)
		select counts.*, shown.* from (
			select count(*)::int as "dueCount", (count(*) filter (where decision is null))::int as "undecidedCount" from listed
		) counts
		left join lateral (
			select * from listed where not ${options.undecidedOnly ?? false} or listed.decision is null
			order by "dueOn", "applicationNumber" limit ${pageSize + 1} offset ${offset}
		) shown on true
		order by shown."dueOn", shown."applicationNumber"`);
	const [{ dueCount, undecidedCount }] = rows;
	const shown = rows.filter((row): row is PageRow & Row => row.id !== null);
	const fees = await Promise.all(
		shown.slice(0, pageSize).map(async ({ dueCount: _due, undecidedCount: _undecided, ...row }) => ({
			...withTerms(row, today),
			decision: row.decision ? { ...row.decision, decidedAt: new Date(row.decision.decidedAt) } : null,
			// Matching needs is a search per patent: for the undecided fees of this page only.
			needs: row.decision ? [] : await needsForText(db, row.title)
		}))
	);
	return { fees, dueCount, undecidedCount, hasMore: shown.length > pageSize };
}

export type DecideResult = { ok: true } | { ok: false; reason: 'not_found' | 'decided' | 'not_due' };

export async function decideFee(db: Executor, input: FeeDecisionInput, today: string): Promise<DecideResult> {
	try {
		await db.query(sql`select app.decide_portfolio_fee(${input.patentId}, ${input.dueOn}::date,
			${input.decision}::public.portfolio_fee_decision, ${input.note}, ${input.lapseNow}, ${input.creationKey},
			${today}::date)`);
		return { ok: true };
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.noDataFound)) return { ok: false, reason: 'not_found' };
		if (hasErrorCode(error, databaseErrors.portfolioFeeDecided)) return { ok: false, reason: 'decided' };
		// One form's key posted for another patent (a tampered form): that key decided already.
		if (hasErrorCode(error, postgresErrors.uniqueViolation)) return { ok: false, reason: 'decided' };
		if (hasErrorCode(error, databaseErrors.portfolioFeeNotDue)) return { ok: false, reason: 'not_due' };
		throw error;
	}
}

/** The scheduler's run: lapses patents let lapse whose fee date passed, then announces newly due fees. */
export async function watchPortfolios(db: Executor, at?: Date): Promise<{ lapsed: number; notified: number }> {
	const moment = (at ?? new Date()).toISOString();
	const [lapsed] = await db.query<{ count: number }>(
		sql`select app.lapse_portfolio_patents_at(${moment}::timestamptz) as count`
	);
	const [notified] = await db.query<{ count: number }>(
		sql`select app.notify_portfolio_fees_at(${moment}::timestamptz) as count`
	);
	return { lapsed: Number(lapsed.count), notified: Number(notified.count) };
}
