import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { listingSearchVector, searchIndexVersion } from './listing-index.ts';
import type { ListingInput } from '../schemas/listing.ts';
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
	askingPriceCny: number | null;
	reviewComment: string | null;
	publishedAt: Date | null;
	updatedAt: Date;
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

/** A new empty draft under the researcher's university (and college, when they belong to one). */
export async function createDraft(
	db: Executor,
	owner: { id: string; organizationId: string | null }
): Promise<string | null> {
	const [organization] = await db.query<{ id: string; parent_id: string | null; kind: string }>(
		sql`select id, parent_id, kind from public.organizations where id = ${owner.organizationId}`
	);
	if (!organization || (organization.kind !== 'university' && organization.kind !== 'college')) return null;
	const institutionId = organization.parent_id ?? organization.id;
	const collegeId = organization.parent_id ? organization.id : null;
	const [row] = await db.query<{ id: string }>(sql`
		insert into public.listings (owner_id, institution_id, college_id)
		values (${owner.id}, ${institutionId}, ${collegeId}) returning id`);
	return row.id;
}

export async function getListing(db: Executor, id: string): Promise<ListingDetail | null> {
	if (!isUuid(id)) return null;
	const [listing] = await db.query<Omit<ListingDetail, 'inventors' | 'patents'>>(sql`
		select l.id, l.owner_id as "ownerId", l.status, l.title, l.pitch, l.summary, l.advantages, l.applications,
		       l.industry, l.ipc_codes as "ipcCodes", l.trl, l.cooperation_modes::text[] as "cooperationModes",
		       l.asking_price_cny::float8 as "askingPriceCny", l.review_comment as "reviewComment",
		       l.published_at as "publishedAt", l.updated_at as "updatedAt", l.institution_id as "institutionId",
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

/** Thrown inside the save transaction so it rolls back; saveDraft turns it into a result. */
class UnknownInventorAccount extends Error {
	constructor(readonly position: number) {
		super('no researcher with that email at this university');
	}
}

/** The account emails of linked inventors by position, for the editor (RLS: editors only). */
export async function inventorAccountEmails(db: Executor, id: string): Promise<Map<number, string>> {
	const rows = await db.query<{ position: number; email: string }>(
		sql`select inventor_position as position, email from app.inventor_account_emails(${id})`
	);
	return new Map(rows.map((row) => [Number(row.position), row.email]));
}

export type SaveResult = 'saved' | 'not_editable' | { unknownInventorAccount: number };

/** Replaces the draft's content, inventors and patents in one transaction, with its index. */
export async function saveDraft(db: Executor, id: string, input: ListingInput): Promise<SaveResult> {
	const searchVector = listingSearchVector({
		...input,
		patentTitles: input.patents.map((patent) => patent.title),
		inventorNames: input.inventors.map((inventor) => inventor.name)
	});
	try {
		return await db.transaction(async (transaction) => {
			const updated = await transaction.query(sql`
				update public.listings set
					title = ${input.title}, pitch = ${input.pitch}, summary = ${input.summary},
					advantages = ${input.advantages}::text[], applications = ${input.applications},
					industry = ${input.industry}::public.industry, ipc_codes = ${input.ipcCodes}::text[], trl = ${input.trl},
					cooperation_modes = ${input.cooperationModes}::text[]::public.cooperation_mode[],
					asking_price_cny = ${input.negotiable ? null : input.askingPrice},
					search_vector = ${searchVector}::tsvector, search_version = ${searchIndexVersion}
				where id = ${id} returning id`);
			if (updated.length === 0) return 'not_editable' as const;
			await transaction.query(sql`delete from public.listing_inventors where listing_id = ${id}`);
			for (const [position, inventor] of input.inventors.entries()) {
				// A typed account email links that colleague; otherwise the owner is linked by their own name.
				const [linked] = await transaction.query<{ profileId: string | null }>(sql`
					select case when ${inventor.email} <> '' then app.colleague_by_email(${inventor.email})
					            else (select p.id from public.profiles p where p.id = (select auth.uid()) and p.display_name = ${inventor.name})
					       end as "profileId"`);
				if (inventor.email && !linked.profileId) throw new UnknownInventorAccount(position);
				await transaction.query(sql`
					insert into public.listing_inventors (listing_id, position, name, share, profile_id)
					values (${id}, ${position}, ${inventor.name}, ${inventor.share}, ${linked.profileId})`);
			}
			await transaction.query(sql`delete from public.patents where listing_id = ${id}`);
			for (const [position, patent] of input.patents.entries()) {
				await transaction.query(sql`
					insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on)
					values (${id}, ${position}, ${patent.applicationNumber}, ${patent.type}::public.patent_type,
					        ${patent.legalStatus}::public.patent_legal_status, ${patent.title}, ${patent.filedOn}::date, ${patent.grantedOn}::date)`);
			}
			return 'saved' as const;
		});
	} catch (error) {
		if (error instanceof UnknownInventorAccount) return { unknownInventorAccount: error.position };
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return 'not_editable';
		if (errorCode(error) === postgresErrors.uniqueViolation) throw new DuplicatePatentError();
		throw error;
	}
}

export class DuplicatePatentError extends Error {}

export type StatusChangeResult = 'changed' | 'not_allowed' | 'incomplete' | 'not_found';

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

export async function deleteDraft(db: Executor, id: string): Promise<boolean> {
	return (
		(await db.query(sql`delete from public.listings where id = ${id} and status = 'draft' returning id`)).length === 1
	);
}
