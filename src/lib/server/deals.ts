import { errorCode, hasErrorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import type { DealStage } from '../rules/deal-stages.ts';
import type { TermsInput } from '../schemas/deal.ts';
import type { RoyaltyBase, RoyaltyPeriod } from '../vocabularies/income.ts';
import { isUuid } from '../schemas/fields.ts';

// Participants only (RLS, app.is_deal_participant): for anyone else a deal does not exist.
// Legal moves, the public-notice period and the deal's history live in the database.

export interface Deal {
	id: string;
	interestId: string;
	listingId: string;
	listingTitle: string;
	companyNameZh: string;
	companyNameEn: string;
	institutionId: string;
	officerId: string | null;
	officerName: string | null;
	stage: DealStage;
	nextAction: string | null;
	nextActionOn: string | null;
	mode: string | null;
	fieldOfUse: string | null;
	territory: string | null;
	termMonths: number | null;
	/** Fen (分). */
	upfrontFeeFen: number | null;
	royaltyPercent: string | null;
	milestones: string | null;
	equityPercent: string | null;
	sublicenceSharePercent: string | null;
	noticeEndsAt: Date | null;
	closeReason: string | null;
	updatedAt: Date;
	/** The contract's effective date, recorded on signing (YYYY-MM-DD). */
	effectiveOn: string | null;
	/** Filings past their due date and still pending (the board highlights them). */
	overdueFilings: number;
	/** The income terms: what a royalty is a share of, how often it is reported, its yearly minimum (fen). */
	royaltyBase: RoyaltyBase;
	royaltyPeriod: RoyaltyPeriod;
	minimumAnnualRoyaltyFen: number | null;
	/** The day the deal was signed (Asia/Shanghai, YYYY-MM-DD): its reward policy is the one in force then. */
	signedOn: string | null;
	/** How the deal began: negotiated from an interest, an open licence taken, or standard terms accepted. */
	origin: 'interest' | 'open_licence' | 'express';
}

const columns = sql`d.id, d.interest_id as "interestId", d.listing_id as "listingId", l.title as "listingTitle",
	o.name_zh as "companyNameZh", o.name_en as "companyNameEn", d.institution_id as "institutionId", d.officer_id as "officerId",
	app.public_display_name(d.officer_id) as "officerName", d.stage, d.next_action as "nextAction",
	to_char(d.next_action_on, 'YYYY-MM-DD') as "nextActionOn", d.mode, d.field_of_use as "fieldOfUse", d.territory,
	d.term_months as "termMonths", d.upfront_fee_fen as "upfrontFeeFen", d.royalty_percent::text as "royaltyPercent",
	d.milestones, d.equity_percent::text as "equityPercent", d.sublicence_share_percent::text as "sublicenceSharePercent",
	d.notice_ends_at as "noticeEndsAt", d.close_reason as "closeReason", d.updated_at as "updatedAt",
	to_char(d.effective_on, 'YYYY-MM-DD') as "effectiveOn", d.royalty_base as "royaltyBase",
	d.royalty_period as "royaltyPeriod", d.minimum_annual_royalty_fen as "minimumAnnualRoyaltyFen",
	to_char(d.signed_on, 'YYYY-MM-DD') as "signedOn",
	case when d.open_licence_declaration_id is not null then 'open_licence'
	     when d.licence_template_version_id is not null then 'express' else 'interest' end as origin,
	(select count(*)::int from public.deal_filings f where f.deal_id = d.id and f.status = 'pending'
	   and f.due_on < (now() at time zone 'Asia/Shanghai')::date) as "overdueFilings"`;
const from = sql`public.deals d join public.listings l on l.id = d.listing_id join public.organizations o on o.id = d.company_id`;

export type OpenResult = { ok: true; id: string } | { ok: false; reason: 'not_allowed' | 'already_converted' };

/** Converts an interest into a deal at the inquiry stage, assigned to `officerId`. */
export async function openDeal(db: Executor, interestId: string, officerId: string): Promise<OpenResult> {
	// No RETURNING: the read policy looks the new deal up, and the statement cannot see it yet.
	const id = crypto.randomUUID();
	try {
		await db.query(
			sql`insert into public.deals (id, interest_id, officer_id) values (${id}, ${interestId}, ${officerId})`
		);
		return { ok: true, id };
	} catch (error) {
		const code = errorCode(error);
		if (code === postgresErrors.uniqueViolation) return { ok: false, reason: 'already_converted' };
		if (
			hasErrorCode(
				error,
				databaseErrors.interestMoveRefused,
				databaseErrors.assigneeNotOfficer,
				postgresErrors.insufficientPrivilege,
				postgresErrors.foreignKeyViolation
			)
		) {
			return { ok: false, reason: 'not_allowed' };
		}
		throw error;
	}
}

export async function getDeal(db: Executor, id: string): Promise<Deal | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Deal>(sql`select ${columns} from ${from} where d.id = ${id}`);
	return row ?? null;
}

export interface PipelineFilter {
	mine?: string;
	stage?: DealStage;
	overdue?: string;
}

/** The deals the reader takes part in, for the board; `today` is the Asia/Shanghai date. */
export function listDeals(db: Executor, userId: string, filter: PipelineFilter, today: string): Promise<Deal[]> {
	const conditions = [sql`true`];
	if (filter.mine) conditions.push(sql`d.officer_id = ${userId}`);
	if (filter.stage) conditions.push(sql`d.stage = ${filter.stage}::public.deal_stage`);
	if (filter.overdue)
		conditions.push(sql`d.next_action_on < ${today}::date and d.stage not in ('closed_won', 'closed_lost')`);
	return db.query<Deal>(sql`select ${columns} from ${from} where ${join(conditions, sql` and `)}
		order by d.next_action_on nulls last, d.updated_at desc limit 500`);
}

export type MoveResult =
	| { ok: true }
	| {
			ok: false;
			reason:
				| 'illegal_move'
				| 'notice_running'
				| 'reason_required'
				| 'not_allowed'
				| 'already_moved'
				// The public notice's rules (supabase/migrations/20261206000100_public_notices.sql).
				| 'notice_needs_price'
				| 'exchange_reference_required'
				| 'objection_open'
				| 'signing_terms_missing'
				| 'filings_outstanding'
				// An exclusive licence or assignment while an open licence declaration stands (ZQ320).
				| 'open_licence_standing'
				// A pledged patent's assignment or licence without the pledgee's consent (ZQ557).
				| 'pledged_patent';
			noticeEndsAt?: Date | null;
	  };

/**
 * Moves the deal to `stage`. With `expected` (the stage the officer's page showed), a deal that
 * has moved on meanwhile (a second tab, a colleague) is left alone and answered `already_moved`,
 * so the second of two identical moves is not reported as done.
 */
export async function moveDealToStage(
	db: Executor,
	id: string,
	stage: DealStage,
	reason: string,
	expected?: DealStage,
	effectiveOn: string | null = null
): Promise<MoveResult> {
	const expectedNow = expected ? sql`and stage = ${expected}::public.deal_stage` : sql``;
	try {
		// Signing records the contract's effective date (the filings' deadlines count from it).
		const rows = await db.query(sql`
			update public.deals set stage = ${stage}::public.deal_stage,
			       close_reason = case when ${stage} in ('closed_won', 'closed_lost') then ${reason || null} else close_reason end,
			       effective_on = case when ${stage} = 'signed' then ${effectiveOn}::date else effective_on end
			where id = ${id} ${expectedNow} returning id`);
		if (rows.length) return { ok: true };
		const now = expected ? await getDeal(db, id) : null;
		return now && now.stage !== expected
			? { ok: false, reason: 'already_moved' }
			: { ok: false, reason: 'not_allowed' };
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.noticeRunning)
			return { ok: false, reason: 'notice_running', noticeEndsAt: (await getDeal(db, id))?.noticeEndsAt };
		if (code === databaseErrors.dealMoveIllegal) return { ok: false, reason: 'illegal_move' };
		if (code === databaseErrors.closeReasonRequired) return { ok: false, reason: 'reason_required' };
		if (code === databaseErrors.signingTermsMissing) return { ok: false, reason: 'signing_terms_missing' };
		if (code === databaseErrors.filingsOutstanding) return { ok: false, reason: 'filings_outstanding' };
		if (code === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_allowed' };
		if (code === databaseErrors.noticeNeedsPrice) return { ok: false, reason: 'notice_needs_price' };
		if (code === databaseErrors.exchangeReferenceRequired) return { ok: false, reason: 'exchange_reference_required' };
		if (code === databaseErrors.objectionOpen) return { ok: false, reason: 'objection_open' };
		if (code === databaseErrors.openLicenceStanding) return { ok: false, reason: 'open_licence_standing' };
		if (code === databaseErrors.pledgedPatentDeal) return { ok: false, reason: 'pledged_patent' };
		throw error;
	}
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'not_allowed' | 'invalid_officer' | 'notice_frozen' };

async function updateDeal(db: Executor, statement: SqlFragment): Promise<UpdateResult> {
	try {
		const rows = await db.query(statement);
		return rows.length ? { ok: true } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.assigneeNotOfficer) return { ok: false, reason: 'invalid_officer' };
		if (hasErrorCode(error, databaseErrors.dealMoveIllegal, postgresErrors.insufficientPrivilege))
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

/**
 * Terms are frozen from the public notice on (the database's gate): during the notice the refusal
 * says so; after signing (the schedule was generated from them) the deal is not editable. The
 * stage is read before the update, not after: inside a caller's transaction a refused statement
 * aborts it, and no statement could read the reason any more.
 */
export async function updateTerms(db: Executor, id: string, terms: TermsInput): Promise<UpdateResult> {
	if (!isUuid(id)) return { ok: false, reason: 'not_allowed' };
	const [before] = await db.query<{ stage: string }>(sql`select stage from public.deals where id = ${id}`);
	if (!before) return { ok: false, reason: 'not_allowed' };
	const result = await updateDeal(
		db,
		sql`
		update public.deals set mode = ${terms.mode}::public.cooperation_mode, field_of_use = ${terms.fieldOfUse || null},
		       territory = ${terms.territory || null}, term_months = ${terms.termMonths}, upfront_fee_fen = ${terms.upfrontFee},
		       royalty_percent = ${terms.royaltyPercent}, milestones = ${terms.milestones || null},
		       equity_percent = ${terms.equityPercent}, sublicence_share_percent = ${terms.sublicenceSharePercent},
		       royalty_base = ${terms.royaltyBase}::public.royalty_base,
		       royalty_period = ${terms.royaltyPeriod}::public.royalty_period,
		       minimum_annual_royalty_fen = ${terms.minimumAnnualRoyalty}
		where id = ${id} returning id`
	);
	if (result.ok || result.reason !== 'not_allowed') return result;
	return before.stage === 'public_notice' ? { ok: false, reason: 'notice_frozen' } : result;
}

export function updatePlan(
	db: Executor,
	id: string,
	plan: { officerId: string | null; nextAction: string; nextActionOn: string | null }
): Promise<UpdateResult> {
	return updateDeal(
		db,
		sql`
		update public.deals set officer_id = ${plan.officerId}, next_action = ${plan.nextAction || null},
		       next_action_on = ${plan.nextActionOn}::date
		where id = ${id} returning id`
	);
}

export function listOfficers(db: Executor, institutionId: string): Promise<{ id: string; displayName: string }[]> {
	return db.query(sql`select id, display_name as "displayName" from app.institution_officers(${institutionId})`);
}
