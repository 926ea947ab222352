import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { DealStage } from '../vocabularies/deal.ts';

// "My rewards" (docs/domain.md, "Income"): an inventor's own distribution lines across deals,
// with their payouts. RLS shows a user only the lines made out to them (distribution_lines_read),
// so this reads no one else's, whoever calls it. (Inventors read no receipts: the line's date is
// its approval's.)

export interface Reward {
	lineId: number;
	dealId: string;
	listingId: string;
	listingTitle: string;
	receiptId: string;
	/** Negative on a reversal. */
	amountFen: number;
	reversesId: number | null;
	reversed: boolean;
	approvedAt: Date;
	paidOn: string | null;
	payoutReference: string | null;
}

/** The user's reward lines, newest first. */
export function listMyRewards(db: Executor, userId: string): Promise<Reward[]> {
	return db.query<Reward>(sql`
		select x.id as "lineId", x.deal_id as "dealId", d.listing_id as "listingId", l.title as "listingTitle",
		       x.receipt_id as "receiptId", x.amount_fen as "amountFen",
		       x.reverses_id as "reversesId",
		       exists (select 1 from public.distribution_lines y where y.reverses_id = x.id) as reversed,
		       x.created_at as "approvedAt", to_char(p.paid_on, 'YYYY-MM-DD') as "paidOn", p.reference as "payoutReference"
		from public.distribution_lines x
		join public.deals d on d.id = x.deal_id
		join public.listings l on l.id = d.listing_id
		left join public.distribution_payouts p on p.distribution_line_id = x.id
		where x.profile_id = ${userId} and x.recipient = 'inventor'
		order by x.created_at desc, x.id desc`);
}

export interface RewardTotals {
	/** Standing lines, net of reversals (fen). */
	awardedFen: number;
	paidFen: number;
}

export async function myRewardTotals(db: Executor, userId: string): Promise<RewardTotals> {
	const [row] = await db.query<RewardTotals>(sql`
		select coalesce(sum(x.amount_fen), 0)::bigint as "awardedFen",
		       coalesce(sum(x.amount_fen) filter (where p.distribution_line_id is not null), 0)::bigint as "paidFen"
		from public.distribution_lines x left join public.distribution_payouts p on p.distribution_line_id = x.id
		where x.profile_id = ${userId} and x.recipient = 'inventor'`);
	return row;
}

// The deals behind the lines: every deal where the reader is an inventor with an account (a
// participant, so they read the deal), with the deal's totals (app.deal_income_totals answers the
// readers of a deal's income only) and the reader's own share of it.

export interface RewardDeal {
	id: string;
	listingTitle: string;
	stage: DealStage;
	mode: string | null;
	institutionId: string;
	/** Fen (分); null when the terms have none. */
	upfrontFeeFen: number | null;
	/** The reader's contribution share (numeric(5, 2) as text, "33.34"). */
	share: string;
	/** Every inventor's share on the listing, in listing order, the reader's marked. */
	inventors: { position: number; share: string; mine: boolean }[];
	/** The deal's totals (fen): what is due so far and what was received. */
	dueFen: number;
	receivedFen: number;
	/** The reader's own lines (reversals included) and what of them was paid out. */
	distributedFen: number;
	paidFen: number;
}

/** The deals where the reader is an inventor (closed lost ones left out), newest first. */
export function listRewardDeals(db: Executor, userId: string, today: string): Promise<RewardDeal[]> {
	return db.query<RewardDeal>(sql`
		select d.id, l.title as "listingTitle", d.stage, d.mode, d.institution_id as "institutionId",
		       d.upfront_fee_fen as "upfrontFeeFen", mine.share::text as share,
		       (select jsonb_agg(jsonb_build_object('position', i.position, 'share', i.share::text,
		                 'mine', i.profile_id is not distinct from ${userId}::uuid) order by i.position)
		        from public.listing_inventors i where i.listing_id = d.listing_id) as inventors,
		       coalesce(t.due_fen, 0)::bigint as "dueFen", coalesce(t.received_fen, 0)::bigint as "receivedFen",
		       coalesce((select sum(x.amount_fen) from public.distribution_lines x
		                 where x.deal_id = d.id and x.profile_id = ${userId}), 0)::bigint as "distributedFen",
		       coalesce((select sum(x.amount_fen) from public.distribution_lines x
		                 join public.distribution_payouts p on p.distribution_line_id = x.id
		                 where x.deal_id = d.id and x.profile_id = ${userId}), 0)::bigint as "paidFen"
		from public.deals d
		join public.listings l on l.id = d.listing_id
		join lateral (select i.share from public.listing_inventors i
		              where i.listing_id = d.listing_id and i.profile_id = ${userId} order by i.position limit 1) mine on true
		left join lateral app.deal_income_totals(d.id, ${today}::date) t on true
		where d.stage <> 'closed_lost'
		order by d.updated_at desc, d.id`);
}
