import type { Executor } from './db/port.ts';
import { join, sql } from './db/sql.ts';
import { isUuid } from '../rules/uuid.ts';
import type { CooperationMode } from '../vocabularies/listing.ts';
import type { NoticeStatus, ObjectionStatus } from '../vocabularies/notice.ts';

// Public notices (公示) are public: every reader, signed in or not, reads every one (RLS
// public_notices_read). They are created and withdrawn only by the database's triggers
// (supabase/migrations/20261206000100_public_notices.sql), never from here.

export interface NoticePatent {
	number: string;
	type: string;
	legal_status: string;
	title: string;
}

export interface Notice {
	id: string;
	dealId: string;
	institutionId: string;
	institutionNameZh: string;
	institutionNameEn: string;
	listingId: string;
	listingTitle: string;
	patents: NoticePatent[];
	inventors: string[];
	companyNameZh: string;
	companyNameEn: string;
	mode: CooperationMode;
	fieldOfUse: string | null;
	territory: string | null;
	termMonths: number | null;
	/** Integer fen. */
	upfrontFeeFen: number | null;
	royaltyPercent: string | null;
	equityPercent: string | null;
	startsAt: Date;
	endsAt: Date;
	withdrawnAt: Date | null;
	status: NoticeStatus;
}

const columns = sql`n.id, n.deal_id as "dealId", n.institution_id as "institutionId", u.name_zh as "institutionNameZh",
	u.name_en as "institutionNameEn", n.listing_id as "listingId", n.listing_title as "listingTitle", n.patents, n.inventors,
	n.company_name_zh as "companyNameZh", n.company_name_en as "companyNameEn", n.mode, n.field_of_use as "fieldOfUse",
	n.territory, n.term_months as "termMonths", n.upfront_fee_fen as "upfrontFeeFen",
	n.royalty_percent::text as "royaltyPercent", n.equity_percent::text as "equityPercent", n.starts_at as "startsAt",
	n.ends_at as "endsAt", n.withdrawn_at as "withdrawnAt", app.notice_status(n) as status`;
const from = sql`public.public_notices n join public.organizations u on u.id = n.institution_id`;

export interface NoticeFilter {
	institution?: string;
	status?: NoticeStatus;
	page: number;
}

export const noticesPageSize = 20;

/** Newest first, one page, plus whether another page follows. */
export async function listNotices(
	db: Executor,
	filter: NoticeFilter
): Promise<{ notices: Notice[]; hasMore: boolean }> {
	const conditions = [sql`true`];
	if (filter.institution) conditions.push(sql`n.institution_id = ${filter.institution}`);
	if (filter.status) conditions.push(sql`app.notice_status(n) = ${filter.status}::public.notice_status`);
	const rows = await db.query<Notice>(sql`select ${columns} from ${from} where ${join(conditions, sql` and `)}
		order by n.starts_at desc, n.id limit ${noticesPageSize + 1} offset ${(filter.page - 1) * noticesPageSize}`);
	return { notices: rows.slice(0, noticesPageSize), hasMore: rows.length > noticesPageSize };
}

export async function getNotice(db: Executor, id: string): Promise<Notice | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Notice>(sql`select ${columns} from ${from} where n.id = ${id}`);
	return row ?? null;
}

/** The deal's notices, newest first (a withdrawn one stays on record beside the one that replaced it). */
export function listDealNotices(db: Executor, dealId: string): Promise<Notice[]> {
	return db.query<Notice>(sql`select ${columns} from ${from} where n.deal_id = ${dealId} order by n.starts_at desc`);
}

/** Universities that have published a notice, for the filter. */
export function listNoticeInstitutions(db: Executor): Promise<{ id: string; nameZh: string; nameEn: string }[]> {
	return db.query(sql`select u.id, u.name_zh as "nameZh", u.name_en as "nameEn" from public.organizations u
		where exists (select 1 from public.public_notices n where n.institution_id = u.id) order by u.name_zh`);
}

export interface ObjectionSummary {
	reference: string;
	status: ObjectionStatus;
	resolution: string | null;
	createdAt: Date;
	resolvedAt: Date | null;
}

/** What everyone reads of a notice's objections: reference, status and the officers' reasons. */
export function listObjectionSummaries(db: Executor, noticeId: string): Promise<ObjectionSummary[]> {
	return db.query<ObjectionSummary>(sql`select reference, status, resolution, created_at as "createdAt",
		resolved_at as "resolvedAt" from app.notice_objection_summaries(${noticeId})`);
}
