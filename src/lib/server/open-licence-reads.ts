import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { OpenLicenceFeeBasis, OpenLicenceStatus } from '../vocabularies/open-licence.ts';
import type { RoyaltyBase, RoyaltyPeriod } from '../vocabularies/income.ts';

// What an open licence page reads (docs/domain.md, "Open licences"); the steps are in
// open-licences.ts. RLS decides what each reader sees: officers their university's declarations
// in every status, everybody else announced and withdrawn ones.

export interface Declaration {
	id: string;
	patentId: string;
	listingId: string;
	listingTitle: string;
	applicationNumber: string;
	patentType: string;
	patentTitle: string;
	institutionId: string;
	institutionNameZh: string;
	institutionNameEn: string;
	status: OpenLicenceStatus;
	feeBasis: OpenLicenceFeeBasis;
	lumpSumFen: number | null;
	/** As Postgres prints numeric(5,2), e.g. "3.50". */
	royaltyPercent: string | null;
	royaltyBase: RoyaltyBase | null;
	royaltyPeriod: RoyaltyPeriod | null;
	paymentMethod: string;
	termMonths: number;
	fieldLimits: string;
	contact: string;
	evaluationReportKey: string | null;
	submittedOn: string | null;
	announcementNumber: string | null;
	announcedOn: string | null;
	withdrawalAnnouncementNumber: string | null;
	withdrawnOn: string | null;
	/** Licences granted under it (the public number; app.open_licence_take_up_count). */
	takeUpCount: number;
	createdAt: Date;
	updatedAt: Date;
}

const columns = sql`d.id, d.patent_id as "patentId", d.listing_id as "listingId", l.title as "listingTitle",
	p.application_number as "applicationNumber", p.patent_type as "patentType", p.title as "patentTitle",
	d.institution_id as "institutionId", o.name_zh as "institutionNameZh",
	coalesce(nullif(o.name_en, ''), o.name_zh) as "institutionNameEn", d.status, d.fee_basis as "feeBasis",
	d.lump_sum_fen as "lumpSumFen", d.royalty_percent::text as "royaltyPercent", d.royalty_base as "royaltyBase",
	d.royalty_period as "royaltyPeriod", d.payment_method as "paymentMethod", d.term_months as "termMonths",
	d.field_limits as "fieldLimits", d.contact, d.evaluation_report_key as "evaluationReportKey",
	to_char(d.submitted_on, 'YYYY-MM-DD') as "submittedOn", d.announcement_number as "announcementNumber",
	to_char(d.announced_on, 'YYYY-MM-DD') as "announcedOn",
	d.withdrawal_announcement_number as "withdrawalAnnouncementNumber",
	to_char(d.withdrawn_on, 'YYYY-MM-DD') as "withdrawnOn",
	app.open_licence_take_up_count(d.id) as "takeUpCount", d.created_at as "createdAt", d.updated_at as "updatedAt"`;

const selectFrom = (where: SqlFragment) => sql`select ${columns}
	from public.open_licence_declarations d
	join public.patents p on p.id = d.patent_id
	join public.listings l on l.id = d.listing_id
	join public.organizations o on o.id = d.institution_id
	where ${where}`;

/** One declaration as this reader may see it, or null. */
export async function getDeclaration(db: Executor, id: string): Promise<Declaration | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Declaration>(selectFrom(sql`d.id = ${id}`));
	return row ?? null;
}

/** The declarations of the officer's universities, newest first; `status` narrows them. */
export function listDeclarationsForOfficer(
	db: Executor,
	filter: { status?: OpenLicenceStatus } = {}
): Promise<Declaration[]> {
	const status = filter.status ? sql`and d.status = ${filter.status}::public.open_licence_status` : sql``;
	return db.query<Declaration>(
		selectFrom(sql`d.institution_id in (select app.officer_institutions()) ${status} order by d.updated_at desc, d.id`)
	);
}

/** Every announced declaration (the public list), newest announcement first; one university's if given. */
export function listAnnounced(db: Executor, filter: { universityId?: string } = {}): Promise<Declaration[]> {
	const university = filter.universityId ? sql`and d.institution_id = ${filter.universityId}` : sql``;
	return db.query<Declaration>(
		selectFrom(sql`d.status = 'announced' ${university} order by d.announced_on desc, d.created_at desc, d.id`)
	);
}

export interface DeclarablePatent {
	patentId: string;
	listingId: string;
	listingTitle: string;
	applicationNumber: string;
	patentType: string;
	patentTitle: string;
}

/** Granted patents of the officer's published listings that have no declaration standing or drafted. */
export function listDeclarablePatents(db: Executor): Promise<DeclarablePatent[]> {
	return db.query<DeclarablePatent>(sql`
		select p.id as "patentId", l.id as "listingId", l.title as "listingTitle", p.application_number as "applicationNumber",
		       p.patent_type as "patentType", p.title as "patentTitle"
		from public.patents p join public.listings l on l.id = p.listing_id
		where l.status = 'published' and p.legal_status = 'granted'
		  and l.institution_id in (select app.officer_institutions())
		  and not exists (select 1 from public.open_licence_declarations d where d.patent_id = p.id and d.status <> 'withdrawn')
		order by l.title, p.position`);
}

export interface Licensee {
	dealId: string;
	companyId: string;
	companyNameZh: string;
	companyNameEn: string;
	acceptedAt: Date;
	effectiveOn: string | null;
}

/** Who took the licence: the university's officers only (nobody else gets a row). */
export function listLicensees(db: Executor, declarationId: string): Promise<Licensee[]> {
	if (!isUuid(declarationId)) return Promise.resolve([]);
	return db.query<Licensee>(sql`
		select deal_id as "dealId", company_id as "companyId", company_name_zh as "companyNameZh",
		       coalesce(nullif(company_name_en, ''), company_name_zh) as "companyNameEn", accepted_at as "acceptedAt",
		       to_char(effective_on, 'YYYY-MM-DD') as "effectiveOn"
		from app.open_licence_licensees(${declarationId})`);
}
