import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { PledgeApplicationInput } from '../schemas/pledge.ts';
import type { PledgeEvent, PledgeStatus } from '../vocabularies/pledge.ts';
import { pledgeCall, type PledgeWrite } from './pledge-refusals.ts';

// Pledge loan applications (docs/domain.md, "Pledge loans"; supabase/migrations/…_pledge_loans.sql).
// Every write is a SECURITY DEFINER function that checks the caller; RLS decides who reads
// (the applicant company's members and the bank's staff, nobody else).

/** A new application; a replayed post (same creation key) answers with the application it made. */
export function applyForPledge(db: Executor, input: PledgeApplicationInput): Promise<PledgeWrite> {
	return pledgeCall(
		db,
		null,
		sql`select app.apply_for_pledge(${input.bankId}, ${input.amount}, ${input.termMonths}, ${input.purpose},
			${input.numbers}::text[], ${input.valuationId}::uuid, ${input.riskCompensation}, ${input.creationKey}) as id`
	);
}

export type PledgeMove = Exclude<PledgeStatus, 'submitted'>;

/** A status move: the company withdraws, the bank's staff do the rest (app.move_pledge says which). */
export function movePledge(
	db: Executor,
	id: string,
	target: PledgeMove,
	details: { reason?: string; registrationNumber?: string; registeredOn?: string } = {}
): Promise<PledgeWrite> {
	return pledgeCall(
		db,
		id,
		sql`select app.move_pledge(${id}, ${target}::public.pledge_status, ${details.reason ?? null},
			${details.registrationNumber ?? null}, ${details.registeredOn ?? null}::date) as id`
	);
}

export function releasePledge(db: Executor, id: string): Promise<PledgeWrite> {
	return pledgeCall(db, id, sql`select app.release_pledge(${id}) as id`);
}

export function recordConsent(
	db: Executor,
	id: string,
	consent: { number: string; scope: 'assignment' | 'licence'; counterparty: string }
): Promise<PledgeWrite> {
	return pledgeCall(
		db,
		id,
		sql`select app.record_pledge_consent(${id}, ${consent.number}, ${consent.scope}, ${consent.counterparty}) as id`
	);
}

export interface PledgeSummary {
	id: string;
	status: PledgeStatus;
	amountFen: number;
	termMonths: number;
	company: { nameZh: string; nameEn: string };
	bank: { nameZh: string; nameEn: string };
	patents: string;
	released: boolean;
	createdAt: string;
}

const names = sql`json_build_object('nameZh', coalesce(c.name_zh, ''), 'nameEn', coalesce(c.name_en, '')) as company,
	json_build_object('nameZh', coalesce(b.name_zh, ''), 'nameEn', coalesce(b.name_en, '')) as bank`;

/** Every application the reader may see (RLS), newest first; `status` filters. */
export function listPledges(db: Executor, status: PledgeStatus | null = null): Promise<PledgeSummary[]> {
	return db.query<PledgeSummary>(sql`
		select a.id, a.status, a.amount_fen::float8 as "amountFen", a.term_months as "termMonths", ${names},
		       (select string_agg(pp.title, '；' order by pp.application_number) from public.pledge_patents pp
		        where pp.application_id = a.id) as patents,
		       a.released_at is not null as released, a.created_at::text as "createdAt"
		from public.pledge_applications a
		left join public.organizations c on c.id = a.company_id
		left join public.organizations b on b.id = a.bank_id
		where ${status}::public.pledge_status is null or a.status = ${status}::public.pledge_status
		order by a.created_at desc, a.id
		limit 200`);
}

export interface PledgeDetail extends Omit<PledgeSummary, 'patents'> {
	purpose: string;
	riskCompensation: boolean;
	declineReason: string | null;
	registrationNumber: string | null;
	registeredOn: string | null;
	releasedAt: string | null;
	/** The reader's side: the bank's staff decide, the company's members withdraw. */
	isBank: boolean;
	isCompany: boolean;
	valuation: {
		id: string;
		valueLowFen: number;
		valueHighFen: number;
		baseDate: string;
		validUntil: string;
		purpose: string;
	} | null;
	patents: {
		applicationNumber: string;
		title: string;
		legalStatus: 'pending' | 'granted' | 'lapsed';
		source: string;
	}[];
	events: { event: PledgeEvent; at: string; reason: string | null }[];
	consents: { applicationNumber: string; scope: string; counterparty: string; at: string }[];
}

/** One application, or null when RLS hides it (or there is none). */
export async function getPledge(db: Executor, id: string): Promise<PledgeDetail | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Omit<PledgeDetail, 'patents' | 'events' | 'consents'>>(sql`
		select a.id, a.status, a.amount_fen::float8 as "amountFen", a.term_months as "termMonths", ${names},
		       a.purpose, a.risk_compensation as "riskCompensation", a.decline_reason as "declineReason",
		       a.registration_number as "registrationNumber", a.registered_on::text as "registeredOn",
		       a.released_at::text as "releasedAt", a.released_at is not null as released, a.created_at::text as "createdAt",
		       app.is_provider_of(a.bank_id) as "isBank", a.company_id = app.current_company() as "isCompany",
		       (select json_build_object('id', v.id, 'valueLowFen', v.value_low_fen, 'valueHighFen', v.value_high_fen,
		               'baseDate', v.base_date, 'validUntil', v.valid_until, 'purpose', v.purpose)
		        from public.valuation_requests v where v.id = a.valuation_id) as valuation
		from public.pledge_applications a
		left join public.organizations c on c.id = a.company_id
		left join public.organizations b on b.id = a.bank_id
		where a.id = ${id}`);
	if (!row) return null;
	const [patents, events, consents] = await Promise.all([
		db.query<PledgeDetail['patents'][number]>(sql`
			select application_number as "applicationNumber", title, legal_status as "legalStatus", source
			from public.pledge_patents where application_id = ${id} order by application_number`),
		db.query<PledgeDetail['events'][number]>(sql`
			select event, created_at::text as at, reason from public.pledge_events where application_id = ${id} order by id`),
		db.query<PledgeDetail['consents'][number]>(sql`
			select application_number as "applicationNumber", scope, counterparty, created_at::text as at
			from public.pledge_consents where application_id = ${id} order by id`)
	]);
	return { ...row, isCompany: row.isCompany === true, patents, events, consents };
}

/** Verified banks: the application form's choice. */
export function listBanks(db: Executor): Promise<{ id: string; name: string }[]> {
	return db.query(sql`select o.id, o.name_zh as name from public.organizations o where app.is_bank(o.id)
		order by o.name_zh, o.id`);
}

/** Delivered, still valid valuations the reader may attach (pledge_loan ones first). */
export function listAttachableValuations(
	db: Executor
): Promise<
	{ id: string; purpose: string; validUntil: string; valueLowFen: number; valueHighFen: number; patents: string }[]
> {
	return db.query(sql`
		select v.id, v.purpose, v.valid_until::text as "validUntil", v.value_low_fen::float8 as "valueLowFen",
		       v.value_high_fen::float8 as "valueHighFen",
		       (select string_agg(vp.title, '；' order by vp.application_number) from public.valuation_patents vp
		        where vp.valuation_id = v.id) as patents
		from public.valuation_requests v
		where v.status = 'delivered' and v.valid_until >= (now() at time zone 'Asia/Shanghai')::date
		order by v.purpose <> 'pledge_loan', v.valid_until desc
		limit 50`);
}

/** The application numbers of a listing under a pledge in force (the deal room's banner). */
export async function pledgedNumbers(db: Executor, listingId: string): Promise<string[]> {
	if (!isUuid(listingId)) return [];
	const rows = await db.query<{ number: string }>(sql`
		select p.application_number as number from public.patents p
		where p.listing_id = ${listingId} and app.patent_pledged(p.application_number) order by p.position`);
	return rows.map((row) => row.number);
}

export interface PledgeTotal {
	bank: { nameZh: string; nameEn: string };
	industry: string;
	applications: number;
	approvals: number;
	approvedFen: number;
	disbursedFen: number;
}

/** The admin's totals by bank and industry (numbers only; app.pledge_totals refuses anyone else). */
export function pledgeTotals(db: Executor): Promise<PledgeTotal[]> {
	return db.query<PledgeTotal>(sql`
		select json_build_object('nameZh', coalesce(o.name_zh, ''), 'nameEn', coalesce(o.name_en, '')) as bank, t.industry, t.applications, t.approvals,
		       t.approved_fen::float8 as "approvedFen", t.disbursed_fen::float8 as "disbursedFen"
		from app.pledge_totals() t left join public.organizations o on o.id = t.bank_id`);
}
