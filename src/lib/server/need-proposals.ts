import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import { checkPdfUpload } from '../rules/file-type.ts';
import { isUuid } from '../schemas/fields.ts';
import type { ProposalInput } from '../schemas/need-proposal.ts';

// Proposals answering needs (docs/domain.md, "Needs"). Who may do what, and from which status, is
// the database's (app.submit_need_proposal, app.move_need_proposal, app.convert_need_proposal in
// supabase/migrations/20261213200000_need_proposals.sql); these functions phrase the questions and
// name the refusals. Reads are in need-proposal-reads.ts.

export type ProposalRefusal =
	| 'need_closed'
	| 'listing_refused'
	| 'key_reused'
	| 'exists'
	| 'illegal'
	| 'not_allowed'
	| 'reason_missing'
	| 'unconfirmed';

const refusals: Record<string, ProposalRefusal> = {
	[databaseErrors.proposalNeedClosed]: 'need_closed',
	[databaseErrors.proposalListingRefused]: 'listing_refused',
	[databaseErrors.proposalKeyReused]: 'key_reused',
	[databaseErrors.proposalExists]: 'exists',
	[databaseErrors.proposalMoveIllegal]: 'illegal',
	[databaseErrors.proposalNotAllowed]: 'not_allowed',
	[databaseErrors.proposalReasonMissing]: 'reason_missing',
	[databaseErrors.membershipUnconfirmed]: 'unconfirmed',
	[postgresErrors.uniqueViolation]: 'exists',
	[postgresErrors.insufficientPrivilege]: 'not_allowed',
	[postgresErrors.foreignKeyViolation]: 'not_allowed'
};

/** The refusal a database error names, or null for one nobody foresaw (thrown on). */
function refusalOf(error: unknown): ProposalRefusal | null {
	return refusals[errorCode(error) ?? ''] ?? null;
}

export type SubmitResult =
	{ ok: true; id: string } | { ok: false; reason: ProposalRefusal | 'empty' | 'unsupported_type' | 'too_large' };

/**
 * Answers an open need for `researcherId` (the caller, or a researcher of the calling officer's
 * university). A resent form (same creation key) answers with the proposal it made, before any
 * file is stored again. The file, optional, must be a PDF within the document size limit.
 */
export async function submitProposal(
	db: Executor,
	storage: Storage,
	needId: string,
	researcherId: string,
	input: ProposalInput,
	file: { fileName: string; bytes: Uint8Array } | null
): Promise<SubmitResult> {
	if (!isUuid(needId) || !isUuid(researcherId)) return { ok: false, reason: 'not_allowed' };
	const made = await proposalWithKey(db, needId, input.creationKey);
	if (made) return { ok: true, id: made };
	let id: string | null = null;
	const submit = async (attached: { key: string; name: string } | null) => {
		const [sent] = await db.query<{ id: string }>(sql`
			select app.submit_need_proposal(${needId}, ${researcherId}, ${input.creationKey}, ${input.approach}, ${input.team},
			       ${input.timeline}, ${input.listings}::uuid[], ${attached?.key ?? null}, ${attached?.name ?? null}) as id`);
		id = sent.id;
		if (!attached) return;
		const [row] = await db.query<{ fileKey: string | null }>(
			sql`select file_key as "fileKey" from public.need_proposals where id = ${id}`
		);
		// The same form sent twice at once: the first one's proposal came back, so this file is nobody's.
		if (row?.fileKey !== attached.key) throw new ReplayedForm();
	};
	try {
		if (file) {
			const stored = await storeUpload(storage, `proposals/${needId}`, file, submit, checkPdfUpload);
			if (!stored.ok) return { ok: false, reason: stored.reason === 'refused' ? 'not_allowed' : stored.reason };
		} else await submit(null);
	} catch (error) {
		if (error instanceof ReplayedForm && id) return { ok: true, id };
		// Two sends of one form racing on PostgreSQL: the key's unique index let one in, or the first
		// committed between the second's look for its key and its look for a standing proposal.
		const reason = refusalOf(error);
		const raced = reason === 'exists' && (await proposalWithKey(db, needId, input.creationKey));
		if (raced) return { ok: true, id: raced };
		if (!reason) throw error;
		return { ok: false, reason };
	}
	return id ? { ok: true, id } : { ok: false, reason: 'not_allowed' };
}

class ReplayedForm extends Error {}

/** The proposal a form's creation key made for this need, when the reader may read it. */
async function proposalWithKey(db: Executor, needId: string, creationKey: string): Promise<string | null> {
	const [row] = await db.query<{ id: string }>(
		sql`select id from public.need_proposals where creation_key = ${creationKey} and need_id = ${needId}`
	);
	return row?.id ?? null;
}

export type MoveResult = { ok: true } | { ok: false; reason: ProposalRefusal };

/** Shortlists or declines (the need's company) or withdraws (the author's side) a proposal. */
export async function moveProposal(
	db: Executor,
	id: string,
	target: 'shortlisted' | 'declined' | 'withdrawn',
	reason: string | null = null
): Promise<MoveResult> {
	if (!isUuid(id)) return { ok: false, reason: 'not_allowed' };
	try {
		await db.query(sql`select app.move_need_proposal(${id}, ${target}::public.proposal_status, ${reason})`);
		return { ok: true };
	} catch (error) {
		const refusal = refusalOf(error);
		if (!refusal) throw error;
		return { ok: false, reason: refusal };
	}
}

export type ConvertResult = { ok: true; interestId: string } | { ok: false; reason: ProposalRefusal };

/**
 * The need's company turns the proposal into its interest in one of the proposal's listings; the
 * officers then find it in their queue. Sent again, it answers with the same interest.
 */
export async function convertProposal(db: Executor, id: string, listingId: string): Promise<ConvertResult> {
	if (!isUuid(id) || !isUuid(listingId)) return { ok: false, reason: 'not_allowed' };
	try {
		const [row] = await db.query<{ interestId: string }>(
			sql`select app.convert_need_proposal(${id}, ${listingId}) as "interestId"`
		);
		return { ok: true, interestId: row.interestId };
	} catch (error) {
		const refusal = refusalOf(error);
		if (!refusal) throw error;
		return { ok: false, reason: refusal };
	}
}
