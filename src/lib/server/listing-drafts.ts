import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { join, sql } from './db/sql.ts';
import { listingMatchTerms, listingSearchVector, searchIndexVersion } from './listing-index.ts';
import type { ListingInput } from '../schemas/listing.ts';
import type { ListingDraftValues } from '../rules/listing-draft.ts';

// A listing while its owner edits it: made empty, saved as typed, deleted before it is submitted.
// Every function runs on the request's scoped executor: RLS and the status trigger decide.

/**
 * A new empty draft under the researcher's university (and college, when they belong to one).
 * The creation key comes from the "new listing" form: the same key again (Back, a resubmitted
 * request) returns the draft it made instead of a second one. A draft of theirs that nobody ever
 * saved (no title, nothing typed, no file) is reused instead of piling up one per tap; two taps at
 * once wait for each other on a lock per owner, so the second finds the first one's draft.
 */
export async function createDraft(
	db: Executor,
	owner: { id: string; organizationId: string | null },
	creationKey: string
): Promise<string | null> {
	return db.transaction(async (transaction) => {
		// Held until commit; a lock on the owner's profile row would need the right to update it.
		await transaction.query(sql`select pg_advisory_xact_lock(hashtextextended(${`listing-draft:${owner.id}`}, 0))`);
		const [replayed] = await transaction.query<{ id: string }>(sql`
			select id from public.listings where owner_id = ${owner.id} and creation_key = ${creationKey}`);
		if (replayed) return replayed.id;
		const [untouched] = await transaction.query<{ id: string }>(sql`
			select l.id from public.listings l
			where l.owner_id = ${owner.id} and l.status = 'draft' and l.draft_revision = 0 and l.draft_input is null
			  and l.title = '' and not exists (select 1 from public.listing_attachments a where a.listing_id = l.id)
			order by l.created_at desc, l.id limit 1`);
		if (untouched) return untouched.id;
		const [organization] = await transaction.query<{ id: string; parent_id: string | null; kind: string }>(
			sql`select id, parent_id, kind from public.organizations where id = ${owner.organizationId}`
		);
		if (!organization || (organization.kind !== 'university' && organization.kind !== 'college')) return null;
		const institutionId = organization.parent_id ?? organization.id;
		const collegeId = organization.parent_id ? organization.id : null;
		const [row] = await transaction.query<{ id: string }>(sql`
			insert into public.listings (owner_id, institution_id, college_id, creation_key)
			values (${owner.id}, ${institutionId}, ${collegeId}, ${creationKey}) returning id`);
		return row.id;
	});
}

/** Thrown inside the save transaction so it rolls back; saveDraft turns it into a result. */
class UnknownInventorAccount extends Error {
	constructor(readonly position: number) {
		super('no researcher with that email at this university');
	}
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
	if (fields.negotiable) sets.push(sql`asking_price_fen = null`);
	else if (fields.askingPrice !== undefined) sets.push(sql`asking_price_fen = ${fields.askingPrice}`);
	if (complete) {
		const searchVector = listingSearchVector({
			...complete,
			patentTitles: complete.patents.map((patent) => patent.title),
			inventorNames: complete.inventors.map((inventor) => inventor.name)
		});
		sets.push(sql`search_vector = ${searchVector}::tsvector, search_version = ${searchIndexVersion},
			match_terms = ${listingMatchTerms(complete)}::text[]`);
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

export async function deleteDraft(db: Executor, id: string): Promise<boolean> {
	return (
		(await db.query(sql`delete from public.listings where id = ${id} and status = 'draft' returning id`)).length === 1
	);
}

/**
 * A listing draft made by an officer from portfolio patents, handed to a researcher of the
 * university (docs/domain.md, "Patent portfolio"): the draft is the researcher's, its patents filled
 * in, and the researcher is notified. The same key again returns the draft it made. Null when the
 * caller may not hand these patents, or not to this person.
 */
export async function handPortfolioPatents(
	db: Executor,
	patentIds: string[],
	researcherId: string,
	key: string
): Promise<string | null> {
	try {
		const [row] = await db.query<{ id: string }>(
			sql`select app.hand_portfolio_patents(${patentIds}::uuid[], ${researcherId}, ${key}) as id`
		);
		return row.id;
	} catch (error) {
		if (errorCode(error) === postgresErrors.noDataFound) return null;
		throw error;
	}
}
