import { sql, type SqlFragment } from '../../../src/lib/server/db/sql.ts';
import {
	attachments,
	dealDocuments,
	deals,
	interests,
	listings,
	needs,
	organizations as org,
	people,
	researcherNotification,
	type Actor
} from '../../support/authorization/actors.ts';

/**
 * Who may read and write what, table by table: the database half of the authorization matrix
 * (tests/db/authorization-matrix.test.ts runs it as each actor, through RLS, grants and triggers).
 *
 * `rows` name fixture rows by a condition that picks exactly one. Each grid has a column per actor
 * (see tests/support/authorization/actors.ts): `y` the statement succeeds (and changes that one
 * row), `-` it is refused or changes nothing. Every write runs in a transaction rolled back after.
 * select: [grid, row]  update: [grid, row, set clause]  delete: [grid, row]
 * insert: [grid, what, (actor) => "(columns) values (…)"]
 */
export interface TableMatrix {
	rows: Record<string, SqlFragment>;
	select: [string, string][];
	update: [string, string, SqlFragment][];
	delete: [string, string][];
	insert: [string, string, (actor: Actor) => SqlFragment][];
}

const nobody = '-    -    -    -    -    -    -    -    -';
const everyone = 'y    y    y    y    y    y    y    y    y';

/** The actor's own id; signed out, an id nobody has. */
const idOf = (actor: Actor) => (actor === 'anon' ? crypto.randomUUID() : people[actor].id);
/** Another signed-in user (a participant of the first deal where that matters). */
const someoneElse = (actor: Actor) => (actor === 'com' ? people.res.id : people.com.id);
const organizationOf = (actor: Actor) => (actor === 'anon' ? org.company : people[actor].organization);
const otherCompanyOf = (actor: Actor) => (actor === 'co2' ? org.company : org.otherCompany);
const universityOf = (actor: Actor) => (actor === 'anon' ? org.jinyun : (people[actor].university ?? org.jinyun));
const otherUniversityOf = (actor: Actor) => (universityOf(actor) === org.jinyun ? org.jialing : org.jinyun);
const collegeElsewhere = (actor: Actor) =>
	universityOf(actor) === org.jinyun ? org.jialingCollege : org.materialsCollege;

/** A demo portfolio patent (one of a demo listing's, supabase/seed.sql "patent portfolio"): its officers and admins read it. */
const portfolioPatent = sql`application_number = '202110420380.4'`;
const portfolioPatentRow = sql`public.portfolio_patents where application_number = '202110420380.4'`;
const portfolioReaders = '-    -    -    -    -    -    -    y    y';
/** Each officer writes to their own university's portfolio. */
const universityOfficers = '-    -    -    -    y    -    -    y    -';

/** The row of an append-only table with the lowest id among those matching. */
const firstOf = (table: string, condition: SqlFragment) =>
	sql`id = (select min(id) from ${sql([`public.${table}`])} where ${condition})`;

/** The demo deals whose notice is in progress and whose notice has passed (supabase/seed.sql). */
const runningNoticeDeal = '00000000-0000-4000-8004-000000000003';
const passedNoticeDeal = '00000000-0000-4000-8004-000000000010';
/** The demo's signed non-exclusive licence (supabase/seed.sql), on a listing of the colleague. */
const signedDeal = '00000000-0000-4000-8004-000000000004';

/** The demo's signed licence of the demo researcher's listing, with its income (supabase/seed.sql). */
const incomeDeal = '00000000-0000-4000-8004-000000000012';
const distributedReceipt = '00000000-0000-4000-8009-000000000001';
const pendingReceipt = '00000000-0000-4000-8009-000000000002';
/** A line of the income deal's distribution: the inventor at `position` (0 is the demo researcher). */
const inventorLine = (position: number) =>
	sql`(select min(id) from public.distribution_lines where receipt_id = ${distributedReceipt} and inventor_position = ${position})`;
/** Readers of a deal's income: its inventors with an account, its company, its officers, admins. */
const incomeReaders = '-    y    -    -    -    y    -    y    y';
/** Reports and receipts: the company, the officers, admins. */
const receiptReaders = '-    -    -    -    -    y    -    y    y';
/** Deductions and the whole distribution: the officers and admins. */
const auditors = '-    -    -    -    -    -    -    y    y';
const officerOnly = '-    -    -    -    -    -    -    y    -';

/** The demo's verified valuation firm and unverified technology broker (supabase/seed.sql, issue #22). */
const valuationFirm = '00000000-0000-4000-8000-000000000400';
const unverifiedBroker = '00000000-0000-4000-8000-000000000402';
/** A verified agency's profile is public; an unverified one's only its own staff and admins see. */
const adminOnly = '-    -    -    -    -    -    -    -    y';

/** The demo's express template and a listing marked with it (supabase/seed.sql). */
const expressTemplate = '00000000-0000-4000-8021-000000000001';
const expressListing = '00000000-0000-4000-8001-000000000049';

/** The seed's delivered valuation (the demo company's, of a Jinyun patent) and the demo valuation firm. */
const deliveredValuation = '00000000-0000-4000-8037-000000000001';
const valuationReaders = '-    -    -    -    -    y    -    y    -';
/** The seed's valuation the demo company attached to its casting deal in negotiation (…8004-…010). */
const attachedValuation = '00000000-0000-4000-8037-000000000004';
const attachedReaders = '-    -    y    -    -    y    -    y    -';

/** The seed's quoted service case (the demo company's, naming a Jinyun patent; supabase/seed.sql). */
const quotedCase = '00000000-0000-4000-8038-000000000001';
/** Its readers: the company and Jinyun's officers (the agency's staff are no actor here); it writes: the company. */
const caseReaders = valuationReaders;
const caseParty = '-    -    -    -    -    y    -    -    -';

/** The seed's registered pledge (the demo company's, at the demo bank): its company's members read it. */
const registeredPledge = '00000000-0000-4000-8039-000000000001';
const companyOnly = '-    -    -    -    -    y    -    -    -';
const demoBank = '00000000-0000-4000-8000-000000000500';

const firstDealReaders = '-    y    -    -    -    y    -    y    -';
const secondDealReaders = '-    -    -    y    y    -    y    -    -';

/** Patents and inventors follow their listing: read with it, written only while its owner may edit it. */
function listingChild(
	columns: SqlFragment,
	values: (listing: string, actor: Actor) => SqlFragment,
	change: SqlFragment
): TableMatrix {
	return {
		rows: {
			published: sql`listing_id = ${listings.published} and position = 0`,
			draft: sql`listing_id = ${listings.draft} and position = 0`,
			otherPublished: sql`listing_id = ${listings.otherPublished} and position = 0`,
			otherDraft: sql`listing_id = ${listings.otherDraft} and position = 0`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[everyone, 'published'],
			['-    y    -    -    -    -    -    y    y', 'draft'],
			[everyone, 'otherPublished'],
			['-    -    -    y    y    -    -    -    y', 'otherDraft']
		],
		update: [
			['-    y    -    -    -    -    -    -    -', 'draft', change],
			['-    -    -    y    -    -    -    -    -', 'otherDraft', change],
			[nobody, 'published', change]
		],
		delete: [
			['-    y    -    -    -    -    -    -    -', 'draft'],
			['-    -    -    y    -    -    -    -    -', 'otherDraft'],
			[nobody, 'published']
		],
		insert: [
			[
				'-    y    -    -    -    -    -    -    -',
				'on the draft',
				(a) => sql`(${columns}) values (${values(listings.draft, a)})`
			],
			[
				'-    -    -    y    -    -    -    -    -',
				'on the other university’s draft',
				(a) => sql`(${columns}) values (${values(listings.otherDraft, a)})`
			],
			[nobody, 'on a published listing', (a) => sql`(${columns}) values (${values(listings.published, a)})`]
		]
	};
}

export const tableMatrix: Record<string, TableMatrix> = {
	'public.organizations': {
		rows: {
			jinyun: sql`id = ${org.jinyun}`,
			jialing: sql`id = ${org.jialing}`,
			company: sql`id = ${org.company}`,
			unverified: sql`id = ${org.unverifiedCompany}`
		},
		select: [
			[everyone, 'jinyun'],
			[everyone, 'jialing'],
			[everyone, 'company'],
			[everyone, 'unverified']
		],
		update: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    -    -    -    -    -    -    -    y', 'unverified', sql`verified = true`],
			['-    -    -    -    -    -    -    -    y', 'jialing', sql`public_notice_days = 20`],
			[nobody, 'company', sql`name_en = 'Renamed Ltd'`]
		],
		delete: [
			[nobody, 'company'],
			[nobody, 'jialing']
		],
		insert: [
			[nobody, 'a company', () => sql`(kind, name_zh, name_en) values ('company', '新公司', 'New Co')`],
			// Colleges are made by app.create_college only (admins, the university's officers; audited).
			[
				nobody,
				'a college',
				() => sql`(kind, parent_id, name_zh, name_en) values ('college', ${org.jinyun}, '新学院', 'New College')`
			]
		]
	},

	'public.profiles': {
		rows: Object.fromEntries(Object.entries(people).map(([actor, person]) => [actor, sql`id = ${person.id}`])),
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    y    -    -    -    -    -    -    y', 'res'],
			['-    -    y    -    -    -    -    -    y', 'col'],
			['-    -    -    y    -    -    -    -    y', 're2'],
			['-    -    -    -    y    -    -    -    y', 'of2'],
			['-    -    -    -    -    y    -    -    y', 'com'],
			['-    -    -    -    -    -    y    -    y', 'co2'],
			['-    -    -    -    -    -    -    y    y', 'off'],
			['-    -    -    -    -    -    -    -    y', 'adm']
		],
		update: [
			['-    y    -    -    -    -    -    -    y', 'res', sql`display_name = display_name || '·'`],
			['-    -    -    -    y    -    -    -    y', 'of2', sql`locale = 'en'`],
			['-    -    -    -    -    -    -    -    y', 'res', sql`role = 'company'`],
			['-    -    -    -    -    -    -    -    y', 'of2', sql`organization_id = ${org.jinyun}`],
			[nobody, 'adm', sql`role = 'officer'`],
			[nobody, 'res', sql`email = 'someone@example.com'`],
			// A membership moves only through app.decide_researcher_membership (tests/db/colleges.test.ts).
			[nobody, 'res', sql`membership_status = 'pending'`],
			[nobody, 're2', sql`membership_status = 'declined', membership_decline_reason = 'x'`]
		],
		delete: [[nobody, 'res']],
		insert: [
			[
				nobody,
				'a profile',
				() => sql`(id, role, display_name, email) values (${people.res.id}, 'admin', 'Mallory', 'mallory@example.com')`
			]
		]
	},

	'public.listings': {
		rows: {
			published: sql`id = ${listings.published}`,
			draft: sql`id = ${listings.draft}`,
			colleagueDraft: sql`id = ${listings.colleagueDraft}`,
			submitted: sql`id = ${listings.submitted}`,
			otherPublished: sql`id = ${listings.otherPublished}`,
			otherDraft: sql`id = ${listings.otherDraft}`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[everyone, 'published'],
			['-    y    -    -    -    -    -    y    y', 'draft'],
			['-    -    y    -    -    -    -    y    y', 'colleagueDraft'],
			['-    -    -    -    -    -    -    y    y', 'submitted'],
			[everyone, 'otherPublished'],
			['-    -    -    y    y    -    -    -    y', 'otherDraft']
		],
		update: [
			['-    y    -    -    -    -    -    -    -', 'draft', sql`title = title || '·'`],
			['-    -    y    -    -    -    -    -    -', 'colleagueDraft', sql`title = title || '·'`],
			['-    -    -    y    -    -    -    -    -', 'otherDraft', sql`title = title || '·'`],
			[nobody, 'published', sql`title = title || '·'`],
			[nobody, 'draft', sql`review_comment = 'self-review'`],
			[nobody, 'draft', sql`owner_id = ${people.col.id}`],
			['-    -    -    -    -    -    -    y    -', 'submitted', sql`status = 'published'`],
			[
				'-    -    -    -    -    -    -    y    -',
				'submitted',
				sql`status = 'changes_requested', review_comment = '请补充数据'`
			],
			['-    y    -    -    -    -    -    y    -', 'published', sql`status = 'archived'`],
			['-    -    -    y    y    -    -    -    -', 'otherPublished', sql`status = 'archived'`],
			[nobody, 'published', sql`status = 'draft'`]
		],
		delete: [
			['-    y    -    -    -    -    -    -    -', 'draft'],
			['-    -    y    -    -    -    -    -    -', 'colleagueDraft'],
			['-    -    -    y    -    -    -    -    -', 'otherDraft'],
			[nobody, 'published'],
			[nobody, 'submitted']
		],
		insert: [
			[
				'-    y    y    y    -    -    -    -    -',
				'a draft at their university',
				(a) => sql`(owner_id, institution_id) values (${idOf(a)}, ${universityOf(a)})`
			],
			[
				nobody,
				'a draft at another university',
				(a) => sql`(owner_id, institution_id) values (${idOf(a)}, ${otherUniversityOf(a)})`
			],
			[
				nobody,
				'a draft in a college of another university',
				(a) =>
					sql`(owner_id, institution_id, college_id) values (${idOf(a)}, ${universityOf(a)}, ${collegeElsewhere(a)})`
			],
			[
				nobody,
				'a draft in someone else’s name',
				(a) => sql`(owner_id, institution_id) values (${someoneElse(a)}, ${universityOf(a)})`
			]
		]
	},

	'public.patents': listingChild(
		sql`listing_id, position, application_number, patent_type, legal_status`,
		(listing) => sql`${listing}, 9, '201710601862.3', 'invention', 'pending'`,
		sql`title = title || '·'`
	),

	'public.listing_inventors': (() => {
		const matrix = listingChild(
			sql`listing_id, position, name, share, profile_id`,
			(listing) => sql`${listing}, 9, '王五', 1, null`,
			sql`name = name || '·'`
		);
		matrix.update.push([nobody, 'draft', sql`profile_id = ${people.re2.id}`]);
		matrix.insert.push(
			[
				'-    y    -    -    -    -    -    -    -',
				'on the draft, linking a colleague',
				() =>
					sql`(listing_id, position, name, share, profile_id) values (${listings.draft}, 9, '张卫国', 1, ${people.col.id})`
			],
			[
				nobody,
				'on the draft, linking a researcher of another university',
				() =>
					sql`(listing_id, position, name, share, profile_id) values (${listings.draft}, 9, '宋雅琴', 1, ${people.re2.id})`
			]
		);
		return matrix;
	})(),

	'public.listing_attachments': {
		rows: {
			publicImage: sql`id = ${attachments.publicImage}`,
			confidential: sql`id = ${attachments.confidential}`,
			onDraft: sql`id = ${attachments.onDraft}`,
			otherConfidential: sql`id = ${attachments.otherConfidential}`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[everyone, 'publicImage'],
			['-    y    -    -    -    -    -    y    -', 'confidential'],
			['-    y    -    -    -    -    -    y    y', 'onDraft'],
			['-    -    -    y    y    -    -    -    -', 'otherConfidential']
		],
		update: [
			['-    y    -    -    -    -    -    -    -', 'onDraft', sql`confidential = not confidential`],
			[nobody, 'publicImage', sql`confidential = not confidential`],
			[nobody, 'onDraft', sql`storage_key = 'authz/listing-confidential.pdf'`]
		],
		delete: [
			['-    y    -    -    -    -    -    -    -', 'onDraft'],
			[nobody, 'publicImage'],
			[nobody, 'otherConfidential']
		],
		insert: [
			[
				'-    y    -    -    -    -    -    -    -',
				'on the draft',
				(a) => sql`(listing_id, kind, file_name, content_type, size_bytes, storage_key)
					values (${listings.draft}, 'document', 'new.pdf', 'application/pdf', 1, ${`authz/new-${a}`})`
			],
			[
				nobody,
				'on a published listing',
				(a) => sql`(listing_id, kind, file_name, content_type, size_bytes, storage_key)
					values (${listings.published}, 'document', 'new.pdf', 'application/pdf', 1, ${`authz/new-${a}`})`
			]
		]
	},

	'public.saved_listings': {
		rows: { companySaved: sql`user_id = ${people.com.id} and listing_id = ${listings.published}` },
		select: [['-    -    -    -    -    y    -    -    -', 'companySaved']],
		update: [[nobody, 'companySaved', sql`created_at = now()`]],
		delete: [['-    -    -    -    -    y    -    -    -', 'companySaved']],
		insert: [
			[
				'-    y    y    y    y    y    y    y    y',
				'a published listing',
				(a) => sql`(user_id, listing_id) values (${idOf(a)}, ${listings.otherPublished})`
			],
			[
				'-    y    -    -    -    -    -    y    y',
				'a draft, if they can read it',
				(a) => sql`(user_id, listing_id) values (${idOf(a)}, ${listings.draft})`
			],
			[
				nobody,
				'in someone else’s name',
				(a) => sql`(user_id, listing_id) values (${someoneElse(a)}, ${listings.otherPublished})`
			]
		]
	},

	'public.needs': {
		rows: {
			open: sql`id = ${needs.open}`,
			otherOpen: sql`id = ${needs.otherOpen}`,
			closed: sql`id = ${needs.closed}`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[everyone, 'open'],
			[everyone, 'otherOpen'],
			['-    -    -    -    y    y    -    y    y', 'closed']
		],
		update: [
			['-    -    -    -    -    y    -    -    -', 'open', sql`title = title || '·'`],
			['-    -    -    -    -    -    y    -    -', 'otherOpen', sql`open = false`],
			['-    -    -    -    -    y    -    -    -', 'closed', sql`open = true`],
			[nobody, 'open', sql`company_id = ${org.otherCompany}`]
		],
		delete: [[nobody, 'open']],
		insert: [
			[
				'-    -    -    -    -    y    y    -    -',
				'for their company',
				(a) => sql`(company_id, author_id, title, problem, industry)
					values (${organizationOf(a)}, ${idOf(a)}, '新需求', '问题', 'other')`
			],
			[
				nobody,
				'for another company',
				(a) => sql`(company_id, author_id, title, problem, industry)
					values (${otherCompanyOf(a)}, ${idOf(a)}, '新需求', '问题', 'other')`
			],
			[
				nobody,
				'in someone else’s name',
				(a) => sql`(company_id, author_id, title, problem, industry)
					values (${organizationOf(a)}, ${someoneElse(a)}, '新需求', '问题', 'other')`
			]
		]
	},

	'public.interests': {
		rows: {
			converted: sql`id = ${interests.converted}`,
			toReview: sql`id = ${interests.toReview}`,
			declined: sql`id = ${interests.declined}`,
			otherConverted: sql`id = ${interests.otherConverted}`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[firstDealReaders, 'converted'],
			['-    y    -    -    -    y    -    y    -', 'toReview'],
			['-    y    -    -    -    y    -    y    -', 'declined'],
			[secondDealReaders, 'otherConverted']
		],
		update: [
			['-    -    -    -    -    -    -    y    -', 'toReview', sql`status = 'in_review'`],
			['-    -    -    -    -    -    -    y    -', 'toReview', sql`status = 'declined', decline_reason = 'price'`],
			['-    -    -    -    -    y    -    -    -', 'toReview', sql`status = 'withdrawn'`],
			[nobody, 'toReview', sql`status = 'converted'`],
			[nobody, 'converted', sql`status = 'in_review'`],
			[nobody, 'declined', sql`decline_note = '改写的拒绝说明'`],
			[nobody, 'declined', sql`decline_reason = 'price'`],
			[nobody, 'toReview', sql`message = 'edited'`]
		],
		delete: [[nobody, 'toReview']],
		insert: [
			[
				'-    -    -    -    -    y    y    -    -',
				'in a published listing',
				(a) => sql`(listing_id, company_id, created_by, idempotency_key, wanted_mode)
					values (${listings.withoutInterests}, ${organizationOf(a)}, ${idOf(a)}, ${crypto.randomUUID()}, 'option')`
			],
			[
				nobody,
				'in a draft',
				(a) => sql`(listing_id, company_id, created_by, idempotency_key, wanted_mode)
					values (${listings.draft}, ${organizationOf(a)}, ${idOf(a)}, ${crypto.randomUUID()}, 'option')`
			],
			[
				nobody,
				'for another company',
				(a) => sql`(listing_id, company_id, created_by, idempotency_key, wanted_mode)
					values (${listings.otherPublished}, ${otherCompanyOf(a)}, ${idOf(a)}, ${crypto.randomUUID()}, 'option')`
			]
		]
	},

	'public.deals': {
		rows: {
			first: sql`id = ${deals.first}`,
			firstOther: sql`id = ${deals.firstOther}`,
			second: sql`id = ${deals.second}`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[firstDealReaders, 'first'],
			['-    -    -    -    -    y    -    y    -', 'firstOther'],
			[secondDealReaders, 'second']
		],
		update: [
			['-    -    -    -    -    -    -    y    -', 'first', sql`next_action = '寄送样品'`],
			['-    -    -    -    y    -    -    -    -', 'second', sql`next_action = '寄送样品'`],
			['-    -    -    -    -    -    -    y    -', 'first', sql`stage = 'negotiation'`],
			[nobody, 'first', sql`stage = 'signed'`],
			[nobody, 'first', sql`officer_id = ${people.of2.id}`],
			[nobody, 'first', sql`company_id = ${org.otherCompany}`]
		],
		delete: [[nobody, 'first']],
		insert: [
			[
				'-    -    -    -    -    -    -    y    -',
				'from a new interest in a Jinyun listing',
				(a) => sql`(interest_id, officer_id) values (${interests.toReview}, ${idOf(a)})`
			],
			[
				'-    -    -    -    y    -    -    -    -',
				'from a new interest in a Jialing listing',
				(a) => sql`(interest_id, officer_id) values (${interests.otherNew}, ${idOf(a)})`
			],
			[
				nobody,
				'assigned to an officer of another university',
				() => sql`(interest_id, officer_id) values (${interests.toReview}, ${people.of2.id})`
			]
		]
	},

	// Public notices: read by everyone, written only by the deal triggers (frozen once made).
	'public.public_notices': {
		rows: {
			running: sql`deal_id = ${runningNoticeDeal}`,
			passed: sql`deal_id = ${passedNoticeDeal}`
		},
		select: [
			[everyone, 'running'],
			[everyone, 'passed']
		],
		update: [
			[nobody, 'running', sql`upfront_fee_fen = 1`],
			[nobody, 'running', sql`withdrawn_at = now()`]
		],
		delete: [[nobody, 'running']],
		insert: [
			[
				nobody,
				'a notice of its own',
				() => sql`(deal_id, institution_id, listing_id, listing_title, company_name_zh, mode, upfront_fee_fen, ends_at)
					select id, institution_id, listing_id, 'x', 'x', 'option', 1, now() + interval '20 days'
					from public.deals where id = ${deals.first}`
			]
		]
	},

	// Objections: anyone sends one to a running notice; only the university's officers read and resolve them.
	'public.notice_objections': {
		rows: {
			open: sql`address_hash = 'authz'`,
			dismissed: sql`address_hash = 'seed'`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    -    -    -    -    -    -    y    -', 'open'],
			['-    -    -    -    -    -    -    y    -', 'dismissed']
		],
		update: [
			['-    -    -    -    -    -    -    y    -', 'open', sql`status = 'dismissed', resolution = '价格经评估合理。'`],
			[nobody, 'dismissed', sql`status = 'upheld', resolution = '改判'`],
			[nobody, 'open', sql`name = '改名'`]
		],
		delete: [[nobody, 'open']],
		insert: [
			[
				everyone,
				'to the running notice',
				(a) => sql`(notice_id, name, contact, grounds, address_hash)
					select id, '某人', '13800000000', '理由', ${`authz-${a}`} from public.public_notices where deal_id = ${runningNoticeDeal}`
			],
			[
				nobody,
				'to the passed notice',
				(a) => sql`(notice_id, name, contact, grounds, address_hash)
					select id, '某人', '13800000000', '理由', ${`authz-${a}`} from public.public_notices where deal_id = ${passedNoticeDeal}`
			]
		]
	},

	'public.interest_messages': {
		rows: { toReview: sql`interest_id = ${interests.toReview}` },
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    y    -    -    -    y    -    y    -', 'toReview']
		],
		update: [[nobody, 'toReview', sql`body = 'edited'`]],
		delete: [[nobody, 'toReview']],
		insert: [
			[
				'-    -    -    -    -    y    -    -    -',
				'to the demo company’s open interest',
				(a) => sql`(interest_id, author_id, idempotency_key, body)
					values (${interests.toReview}, ${idOf(a)}, ${crypto.randomUUID()}, '补充')`
			],
			[
				'-    -    -    -    -    -    y    -    -',
				'to the other company’s open interest',
				(a) => sql`(interest_id, author_id, idempotency_key, body)
					values (${interests.otherNew}, ${idOf(a)}, ${crypto.randomUUID()}, '补充')`
			],
			[
				nobody,
				'to a declined interest',
				(a) => sql`(interest_id, author_id, idempotency_key, body)
					values (${interests.declined}, ${idOf(a)}, ${crypto.randomUUID()}, '补充')`
			],
			[
				nobody,
				'in someone else’s name',
				(a) => sql`(interest_id, author_id, idempotency_key, body)
					values (${interests.toReview}, ${someoneElse(a)}, ${crypto.randomUUID()}, '补充')`
			]
		]
	},

	'public.deal_messages': {
		rows: {
			first: sql`deal_id = ${deals.first} and author_id = ${people.com.id}`,
			second: sql`deal_id = ${deals.second}`
		},
		select: [
			[firstDealReaders, 'first'],
			[secondDealReaders, 'second']
		],
		update: [[nobody, 'first', sql`body = 'edited'`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				firstDealReaders,
				'in the first deal',
				(a) => sql`(deal_id, author_id, idempotency_key, body)
					values (${deals.first}, ${idOf(a)}, ${crypto.randomUUID()}, '你好')`
			],
			[
				secondDealReaders,
				'in the second deal',
				(a) => sql`(deal_id, author_id, idempotency_key, body)
					values (${deals.second}, ${idOf(a)}, ${crypto.randomUUID()}, '你好')`
			],
			[
				nobody,
				'in someone else’s name',
				(a) => sql`(deal_id, author_id, idempotency_key, body)
					values (${deals.first}, ${someoneElse(a)}, ${crypto.randomUUID()}, '你好')`
			]
		]
	},

	'public.deal_documents': {
		rows: { first: sql`id = ${dealDocuments.first}`, second: sql`id = ${dealDocuments.second}` },
		select: [
			[firstDealReaders, 'first'],
			[secondDealReaders, 'second']
		],
		update: [[nobody, 'first', sql`file_name = 'renamed.pdf'`]],
		delete: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    -    -    -    -    y    -    -    -', 'first'],
			['-    -    -    -    -    -    y    -    -', 'second']
		],
		insert: [
			[
				firstDealReaders,
				'in the first deal',
				(a) => sql`(deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
					values (${deals.first}, ${idOf(a)}, 'n.pdf', 'application/pdf', 1, ${`authz/document-${a}`})`
			],
			[
				secondDealReaders,
				'in the second deal',
				(a) => sql`(deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
					values (${deals.second}, ${idOf(a)}, 'n.pdf', 'application/pdf', 1, ${`authz/document-${a}`})`
			],
			[
				nobody,
				'in someone else’s name',
				(a) => sql`(deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
					values (${deals.first}, ${someoneElse(a)}, 'n.pdf', 'application/pdf', 1, ${`authz/document-${a}`})`
			]
		]
	},

	'public.deal_events': {
		rows: {
			first: sql`deal_id = ${deals.first} and kind = 'created'`,
			second: sql`deal_id = ${deals.second} and kind = 'created'`
		},
		select: [
			[firstDealReaders, 'first'],
			[secondDealReaders, 'second']
		],
		update: [[nobody, 'first', sql`after = '{}'`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'an event', () => sql`(deal_id, kind) values (${deals.first}, 'stage')`]]
	},

	'public.notifications': {
		rows: {
			researcher: sql`id = ${researcherNotification}`,
			otherCompany: firstOf('notifications', sql`user_id = ${people.co2.id}`),
			otherOfficer: firstOf('notifications', sql`user_id = ${people.of2.id}`)
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    y    -    -    -    -    -    -    -', 'researcher'],
			['-    -    -    -    -    -    y    -    -', 'otherCompany'],
			['-    -    -    -    y    -    -    -    -', 'otherOfficer']
		],
		update: [
			['-    y    -    -    -    -    -    -    -', 'researcher', sql`read_at = now()`],
			['-    -    -    -    -    -    y    -    -', 'otherCompany', sql`read_at = now()`],
			[nobody, 'researcher', sql`message = 'edited'`]
		],
		delete: [[nobody, 'researcher']],
		insert: [[nobody, 'a notification', (a) => sql`(user_id, kind) values (${idOf(a)}, 'listing_published')`]]
	},

	'public.realtime_events': {
		rows: {
			researcher: firstOf('realtime_events', sql`topic = ${`user:${people.res.id}`}`),
			firstDeal: firstOf('realtime_events', sql`topic = ${`deal:${deals.first}`}`),
			jinyun: firstOf('realtime_events', sql`topic = ${`institution:${org.jinyun}`}`),
			secondDeal: firstOf('realtime_events', sql`topic = ${`deal:${deals.second}`}`),
			jialing: firstOf('realtime_events', sql`topic = ${`institution:${org.jialing}`}`)
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    y    -    -    -    -    -    -    -', 'researcher'],
			[firstDealReaders, 'firstDeal'],
			['-    -    -    -    -    -    -    y    -', 'jinyun'],
			[secondDealReaders, 'secondDeal'],
			['-    -    -    -    y    -    -    -    -', 'jialing']
		],
		update: [[nobody, 'firstDeal', sql`kind = 'message'`]],
		delete: [[nobody, 'firstDeal']],
		insert: [[nobody, 'an event', (a) => sql`(topic, kind) values (${`user:${idOf(a)}`}, 'notification')`]]
	},

	'public.audit_events': {
		rows: { verification: sql`entity_id = ${org.jialing}` },
		select: [['-    -    -    -    -    -    -    -    y', 'verification']],
		update: [[nobody, 'verification', sql`action = 'nothing'`]],
		delete: [[nobody, 'verification']],
		insert: [[nobody, 'an entry', () => sql`(action, entity_type, entity_id) values ('forged', 'organizations', 'x')`]]
	},

	'public.team_invitations': {
		// The demo company's waiting invitation (supabase/seed.sql, "company teams"): its members
		// read it; every write goes through app.invite_to_team and the other team functions.
		rows: { waiting: sql`id = '00000000-0000-4000-8050-000000000002'` },
		select: [['-    -    -    -    -    y    -    -    -', 'waiting']],
		update: [[nobody, 'waiting', sql`revoked_at = now()`]],
		delete: [[nobody, 'waiting']],
		insert: [
			[
				nobody,
				'an invitation to the actor’s organisation',
				(a) => sql`(organization_id, token_hash) values (${organizationOf(a)}, ${'c'.repeat(64)})`
			]
		]
	},

	'public.sessions': {
		rows: { researcher: sql`id = ${'a'.repeat(64)}`, company: sql`id = ${'b'.repeat(64)}` },
		select: [
			['-    y    -    -    -    -    -    -    -', 'researcher'],
			['-    -    -    -    -    y    -    -    -', 'company']
		],
		update: [[nobody, 'researcher', sql`expires_at = now() + interval '10 years'`]],
		delete: [[nobody, 'company']],
		insert: [
			[
				nobody,
				'a session',
				(a) => sql`(id, user_id, expires_at) values (${'c'.repeat(64)}, ${idOf(a)}, now() + interval '1 day')`
			]
		]
	},

	'public.local_credentials': {
		rows: { researcher: sql`user_id = ${people.res.id}` },
		select: [[nobody, 'researcher']],
		update: [[nobody, 'researcher', sql`password_hash = 'known'`]],
		delete: [[nobody, 'researcher']],
		insert: [
			[
				nobody,
				'credentials',
				() => sql`(user_id, email, password_hash) values (${people.res.id}, 'x@example.com', 'known')`
			]
		]
	},

	'public.login_throttle': {
		rows: { address: sql`key = 'ip:203.0.113.9'` },
		select: [[nobody, 'address']],
		update: [[nobody, 'address', sql`failures = 0`]],
		delete: [[nobody, 'address']],
		insert: [[nobody, 'a key', () => sql`(key, failures, window_started_at) values ('ip:198.51.100.1', 0, now())`]]
	},

	'app.search_words': {
		rows: { battery: sql`word = 'battery'` },
		select: [[nobody, 'battery']],
		update: [[nobody, 'battery', sql`word = 'batteries'`]],
		delete: [[nobody, 'battery']],
		insert: [[nobody, 'a word', () => sql`(word) values ('zzzz')`]]
	},

	'app.search_han_trigrams': {
		rows: { graphene: sql`trigram = '石墨烯'` },
		select: [[nobody, 'graphene']],
		update: [[nobody, 'graphene', sql`trigram = '石墨稀'`]],
		delete: [[nobody, 'graphene']],
		insert: [[nobody, 'a trigram', () => sql`(trigram) values ('测试词')`]]
	},

	// Raised only by the security-definer triggers; read by the server on its owner connection.
	'app.public_content': {
		rows: { counter: sql`only_row` },
		select: [[nobody, 'counter']],
		update: [[nobody, 'counter', sql`version = 0`]],
		delete: [[nobody, 'counter']],
		insert: [[nobody, 'a second counter', () => sql`(only_row, version) values (true, 1)`]]
	},
	// The IPC → industry table of the navigation map: read only inside app.navigation_counts.
	'app.ipc_industries': {
		rows: { batteries: sql`prefix = 'H01M'` },
		select: [[nobody, 'batteries']],
		update: [[nobody, 'batteries', sql`industry = 'other'`]],
		delete: [[nobody, 'batteries']],
		insert: [[nobody, 'a new prefix', () => sql`(prefix, industry) values ('D06', 'other')`]]
	},

	// Alert choices (20261214000000_outbound_messages.sql): each user's own, nobody else's.
	'public.alert_preferences': {
		rows: { companyDigest: sql`user_id = ${people.com.id} and topic = 'saved_searches' and channel = 'email'` },
		select: [['-    -    -    -    -    y    -    -    -', 'companyDigest']],
		update: [['-    -    -    -    -    y    -    -    -', 'companyDigest', sql`frequency = 'weekly'`]],
		delete: [['-    -    -    -    -    y    -    -    -', 'companyDigest']],
		insert: [
			[
				'-    y    y    y    y    y    y    y    y',
				'their own',
				(a) => sql`(user_id, topic, channel, frequency) values (${idOf(a)}, 'deals', 'push', 'never')`
			],
			[
				nobody,
				'someone else’s',
				(a) => sql`(user_id, topic, channel, frequency) values (${someoneElse(a)}, 'deals', 'push', 'never')`
			]
		]
	},
	'public.alert_settings': {
		rows: { companyQuiet: sql`user_id = ${people.com.id}` },
		select: [['-    -    -    -    -    y    -    -    -', 'companyQuiet']],
		update: [['-    -    -    -    -    y    -    -    -', 'companyQuiet', sql`quiet_from = '23:00'`]],
		delete: [['-    -    -    -    -    y    -    -    -', 'companyQuiet']],
		insert: [
			[
				'-    y    y    y    y    y    y    y    y',
				'their own (the company user changes theirs)',
				(a) =>
					sql`(user_id, quiet_from, quiet_until) values (${idOf(a)}, '22:00', '07:00')
					    on conflict (user_id) do update set quiet_from = excluded.quiet_from`
			],
			[
				nobody,
				'someone else’s',
				(a) =>
					sql`(user_id, quiet_from, quiet_until) values (${a === 'adm' ? people.off.id : people.adm.id}, '22:00', '07:00')`
			]
		]
	},
	// Devices with web push (20261214300000_push_subscriptions.sql): each user sees and removes their
	// own; rows are written only by app.save_push_subscription and the push worker.
	'public.push_subscriptions': {
		rows: { companyPhone: sql`endpoint = 'https://fcm.googleapis.com/fcm/send/authz-company'` },
		select: [['-    -    -    -    -    y    -    -    -', 'companyPhone']],
		update: [[nobody, 'companyPhone', sql`label = 'Firefox · Linux'`]],
		delete: [['-    -    -    -    -    y    -    -    -', 'companyPhone']],
		insert: [
			[
				nobody,
				'a device of their own',
				(a) => sql`(user_id, endpoint, p256dh, auth) values (${idOf(a)}, 'https://fcm.googleapis.com/fcm/send/direct',
					${'B' + 'A'.repeat(86)}, ${'A'.repeat(22)})`
			]
		]
	},
	// Saved searches (20261214100000_saved_searches.sql): each user's own, nobody else's; only the name changes.
	'public.saved_searches': {
		rows: { companySearch: sql`id = '00000000-0000-4000-9050-000000000001'` },
		select: [['-    -    -    -    -    y    -    -    -', 'companySearch']],
		update: [
			['-    -    -    -    -    y    -    -    -', 'companySearch', sql`name = '新名称'`],
			[nobody, 'companySearch', sql`query = 'q=x'`]
		],
		delete: [['-    -    -    -    -    y    -    -    -', 'companySearch']],
		insert: [
			[
				'-    y    y    y    y    y    y    y    y',
				'their own',
				(a) => sql`(user_id, name, query) values (${idOf(a)}, '矩阵', 'q=matrix')`
			],
			[nobody, 'someone else’s', (a) => sql`(user_id, name, query) values (${someoneElse(a)}, '矩阵', 'q=matrix')`]
		]
	},
	// Messages leaving by email and push (20261214000000_outbound_messages.sql): addresses and what was
	// said to whom, read and written only by the server's own connection (its delivery workers).
	'app.outbound_messages': {
		rows: { first: sql`id = (select min(x.id) from app.outbound_messages x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`sent_at = now()`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'a message', () => sql`(channel, user_id, kind) values ('email', auth.uid(), 'notification')`]]
	},

	// Digests claimed (20261214100400_alert_digests.sql): the digest job's own, on the server's connection.
	'app.alert_digests': {
		rows: { claimed: sql`user_id = ${people.com.id} and frequency = 'daily'` },
		select: [[nobody, 'claimed']],
		update: [[nobody, 'claimed', sql`frequency = 'weekly'`]],
		delete: [[nobody, 'claimed']],
		insert: [
			[
				nobody,
				'a claim',
				() => sql`(user_id, channel, frequency, period_start) values (auth.uid(), 'email', 'daily', now())`
			]
		]
	},

	// The navigation map's facts and counters (20261213300000_navigation_counted_ahead.sql): written
	// only by its security-definer triggers, read only inside app.navigation_counts and _listings.
	'app.navigation_patent_facts': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.navigation_patent_facts x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`state = 'available'`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				nobody,
				'a patent',
				() =>
					sql`(university_id, application_number, industry, state) values (${org.jinyun}, '202699999999.0', 'other', 'available')`
			]
		]
	},
	'app.navigation_node_counts': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.navigation_node_counts x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`patents = 0`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				nobody,
				'a node',
				() => sql`(node, industry, dimension, key, state, patents) values ('Z', 'other', 'ipc', 'Z', 'available', 1)`
			]
		]
	},

	// The office metrics' summary (20261212200000_office_metrics_counts.sql): written only by its
	// security-definer triggers, read only inside the app.metrics_* figure functions.
	'app.metrics_listing_facts': {
		rows: { published: sql`listing_id = ${listings.published}` },
		select: [[nobody, 'published']],
		update: [[nobody, 'published', sql`interests = 0`]],
		delete: [[nobody, 'published']],
		insert: [[nobody, 'a listing', () => sql`(listing_id, institution_id) values (gen_random_uuid(), ${org.jinyun})`]]
	},
	'app.metrics_listing_counts': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.metrics_listing_counts x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`listings = 0`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'a year', () => sql`(institution_id, year) values (${org.jinyun}, 1999)`]]
	},
	'app.metrics_stage_spells': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.metrics_stage_spells x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`days = 0`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				nobody,
				'a spell',
				() =>
					sql`(event_id, deal_id, institution_id, year, days) values (-1, gen_random_uuid(), ${org.jinyun}, 1999, 1)`
			]
		]
	},
	'app.metrics_signed_counts': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.metrics_signed_counts x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`deals = 0`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'a year', () => sql`(institution_id, year, mode) values (${org.jinyun}, 1999, 'option')`]]
	},
	'app.metrics_income': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.metrics_income x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`fen = 0`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'a year', () => sql`(institution_id, year) values (${org.jinyun}, 1999)`]]
	},
	'app.metrics_licence_changes': {
		rows: { first: sql`ctid = (select min(x.ctid) from app.metrics_licence_changes x)` },
		select: [[nobody, 'first']],
		update: [[nobody, 'first', sql`change = 0`]],
		delete: [[nobody, 'first']],
		insert: [[nobody, 'a year', () => sql`(institution_id, year) values (${org.jinyun}, 1999)`]]
	},

	// Closing a deal (issue #19). The standard NDA terms are read by every signed-in user and
	// published by the university's officers; never changed, only superseded by a new version.
	'public.nda_terms': {
		rows: { jinyun: sql`institution_id = ${org.jinyun} and version = 1` },
		select: [['-    y    y    y    y    y    y    y    y', 'jinyun']],
		update: [[nobody, 'jinyun', sql`body_zh = '改'`]],
		delete: [[nobody, 'jinyun']],
		insert: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    -    -    y    -',
				"Jinyun's next version",
				() => sql`(institution_id, body_zh, body_en) values (${org.jinyun}, '新条款', 'New terms')`
			]
		]
	},

	// Reward policies (issue #20): the university's members read them, its officers and admins
	// publish the next version; versions are never changed or deleted.
	'public.reward_policies': {
		rows: { jinyun: sql`institution_id = ${org.jinyun} and version = 1` },
		select: [['-    y    y    -    -    -    -    y    y', 'jinyun']],
		update: [[nobody, 'jinyun', sql`note = '改'`]],
		delete: [[nobody, 'jinyun']],
		insert: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    -    -    y    y',
				"Jinyun's next version",
				() => sql`(institution_id, version, effective_on, transfer_inventors, transfer_college, transfer_university,
					transfer_office, equity_inventors, equity_college, equity_university, equity_office, own_inventors, own_college,
					own_university, own_office, submission_key) values (${org.jinyun}, 3, current_date + 1, 60, 10, 20, 10,
					60, 10, 20, 10, 10, 20, 60, 10, gen_random_uuid())`
			]
		]
	},

	// One NDA per deal, append-only; the company accepts the current terms of a deal at the NDA stage.
	'public.deal_ndas': {
		rows: { first: sql`deal_id = ${deals.first}` },
		select: [[firstDealReaders, 'first']],
		update: [[nobody, 'first', sql`recorded_at = now()`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    y    -    -    -',
				'an acceptance in the deal at its NDA stage',
				() => sql`(deal_id, kind, terms_id) values (${deals.firstOther}, 'accepted',
					(select id from public.nda_terms where institution_id = ${org.jinyun} and version = 1))`
			],
			[
				nobody,
				'an acceptance in a deal still at inquiry',
				() => sql`(deal_id, kind, terms_id) values (${deals.second}, 'accepted',
					(select id from public.nda_terms where institution_id = ${org.jinyun} and version = 1))`
			]
		]
	},

	// Built by the signing trigger; the university's officers record or waive them.
	'public.deal_filings': {
		rows: { recordal: sql`deal_id = ${signedDeal} and kind = 'licence_recordal'` },
		select: [['-    -    y    -    -    y    -    y    -', 'recordal']],
		update: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    -    -    y    -',
				'recordal',
				sql`status = 'waived', waive_reason = '不需要'`
			]
		],
		delete: [[nobody, 'recordal']],
		insert: [
			[
				nobody,
				'a filing',
				() => sql`(deal_id, kind, due_on) values (${signedDeal}, 'share_registration', '2027-01-01')`
			]
		]
	},

	// Income (issue #20). The schedule is the signing trigger's; milestones are terms, frozen from
	// the public notice on; reports are the company's, receipts and the rest the officers'. The
	// company never reads deductions, lines or payouts; an inventor only their own lines.
	'public.payment_schedule_lines': {
		rows: {
			upfront: sql`deal_id = ${incomeDeal} and kind = 'upfront'`,
			// The colleague is an inventor of the signed licence's listing.
			signedUpfront: sql`deal_id = ${signedDeal} and kind = 'upfront'`
		},
		select: [
			[incomeReaders, 'upfront'],
			['-    -    y    -    -    y    -    y    y', 'signedUpfront']
		],
		update: [[nobody, 'upfront', sql`amount_fen = 1`]],
		delete: [[nobody, 'upfront']],
		insert: [
			[nobody, 'a line', () => sql`(deal_id, kind, position, amount_fen) values (${incomeDeal}, 'upfront', 99, 100)`]
		]
	},

	'public.deal_milestones': {
		rows: { first: sql`deal_id = ${incomeDeal} and position = 0` },
		select: [[incomeReaders, 'first']],
		// Signed: frozen even for the officer (ZQ003).
		update: [[nobody, 'first', sql`description = '改'`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				officerOnly,
				'a milestone of a deal in evaluation',
				() =>
					sql`(deal_id, position, description, amount_fen, due_on) values (${deals.first}, 0, '样品验收', 100000, '2027-06-30')`
			]
		]
	},

	'public.royalty_reports': {
		rows: { first: sql`idempotency_key = '00000000-0000-4000-8009-000000000101'` },
		select: [[receiptReaders, 'first']],
		update: [[nobody, 'first', sql`stated_royalty_fen = 1`]],
		delete: [[nobody, 'first']],
		insert: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    y    -    -    -',
				"the signed licence's first quarter",
				() => sql`(deal_id, schedule_line_id, sales_fen, stated_royalty_fen, idempotency_key) values (${signedDeal},
					coalesce((select id from public.payment_schedule_lines where deal_id = ${signedDeal} and kind = 'royalty'
					order by position limit 1), gen_random_uuid()), 100000, 2500, gen_random_uuid())`
			]
		]
	},

	// Open licences (issue #21): public once announced; drafts and every write the university's officers'.
	'public.open_licence_declarations': {
		rows: {
			announced: sql`id = '00000000-0000-4000-800b-000000000002'`,
			draft: sql`id = '00000000-0000-4000-800b-000000000003'`
		},
		select: [
			[everyone, 'announced'],
			['-    -    -    -    -    -    -    y    -', 'draft']
		],
		update: [
			// Terms are frozen from submission on, for everyone (ZQ324).
			[nobody, 'announced', sql`contact = '改'`],
			['-    -    -    -    -    -    -    y    -', 'draft', sql`contact = '改'`],
			[nobody, 'draft', sql`created_by = null`],
			[nobody, 'draft', sql`submitted_on = current_date`]
		],
		delete: [
			[nobody, 'announced'],
			['-    -    -    -    -    -    -    y    -', 'draft']
		],
		insert: [
			[
				//anon res  col  re2  of2  com  co2  off  adm
				'-    -    -    -    -    -    -    y    -',
				'a draft of a Jinyun patent',
				() => sql`(patent_id, fee_basis, lump_sum_fen, payment_method, term_months, contact, creation_key)
					values ((select id from public.patents where application_number = '202210739077.5'), 'lump_sum', 100,
					'一次付清', 12, '联系人', gen_random_uuid())`
			]
		]
	},

	'public.receipts': {
		rows: { distributed: sql`id = ${distributedReceipt}` },
		select: [[receiptReaders, 'distributed']],
		update: [
			[nobody, 'distributed', sql`amount_fen = 1`],
			[nobody, 'distributed', sql`distribution_approved_at = null`]
		],
		delete: [[nobody, 'distributed']],
		insert: [
			[
				officerOnly,
				// The milestone is still unpaid (the upfront fees are received in full: nobody may add to them).
				"against the income deal's first milestone",
				() => sql`(deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key) values (${incomeDeal},
					coalesce((select id from public.payment_schedule_lines where deal_id = ${incomeDeal} and kind = 'milestone'
					order by position limit 1), gen_random_uuid()), 100, current_date - 1, 'CMB-1', gen_random_uuid())`
			]
		]
	},

	'public.receipt_deductions': {
		rows: { patentFees: sql`idempotency_key = '00000000-0000-4000-8009-000000000301'` },
		select: [[auditors, 'patentFees']],
		update: [[nobody, 'patentFees', sql`amount_fen = 1`]],
		// Its receipt's distribution is approved: not even the officer (ZQ304).
		delete: [[nobody, 'patentFees']],
		insert: [
			[
				officerOnly,
				'on the receipt waiting for approval',
				() =>
					sql`(receipt_id, kind, amount_fen, note, idempotency_key) values (${pendingReceipt}, 'taxes', 100, '', gen_random_uuid())`
			]
		]
	},

	'public.distribution_lines': {
		rows: {
			researcher: sql`id = ${inventorLine(0)}`,
			coInventor: sql`id = ${inventorLine(1)}`,
			office: sql`receipt_id = ${distributedReceipt} and recipient = 'office'`
		},
		select: [
			['-    y    -    -    -    -    -    y    y', 'researcher'],
			[auditors, 'coInventor'],
			[auditors, 'office']
		],
		update: [[nobody, 'researcher', sql`amount_fen = 0`]],
		delete: [[nobody, 'office']],
		insert: [
			[
				nobody,
				'a line',
				() => sql`(receipt_id, deal_id, recipient, amount_fen, policy_id, approval_key) values (${pendingReceipt},
					${incomeDeal}, 'office', 1, gen_random_uuid(), gen_random_uuid())`
			]
		]
	},

	'public.distribution_payouts': {
		rows: { researcher: sql`distribution_line_id = ${inventorLine(0)}` },
		select: [['-    y    -    -    -    -    -    y    y', 'researcher']],
		update: [[nobody, 'researcher', sql`reference = '改'`]],
		delete: [[nobody, 'researcher']],
		insert: [
			[
				officerOnly,
				"the co-inventor's line",
				() =>
					sql`(distribution_line_id, paid_on, reference) values (coalesce(${inventorLine(1)}, -1), current_date - 1, '发放')`
			]
		]
	},

	// Express licences (issue #21): the university's officers create templates, publish versions and
	// mark its published listings; everyone reads them (the listing page shows the standard terms);
	// a published version never changes.
	'public.licence_templates': {
		rows: { jinyun: sql`id = ${expressTemplate}` },
		select: [[everyone, 'jinyun']],
		update: [[nobody, 'jinyun', sql`name = '改'`]],
		delete: [[nobody, 'jinyun']],
		insert: [
			[
				officerOnly,
				'a template of Jinyun',
				() => sql`(institution_id, name, creation_key) values (${org.jinyun}, '新模板', gen_random_uuid())`
			]
		]
	},

	'public.licence_template_versions': {
		rows: { latest: sql`template_id = ${expressTemplate} and version = 2` },
		select: [[everyone, 'latest']],
		update: [[nobody, 'latest', sql`royalty_percent = 9`]],
		delete: [[nobody, 'latest']],
		insert: [
			[
				officerOnly,
				'the next version',
				() => sql`(template_id, version, mode, upfront_fee_fen, term_months, creation_key)
					values (${expressTemplate}, 3, 'non_exclusive_license', 0, 12, gen_random_uuid())`
			]
		]
	},

	// No actor is an agency's staff: they alone may write these (with verification or without),
	// which tests/db/agencies.test.ts checks as the demo's provider accounts.
	'public.agency_profiles': {
		rows: { verified: sql`organization_id = ${valuationFirm}`, unverified: sql`organization_id = ${unverifiedBroker}` },
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			[everyone, 'verified'],
			[adminOnly, 'unverified']
		],
		update: [
			[nobody, 'verified', sql`turnaround_days = 10`],
			[nobody, 'unverified', sql`summary_zh = '改写'`]
		],
		delete: [[nobody, 'verified']],
		insert: [
			[
				nobody,
				'a profile for a company',
				(a) => sql`(organization_id, agency_type) values (${organizationOf(a)}, 'law_firm')`
			]
		]
	},

	'public.agency_universities': {
		rows: {
			verified: sql`agency_id = ${valuationFirm} and university_id = ${org.jinyun}`,
			unverified: sql`agency_id = ${unverifiedBroker} and university_id = ${org.jialing}`
		},
		select: [
			[everyone, 'verified'],
			[adminOnly, 'unverified']
		],
		update: [[nobody, 'verified', sql`university_id = ${org.jialing}`]],
		delete: [
			[nobody, 'verified'],
			[nobody, 'unverified']
		],
		insert: [
			[
				nobody,
				'Jialing for the valuation firm',
				() => sql`(agency_id, university_id) values (${valuationFirm}, ${org.jialing})`
			]
		]
	},

	'public.express_listings': {
		rows: { riceFish: sql`listing_id = ${expressListing}` },
		select: [[everyone, 'riceFish']],
		update: [[officerOnly, 'riceFish', sql`template_id = ${expressTemplate}`]],
		delete: [[officerOnly, 'riceFish']],
		insert: [
			[
				officerOnly,
				'a published listing of Jinyun',
				() => sql`(listing_id, template_id) values ('00000000-0000-4000-8001-000000000050', ${expressTemplate})`
			]
		]
	},

	// Valuations (issue #22): read by the requester (and company colleagues), the patents'
	// universities' officers and the firm's staff (no actor here); written only through the
	// SECURITY DEFINER functions (tests/db/valuations.test.ts), never the tables. The seed's
	// delivered valuation is the demo company's, of a Jinyun patent.
	'public.valuation_requests': {
		rows: { delivered: sql`id = ${deliveredValuation}`, attached: sql`id = ${attachedValuation}` },
		select: [
			[valuationReaders, 'delivered'],
			[attachedReaders, 'attached']
		],
		update: [[nobody, 'delivered', sql`notes = '改'`]],
		delete: [[nobody, 'delivered']],
		insert: [
			[
				nobody,
				'a request of the demo firm',
				(actor) => sql`(requester_id, requester_role, firm_id, purpose, preferred_method, creation_key)
					values (${idOf(actor)}, 'company', ${valuationFirm}, 'pledge_loan', 'income', gen_random_uuid())`
			]
		]
	},
	'public.valuation_patents': {
		rows: { delivered: sql`valuation_id = ${deliveredValuation}` },
		select: [[valuationReaders, 'delivered']],
		update: [[nobody, 'delivered', sql`title = '改'`]],
		delete: [[nobody, 'delivered']],
		insert: [
			[
				nobody,
				'another patent',
				() => sql`(valuation_id, patent_id, institution_id, application_number)
					select ${deliveredValuation}, id, ${org.jinyun}, application_number from public.patents
					where listing_id = ${listings.published} limit 1`
			]
		]
	},
	// A valuation attached to a deal is read by the deal's participants too: attaching is sharing.
	// Written only through app.attach_valuation_to_deal (tests/db/deal-valuations.test.ts).
	'public.deal_valuations': {
		rows: { attached: sql`valuation_id = ${attachedValuation}` },
		select: [[attachedReaders, 'attached']],
		update: [[nobody, 'attached', sql`attached_at = now()`]],
		delete: [[nobody, 'attached']],
		insert: [
			[
				nobody,
				'the delivered valuation to the first deal',
				() => sql`(deal_id, valuation_id) values (${deals.first}, ${deliveredValuation})`
			]
		]
	},
	'public.valuation_events': {
		rows: { delivered: firstOf('valuation_events', sql`valuation_id = ${deliveredValuation}`) },
		select: [[valuationReaders, 'delivered']],
		update: [[nobody, 'delivered', sql`reason = '改'`]],
		delete: [[nobody, 'delivered']],
		insert: [[nobody, 'an event', () => sql`(valuation_id, status) values (${deliveredValuation}, 'delivered')`]]
	},

	// Service cases (issue #22): read by the requester's side, the agency's staff and the named
	// patents' universities' officers; the case, its patents and events written only through the
	// SECURITY DEFINER functions (tests/db/service-cases.test.ts); messages and documents by the
	// two sides, as themselves.
	// Proposals answering needs (seed: 李明远's submitted one to the demo company's need, 刘思远's
	// shortlisted one): their researcher, the university's officers and the need's company read
	// them; every write goes through app.submit_need_proposal and its siblings.
	'public.need_proposals': {
		rows: {
			own: sql`id = '00000000-0000-4000-8040-000000000001'`,
			colleagues: sql`id = '00000000-0000-4000-8040-000000000002'`
		},
		select: [
			//anon res  col  re2  of2  com  co2  off  adm
			['-    y    -    -    -    y    -    y    -', 'own'],
			['-    -    -    -    -    y    -    y    -', 'colleagues']
		],
		update: [
			[nobody, 'own', sql`status = 'shortlisted'`],
			[nobody, 'own', sql`approach = '改'`]
		],
		delete: [[nobody, 'own']],
		insert: [
			[
				nobody,
				'a proposal of their own',
				(actor) => sql`(need_id, researcher_id, institution_id, submitted_by, creation_key, approach)
					values (${needs.open}, ${idOf(actor)}, ${universityOf(actor)}, ${idOf(actor)}, gen_random_uuid(), '方案')`
			]
		]
	},
	'public.need_proposal_listings': {
		rows: { own: sql`proposal_id = '00000000-0000-4000-8040-000000000001' and position = 0` },
		select: [['-    y    -    -    -    y    -    y    -', 'own']],
		update: [[nobody, 'own', sql`position = 3`]],
		delete: [[nobody, 'own']],
		insert: [
			[
				nobody,
				'a listing named in a proposal',
				() => sql`(proposal_id, listing_id, position)
					values ('00000000-0000-4000-8040-000000000001', '00000000-0000-4000-8001-000000000002', 2)`
			]
		]
	},
	'public.service_cases': {
		rows: { quoted: sql`id = ${quotedCase}` },
		select: [[caseReaders, 'quoted']],
		update: [[nobody, 'quoted', sql`scope = '改'`]],
		delete: [[nobody, 'quoted']],
		insert: [
			[
				nobody,
				'a case of the demo agency',
				(actor) => sql`(requester_id, requester_role, agency_id, service, scope, deadline, creation_key)
					values (${idOf(actor)}, 'company', '00000000-0000-4000-8000-000000000401', 'fto_search', '检索',
					        current_date + 9, gen_random_uuid())`
			]
		]
	},
	'public.service_case_patents': {
		rows: { quoted: sql`case_id = ${quotedCase}` },
		select: [[caseReaders, 'quoted']],
		update: [[nobody, 'quoted', sql`title = '改'`]],
		delete: [[nobody, 'quoted']],
		insert: [
			[
				nobody,
				'another patent',
				() => sql`(case_id, patent_id, institution_id, application_number)
					select ${quotedCase}, id, ${org.jinyun}, application_number from public.patents
					where listing_id = ${listings.published} limit 1`
			]
		]
	},
	'public.service_case_events': {
		rows: { quoted: firstOf('service_case_events', sql`case_id = ${quotedCase}`) },
		select: [[caseReaders, 'quoted']],
		update: [[nobody, 'quoted', sql`note = '改'`]],
		delete: [[nobody, 'quoted']],
		insert: [[nobody, 'an event', () => sql`(case_id, status) values (${quotedCase}, 'closed')`]]
	},
	'public.service_case_messages': {
		rows: { quoted: firstOf('service_case_messages', sql`case_id = ${quotedCase}`) },
		select: [[caseReaders, 'quoted']],
		update: [[nobody, 'quoted', sql`body = '改'`]],
		delete: [[nobody, 'quoted']],
		insert: [
			[
				caseParty,
				'a message as oneself',
				(actor) => sql`(case_id, author_id, idempotency_key, body)
					values (${quotedCase}, ${idOf(actor)}, gen_random_uuid(), '好的')`
			],
			[
				nobody,
				'a message as someone else',
				(actor) => sql`(case_id, author_id, idempotency_key, body)
					values (${quotedCase}, ${someoneElse(actor)}, gen_random_uuid(), '好的')`
			]
		]
	},
	'public.service_case_documents': {
		rows: { delivered: sql`id = '00000000-0000-4000-8038-100000000001'` },
		select: [[caseReaders, 'delivered']],
		update: [[nobody, 'delivered', sql`file_name = '改.pdf'`]],
		delete: [[nobody, 'delivered']],
		insert: [
			[
				caseParty,
				'a document as oneself',
				(actor) => sql`(case_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
					values (${quotedCase}, ${idOf(actor)}, '结构图.pdf', 'application/pdf', 10, 'cases/' || gen_random_uuid())`
			]
		]
	},
	// Pledge loans (issue #22): every write is a definer function (tests/db/pledges.test.ts); the
	// bank's staff, who also read them, are no actor of this matrix.
	'public.company_patents': {
		rows: { declared: sql`creation_key = '00000000-0000-4000-8039-100000000001'` },
		select: [[companyOnly, 'declared']],
		update: [[nobody, 'declared', sql`title = '改'`]],
		delete: [[nobody, 'declared']],
		insert: [
			[
				nobody,
				'a declared patent',
				(actor) => sql`(company_id, application_number, title, patent_type, legal_status, creation_key)
					values (${organizationOf(actor)}, '202520345678.7', '专利', 'invention', 'pending', gen_random_uuid())`
			]
		]
	},
	'public.pledge_applications': {
		rows: { registered: sql`id = ${registeredPledge}` },
		select: [[companyOnly, 'registered']],
		update: [[nobody, 'registered', sql`status = 'repaid'`]],
		delete: [[nobody, 'registered']],
		insert: [
			[
				nobody,
				'an application',
				(actor) => sql`(company_id, bank_id, amount_fen, term_months, purpose, creation_key)
					values (${organizationOf(actor)}, ${demoBank}, 100, 12, '贷款', gen_random_uuid())`
			]
		]
	},
	'public.portfolio_patents': {
		rows: { listed: portfolioPatent },
		select: [[portfolioReaders, 'listed']],
		update: [[officerOnly, 'listed', sql`title = '改'`]],
		delete: [[officerOnly, 'listed']],
		insert: [
			[
				universityOfficers,
				"a patent of the actor's university",
				(actor) => sql`(university_id, application_number, title, patent_type, filed_on, legal_status)
					values (${universityOf(actor)}, '202520345678.7', '专利', 'invention', '2025-01-01', 'pending')`
			]
		]
	},
	'public.portfolio_status_changes': {
		rows: { entry: firstOf('portfolio_status_changes', sql`patent_id = (select id from ${portfolioPatentRow})`) },
		select: [[portfolioReaders, 'entry']],
		update: [[nobody, 'entry', sql`source = 'manual'`]],
		delete: [[nobody, 'entry']],
		insert: [
			[
				nobody,
				'a made-up change',
				() => sql`(patent_id, to_status, source) select id, 'lapsed', 'manual' from ${portfolioPatentRow}`
			]
		]
	},
	'public.portfolio_imports': {
		rows: { stored: sql`file_name = 'authz-export.csv'` },
		select: [[officerOnly, 'stored']],
		update: [[nobody, 'stored', sql`rows = '[]'`]],
		delete: [[nobody, 'stored']],
		insert: [
			[
				universityOfficers,
				"an import into the actor's university's portfolio",
				(actor) => sql`(university_id, file_name, rows) values (${universityOf(actor)}, 'x.csv', '[]')`
			]
		]
	},
	'public.portfolio_fee_decisions': {
		rows: { kept: sql`decision = 'keep'` },
		select: [[portfolioReaders, 'kept']],
		update: [[nobody, 'kept', sql`note = '改'`]],
		delete: [[nobody, 'kept']],
		insert: [
			[
				nobody,
				'a decision written past the function',
				() => sql`(patent_id, due_on, decision, creation_key) select id, '2030-01-01', 'keep', gen_random_uuid()
					from ${portfolioPatentRow}`
			]
		]
	},
	'public.pledge_patents': {
		rows: { registered: sql`application_id = ${registeredPledge}` },
		select: [[companyOnly, 'registered']],
		update: [[nobody, 'registered', sql`title = '改'`]],
		delete: [[nobody, 'registered']],
		insert: [
			[
				nobody,
				'another patent',
				() => sql`(application_id, application_number, legal_status, source)
					values (${registeredPledge}, '202520345678.7', 'granted', 'declared')`
			]
		]
	},
	'public.pledge_events': {
		rows: { registered: firstOf('pledge_events', sql`application_id = ${registeredPledge}`) },
		select: [[companyOnly, 'registered']],
		update: [[nobody, 'registered', sql`reason = '改'`]],
		delete: [[nobody, 'registered']],
		insert: [[nobody, 'an event', () => sql`(application_id, event) values (${registeredPledge}, 'released')`]]
	},
	'public.pledge_consents': {
		rows: { registered: firstOf('pledge_consents', sql`application_id = ${registeredPledge}`) },
		select: [[companyOnly, 'registered']],
		update: [[nobody, 'registered', sql`counterparty = '改'`]],
		delete: [[nobody, 'registered']],
		insert: [
			[
				nobody,
				'a consent',
				() => sql`(application_id, application_number, scope, counterparty)
					values (${registeredPledge}, '202210256701.6', 'assignment', '某公司')`
			]
		]
	}
};
