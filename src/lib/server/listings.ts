import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { join, sql } from './db/sql.ts';
import { listingSearchVector, searchIndexVersion } from './listing-index.ts';
import type { ListingInput } from '../schemas/listing.ts';
import type { ListingDraftValues } from '../rules/listing-draft.ts';
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

/**
 * A new empty draft under the researcher's university (and college, when they belong to one).
 * The creation key comes from the "new listing" form: the same key again (Back, a resubmitted
 * request) returns the draft it made instead of a second one.
 */
export async function createDraft(
	db: Executor,
	owner: { id: string; organizationId: string | null },
	creationKey: string
): Promise<string | null> {
	const [organization] = await db.query<{ id: string; parent_id: string | null; kind: string }>(
		sql`select id, parent_id, kind from public.organizations where id = ${owner.organizationId}`
	);
	if (!organization || (organization.kind !== 'university' && organization.kind !== 'college')) return null;
	const institutionId = organization.parent_id ?? organization.id;
	const collegeId = organization.parent_id ? organization.id : null;
	const [row] = await db.query<{ id: string }>(sql`
		insert into public.listings (owner_id, institution_id, college_id, creation_key)
		values (${owner.id}, ${institutionId}, ${collegeId}, ${creationKey})
		on conflict (owner_id, creation_key) do nothing returning id`);
	if (row) return row.id;
	const [existing] = await db.query<{ id: string }>(sql`
		select id from public.listings where owner_id = ${owner.id} and creation_key = ${creationKey}`);
	return existing?.id ?? null;
}

export async function getListing(db: Executor, id: string): Promise<ListingDetail | null> {
	if (!isUuid(id)) return null;
	const [listing] = await db.query<Omit<ListingDetail, 'inventors' | 'patents'>>(sql`
		select l.id, l.owner_id as "ownerId", l.status, l.title, l.pitch, l.summary, l.advantages, l.applications,
		       l.industry, l.ipc_codes as "ipcCodes", l.trl, l.cooperation_modes::text[] as "cooperationModes",
		       l.asking_price_cny::float8 as "askingPriceCny", l.review_comment as "reviewComment",
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

/** A draft save: the raw typed values, the fields valid now, and the revision the editor showed. */
export interface DraftWrite {
	raw: ListingDraftValues;
	fields: Partial<ListingInput>;
	/** The whole input when every field is valid: the search index is rebuilt from it. */
	complete: ListingInput | null;
	revision: number;
}

export type SaveResult =
	| { ok: true; revision: number; notices: Record<string, string> }
	| { ok: false; reason: 'not_editable' | 'stale' }
	| { ok: false; reason: 'unknown_inventor_account'; position: number };

/**
 * Saves a draft: the raw input always, and each column only from a field that is valid now, so a
 * half-typed patent number never costs the rest of the form. `strict` (submitting) refuses an
 * unknown inventor account and a repeated patent number instead of leaving those rows as they were.
 * A revision other than the stored one is refused as stale, so two tabs cannot silently overwrite
 * each other.
 */
export async function saveDraft(
	db: Executor,
	id: string,
	write: DraftWrite,
	options: { strict: boolean } = { strict: false }
): Promise<SaveResult> {
	const { fields, complete } = write;
	const notices: Record<string, string> = {};
	const sets = [sql`draft_input = ${JSON.stringify(write.raw)}::text::jsonb`, sql`draft_revision = draft_revision + 1`];
	for (const column of ['title', 'pitch', 'summary', 'applications'] as const)
		if (fields[column] !== undefined) sets.push(sql`${sqlIdentifier[column]} = ${fields[column]}`);
	if (fields.advantages) sets.push(sql`advantages = ${fields.advantages}::text[]`);
	if (fields.industry !== undefined) sets.push(sql`industry = ${fields.industry}::public.industry`);
	if (fields.ipcCodes) sets.push(sql`ipc_codes = ${fields.ipcCodes}::text[]`);
	if (fields.trl !== undefined) sets.push(sql`trl = ${fields.trl}`);
	if (fields.cooperationModes)
		sets.push(sql`cooperation_modes = ${fields.cooperationModes}::text[]::public.cooperation_mode[]`);
	if (fields.negotiable) sets.push(sql`asking_price_cny = null`);
	else if (fields.askingPrice !== undefined) sets.push(sql`asking_price_cny = ${fields.askingPrice}`);
	if (complete) {
		const searchVector = listingSearchVector({
			...complete,
			patentTitles: complete.patents.map((patent) => patent.title),
			inventorNames: complete.inventors.map((inventor) => inventor.name)
		});
		sets.push(sql`search_vector = ${searchVector}::tsvector, search_version = ${searchIndexVersion}`);
	}
	let patents = fields.patents;
	const numbers = new Set(patents?.map((patent) => patent.applicationNumber));
	if (patents && numbers.size !== patents.length) {
		if (options.strict) throw new DuplicatePatentError();
		notices.patents = 'error_patent_duplicate';
		patents = undefined;
	}
	try {
		return await db.transaction(async (transaction) => {
			const [updated] = await transaction.query<{ revision: number }>(sql`
				update public.listings set ${join(sets)}
				where id = ${id} and draft_revision = ${write.revision} returning draft_revision as revision`);
			if (!updated) {
				const [editable] = await transaction.query(sql`
					select 1 from public.listings
					where id = ${id} and owner_id = (select auth.uid()) and status in ('draft', 'changes_requested')`);
				return { ok: false as const, reason: editable ? ('stale' as const) : ('not_editable' as const) };
			}
			if (fields.inventors) {
				await transaction.query(sql`delete from public.listing_inventors where listing_id = ${id}`);
				for (const [position, inventor] of fields.inventors.entries()) {
					// A typed account email links that colleague; otherwise the owner is linked by their own name.
					const [linked] = await transaction.query<{ profileId: string | null }>(sql`
						select case when ${inventor.email} <> '' then app.colleague_by_email(${inventor.email})
						            else (select p.id from public.profiles p where p.id = (select auth.uid()) and p.display_name = ${inventor.name})
						       end as "profileId"`);
					if (inventor.email && !linked.profileId) {
						if (options.strict) throw new UnknownInventorAccount(position);
						notices[`inventors.${position}.email`] = 'error_inventor_account_unknown';
					}
					await transaction.query(sql`
						insert into public.listing_inventors (listing_id, position, name, share, profile_id)
						values (${id}, ${position}, ${inventor.name}, ${inventor.share}, ${linked.profileId})`);
				}
			}
			if (patents) {
				await transaction.query(sql`delete from public.patents where listing_id = ${id}`);
				for (const [position, patent] of patents.entries()) {
					await transaction.query(sql`
						insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on)
						values (${id}, ${position}, ${patent.applicationNumber}, ${patent.type}::public.patent_type,
						        ${patent.legalStatus}::public.patent_legal_status, ${patent.title}, ${patent.filedOn}::date, ${patent.grantedOn}::date)`);
				}
			}
			return { ok: true as const, revision: Number(updated.revision), notices };
		});
	} catch (error) {
		if (error instanceof UnknownInventorAccount)
			return { ok: false, reason: 'unknown_inventor_account', position: error.position };
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_editable' };
		if (errorCode(error) === postgresErrors.uniqueViolation) throw new DuplicatePatentError();
		throw error;
	}
}

// Column names are fixed text in the query, never input; the map keeps them out of interpolation.
const sqlIdentifier = {
	title: sql`title`,
	pitch: sql`pitch`,
	summary: sql`summary`,
	applications: sql`applications`
} as const;

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
