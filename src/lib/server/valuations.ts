import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { refusalsOf, type Refusal, type Write } from './db/refusals.ts';
import { isUuid } from '../schemas/fields.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import type { ValuationRequestInput } from '../schemas/valuation.ts';
import type { ValuationMethod, ValuationPurpose, ValuationStatus } from '../vocabularies/valuation.ts';

// Patent valuations (docs/domain.md, "Valuations"; supabase/migrations/…_valuations.sql). Every
// write is a SECURITY DEFINER function that checks the caller; RLS decides who reads what
// (requester and company colleagues, the patents' universities' officers, the firm's staff).

export const valuationRefusalReasons = [
	'not_allowed',
	'not_found',
	'firm_refused',
	'patent_refused',
	'move_illegal',
	'range_invalid',
	'validity'
] as const;
export type ValuationRefusalReason = (typeof valuationRefusalReasons)[number];
export type ValuationRefusal = Refusal<ValuationRefusalReason>;
export type ValuationWrite = Write<ValuationRefusalReason>;

const byCode: Record<string, [ValuationRefusalReason, string]> = {
	[databaseErrors.valuationFirmRefused]: ['firm_refused', 'firmId'],
	[databaseErrors.valuationPatentRefused]: ['patent_refused', 'patentIds'],
	[databaseErrors.valuationMoveIllegal]: ['move_illegal', 'form'],
	[databaseErrors.valuationRangeInvalid]: ['range_invalid', 'high'],
	[databaseErrors.valuationValidity]: ['validity', 'validUntil'],
	[postgresErrors.insufficientPrivilege]: ['not_allowed', 'form'],
	[postgresErrors.foreignKeyViolation]: ['not_found', 'form'],
	[postgresErrors.noDataFound]: ['not_found', 'form']
};

const refusals = refusalsOf(byCode, 'not_found');
export const refuseValuation = refusals.refuse;
/** The refusal a database error means, or null (the caller rethrows that). */
export const valuationRefusal = refusals.refusal;
const call = refusals.call;

/** A new request; a replayed post (same creation key) answers with the request it made. */
export function requestValuation(db: Executor, input: ValuationRequestInput): Promise<ValuationWrite> {
	return call(
		db,
		null,
		sql`select app.request_valuation(${input.firmId}, ${input.purpose}::public.valuation_purpose,
			${input.preferredMethod}::public.valuation_method, ${input.notes}, ${input.wantedBy}::date,
			${input.patentIds}::uuid[], ${input.creationKey}) as id`
	);
}

/** requested → accepted | declined (with the reason) by the firm, → withdrawn by the requester. */
export function moveValuation(
	db: Executor,
	id: string,
	target: 'accepted' | 'declined' | 'withdrawn',
	reason: string | null = null
): Promise<ValuationWrite> {
	return call(db, id, sql`select app.move_valuation(${id}, ${target}::public.valuation_status, ${reason}) as id`);
}

export interface Delivery {
	reportKey: string;
	low: number;
	high: number;
	methodUsed: ValuationMethod;
	baseDate: string;
	validUntil: string;
}

/** accepted → delivered, with the stored report's key and its figures (the firm's staff only). */
export function deliverValuation(db: Executor, id: string, report: Delivery): Promise<ValuationWrite> {
	return call(
		db,
		id,
		sql`select app.deliver_valuation(${id}, ${report.reportKey}, ${report.low}, ${report.high},
			${report.methodUsed}::public.valuation_method, ${report.baseDate}::date, ${report.validUntil}::date) as id`
	);
}

export interface ValuationSummary {
	id: string;
	status: ValuationStatus;
	purpose: ValuationPurpose;
	/** Organisation names in both languages (localName picks the reader's). */
	firm: { nameZh: string; nameEn: string };
	requester: { nameZh: string; nameEn: string };
	patents: string;
	createdAt: string;
}

// The firm's and the requester's organisation names in both languages (f and ro in the queries below).
const names = sql`json_build_object('nameZh', coalesce(f.name_zh, ''), 'nameEn', coalesce(f.name_en, '')) as firm,
	json_build_object('nameZh', coalesce(ro.name_zh, ''), 'nameEn', coalesce(ro.name_en, '')) as requester`;

/** Every valuation the reader may see (RLS), newest first. */
export function listValuations(db: Executor): Promise<ValuationSummary[]> {
	return db.query<ValuationSummary>(sql`
		select r.id, r.status, r.purpose, ${names},
		       (select string_agg(vp.title, '；' order by vp.application_number) from public.valuation_patents vp
		        where vp.valuation_id = r.id) as patents,
		       r.created_at::text as "createdAt"
		from public.valuation_requests r
		left join public.organizations f on f.id = r.firm_id
		left join public.organizations ro on ro.id = r.requester_organization_id
		order by r.created_at desc, r.id
		limit 200`);
}

export interface ValuationDetail extends Omit<ValuationSummary, 'patents'> {
	firmId: string;
	requesterId: string | null;
	requesterRole: string;
	preferredMethod: ValuationMethod;
	notes: string;
	wantedBy: string | null;
	declineReason: string | null;
	hasReport: boolean;
	valueLowFen: number | null;
	valueHighFen: number | null;
	methodUsed: ValuationMethod | null;
	baseDate: string | null;
	validUntil: string | null;
	/** The reader's part: the firm's staff answer and deliver, the requester withdraws. */
	isFirm: boolean;
	isRequester: boolean;
	/** `id` is the row's own: `patentId` is null once a deleted draft listing took its patent away. */
	patents: { id: string; patentId: string | null; applicationNumber: string; title: string }[];
	events: { status: ValuationStatus; at: string; reason: string | null }[];
}

/** One valuation, or null when RLS hides it (or there is none). */
export async function getValuation(db: Executor, id: string): Promise<ValuationDetail | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Omit<ValuationDetail, 'patents' | 'events'>>(sql`
		select r.id, r.status, r.purpose, r.firm_id as "firmId", ${names}, r.requester_id as "requesterId",
		       r.requester_role as "requesterRole", r.preferred_method as "preferredMethod", r.notes,
		       r.wanted_by::text as "wantedBy", r.decline_reason as "declineReason", r.report_key is not null as "hasReport",
		       r.value_low_fen::float8 as "valueLowFen", r.value_high_fen::float8 as "valueHighFen",
		       r.method_used as "methodUsed", r.base_date::text as "baseDate", r.valid_until::text as "validUntil",
		       r.created_at::text as "createdAt", app.is_provider_of(r.firm_id) as "isFirm",
		       r.requester_id = auth.uid() as "isRequester"
		from public.valuation_requests r
		left join public.organizations f on f.id = r.firm_id
		left join public.organizations ro on ro.id = r.requester_organization_id
		where r.id = ${id}`);
	if (!row) return null;
	const patents = await db.query<ValuationDetail['patents'][number]>(sql`
		select id::text, patent_id as "patentId", application_number as "applicationNumber", title
		from public.valuation_patents where valuation_id = ${id} order by application_number, id`);
	const events = await db.query<ValuationDetail['events'][number]>(sql`
		select status, created_at::text as at, reason from public.valuation_events where valuation_id = ${id} order by id`);
	return { ...row, isRequester: row.isRequester === true, patents, events };
}

export interface ValuationFirm {
	id: string;
	name: string;
}

/** Verified valuation firms offering valuations: the request form's choice. */
export function listValuationFirms(db: Executor): Promise<ValuationFirm[]> {
	return db.query<ValuationFirm>(sql`
		select o.id, o.name_zh as name from public.organizations o
		where app.is_valuation_firm(o.id) order by o.name_zh, o.id`);
}
