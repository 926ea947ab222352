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
const matchedFees = 20;

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

/** The fees due from today to 90 days on, soonest first, with their decisions and the needs matching each. */
export async function listDueFees(db: Executor, universityId: string, today: string): Promise<DueFee[]> {
	const rows = await db.query<Row>(sql`
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
		) due
		left join lateral (
			select jsonb_build_object('decision', d.decision, 'note', d.note, 'lapseNow', d.lapse_now,
			         'decidedAt', d.decided_at, 'decidedBy', who.display_name) as decision
			from public.portfolio_fee_decisions d left join public.profiles who on who.id = d.decided_by
			where d.patent_id = due.id and d.due_on = due."dueOn"::date
		) decided on true
		where due."dueOn"::date <= ${today}::date + ${watchDays}::int
		order by due."dueOn", due."applicationNumber"
		limit 200`);
	// Matching needs is a search per patent: only for the first undecided fees, the ones due soonest.
	const matched = new Set(
		rows
			.filter((row) => !row.decision)
			.slice(0, matchedFees)
			.map((row) => row.id)
	);
	return Promise.all(
		rows.map(async (row) => ({
			...withTerms(row, today),
			decision: row.decision ? { ...row.decision, decidedAt: new Date(row.decision.decidedAt) } : null,
			needs: matched.has(row.id) ? await needsForText(db, row.title) : []
		}))
	);
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
