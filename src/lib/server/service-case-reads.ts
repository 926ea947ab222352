import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { AgencyService } from '../vocabularies/agency.ts';
import type { ServiceCaseStatus } from '../vocabularies/service-case.ts';

// Reading service cases: what RLS lets the reader see (supabase/migrations/…_service_cases.sql).

export interface CaseSummary {
	id: string;
	status: ServiceCaseStatus;
	service: AgencyService;
	scope: string;
	deadline: string;
	/** Organisation names in both languages (localName picks the reader's). */
	agency: { nameZh: string; nameEn: string };
	requester: { nameZh: string; nameEn: string };
	createdAt: string;
}

// The agency's and the requester's organisation names (a and ro in the queries below).
const names = sql`json_build_object('nameZh', coalesce(a.name_zh, ''), 'nameEn', coalesce(a.name_en, '')) as agency,
	json_build_object('nameZh', coalesce(ro.name_zh, ''), 'nameEn', coalesce(ro.name_en, '')) as requester`;

/** Every case the reader may see (RLS), newest first. */
export function listCases(db: Executor): Promise<CaseSummary[]> {
	return db.query<CaseSummary>(sql`
		select c.id, c.status, c.service, c.scope, c.deadline::text as deadline, ${names}, c.created_at::text as "createdAt"
		from public.service_cases c
		left join public.organizations a on a.id = c.agency_id
		left join public.organizations ro on ro.id = c.requester_organization_id
		order by c.created_at desc, c.id
		limit 200`);
}

export interface CaseDetail extends CaseSummary {
	agencyId: string;
	requesterRole: string;
	budgetFen: number | null;
	quoteFen: number | null;
	quoteDays: number | null;
	quoteNote: string | null;
	declineReason: string | null;
	deliveryDocumentId: string | null;
	rating: number | null;
	ratingComment: string | null;
	/** The reader's part: the agency's staff quote, decline and deliver; the requester's side the rest. */
	isAgency: boolean;
	isRequester: boolean;
	patents: { id: string; patentId: string | null; applicationNumber: string; title: string }[];
}

/** One case, or null when RLS hides it (or there is none). */
export async function getCase(db: Executor, id: string): Promise<CaseDetail | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Omit<CaseDetail, 'patents'>>(sql`
		select c.id, c.status, c.service, c.scope, c.deadline::text as deadline, ${names}, c.created_at::text as "createdAt",
		       c.agency_id as "agencyId", c.requester_role as "requesterRole", c.budget_fen::float8 as "budgetFen",
		       c.quote_fen::float8 as "quoteFen", c.quote_days as "quoteDays", c.quote_note as "quoteNote",
		       c.decline_reason as "declineReason", c.delivery_document_id as "deliveryDocumentId", c.rating,
		       c.rating_comment as "ratingComment", app.is_provider_of(c.agency_id) as "isAgency",
		       app.is_service_case_requester(c.id) as "isRequester"
		from public.service_cases c
		left join public.organizations a on a.id = c.agency_id
		left join public.organizations ro on ro.id = c.requester_organization_id
		where c.id = ${id}`);
	if (!row) return null;
	const patents = await db.query<CaseDetail['patents'][number]>(sql`
		select id::text, patent_id as "patentId", application_number as "applicationNumber", title
		from public.service_case_patents where case_id = ${id} order by application_number, id`);
	return { ...row, patents };
}

export interface RequestableAgency {
	id: string;
	nameZh: string;
	nameEn: string;
	/** The services it offers that are asked as cases (not 'valuation'). */
	services: AgencyService[];
	/** Whether it values patents too (asked on /valuations/new?firm=). */
	offersValuation: boolean;
}

/** A verified agency's name and case services, or null (unknown, unverified, none offered). */
export async function getRequestableAgency(db: Executor, id: string): Promise<RequestableAgency | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<RequestableAgency>(sql`
		select o.id, o.name_zh as "nameZh", o.name_en as "nameEn",
		       array(select s from unnest(p.services) s where app.offers_service(o.id, s) order by s)::text[] as services,
		       'valuation' = any (p.services) as "offersValuation"
		from public.organizations o join public.agency_profiles p on p.organization_id = o.id
		where o.id = ${id} and o.verified`);
	return row && row.services.length > 0 ? row : null;
}

export interface AgencyRating {
	closedCases: number;
	averageRating: number | null;
	comments: { rating: number; comment: string; requesterRole: string; closedAt: string }[];
}

/** Public (anonymous too): a verified agency's closed cases, average and latest comments, no names. */
export async function getAgencyRating(db: Executor, agencyId: string): Promise<AgencyRating> {
	const [totals] = await db.query<{ closedCases: number; averageRating: number | null }>(sql`
		select closed_cases as "closedCases", average_rating::float8 as "averageRating" from app.agency_rating(${agencyId})`);
	const comments = await db.query<AgencyRating['comments'][number]>(sql`
		select rating, comment, requester_role as "requesterRole", closed_at::text as "closedAt"
		from app.agency_rating_comments(${agencyId}, 5)`);
	return { closedCases: totals?.closedCases ?? 0, averageRating: totals?.averageRating ?? null, comments };
}
