import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../rules/uuid.ts';
import { displayPatentNumber } from '../rules/patent-number.ts';
import type { OpenLicenceNotice } from './pdf/open-licence-notice.ts';
import type { OpenLicenceTermsInput } from '../i18n/open-licence-terms.ts';

/**
 * The public side of open licences and the deals made by taking one (docs/domain.md, "Open licences:
 * the public side and taking one"). Everything is read through the request's own RLS: announced
 * declarations are everybody's; a company reads only its own deals, so nobody learns who else took
 * a licence (the public gets a count, app.open_licence_take_up_count).
 */

/** An announced (or withdrawn) declaration as everybody reads it: the terms, the numbers, the take-up count. */
export interface PublicDeclaration extends OpenLicenceTermsInput {
	id: string;
	status: 'announced' | 'withdrawn';
	listingId: string;
	listingTitle: string;
	institutionId: string;
	institutionNameZh: string;
	institutionNameEn: string;
	/** As displayed: ZL… for a granted patent. */
	patentNumber: string;
	patentType: string;
	patentTitle: string;
	contact: string;
	announcementNumber: string;
	/** YYYY-MM-DD. */
	announcedOn: string;
	takeUpCount: number;
}

// RLS (open_licence_declarations_public) gives everybody the announced and withdrawn declarations;
// the status condition keeps an officer's own drafts off the public pages too.
const publicColumns = sql`o.id, o.status, o.listing_id as "listingId", l.title as "listingTitle",
	o.institution_id as "institutionId", u.name_zh as "institutionNameZh", u.name_en as "institutionNameEn",
	p.application_number as "patentNumber", p.legal_status as "patentLegalStatus",
	p.patent_type as "patentType", p.title as "patentTitle",
	o.fee_basis as "feeBasis", o.lump_sum_fen as "lumpSumFen", o.royalty_percent::text as "royaltyPercent",
	o.royalty_base as "royaltyBase", o.royalty_period as "royaltyPeriod", o.payment_method as "paymentMethod",
	o.term_months as "termMonths", o.field_limits as "fieldLimits", o.contact,
	o.announcement_number as "announcementNumber", to_char(o.announced_on, 'YYYY-MM-DD') as "announcedOn",
	app.open_licence_take_up_count(o.id) as "takeUpCount"`;
const publicFrom = sql`public.open_licence_declarations o join public.patents p on p.id = o.patent_id
	join public.listings l on l.id = o.listing_id join public.organizations u on u.id = o.institution_id`;

type PublicRow = PublicDeclaration & { patentLegalStatus: 'pending' | 'granted' | 'lapsed' };
const displayed = ({ patentLegalStatus, ...row }: PublicRow): PublicDeclaration => ({
	...row,
	patentNumber: displayPatentNumber(row.patentNumber, patentLegalStatus)
});

export const publicPageSize = 20;

/** /open-licences: every announced declaration, newest announcement first, 20 a page, by university. */
export async function listAnnouncedDeclarations(
	db: Executor,
	filter: { institution?: string; page: number }
): Promise<{ declarations: PublicDeclaration[]; hasMore: boolean }> {
	const rows = await db.query<PublicRow>(sql`select ${publicColumns} from ${publicFrom}
		where o.status = 'announced' ${filter.institution ? sql`and o.institution_id = ${filter.institution}` : sql``}
		order by o.announced_on desc, o.announcement_number desc, o.id
		limit ${publicPageSize + 1} offset ${(filter.page - 1) * publicPageSize}`);
	return { declarations: rows.slice(0, publicPageSize).map(displayed), hasMore: rows.length > publicPageSize };
}

/** The universities with an announced declaration, for the list's filter. */
export function listAnnouncingInstitutions(db: Executor): Promise<{ id: string; nameZh: string; nameEn: string }[]> {
	return db.query(sql`select u.id, u.name_zh as "nameZh", u.name_en as "nameEn" from public.organizations u
		where exists (select 1 from public.open_licence_declarations o where o.institution_id = u.id and o.status = 'announced')
		order by u.name_zh`);
}

/** One declaration for its accept page, announced or withdrawn; null for anything else. */
export async function getPublicDeclaration(db: Executor, id: string): Promise<PublicDeclaration | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<PublicRow>(
		sql`select ${publicColumns} from ${publicFrom} where o.id = ${id} and o.status in ('announced', 'withdrawn')`
	);
	return row ? displayed(row) : null;
}

/** A listing's announced declarations (one per patent), for the listing page. */
export async function listListingDeclarations(db: Executor, listingId: string): Promise<PublicDeclaration[]> {
	const rows = await db.query<PublicRow>(sql`select ${publicColumns} from ${publicFrom}
		where o.listing_id = ${listingId} and o.status = 'announced' order by p.position`);
	return rows.map(displayed);
}

export interface TakenLicence {
	dealId: string;
	/** The key of the accept form that made it (the converted interest's idempotency key). */
	acceptanceKey: string;
}

/** The licence a company already took under a declaration, or null. */
export async function getTakenLicence(
	db: Executor,
	declarationId: string,
	companyId: string
): Promise<TakenLicence | null> {
	if (!isUuid(declarationId)) return null;
	const [row] = await db.query<TakenLicence>(sql`
		select d.id as "dealId", i.idempotency_key as "acceptanceKey"
		from public.deals d join public.interests i on i.id = d.interest_id
		where d.open_licence_declaration_id = ${declarationId} and d.company_id = ${companyId}`);
	return row ?? null;
}

/** The company's name, for the accept page ("the licensee"). */
export async function getCompanyName(
	db: Executor,
	companyId: string
): Promise<{ nameZh: string; nameEn: string } | null> {
	const [row] = await db.query<{ nameZh: string; nameEn: string }>(sql`
		select name_zh as "nameZh", name_en as "nameEn" from public.organizations where id = ${companyId} and kind = 'company'`);
	return row ?? null;
}

/** The open licence declaration a deal was made under, or null for any other deal (or none readable). */
export async function getDealDeclarationId(db: Executor, dealId: string): Promise<string | null> {
	if (!isUuid(dealId)) return null;
	const [row] = await db.query<{ id: string | null }>(
		sql`select open_licence_declaration_id as id from public.deals where id = ${dealId}`
	);
	return row?.id ?? null;
}

type NoticeRow = Omit<OpenLicenceNotice, 'companyName' | 'patenteeName' | 'terms'> &
	OpenLicenceNotice['terms'] & {
		companyNameZh: string;
		companyNameEn: string;
		patenteeNameZh: string;
		patenteeNameEn: string;
		patentLegalStatus: 'pending' | 'granted' | 'lapsed';
	};

/**
 * What the written notice of an open-licence deal names (Patent Law Art. 51), or null when the
 * reader may not read the deal (RLS: its company's members, the university's officers, the
 * listing's researchers) or it is no open-licence deal.
 */
export async function getNoticeRow(db: Executor, dealId: string): Promise<NoticeRow | null> {
	if (!isUuid(dealId)) return null;
	const [row] = await db.query<NoticeRow>(sql`
		select c.name_zh as "companyNameZh", c.name_en as "companyNameEn",
		       u.name_zh as "patenteeNameZh", u.name_en as "patenteeNameEn",
		       p.application_number as "patentNumber", p.legal_status as "patentLegalStatus", p.title as "patentTitle",
		       p.patent_type as "patentType", l.title as "listingTitle",
		       o.fee_basis as "feeBasis", o.lump_sum_fen as "lumpSumFen", o.royalty_percent::text as "royaltyPercent",
		       o.royalty_base as "royaltyBase", o.royalty_period as "royaltyPeriod", o.payment_method as "paymentMethod",
		       o.term_months as "termMonths", o.field_limits as "fieldLimits",
		       o.announcement_number as "announcementNumber", to_char(o.announced_on, 'YYYY-MM-DD') as "announcedOn",
		       to_char((d.created_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD') as "acceptedOn"
		from public.deals d
		join public.open_licence_declarations o on o.id = d.open_licence_declaration_id
		join public.patents p on p.id = o.patent_id
		join public.listings l on l.id = d.listing_id
		join public.organizations c on c.id = d.company_id
		join public.organizations u on u.id = o.institution_id
		where d.id = ${dealId}`);
	return row ?? null;
}
