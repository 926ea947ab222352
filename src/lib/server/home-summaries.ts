import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import { openStatuses } from './interests.ts';
import { openNow as needOpenNow } from './needs.ts';

// What each role's home shows: one card per kind of work waiting, with how many and the first
// few rows, each linking to where the work is done. RLS decides what the reader sees, so the
// questions only narrow by status and date.

export interface HomeRow {
	id: string;
	title: string;
	href: string;
	/** A date (YYYY-MM-DD) or a time the row is about, shown beside its title. */
	date: string | null;
}

export type HomeCardKind =
	| 'drafts'
	| 'changes_requested'
	| 'new_interests'
	| 'open_interests'
	| 'open_deals'
	| 'new_matches'
	| 'review_queue'
	| 'overdue_deals'
	| 'notices_ending'
	| 'unverified_organizations'
	| 'valuations'
	| 'cases'
	| 'pledges'
	| 'proposals'
	| 'awaiting_verification'
	| 'profile_incomplete'
	| 'membership_pending'
	| 'membership_declined'
	| 'pending_researchers';

export interface HomeCard {
	kind: HomeCardKind;
	count: number;
	rows: HomeRow[];
	/** The page where this work is done. */
	href: string;
	/**
	 * The title and "nothing to do" line, in the reader's language, for cards whose labels the
	 * home page does not bundle (a provider's: most readers of `/` never see them).
	 */
	title?: string;
	empty?: string;
}

/** Rows shown per card: enough to start from, the count says how many more wait. */
export const rowsPerCard = 3;
/** Public notices ending within this many days are shown to the officer. */
export const noticeWindowDays = 7;
/** Listings published within this many days count as new matches for a company. */
export const newMatchDays = 30;

interface CountedRow extends HomeRow {
	total: number;
}

export async function card(db: Executor, kind: HomeCardKind, href: string, question: SqlFragment): Promise<HomeCard> {
	// Rows written in one transaction (the seed) share their time: the id keeps their order stable.
	const rows = await db.query<CountedRow>(sql`select *, count(*) over ()::int as total from (${question}) q
		order by q.sort_key, q.id limit ${rowsPerCard}`);
	return {
		kind,
		href,
		count: rows[0]?.total ?? 0,
		rows: rows.map(({ id, title, href: rowHref, date }) => ({ id, title, href: rowHref, date }))
	};
}

const openDealStages = sql`('closed_won', 'closed_lost')`;

function ownListings(status: 'draft' | 'changes_requested'): SqlFragment {
	return sql`select id::text, title, '/listings/' || id || '/edit' as href, to_char(updated_at, 'YYYY-MM-DD') as date,
		-extract(epoch from updated_at) as sort_key
		from public.listings where owner_id = (select auth.uid()) and status = ${status}::public.listing_status`;
}

function newInterests(): SqlFragment {
	return sql`select i.id::text, l.title, '/interests' as href, to_char(i.created_at, 'YYYY-MM-DD') as date,
		-extract(epoch from i.created_at) as sort_key
		from public.interests i join public.listings l on l.id = i.listing_id where i.status = 'new'`;
}

// Valuations the reader may see (RLS) that are not withdrawn or declined: a requester's, a firm's inbox.
export const valuationRows = sql`select r.id::text, coalesce((select string_agg(vp.title, '；' order by vp.application_number)
		from public.valuation_patents vp where vp.valuation_id = r.id), '') as title, '/valuations/' || r.id as href,
		to_char(r.updated_at, 'YYYY-MM-DD') as date, -extract(epoch from r.updated_at) as sort_key
		from public.valuation_requests r where r.status in ('requested', 'accepted', 'delivered')`;

// Service cases waiting for the reader's move (RLS shows only the reader's own cases): an agency's
// to quote or deliver, a requester's side's to answer a quote or close.
export function caseRows(statuses: SqlFragment): SqlFragment {
	return sql`select c.id::text, left(c.scope, 80) as title, '/cases/' || c.id as href,
		to_char(c.updated_at, 'YYYY-MM-DD') as date, -extract(epoch from c.updated_at) as sort_key
		from public.service_cases c where c.status in ${statuses}`;
}
const requesterCases = caseRows(sql`('quoted', 'delivered')`);

// Pledge loan applications in the given statuses (RLS: the company's own, a bank's inbox),
// named by their patents' titles.
export function pledgeRows(statuses: SqlFragment): SqlFragment {
	return sql`select a.id::text, coalesce((select string_agg(pp.title, '；' order by pp.application_number)
		from public.pledge_patents pp where pp.application_id = a.id), '') as title, '/pledges/' || a.id as href,
		to_char(a.updated_at, 'YYYY-MM-DD') as date, -extract(epoch from a.updated_at) as sort_key
		from public.pledge_applications a where a.status in ${statuses}`;
}

// Proposals still standing (submitted or shortlisted) the reader may read (RLS): a researcher's
// own, a company's received ones; named by the need they answer.
const standingProposals = sql`select p.id::text, n.title, '/proposals' as href, to_char(p.updated_at, 'YYYY-MM-DD') as date,
	-extract(epoch from p.updated_at) as sort_key
	from public.need_proposals p join public.needs n on n.id = p.need_id where p.status in ('submitted', 'shortlisted')`;

function dealsWhere(condition: SqlFragment, sortKey: SqlFragment, date: SqlFragment): SqlFragment {
	return sql`select d.id::text, l.title, '/deals/' || d.id as href, ${date} as date, ${sortKey} as sort_key
		from public.deals d join public.listings l on l.id = d.listing_id
		where d.stage not in ${openDealStages} and ${condition}`;
}

/**
 * A researcher not confirmed by their university yet (or declined) sees it first: until then
 * nothing they write can be submitted. One row: their college, or the reason they were declined.
 */
async function membershipCard(db: Executor): Promise<HomeCard[]> {
	const [own] = await db.query<{ id: string; status: string; title: string; date: string }>(sql`
		select p.id::text, p.membership_status as status,
		       coalesce(p.membership_decline_reason, o.name_zh) as title,
		       to_char(coalesce(p.membership_decided_at, p.created_at), 'YYYY-MM-DD') as date
		from public.profiles p left join public.organizations o on o.id = p.organization_id
		where p.id = (select auth.uid()) and p.membership_status <> 'confirmed'`);
	if (!own) return [];
	const kind = own.status === 'declined' ? 'membership_declined' : 'membership_pending';
	const row: HomeRow = { id: own.id, title: own.title, href: '/my/listings', date: own.date };
	return [{ kind, count: 1, rows: [row], href: '/my/listings' }];
}

export async function researcherHome(db: Executor): Promise<HomeCard[]> {
	const membership = await membershipCard(db);
	return [...membership, ...(await researcherWork(db))];
}

function researcherWork(db: Executor): Promise<HomeCard[]> {
	return Promise.all([
		card(db, 'changes_requested', '/my/listings', ownListings('changes_requested')),
		card(db, 'drafts', '/my/listings', ownListings('draft')),
		// RLS shows a researcher the interests in their own listings only.
		card(db, 'new_interests', '/interests', newInterests()),
		card(db, 'proposals', '/proposals', standingProposals),
		card(db, 'valuations', '/valuations', valuationRows),
		card(db, 'cases', '/cases', requesterCases)
	]);
}

export async function companyHome(db: Executor): Promise<HomeCard[]> {
	return Promise.all([
		card(
			db,
			'open_interests',
			'/interests',
			sql`select i.id::text, l.title, '/interests' as href, to_char(i.created_at, 'YYYY-MM-DD') as date,
				-extract(epoch from i.created_at) as sort_key
				from public.interests i join public.listings l on l.id = i.listing_id
				where i.status in ${openStatuses} and i.company_id = (select app.current_organization_id())`
		),
		card(
			db,
			'open_deals',
			'/deals',
			dealsWhere(sql`true`, sql`-extract(epoch from d.updated_at)`, sql`to_char(d.updated_at, 'YYYY-MM-DD')`)
		),
		// A new listing in the industry of one of the company's open needs.
		card(
			db,
			'new_matches',
			'/needs',
			sql`select l.id::text, l.title, '/listings/' || l.id as href, to_char(l.published_at, 'YYYY-MM-DD') as date,
				-extract(epoch from l.published_at) as sort_key
				from public.listings l
				where l.status = 'published' and l.published_at > now() - make_interval(days => ${newMatchDays})
				  and exists (select 1 from public.needs n where ${needOpenNow} and n.industry = l.industry
				              and n.company_id = (select app.current_organization_id()))`
		),
		card(db, 'proposals', '/proposals', standingProposals),
		card(db, 'valuations', '/valuations', valuationRows),
		card(db, 'cases', '/cases', requesterCases),
		// Its loans in progress, from the application to the disbursement.
		card(
			db,
			'pledges',
			'/pledges',
			pledgeRows(sql`('submitted', 'under_review', 'approved', 'registered', 'disbursed')`)
		)
	]);
}

export async function officerHome(db: Executor, today: string): Promise<HomeCard[]> {
	return Promise.all([
		card(
			db,
			'review_queue',
			'/review',
			sql`select l.id::text, l.title, '/listings/' || l.id as href, to_char(l.updated_at, 'YYYY-MM-DD') as date,
				extract(epoch from l.updated_at) as sort_key
				from public.listings l where l.status = 'submitted' and app.is_officer_of(l.institution_id)`
		),
		card(db, 'new_interests', '/interests', newInterests()),
		// Researchers of the university waiting for the office to confirm them (docs/domain.md).
		card(
			db,
			'pending_researchers',
			'/members',
			sql`select r.id::text, r.display_name as title, '/members' as href, to_char(r.created_at, 'YYYY-MM-DD') as date,
				extract(epoch from r.created_at) as sort_key
				from app.unconfirmed_researchers() r where r.status = 'pending'`
		),
		card(
			db,
			'overdue_deals',
			'/deals?overdue=1',
			dealsWhere(
				sql`d.next_action_on < ${today}::date`,
				sql`extract(epoch from d.next_action_on::timestamp)`,
				sql`to_char(d.next_action_on, 'YYYY-MM-DD')`
			)
		),
		card(
			db,
			'notices_ending',
			'/deals',
			dealsWhere(
				sql`d.notice_ends_at between now() and now() + make_interval(days => ${noticeWindowDays})`,
				sql`extract(epoch from d.notice_ends_at)`,
				sql`to_char(d.notice_ends_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
			)
		),
		// Valuations of the university's patents (and the officer's own requests).
		card(db, 'valuations', '/valuations', valuationRows)
	]);
}

export async function adminHome(db: Executor): Promise<HomeCard[]> {
	return [
		await card(
			db,
			'unverified_organizations',
			'/admin/organizations?show=unverified',
			sql`select id::text, name_zh as title, '/admin/organizations?show=unverified#organization-' || id as href,
				to_char(created_at, 'YYYY-MM-DD') as date, extract(epoch from created_at) as sort_key
				from public.organizations where not verified`
		)
	];
}

export interface NewListing {
	id: string;
	title: string;
	pitch: string;
	industry: string | null;
	publishedAt: Date;
	institutionNameZh: string;
	institutionNameEn: string;
}

/** The newest published listings, for the public home. */
export function newestListings(db: Executor, limit = 6): Promise<NewListing[]> {
	return db.query<NewListing>(sql`
		select l.id, l.title, l.pitch, l.industry, l.published_at as "publishedAt",
		       o.name_zh as "institutionNameZh", o.name_en as "institutionNameEn"
		from public.listings l join public.organizations o on o.id = l.institution_id
		where l.status = 'published'
		order by l.published_at desc, l.id limit ${limit}`);
}
