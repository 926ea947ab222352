import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';

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
