import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { DealStage } from '../vocabularies/deal.ts';

// "My rewards" (docs/domain.md, "My rewards"): the deals where the reader is an inventor with an
// account, with the deal's totals and the reader's own distribution lines. RLS decides: an inventor
// reads the deal (a participant), its totals (app.deal_income_totals answers readers of the deal's
// income only) and only their own lines and payouts, never another inventor's.

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

export interface RewardLine {
	id: number;
	dealId: string;
	listingTitle: string;
	amountFen: number;
	reversal: boolean;
	createdAt: Date;
	paidOn: string | null;
	reference: string | null;
}

/** The deals where the reader is an inventor (closed lost ones left out), newest first. */
export function listRewardDeals(db: Executor, today: string): Promise<RewardDeal[]> {
	return db.query<RewardDeal>(sql`
		select d.id, l.title as "listingTitle", d.stage, d.mode, d.institution_id as "institutionId",
		       d.upfront_fee_fen as "upfrontFeeFen", mine.share::text as share,
		       (select jsonb_agg(jsonb_build_object('position', i.position, 'share', i.share::text,
		                 'mine', i.profile_id is not distinct from auth.uid()) order by i.position)
		        from public.listing_inventors i where i.listing_id = d.listing_id) as inventors,
		       coalesce(t.due_fen, 0)::bigint as "dueFen", coalesce(t.received_fen, 0)::bigint as "receivedFen",
		       coalesce((select sum(x.amount_fen) from public.distribution_lines x
		                 where x.deal_id = d.id and x.profile_id = auth.uid()), 0)::bigint as "distributedFen",
		       coalesce((select sum(x.amount_fen) from public.distribution_lines x
		                 join public.distribution_payouts p on p.distribution_line_id = x.id
		                 where x.deal_id = d.id and x.profile_id = auth.uid()), 0)::bigint as "paidFen"
		from public.deals d
		join public.listings l on l.id = d.listing_id
		join lateral (select i.share from public.listing_inventors i
		              where i.listing_id = d.listing_id and i.profile_id = auth.uid() order by i.position limit 1) mine on true
		left join lateral app.deal_income_totals(d.id, ${today}::date) t on true
		where d.stage <> 'closed_lost'
		order by d.updated_at desc, d.id`);
}

/** The reader's own distribution lines, newest first, each with its payout if recorded. */
export function listRewardLines(db: Executor): Promise<RewardLine[]> {
	return db.query<RewardLine>(sql`
		select x.id, x.deal_id as "dealId", l.title as "listingTitle", x.amount_fen as "amountFen",
		       x.reverses_id is not null as reversal, x.created_at as "createdAt",
		       to_char(p.paid_on, 'YYYY-MM-DD') as "paidOn", p.reference
		from public.distribution_lines x
		join public.deals d on d.id = x.deal_id
		join public.listings l on l.id = d.listing_id
		left join public.distribution_payouts p on p.distribution_line_id = x.id
		where x.profile_id = auth.uid()
		order by x.created_at desc, x.id desc`);
}
