import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { ListingStatus } from '../vocabularies/listing.ts';

// Every function runs on the request's scoped executor: RLS and the status trigger decide.

export interface ListingDetail {
	id: string;
	ownerId: string;
	status: ListingStatus;
	title: string;
	pitch: string;
	summary: string;
	advantages: string[];
	applications: string;
	industry: string | null;
	ipcCodes: string[];
	trl: number | null;
	cooperationModes: string[];
	/** Fen (分). */
	askingPriceFen: number | null;
	reviewComment: string | null;
	publishedAt: Date | null;
	updatedAt: Date;
	/** What the owner last typed into the editor, valid or not (null before the first draft save). */
	draftInput: unknown;
	draftRevision: number;
	institutionId: string;
	institutionNameZh: string;
	institutionNameEn: string;
	collegeNameZh: string | null;
	collegeNameEn: string | null;
	ownerName: string | null;
	inventors: { name: string; share: number; profileId: string | null }[];
	patents: {
		applicationNumber: string;
		type: string;
		legalStatus: 'pending' | 'granted' | 'lapsed';
		title: string;
		filedOn: string | null;
		grantedOn: string | null;
	}[];
}

export async function getListing(db: Executor, id: string): Promise<ListingDetail | null> {
	if (!isUuid(id)) return null;
	const [listing] = await db.query<Omit<ListingDetail, 'inventors' | 'patents'>>(sql`
		select l.id, l.owner_id as "ownerId", l.status, l.title, l.pitch, l.summary, l.advantages, l.applications,
		       l.industry, l.ipc_codes as "ipcCodes", l.trl, l.cooperation_modes::text[] as "cooperationModes",
		       l.asking_price_fen as "askingPriceFen", l.review_comment as "reviewComment",
		       l.published_at as "publishedAt", l.updated_at as "updatedAt",
		       case when l.owner_id = (select auth.uid()) then l.draft_input end as "draftInput", l.draft_revision as "draftRevision",
		       l.institution_id as "institutionId",
		       u.name_zh as "institutionNameZh", u.name_en as "institutionNameEn",
		       c.name_zh as "collegeNameZh", c.name_en as "collegeNameEn",
		       app.public_display_name(l.owner_id) as "ownerName"
		from public.listings l
		join public.organizations u on u.id = l.institution_id
		left join public.organizations c on c.id = l.college_id
		where l.id = ${id}`);
	if (!listing) return null;
	const inventors = await db.query<ListingDetail['inventors'][number]>(sql`
		select name, share::float8 as share, profile_id as "profileId"
		from public.listing_inventors where listing_id = ${id} order by position`);
	const patents = await db.query<ListingDetail['patents'][number]>(sql`
		select application_number as "applicationNumber", patent_type as type, legal_status as "legalStatus", title,
		       to_char(filed_on, 'YYYY-MM-DD') as "filedOn", to_char(granted_on, 'YYYY-MM-DD') as "grantedOn"
		from public.patents where listing_id = ${id} order by position`);
	return { ...listing, inventors, patents };
}

/** The account emails of linked inventors by position, for the editor (RLS: editors only). */
export async function inventorAccountEmails(db: Executor, id: string): Promise<Map<number, string>> {
	const rows = await db.query<{ position: number; email: string }>(
		sql`select inventor_position as position, email from app.inventor_account_emails(${id})`
	);
	return new Map(rows.map((row) => [Number(row.position), row.email]));
}

export type StatusChangeResult = 'changed' | 'not_allowed' | 'incomplete' | 'not_found' | 'unconfirmed';

/** Moves a listing along the flow; the database refuses any move the flow does not allow. */
export async function moveListingToStatus(
	db: Executor,
	id: string,
	status: ListingStatus,
	comment: string | null = null
): Promise<StatusChangeResult> {
	try {
		const rows = await db.query(sql`
			update public.listings set status = ${status}::public.listing_status,
			       review_comment = case when ${status} in ('changes_requested', 'rejected', 'published') then ${comment} else review_comment end
			where id = ${id} returning id`);
		return rows.length === 1 ? 'changed' : 'not_found';
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return 'not_allowed';
		if (errorCode(error) === postgresErrors.checkViolation) return 'incomplete';
		// The owner's university has not confirmed them yet (ZQ600): nothing goes past a draft.
		if (errorCode(error) === databaseErrors.membershipUnconfirmed) return 'unconfirmed';
		throw error;
	}
}

export interface ListingSummary {
	id: string;
	title: string;
	status: ListingStatus;
	updatedAt: Date;
	ownerName: string | null;
	reviewComment: string | null;
}

export function listOwnListings(db: Executor): Promise<ListingSummary[]> {
	return db.query<ListingSummary>(sql`
		select id, title, status, updated_at as "updatedAt", null as "ownerName", review_comment as "reviewComment"
		from public.listings where owner_id = (select auth.uid()) order by updated_at desc limit 200`);
}

/** Submitted listings of the officer's university, oldest first (first come, first reviewed). */
export function listReviewQueue(db: Executor): Promise<ListingSummary[]> {
	return db.query<ListingSummary>(sql`
		select l.id, l.title, l.status, l.updated_at as "updatedAt", app.public_display_name(l.owner_id) as "ownerName",
		       l.review_comment as "reviewComment"
		from public.listings l
		where l.status = 'submitted' and app.is_officer_of(l.institution_id)
		order by l.updated_at limit 200`);
}
