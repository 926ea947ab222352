import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { refusalsOf, type Write } from './db/refusals.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import type { ValuationMethod, ValuationPurpose } from '../vocabularies/valuation.ts';

// Delivered valuations attached to a deal (docs/domain.md, "Valuations"; migration
// …_deal_valuations.sql). Attaching shares the valuation with the deal's participants; the
// database decides who may attach or detach and what (app.attach_valuation_to_deal).

export interface DealValuation {
	id: string;
	purpose: ValuationPurpose;
	firm: { nameZh: string; nameEn: string };
	patents: string;
	valueLowFen: number;
	valueHighFen: number;
	methodUsed: ValuationMethod;
	baseDate: string;
	validUntil: string;
	attachedAt: string;
	attachedByName: string | null;
	/** Whoever attached it, or an officer of the deal's university (the database checks again). */
	mayDetach: boolean;
}

const summary = sql`r.id, r.purpose,
	json_build_object('nameZh', coalesce(f.name_zh, ''), 'nameEn', coalesce(f.name_en, '')) as firm,
	(select string_agg(vp.application_number || ' ' || vp.title, '；' order by vp.application_number)
	 from public.valuation_patents vp where vp.valuation_id = r.id) as patents,
	r.value_low_fen::float8 as "valueLowFen", r.value_high_fen::float8 as "valueHighFen",
	r.method_used as "methodUsed", r.base_date::text as "baseDate", r.valid_until::text as "validUntil"`;

/** What is attached to the deal (RLS: its participants only), newest first. */
export function listDealValuations(db: Executor, dealId: string): Promise<DealValuation[]> {
	return db.query<DealValuation>(sql`
		select ${summary}, dv.attached_at::text as "attachedAt", p.display_name as "attachedByName",
		       (dv.attached_by = auth.uid() or app.is_officer_of(d.institution_id)) as "mayDetach"
		from public.deal_valuations dv
		join public.deals d on d.id = dv.deal_id
		join public.valuation_requests r on r.id = dv.valuation_id
		left join public.organizations f on f.id = r.firm_id
		left join public.profiles p on p.id = dv.attached_by
		where dv.deal_id = ${dealId}
		order by dv.attached_at desc, r.id`);
}

export type Attachable = Omit<DealValuation, 'attachedAt' | 'attachedByName' | 'mayDetach'>;

/** The reader's own delivered valuations of the deal's patents not attached yet: the form's choice. */
export function listAttachableValuations(db: Executor, dealId: string): Promise<Attachable[]> {
	return db.query<Attachable>(sql`
		select ${summary}
		from public.deals d
		join public.valuation_requests r on r.status = 'delivered' and app.can_see_valuation(r.id)
		left join public.organizations f on f.id = r.firm_id
		where d.id = ${dealId}
		  and app.valuation_names_listing_patent(r.id, d.listing_id)
		  and not exists (select 1 from public.deal_valuations dv where dv.deal_id = d.id and dv.valuation_id = r.id)
		order by r.updated_at desc, r.id
		limit 20`);
}

export type AttachRefusal = 'not_found' | 'not_allowed' | 'not_delivered' | 'other_patents' | 'closed';

const { call } = refusalsOf<AttachRefusal>(
	{
		[databaseErrors.dealValuationNotDelivered]: ['not_delivered', 'valuationId'],
		[databaseErrors.dealValuationOtherPatents]: ['other_patents', 'valuationId'],
		[databaseErrors.dealValuationClosed]: ['closed', 'valuationId'],
		[postgresErrors.insufficientPrivilege]: ['not_allowed', 'valuationId'],
		[postgresErrors.noDataFound]: ['not_found', 'valuationId']
	},
	'not_found'
);

// The deal id comes from a deal the reader loaded; the valuation id is what the form named.
/** Attaching twice is one attachment (a replayed form changes nothing). */
export function attachValuation(db: Executor, dealId: string, valuationId: string): Promise<Write<AttachRefusal>> {
	return call(
		db,
		valuationId,
		sql`select ${valuationId}::text as id from app.attach_valuation_to_deal(${dealId}, ${valuationId})`
	);
}

export function detachValuation(db: Executor, dealId: string, valuationId: string): Promise<Write<AttachRefusal>> {
	return call(
		db,
		valuationId,
		sql`select ${valuationId}::text as id from app.detach_valuation_from_deal(${dealId}, ${valuationId})`
	);
}
