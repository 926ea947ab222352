import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import type { ProposalStatus } from '../vocabularies/proposal.ts';

// What each reader sees of proposals is RLS's (need_proposals_read): the researcher, the officers
// of the researcher's university and the need's company's members. These queries only ask.

export interface ProposalListing {
	id: string;
	title: string;
}

export interface Proposal {
	id: string;
	needId: string;
	needTitle: string;
	researcherId: string;
	researcherName: string;
	submittedByName: string;
	approach: string;
	team: string;
	timeline: string;
	fileName: string | null;
	status: ProposalStatus;
	declineReason: string | null;
	interestId: string | null;
	listings: ProposalListing[];
	createdAt: Date;
}

const columns = sql`p.id, p.need_id as "needId", n.title as "needTitle", p.researcher_id as "researcherId",
	app.public_display_name(p.researcher_id) as "researcherName", app.public_display_name(p.submitted_by) as "submittedByName",
	p.approach, p.team, p.timeline, p.file_name as "fileName", p.status, p.decline_reason as "declineReason",
	p.interest_id as "interestId", p.created_at as "createdAt",
	coalesce((select json_agg(json_build_object('id', l.id, 'title', l.title) order by pl.position)
	          from public.need_proposal_listings pl join public.listings l on l.id = pl.listing_id
	          where pl.proposal_id = p.id), '[]'::json) as listings`;
const from = sql`public.need_proposals p join public.needs n on n.id = p.need_id`;

/** The proposals to one need the reader may read: all of them for its company, one's own otherwise. */
export function listNeedProposals(db: Executor, needId: string): Promise<Proposal[]> {
	if (!isUuid(needId)) return Promise.resolve([]);
	return db.query<Proposal>(sql`select ${columns} from ${from} where p.need_id = ${needId}
		order by p.created_at desc limit 100`);
}

/**
 * Every proposal the reader may read, newest first: a researcher's own, an officer's university's,
 * a company's received ones.
 */
export function listReadableProposals(db: Executor): Promise<Proposal[]> {
	return db.query<Proposal>(sql`select ${columns} from ${from} order by p.created_at desc limit 100`);
}

/** The proposal's file when the reader may read the proposal. */
export async function getProposalFile(
	db: Executor,
	id: string
): Promise<{ storageKey: string; fileName: string } | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<{ storageKey: string; fileName: string }>(sql`
		select file_key as "storageKey", file_name as "fileName" from public.need_proposals where id = ${id} and file_key is not null`);
	return row ?? null;
}

/** A researcher's published listings, the ones a proposal may name, newest first. */
export function listProposableListings(db: Executor, researcherId: string): Promise<ProposalListing[]> {
	if (!isUuid(researcherId)) return Promise.resolve([]);
	return db.query<ProposalListing>(sql`
		select l.id, l.title from public.listings l
		where l.status = 'published' and ${researcherId}::uuid in (select app.listing_researchers(l.id))
		order by l.published_at desc nulls last limit 30`);
}

/** The researchers of the calling officer's university, whom the officer may answer a need for. */
export function listProposalResearchers(db: Executor): Promise<{ id: string; displayName: string }[]> {
	return db.query(sql`select id, display_name as "displayName" from app.proposal_researchers()`);
}
