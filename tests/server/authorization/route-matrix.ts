import { sql, type SqlFragment } from '../../../src/lib/server/db/sql.ts';
import { todayInShanghai } from '../../../src/lib/i18n/format.ts';
import { signUnsubscribeToken } from '../../../src/lib/server/email/unsubscribe-token.ts';
import {
	actors,
	attachments,
	bystander,
	dealDocuments,
	deals,
	interests,
	listings,
	needs,
	notices,
	organizations as org,
	people,
	researcherNotification,
	type Actor
} from '../../support/authorization/actors.ts';

/**
 * Who gets what from every route that reads or writes a table: the HTTP half of the authorization
 * matrix (tests/server/authorization-*.test.ts run it against the built app, signed in as each
 * actor). `route` names what tests/server/authorization/routes.ts finds in src/routes: a page's load
 * (GET …), a layout's (GET … (layout)), a form action (POST … ?/name; POST … for the default one),
 * an endpoint's method.
 *
 * `expect` is a grid of outcomes (columns as in tests/support/authorization/actors.ts): the status,
 * `in` for the redirect to sign in, `nil` for a 200 that carries nothing. Form actions are posted
 * as the enhanced form does, so the outcome is the action's own. `shows`: [grid, text] whether the
 * page contains the text. `stored`: [grid, query], after the run, whose write is in the database:
 * the query returns `who`, a user id, an actor or a text holding `authz:<actor>`. Refused writes
 * run before allowed ones (so an allowed one proves the refused ones left the row as it was),
 * unless `allowedFirst` (overwrites, where a refused write would otherwise be masked).
 */
export interface RouteCase {
	route: string | string[];
	what?: string;
	path: string | ((actor: Actor) => string);
	fields?: Fields | ((actor: Actor) => Fields);
	/** A multipart upload of a small PDF with this file name. */
	upload?: (actor: Actor) => string;
	/** Posts `fields` with the upload (otherwise the upload is the only field). */
	uploadWithFields?: boolean;
	expect: string;
	shows?: [string, string];
	stored?: [string, (since: Date) => SqlFragment];
	allowedFirst?: boolean;
	/** Signs the actors out: they sign in again before the next case. */
	endsSession?: boolean;
	/** An event stream: the status is read, the stream closed. */
	stream?: boolean;
	/** Answers `nil` when the JSON answer lists no events. */
	events?: boolean;
}

export type Fields = Record<string, string | string[]>;

const marker = (actor: Actor) => `authz:${actor}`;
/** The servers of the matrix run with this UNSUBSCRIBE_SECRET, so the cases can sign links. */
export const matrixUnsubscribeSecret = 'authz-unsubscribe-secret-of-the-route-matrix-0123456789';
/** The researcher's link to stop emails of one topic: whoever holds it may use it, for that user only. */
const researcherUnsubscribe = signUnsubscribeToken(Buffer.from(matrixUnsubscribeSecret), {
	userId: '00000000-0000-4000-8000-000000001001',
	scope: { topic: 'authz_topic' }
});
const tamperedUnsubscribe = `${researcherUnsubscribe.slice(0, -1)}${researcherUnsubscribe.endsWith('A') ? 'B' : 'A'}`;
/** The demo company user's saved search (tests/support/authorization/fixture.sql). */
const companySavedSearch = '00000000-0000-4000-9050-000000000001';
const companySearchToDelete = '00000000-0000-4000-9050-000000000002';
/** The seed's signed licence with income (supabase/seed.sql, "Income"), and its listing's title. */
const incomeDeal = '00000000-0000-4000-8004-000000000012';
const incomeDealTitle = '动力电池快充液冷—相变耦合热管理系统';
// The demo's lump-sum open licence declaration (supabase/seed.sql).
const openLicence = '00000000-0000-4000-800b-000000000001';
// The demo's draft declaration (the weld-inspection method), which the matrix takes through its
// steps, and the fixture's spare draft and declarable patent (tests/support/authorization/fixture.sql).
const openLicenceDraft = '00000000-0000-4000-800b-000000000003';
const spareDeclaration = '00000000-0000-4000-900b-000000000001';
/** The demo's utility-model draft, with its evaluation report (supabase/seed.sql). */
const openLicenceWithReport = '00000000-0000-4000-800b-000000000004';
const declarablePatent = '00000000-0000-4000-900c-000000000001';
/** The fixture's portfolio import of the demo university, waiting for its confirmation. */
const storedImport = '00000000-0000-4000-900d-000000000001';
/** The demo company's signed casting deal and the valuation it attached while negotiating (supabase/seed.sql). */
const castingDeal = '00000000-0000-4000-8004-000000000010';
const attachedValuation = '00000000-0000-4000-8037-000000000004';
/** A Jinyun researcher no actor is and no route changes (何静), whom officers answer needs for. */
const heJing = '00000000-0000-4000-8000-000000002005';
const officersOnly = 'in   403  403  403  200  403  403  200  403';
/** The demo researcher waiting for Jinyun's office to confirm them (supabase/seed.sql, issue #24). */
const pendingResearcher = '00000000-0000-4000-8000-000000002007';
/** Officers (each their own university's) and admins. */
const officersAndAdmins = 'in   403  403  403  200  403  403  200  200';
const declarationTerms = (actor: Actor) => ({
	feeBasis: 'lump_sum',
	lumpSum: '20000',
	royaltyPercent: '',
	paymentMethod: '书面通知后 30 日内一次性支付。',
	termMonths: '24',
	fieldLimits: '',
	contact: marker(actor)
});

/** Valuations (supabase/seed.sql): delivered, and waiting for the firm; both the demo company's. */
const deliveredValuation = '00000000-0000-4000-8037-000000000001';
const waitingValuation = '00000000-0000-4000-8037-000000000002';
const valuationFirm = '00000000-0000-4000-8000-000000000400';
const valuationUsers = 'in   200  200  200  200  200  200  200  403';
const valuationReaders = '-    -    -    -    -    y    -    y    -';
const firmStepRefused = 'in   404  404  404  404  403  404  403  404';
/** Pledge loans (supabase/seed.sql): the registered pledge and the application under review, both
 * the demo company's at the demo bank, whose staff are no actor here (tests/db/pledges.test.ts has them). */
const registeredPledge = '00000000-0000-4000-8039-000000000001';
const reviewedPledge = '00000000-0000-4000-8039-000000000002';
const companies200 = 'in   403  403  403  403  200  200  403  403';
/** A portfolio patent of the demo university (tests/support/authorization/fixture.sql). */
const portfolioFixturePatent = '00000000-0000-4000-803a-000000000002';
/** A university's portfolio: its officers (each their own) and admins. */
const portfolioReaders = 'in   403  403  403  200  403  403  200  200';
const pledgeReader = 'in   403  403  403  403  200  404  403  403';
/** A bank's step tried by the company (its database refuses: 403), another company (404), the rest (role: 403). */
const bankStepRefused = 'in   403  403  403  403  403  404  403  403';
const bankOnly = 'in   403  403  403  403  403  403  403  403';

/** Service cases (supabase/seed.sql): the demo company's quoted and delivered ones (Jinyun patents), the demo researcher's requested one (no patent), and the patent agency. */
const quotedCase = '00000000-0000-4000-8038-000000000001';
const deliveredCase = '00000000-0000-4000-8038-000000000002';
const requestedCase = '00000000-0000-4000-8038-000000000004';
const caseDelivery = '00000000-0000-4000-8038-100000000001';
const patentAgency = '00000000-0000-4000-8000-000000000401';
/** The company's cases: the company acts, Jinyun's officers read (403), everyone else finds none. */
const companyCaseStep = 'in   404  404  404  404  200  404  403  404';
/** A write on a case's thread: RLS refuses everyone but the two sides, whether they read it or not. */
const caseThreadWrite = 'in   403  403  403  403  200  403  403  403';
/** The agency's steps: no actor is its staff (tests/db/service-cases.test.ts has theirs). */
const agencyStepRefused = 'in   403  404  404  404  404  404  404  404';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const everyone200 = '200  200  200  200  200  200  200  200  200';
const everyoneShows = 'y    y    y    y    y    y    y    y    y';
const nobodyShows = '-    -    -    -    -    -    -    -    -';
/** The demo's verified valuation firm and unverified technology broker (supabase/seed.sql). */
const verifiedAgency = '00000000-0000-4000-8000-000000000400';
const unverifiedAgency = '00000000-0000-4000-8000-000000000402';
const signedIn200 = 'in   200  200  200  200  200  200  200  200';
const adminOnly = 'in   403  403  403  403  403  403  403  200';
/** Express licences (supabase/seed.sql): Jinyun's template, and a listing marked with it. */
const expressTemplate = '00000000-0000-4000-8021-000000000001';
const expressListing = '00000000-0000-4000-8001-000000000057';
/** The template's latest seeded version (2), the one its listings offer. */
const expressVersion = '00000000-0000-4000-8021-400000000002';
const officers200 = 'in   403  403  403  200  403  403  200  403';
const templateTerms = (actor: Actor): Fields => ({
	creationKey: crypto.randomUUID(),
	mode: 'non_exclusive_license',
	upfrontFee: '0',
	royaltyPercent: '2',
	royaltyBase: 'net_sales',
	royaltyPeriod: 'year',
	equityPercent: '5',
	fieldOfUse: '',
	territory: '',
	termMonths: '60',
	summary: marker(actor)
});
const firstDeal = '-    y    -    -    -    y    -    y    -';
/** The demo's signed licence (seed): the colleague's listing, the demo company, Jinyun. */
const signedDeal = '00000000-0000-4000-8004-000000000004';

/** A listing form with everything submitting needs; the title carries the actor. */
const listingForm = (actor: Actor): Fields => ({
	title: `测试成果 ${marker(actor)}`,
	pitch: '一句话介绍',
	summary: '成果简介',
	advantages: '优势一',
	applications: '应用领域',
	industry: 'new_materials',
	ipcCodes: 'H01M 10/0562',
	trl: '4',
	cooperationModes: ['non_exclusive_license'],
	negotiable: 'on',
	askingPrice: '',
	'inventors.0.name': '发明人',
	'inventors.0.share': '100',
	'inventors.0.email': '',
	'patents.0.number': '201710601862.3',
	'patents.0.type': 'invention',
	'patents.0.legalStatus': 'pending',
	'patents.0.title': '一种方法',
	'patents.0.filedOn': '2017-07-21',
	'patents.0.grantedOn': '',
	revision: '0'
});

const auditedBy = (entity: string) => (since: Date) =>
	sql`select actor_id::text as who from public.audit_events where entity_id = ${entity} and created_at > ${since}`;
const dealEventsBy = (kind: string) => (since: Date) =>
	sql`select actor_id::text as who from public.deal_events where deal_id = ${deals.first} and kind = ${kind} and created_at > ${since}`;
const interestForm = (actor: Actor): Fields => ({
	idempotencyKey: crypto.randomUUID(),
	wantedMode: 'non_exclusive_license',
	fieldOfUse: '',
	territory: '',
	budgetMin: '',
	budgetMax: '',
	timeline: '',
	message: marker(actor)
});

export const routeCases: RouteCase[] = [
	// Reads. Columns: anon res  col  re2  of2  com  co2  off  adm
	{
		// The home: a signed-in reader's cards show only what RLS lets them see (the other
		// university's draft on its owner's home alone).
		route: ['GET / (layout)', 'GET /'],
		path: '/',
		expect: everyone200,
		shows: ['-    -    -    y    -    -    -    -    -', '[authz:L2DRAFT]']
	},
	{ route: 'GET /account', path: '/account', expect: signedIn200 },
	{
		route: 'GET /account/team',
		path: '/account/team',
		expect: 'in   403  403  403  403  200  200  403  403',
		shows: ['-    -    -    -    -    y    -    -    -', 'zhou.min@example.com']
	},
	// One-click unsubscribe: the token is the authority, so every reader gets the same answer.
	{
		route: 'GET /unsubscribe/[token]',
		what: 'a tampered token',
		path: `/unsubscribe/${tamperedUnsubscribe}`,
		expect: '400  400  400  400  400  400  400  400  400'
	},
	{
		route: 'GET /unsubscribe/[token]',
		what: 'the researcher’s link asks first',
		path: `/unsubscribe/${researcherUnsubscribe}`,
		expect: everyone200
	},
	{
		route: 'GET /invitations/[token]',
		what: 'a token never issued',
		path: '/invitations/nosuchtoken',
		expect: everyone200
	},
	{
		route: ['GET /admin (layout)', 'GET /admin'],
		path: '/admin',
		expect: 'in   403  403  403  403  403  403  403  307'
	},
	// The university's reward policy: its officers and admins (who may pick any university).
	{ route: 'GET /reward-policy', path: '/reward-policy', expect: 'in   403  403  403  200  403  403  200  200' },
	// Standard-term templates: each university's officers see and write their own.
	{
		route: 'GET /licence-templates',
		path: '/licence-templates',
		expect: officers200,
		shows: ['-    -    -    -    -    -    -    y    -', '初创企业标准许可']
	},
	{ route: 'GET /licence-templates/new', path: '/licence-templates/new', expect: officers200 },
	{
		route: 'GET /licence-templates/[id=uuid]/version',
		path: `/licence-templates/${expressTemplate}/version`,
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{
		route: 'GET /listings/[id=uuid]/express',
		path: `/listings/${expressListing}/express`,
		expect: 'in   403  403  403  403  200  200  403  403'
	},
	{ route: 'GET /admin/audit', path: '/admin/audit', expect: adminOnly },
	{ route: 'GET /admin/organizations', path: '/admin/organizations', expect: adminOnly },
	{ route: 'GET /admin/users', path: '/admin/users', expect: adminOnly },
	{
		route: 'GET /deals',
		path: '/deals',
		expect: signedIn200,
		shows: ['-    -    -    y    y    -    y    -    -', '[authz:L2PUB]']
	},
	{
		route: 'GET /deals/[id=uuid]',
		what: 'the first university’s deal',
		path: `/deals/${deals.first}`,
		expect: 'in   200  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /deals/[id=uuid]',
		what: 'the second university’s deal',
		path: `/deals/${deals.second}`,
		expect: 'in   404  404  200  200  404  200  404  404'
	},
	{
		route: 'GET /deals/[id=uuid]/documents/[documentId=uuid]',
		what: 'a document of the deal',
		path: `/deals/${deals.first}/documents/${dealDocuments.first}`,
		expect: 'in   200  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /deals/[id=uuid]/documents/[documentId=uuid]',
		what: 'another deal’s document under this deal',
		path: `/deals/${deals.first}/documents/${dealDocuments.second}`,
		expect: 'in   404  404  404  404  404  404  404  404'
	},
	{
		// The patent navigation map (issue #23): counts of the universities' patents, everybody's;
		// never a portfolio title (tests/db/patent-navigation.test.ts counts them).
		route: 'GET /navigation',
		path: '/navigation?ipc=H01M',
		expect: everyone200,
		shows: ['y    y    y    y    y    y    y    y    y', 'H01M 10']
	},
	{
		// Open licences (issue #21): the announced declarations are everybody's; who took one is not.
		route: 'GET /open-licences',
		path: '/open-licences',
		expect: everyone200,
		shows: ['y    y    y    y    y    y    y    y    y', 'KF2026000417']
	},
	{
		route: 'GET /open-licences/[id=uuid]/accept',
		path: `/open-licences/${openLicence}/accept`,
		expect: signedIn200
	},
	{
		route: 'POST /open-licences/[id=uuid]/accept',
		what: 'an announced declaration',
		path: `/open-licences/${openLicence}/accept`,
		fields: () => ({ acceptanceKey: crypto.randomUUID(), confirmed: 'on' }),
		// Only a company takes it (app.accept_open_licence), each its own deal.
		expect: 'in   403  403  403  403  303  303  403  403',
		stored: [
			'-    -    -    -    -    y    y    -    -',
			() => sql`select i.created_by::text as who from public.deals d join public.interests i on i.id = d.interest_id
				where d.open_licence_declaration_id = ${openLicence}`
		]
	},
	{ route: 'GET /open-licences/manage', path: '/open-licences/manage', expect: officersOnly },
	{ route: 'GET /open-licences/manage/new', path: '/open-licences/manage/new', expect: officersOnly },
	{
		route: 'GET /open-licences/manage/[id=uuid]',
		what: "a draft of the demo officer's university",
		path: `/open-licences/manage/${openLicenceDraft}`,
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{
		route: 'POST /open-licences/manage/new',
		what: "a patent of the demo officer's university",
		path: '/open-licences/manage/new',
		fields: (a) => ({ patentId: declarablePatent, creationKey: crypto.randomUUID(), ...declarationTerms(a) }),
		// The officer of the patent's university only (RLS and app.guard on the declaration).
		expect: 'in   403  403  403  403  403  403  303  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select contact as who from public.open_licence_declarations where patent_id = ${declarablePatent}`
		]
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/update',
		path: `/open-licences/manage/${openLicenceDraft}?/update`,
		fields: (a) => declarationTerms(a),
		expect: 'in   403  403  403  404  403  403  200  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select contact as who from public.open_licence_declarations where id = ${openLicenceDraft}`
		]
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/submit',
		path: `/open-licences/manage/${openLicenceDraft}?/submit`,
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/announce',
		path: `/open-licences/manage/${openLicenceDraft}?/announce`,
		fields: { announcementNumber: 'KF2026990001', announcedOn: todayInShanghai() },
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/withdraw',
		path: `/open-licences/manage/${openLicenceDraft}?/withdraw`,
		fields: { withdrawalAnnouncementNumber: 'KF2026990002', withdrawnOn: todayInShanghai() },
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	// A declaration's evaluation report (Art. 50): its university's officers only.
	{
		route: 'GET /open-licences/manage/[id=uuid]/evaluation-report.pdf',
		path: `/open-licences/manage/${openLicenceWithReport}/evaluation-report.pdf`,
		// Everybody else, signed out too: 404, as for a declaration that does not exist.
		expect: '404  404  404  404  404  404  404  200  404'
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/report',
		path: `/open-licences/manage/${openLicenceWithReport}?/report`,
		upload: (a) => `authz-${a}.pdf`,
		expect: 'in   403  403  403  404  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', auditedBy(openLicenceWithReport)]
	},
	{
		route: 'POST /open-licences/manage/[id=uuid] ?/delete',
		path: `/open-licences/manage/${spareDeclaration}?/delete`,
		expect: 'in   403  403  403  404  403  403  303  403',
		stored: [
			'-    -    -    -    -    -    -    -    -',
			() => sql`select contact as who from public.open_licence_declarations where id = ${spareDeclaration}`
		]
	},
	// Valuations (issue #22): the seed's delivered one and the one waiting for the firm are the demo
	// company's, of Jinyun patents; the firm's staff are no actor here, so every firm step is refused
	// (403 to who reads the valuation, 404 to the rest; tests/db/valuations.test.ts has the firm's).
	{
		route: 'GET /valuations',
		what: "the demo company's delivered valuation in the list",
		path: '/valuations',
		expect: valuationUsers,
		shows: [valuationReaders, '一种电动汽车热泵空调与电池热管理集成系统']
	},
	{ route: 'GET /valuations/new', path: '/valuations/new', expect: valuationUsers },
	{
		// The picker's search reads only: every requester finds a published listing's patent by its number.
		route: 'POST /valuations/new ?/search',
		path: '/valuations/new?/search',
		fields: { patentQuery: 'CN202211526911', notes: 'kept' },
		expect: valuationUsers,
		shows: ['-    y    y    y    y    y    y    y    -', '202211526911']
	},
	{
		route: 'POST /valuations/new ?/request',
		what: 'a published Jinyun patent, of the demo firm',
		path: '/valuations/new?/request',
		fields: (a) => ({
			firmId: valuationFirm,
			patentIds: [declarablePatent],
			purpose: 'deal_pricing',
			preferredMethod: 'market',
			notes: marker(a),
			wantedBy: '',
			creationKey: crypto.randomUUID()
		}),
		expect: 'in   303  303  303  303  303  303  303  403',
		stored: [
			'-    y    y    y    y    y    y    y    -',
			() => sql`select notes as who from public.valuation_requests where notes like 'authz:%'`
		]
	},
	{
		route: 'GET /valuations/[id=uuid]',
		path: `/valuations/${deliveredValuation}`,
		expect: 'in   404  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /valuations/[id=uuid]/report.pdf',
		path: `/valuations/${deliveredValuation}/report.pdf`,
		expect: '404  404  404  404  404  200  404  200  404'
	},
	{
		route: 'POST /valuations/[id=uuid] ?/accept',
		path: `/valuations/${waitingValuation}?/accept`,
		expect: firmStepRefused
	},
	{
		route: 'POST /valuations/[id=uuid] ?/decline',
		path: `/valuations/${waitingValuation}?/decline`,
		fields: { reason: '利益冲突' },
		expect: firmStepRefused
	},
	{
		route: 'POST /valuations/[id=uuid] ?/deliver',
		path: `/valuations/${deliveredValuation}?/deliver`,
		upload: (a) => `authz-${a}.pdf`,
		uploadWithFields: true,
		fields: { low: '1000', high: '2000', methodUsed: 'income', baseDate: '2026-11-01', validUntil: '2027-11-01' },
		expect: firmStepRefused
	},
	{
		route: 'POST /valuations/[id=uuid] ?/withdraw',
		what: 'the request waiting for the firm: its requester only',
		path: `/valuations/${waitingValuation}?/withdraw`,
		expect: 'in   404  404  404  404  200  404  403  404',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select actor_id::text as who from public.valuation_events
				where valuation_id = ${waitingValuation} and status = 'withdrawn'`
		]
	},
	// Service cases (issue #22): the agency's staff are no actor here, so every agency step is
	// refused (403 to the researcher who asked, 404 to who cannot read the case).
	{
		route: 'GET /cases',
		what: "the demo company's quoted case in the list",
		path: '/cases',
		expect: valuationUsers,
		shows: [valuationReaders, '热泵与电池回路耦合']
	},
	{ route: 'GET /cases/new', path: `/cases/new?agency=${patentAgency}`, expect: valuationUsers },
	{
		route: 'POST /cases/new ?/search',
		path: `/cases/new?/search&agency=${patentAgency}`,
		fields: { patentQuery: '202211526911', scope: 'kept' },
		expect: valuationUsers,
		shows: ['-    y    y    y    y    y    y    y    -', '202211526911']
	},
	{
		route: 'POST /cases/new ?/request',
		what: 'an FTO search naming a published Jinyun patent, of the patent agency',
		path: `/cases/new?/request&agency=${patentAgency}`,
		fields: (a) => ({
			service: 'fto_search',
			scope: marker(a),
			deadline: inDays(60),
			budget: '',
			patentIds: [declarablePatent],
			creationKey: crypto.randomUUID()
		}),
		expect: 'in   303  303  303  303  303  303  303  403',
		stored: [
			'-    y    y    y    y    y    y    y    -',
			() => sql`select scope as who from public.service_cases where scope like 'authz:%'`
		]
	},
	{
		route: 'GET /cases/[id=uuid]',
		path: `/cases/${quotedCase}`,
		expect: 'in   404  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /cases/[id=uuid]/documents/[documentId=uuid]',
		path: `/cases/${deliveredCase}/documents/${caseDelivery}`,
		expect: 'in   404  404  404  404  200  404  200  404'
	},
	{
		route: 'POST /cases/[id=uuid] ?/quote',
		path: `/cases/${requestedCase}?/quote`,
		fields: { amount: '5000', days: '10', note: '' },
		expect: agencyStepRefused
	},
	{
		route: 'POST /cases/[id=uuid] ?/decline',
		path: `/cases/${requestedCase}?/decline`,
		fields: { reason: '利益冲突' },
		expect: agencyStepRefused
	},
	{
		route: 'POST /cases/[id=uuid] ?/deliver',
		what: 'the thread refuses who is no side; the requester may add a document but not deliver',
		path: `/cases/${quotedCase}?/deliver`,
		upload: (a) => `authz-deliver-${a}.pdf`,
		expect: 'in   403  403  403  403  403  403  403  403'
	},
	{
		route: 'POST /cases/[id=uuid] ?/accept',
		what: 'the quoted case: its requester’s side only',
		path: `/cases/${quotedCase}?/accept`,
		expect: companyCaseStep,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select actor_id::text as who from public.service_case_events
				where case_id = ${quotedCase} and status = 'accepted'`
		]
	},
	{
		route: 'POST /cases/[id=uuid] ?/declineQuote',
		what: 'a delivered case has no quote to decline',
		path: `/cases/${deliveredCase}?/declineQuote`,
		expect: 'in   404  404  404  404  409  404  403  404'
	},
	{
		route: 'POST /cases/[id=uuid] ?/close',
		what: 'the delivered case, rated by its requester’s side',
		path: `/cases/${deliveredCase}?/close`,
		fields: (a) => ({ rating: '4', comment: marker(a) }),
		expect: companyCaseStep,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select rating_comment as who from public.service_cases where rating_comment like 'authz:%'`
		]
	},
	{
		route: 'POST /cases/[id=uuid] ?/withdraw',
		what: 'the researcher’s request waiting for a quote',
		path: `/cases/${requestedCase}?/withdraw`,
		expect: 'in   200  404  404  404  404  404  404  404',
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() => sql`select actor_id::text as who from public.service_case_events
				where case_id = ${requestedCase} and status = 'withdrawn'`
		]
	},
	{
		route: 'POST /cases/[id=uuid] ?/message',
		path: `/cases/${quotedCase}?/message`,
		fields: (a) => ({ idempotencyKey: crypto.randomUUID(), body: marker(a) }),
		expect: caseThreadWrite,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select body as who from public.service_case_messages where body like 'authz:%'`
		]
	},
	{
		route: 'POST /cases/[id=uuid] ?/upload',
		path: `/cases/${quotedCase}?/upload`,
		upload: (a) => `authz-${a}.pdf`,
		expect: caseThreadWrite,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select uploaded_by::text as who from public.service_case_documents where file_name like 'authz-%'`
		]
	},
	{
		route: 'GET /pledges',
		what: "the demo company's registered pledge in its list",
		path: '/pledges',
		expect: companies200,
		shows: ['-    -    -    -    -    y    -    -    -', '一种隧道场景下激光雷达与惯导融合的车辆定位方法']
	},
	{ route: 'GET /pledges/new', path: '/pledges/new', expect: companies200 },
	{
		route: 'POST /pledges/new',
		what: 'the co-owned heat pump patent, at the demo bank',
		path: '/pledges/new',
		fields: (a) => ({
			bankId: '00000000-0000-4000-8000-000000000500',
			amount: '1000000',
			termMonths: '12',
			purpose: marker(a),
			numbers: ['202211424494.7'],
			valuationId: '',
			creationKey: crypto.randomUUID()
		}),
		expect: 'in   403  403  403  403  303  409  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select purpose as who from public.pledge_applications where purpose like 'authz:%'`
		]
	},
	{
		route: 'GET /portfolio',
		what: "the university's portfolio, searched for a demo listing's patent (admins name the university)",
		path: `/portfolio?university=${org.jinyun}&q=202110420380`,
		expect: portfolioReaders,
		shows: ['-    -    -    -    -    -    -    y    y', '一种液冷与相变材料耦合的动力电池热管理装置']
	},
	{
		route: 'POST /portfolio ?/handOver',
		what: "a demo portfolio patent handed to the demo researcher: only the university's officer may",
		path: '/portfolio?/handOver',
		fields: () => ({
			patents: [portfolioFixturePatent],
			researcherId: people.res.id,
			creationKey: crypto.randomUUID()
		}),
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{ route: 'GET /portfolio/import', path: '/portfolio/import', expect: officersOnly },
	{
		route: 'POST /portfolio/import ?/upload',
		what: 'a PDF is no export: refused with a field error, stored nowhere',
		path: '/portfolio/import?/upload',
		upload: (a) => `authz-${a}.pdf`,
		expect: 'in   403  403  403  400  403  403  400  403',
		stored: [
			nobodyShows,
			(since) => sql`select created_by as who from public.portfolio_imports where created_at >= ${since}`
		]
	},
	{
		route: 'POST /portfolio/import ?/confirm',
		path: '/portfolio/import?/confirm',
		fields: { token: crypto.randomUUID() },
		expect: 'in   403  403  403  404  403  403  404  403'
	},
	{
		route: 'GET /portfolio/import/progress',
		what: "an import's progress: its university's officers only (another university's is a 404)",
		path: `/portfolio/import/progress?token=${storedImport}`,
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	{
		route: 'GET /portfolio/watch',
		path: `/portfolio/watch?university=${org.jinyun}`,
		expect: portfolioReaders,
		// The counts of the university's due fees (which fees are on the first page moves with the date).
		shows: ['-    -    -    -    -    -    -    y    y', '项年费在期限内到期，其中']
	},
	{
		route: 'POST /portfolio/watch ?/decide',
		what: 'a patent nobody can see: refused as absent',
		path: '/portfolio/watch?/decide',
		fields: {
			patentId: crypto.randomUUID(),
			dueOn: '2027-01-01',
			decision: 'keep',
			note: '',
			creationKey: crypto.randomUUID()
		},
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'GET /pledges/patents',
		path: '/pledges/patents',
		expect: companies200,
		shows: ['-    -    -    -    -    y    -    -    -', '一种纯电动客车电池包液冷板']
	},
	{
		route: 'POST /pledges/patents ?/declare',
		path: '/pledges/patents?/declare',
		fields: (a) => ({
			number: '202520345678.7',
			title: marker(a),
			patentType: 'utility_model',
			legalStatus: 'pending',
			grantedOn: '',
			coOwner: '',
			creationKey: crypto.randomUUID()
		}),
		expect: companies200,
		stored: [
			'-    -    -    -    -    y    y    -    -',
			() => sql`select title as who from public.company_patents where title like 'authz:%'`
		]
	},
	{
		route: 'POST /pledges/patents ?/remove',
		what: "the demo company's pending declared patent",
		path: '/pledges/patents?/remove',
		fields: { id: '00000000-0000-4000-8039-100000000003' },
		expect: pledgeReader
	},
	{ route: 'GET /pledges/[id=uuid]', path: `/pledges/${registeredPledge}`, expect: pledgeReader },
	{
		route: 'POST /pledges/[id=uuid] ?/withdraw',
		what: 'the application under review: its company only',
		path: `/pledges/${reviewedPledge}?/withdraw`,
		expect: pledgeReader,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select actor_id::text as who from public.pledge_events
				where application_id = ${reviewedPledge} and event = 'withdrawn'`
		]
	},
	...(['review', 'approve', 'disburse', 'repaid', 'defaulted'] as const).map((action) => ({
		route: `POST /pledges/[id=uuid] ?/${action}`,
		path: `/pledges/${registeredPledge}?/${action}`,
		expect: bankStepRefused
	})),
	...(
		[
			['decline', { reason: '估值不足' }],
			['register', { registrationNumber: 'Y1', registeredOn: '2026-01-05' }],
			['release', {}],
			['consent', { number: '202210256701.6', scope: 'assignment', counterparty: '某公司' }]
		] as const
	).map(([action, fields]) => ({
		route: `POST /pledges/[id=uuid] ?/${action}`,
		path: `/pledges/${registeredPledge}?/${action}`,
		fields: { ...fields },
		expect: bankOnly
	})),
	{ route: 'GET /admin/pledges', path: '/admin/pledges', expect: adminOnly },
	{
		route: 'GET /deals/[id=uuid]/open-licence-notice.pdf',
		what: 'a deal that is no open licence',
		path: `/deals/${deals.first}/open-licence-notice.pdf`,
		expect: 'in   403  403  403  404  404  404  404  403'
	},
	{
		// Public notices: everyone reads them; an objection in full only the university's officers.
		route: 'GET /notices',
		path: '/notices',
		expect: everyone200,
		shows: ['y    y    y    y    y    y    y    y    y', '山地城市隧道群场景自动驾驶组合定位方法']
	},
	{
		route: 'GET /notices/[id=uuid]',
		path: `/notices/${notices.running}`,
		expect: everyone200,
		shows: ['-    -    -    -    -    -    -    y    -', '价格明显低于评估值。']
	},
	{
		route: 'GET /notices/[id=uuid]/objections/[objectionId=uuid]',
		what: 'an objection’s evidence',
		path: `/notices/${notices.running}/objections/${notices.openObjection}`,
		expect: 'in   404  404  404  404  404  404  200  404'
	},
	{
		route: 'GET /files/[id=uuid]',
		what: 'a public image',
		path: `/files/${attachments.publicImage}`,
		expect: everyone200
	},
	{
		route: 'GET /files/[id=uuid]',
		what: 'a confidential file',
		path: `/files/${attachments.confidential}`,
		expect: '404  200  404  404  404  404  404  200  404'
	},
	{
		route: 'GET /files/[id=uuid]',
		what: 'a draft’s file',
		path: `/files/${attachments.onDraft}`,
		expect: '404  200  404  404  404  404  404  200  200'
	},
	{
		route: 'GET /files/[id=uuid]',
		what: 'the other university’s confidential file',
		path: `/files/${attachments.otherConfidential}`,
		expect: '404  404  404  200  200  404  404  404  404'
	},
	{
		route: 'GET /interests',
		path: '/interests',
		expect: signedIn200,
		shows: ['-    -    -    y    y    -    y    -    -', '[authz:L2PUB]']
	},
	{
		route: 'GET /listings',
		path: '/listings',
		expect: everyone200,
		shows: ['-    -    -    -    -    -    -    -    -', '[authz:L2DRAFT]']
	},
	{
		route: 'GET /listings/[id=uuid]',
		what: 'a published listing',
		path: `/listings/${listings.otherPublished}`,
		expect: everyone200
	},
	{
		route: 'GET /listings/[id=uuid]',
		what: 'a draft',
		path: `/listings/${listings.draft}`,
		expect: '404  200  404  404  404  404  404  200  200'
	},
	{
		route: 'GET /listings/[id=uuid]',
		what: 'the other university’s draft',
		path: `/listings/${listings.otherDraft}`,
		expect: '404  404  404  200  200  404  404  404  200'
	},
	{
		route: 'GET /listings/[id=uuid]',
		what: 'a listing waiting for review',
		path: `/listings/${listings.submitted}`,
		expect: '404  404  404  404  404  404  404  200  200'
	},
	{
		// A roadshow's QR code and poster: anyone, of a published listing only (a draft's owner too is refused).
		route: 'GET /listings/[id=uuid]/qr.svg',
		what: 'a published listing',
		path: `/listings/${listings.otherPublished}/qr.svg`,
		expect: everyone200
	},
	{
		route: 'GET /listings/[id=uuid]/qr.svg',
		what: 'a draft',
		path: `/listings/${listings.draft}/qr.svg`,
		expect: '404  404  404  404  404  404  404  404  404'
	},
	{
		route: 'GET /listings/[id=uuid]/poster.pdf',
		what: 'a published listing',
		path: `/listings/${listings.otherPublished}/poster.pdf`,
		expect: everyone200
	},
	{
		route: 'GET /listings/[id=uuid]/poster.pdf',
		what: 'a listing waiting for review',
		path: `/listings/${listings.submitted}/poster.pdf`,
		expect: '404  404  404  404  404  404  404  404  404'
	},
	{
		route: 'GET /listings/[id=uuid]/edit',
		what: 'a draft',
		path: `/listings/${listings.draft}/edit`,
		expect: 'in   200  404  404  404  404  404  404  404'
	},
	{
		route: 'GET /listings/[id=uuid]/edit',
		what: 'a published listing',
		path: `/listings/${listings.published}/edit`,
		expect: 'in   303  404  404  404  404  404  404  404'
	},
	{
		route: 'GET /listings/[id=uuid]/interest',
		what: 'a published listing',
		path: `/listings/${listings.published}/interest`,
		expect: 'in   403  403  403  403  200  200  403  403'
	},
	{
		route: 'GET /listings/[id=uuid]/interest',
		what: 'a draft',
		path: `/listings/${listings.draft}/interest`,
		expect: 'in   403  403  403  403  404  404  403  403'
	},
	{ route: 'GET /locale', path: '/locale', expect: '303  303  303  303  303  303  303  303  303' },
	{ route: 'GET /manifest-[locale=locale].webmanifest', path: '/manifest-en.webmanifest', expect: everyone200 },
	{
		route: 'GET /my/listings',
		path: '/my/listings',
		expect: 'in   200  200  200  403  403  403  403  403',
		shows: ['-    -    y    -    -    -    -    -    -', '[authz:L1COLDRAFT]']
	},
	{
		route: 'GET /needs',
		path: '/needs',
		expect: everyone200,
		// A company's own needs, closed ones too, are listed to its members only.
		shows: ['-    -    -    -    -    y    -    -    -', '[authz:NCLOSED]']
	},
	{ route: 'GET /needs/[id=uuid]', what: 'an open need', path: `/needs/${needs.otherOpen}`, expect: everyone200 },
	{
		route: 'GET /needs/[id=uuid]',
		what: 'a closed need',
		path: `/needs/${needs.closed}`,
		expect: '404  404  404  404  200  200  404  200  200'
	},
	{ route: 'GET /needs/new', path: '/needs/new', expect: 'in   403  403  403  403  200  200  403  403' },
	// Proposals (issue #24): researchers and officers answer; readers per RLS.
	{
		route: 'GET /needs/[id=uuid]/propose',
		path: `/needs/${needs.open}/propose`,
		expect: 'in   200  200  200  200  403  403  200  403'
	},
	{ route: 'GET /proposals', path: '/proposals', expect: signedIn200 },
	{
		route: 'GET /proposals/[id=uuid]/file',
		what: "刘思远's shortlisted proposal to the demo company's need",
		path: '/proposals/00000000-0000-4000-8040-000000000002/file',
		expect: 'in   404  404  404  404  200  404  200  404'
	},

	{
		route: 'GET /needs/[id=uuid]/edit',
		path: `/needs/${needs.open}/edit`,
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	// Service providers (issue #22): no actor is an agency's staff (tests/e2e/agencies.test.ts
	// signs one up); the directory and a verified profile are public, an unverified one is not.
	{ route: 'GET /provider', path: '/provider', expect: 'in   403  403  403  403  403  403  403  403' },
	{
		route: 'GET /agencies',
		what: 'a verified agency',
		path: '/agencies?service=valuation',
		expect: everyone200,
		shows: [everyoneShows, '重庆渝信资产评估有限公司']
	},
	{
		route: 'GET /agencies',
		what: 'an unverified agency',
		path: '/agencies',
		expect: everyone200,
		shows: [nobodyShows, '两江技术经纪有限公司']
	},
	{
		route: 'GET /agencies/[id=uuid]',
		what: 'a verified agency',
		path: `/agencies/${verifiedAgency}`,
		expect: everyone200,
		shows: [everyoneShows, '渝财资备〔2019〕0032 号']
	},
	{
		route: 'GET /agencies/[id=uuid]',
		what: 'an unverified agency',
		path: `/agencies/${unverifiedAgency}`,
		expect: '404  404  404  404  404  404  404  404  200'
	},
	{
		route: 'GET /nda-terms',
		path: '/nda-terms',
		expect: 'in   403  403  403  200  403  403  200  403',
		shows: ['-    -    -    -    -    -    -    y    -', '第 1 版']
	},
	{ route: 'GET /notifications', path: '/notifications', expect: signedIn200 },
	{ route: 'GET /reset-password', path: '/reset-password', expect: everyone200 },
	{
		route: 'GET /review',
		path: '/review',
		expect: 'in   403  403  403  200  403  403  200  403',
		shows: ['-    -    -    -    -    -    -    y    -', '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术']
	},
	{
		route: 'GET /saved',
		path: '/saved',
		expect: signedIn200,
		shows: ['-    -    -    -    -    y    -    -    -', '动力电池快充液冷—相变耦合热管理系统']
	},
	// Alert preferences (docs/domain.md, "Alerts"): each user's own.
	{ route: 'GET /account/alerts', path: '/account/alerts', expect: signedIn200 },
	// Saved searches (docs/domain.md, "Alerts"): each user's own list; the fixture gives the company one.
	{
		route: 'GET /searches',
		path: '/searches',
		expect: signedIn200,
		shows: ['-    -    -    -    -    y    -    -    -', '动力电池']
	},
	{ route: 'GET /searches/new', path: '/searches/new?q=电池', expect: signedIn200 },
	{ route: 'GET /signin', path: '/signin', expect: '200  303  303  303  303  303  303  303  303' },
	{ route: 'GET /signin/code', path: '/signin/code', expect: '200  303  303  303  303  303  303  303  303' },
	{ route: 'GET /signout', path: '/signout', expect: '303  303  303  303  303  303  303  303  303' },
	{ route: 'GET /signup', path: '/signup', expect: '200  303  303  303  303  303  303  303  303' },
	{
		route: 'GET /api/events',
		what: 'the first deal’s topic',
		path: `/api/events?topic=deal:${deals.first}`,
		stream: true,
		expect: '401  200  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /api/events',
		what: 'the second university’s topic',
		path: `/api/events?topic=institution:${org.jialing}`,
		stream: true,
		expect: '401  404  404  404  200  404  404  404  404'
	},
	{
		route: 'GET /api/events',
		what: 'the public notices topic, which needs no sign-in',
		path: '/api/events?topic=notices:all',
		stream: true,
		expect: everyone200
	},
	{
		route: 'GET /api/events',
		what: 'the public topic with a private one',
		path: `/api/events?topic=notices:all&topic=deal:${deals.first}`,
		stream: true,
		expect: '401  200  404  404  404  200  404  200  404'
	},
	{
		route: 'GET /api/events/missed',
		path: `/api/events/missed?topic=deal:${deals.first}&after=0`,
		events: true,
		expect: '401  200  nil  nil  nil  200  nil  200  nil'
	},
	{ route: 'GET /api/health', path: '/api/health', expect: everyone200 },
	{
		route: 'GET /api/realtime/token',
		path: '/api/realtime/token',
		expect: '401  404  404  404  404  404  404  404  404'
	},
	{
		// Web push devices: each user's own list (the demo company user's phone, from the fixture).
		route: 'GET /account/devices',
		path: '/account/devices',
		expect: signedIn200,
		shows: ['-    -    -    -    -    y    -    -    -', 'Chrome · Android']
	},
	{
		route: 'GET /auth/confirm',
		path: '/auth/confirm?token_hash=forged&type=email',
		expect: '303  303  303  303  303  303  303  303  303'
	},

	// Writes. Columns: anon res  col  re2  of2  com  co2  off  adm
	{
		route: 'POST /account ?/profile',
		path: '/account?/profile',
		fields: (a) => ({ displayName: marker(a) }),
		expect: signedIn200,
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() => sql`select display_name as who from public.profiles where display_name like 'authz:%'`
		]
	},
	{
		route: 'POST /account ?/password',
		what: 'with a wrong current password',
		path: '/account?/password',
		fields: { currentPassword: 'not-the-password', newPassword: 'another-password-2026' },
		expect: 'in   400  400  400  400  400  400  400  400',
		stored: [
			'-    -    -    -    -    -    -    -    -',
			(since) => sql`select user_id::text as who from public.local_credentials
				where password_changed_at > ${since} and email not like '%@signup.example.com'`
		]
	},
	{
		route: 'POST /admin/organizations ?/verify',
		path: '/admin/organizations?/verify',
		// The confirmed second step, with a valid unified social credit code.
		fields: {
			organizationId: org.unverifiedCompany,
			verified: 'true',
			creditCode: '91500109MA5YQ7K25M',
			confirmed: 'true'
		},
		expect: adminOnly,
		stored: ['-    -    -    -    -    -    -    -    y', auditedBy(org.unverifiedCompany)]
	},
	{
		route: 'POST /admin/organizations ?/notice',
		path: '/admin/organizations?/notice',
		// Each actor asks for its own number of days: the one left is whoever was obeyed last.
		fields: (a) => ({ organizationId: org.jialing, days: String(30 + actors.indexOf(a)) }),
		allowedFirst: true,
		expect: adminOnly,
		stored: [
			'-    -    -    -    -    -    -    -    y',
			() =>
				sql`select (${[...actors]}::text[])[public_notice_days - 29] as who from public.organizations where id = ${org.jialing}`
		]
	},
	{
		route: 'POST /licence-templates/new',
		path: '/licence-templates/new',
		fields: (a) => ({ name: marker(a), ...templateTerms(a) }),
		expect: 'in   403  403  403  303  403  403  303  403',
		stored: [
			'-    -    -    -    y    -    -    y    -',
			() => sql`select name as who from public.licence_templates where name like 'authz:%'`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/express',
		// Each company opens its deal at term_sheet on the version it was shown; nobody else can.
		// Before the next case publishes version 3, so the seeded version 2 is still the one offered.
		path: `/listings/${expressListing}/express`,
		fields: () => ({ acceptanceKey: crypto.randomUUID(), versionId: expressVersion }),
		expect: 'in   403  403  403  403  303  303  403  403',
		stored: [
			'-    -    -    -    -    y    y    -    -',
			(
				since
			) => sql`select case d.company_id when ${org.company}::uuid then 'com' when ${org.otherCompany}::uuid then 'co2'
				else d.company_id::text end as who from public.deals d
				where d.listing_id = ${expressListing} and d.licence_template_version_id is not null and d.created_at > ${since}`
		]
	},
	{
		route: 'POST /licence-templates/[id=uuid]/version',
		// Jinyun's template: its officer publishes version 3; Jialing's cannot.
		path: `/licence-templates/${expressTemplate}/version`,
		fields: (a) => ({ version: '3', ...templateTerms(a) }),
		expect: 'in   403  403  403  403  403  403  303  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() =>
				sql`select summary as who from public.licence_template_versions
					where template_id = ${expressTemplate} and summary like 'authz:%'`
		]
	},
	{
		route: 'POST /licence-templates ?/mark',
		path: '/licence-templates?/mark',
		fields: { listing: listings.withoutInterests, template: expressTemplate },
		expect: 'in   403  403  403  403  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', auditedBy(listings.withoutInterests)]
	},
	{
		route: 'POST /licence-templates ?/unmark',
		path: '/licence-templates?/unmark',
		fields: { listing: '00000000-0000-4000-8001-000000000049' },
		expect: 'in   403  403  403  200  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', auditedBy('00000000-0000-4000-8001-000000000049')]
	},
	{
		route: 'POST /reward-policy ?/publish',
		path: '/reward-policy?/publish',
		// Each writer publishes the next version it expects: Jinyun's officer version 3 after the
		// fixture's two, Jialing's officer version 1, then the admin Jialing's version 2.
		fields: (a) => ({
			universityId: a === 'off' ? org.jinyun : org.jialing,
			version: a === 'off' ? '3' : a === 'adm' ? '2' : '1',
			submissionKey: crypto.randomUUID(),
			effectiveOn: '2099-01-01',
			...Object.fromEntries(
				['transfer', 'equity', 'own'].flatMap((kind) => [
					[`${kind}Inventors`, '70'],
					[`${kind}College`, '10'],
					[`${kind}University`, '10'],
					[`${kind}Office`, '10']
				])
			),
			regulationTitle: '',
			regulationNumber: '',
			regulationEffectiveOn: '',
			note: marker(a)
		}),
		expect: 'in   403  403  403  200  403  403  200  200',
		stored: [
			'-    -    -    -    y    -    -    y    y',
			(since) => sql`select note as who from public.reward_policies where created_at > ${since}`
		]
	},
	{
		route: 'POST /admin/users ?/role',
		path: '/admin/users?/role',
		fields: { userId: bystander, role: 'company' },
		expect: adminOnly,
		stored: ['-    -    -    -    -    -    -    -    y', auditedBy(bystander)]
	},
	{
		route: 'POST /deals/[id=uuid] ?/message',
		path: `/deals/${deals.first}?/message`,
		fields: (a) => ({ idempotencyKey: crypto.randomUUID(), body: marker(a) }),
		expect: 'in   200  403  403  403  200  403  200  403',
		stored: [firstDeal, () => sql`select body as who from public.deal_messages where body like 'authz:%'`]
	},
	{
		route: 'POST /deals/[id=uuid] ?/move',
		path: `/deals/${deals.first}?/move`,
		fields: { stage: 'negotiation', reason: '' },
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', dealEventsBy('stage')]
	},
	{
		route: 'POST /deals/[id=uuid] ?/terms',
		path: `/deals/${deals.first}?/terms`,
		fields: (a) => ({
			mode: 'exclusive_license',
			fieldOfUse: '',
			territory: '',
			termMonths: '60',
			upfrontFee: String(1000 + actors.indexOf(a)),
			royaltyPercent: '',
			milestones: '',
			equityPercent: '',
			sublicenceSharePercent: ''
		}),
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', dealEventsBy('terms')]
	},
	{
		route: 'POST /deals/[id=uuid] ?/plan',
		path: `/deals/${deals.first}?/plan`,
		fields: (a) => ({ officerId: people.off.id, nextAction: marker(a), nextActionOn: '' }),
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: ['-    -    -    -    -    -    -    y    -', dealEventsBy('next_action')]
	},
	{
		route: 'POST /deals/[id=uuid] ?/upload',
		path: `/deals/${deals.first}?/upload`,
		upload: (a) => `authz-${a}.pdf`,
		expect: 'in   200  400  400  400  200  400  200  400',
		stored: [
			firstDeal,
			() => sql`select uploaded_by::text as who from public.deal_documents where file_name like 'authz-%'`
		]
	},
	// Closing (issue #19). The second demo deal waits at the NDA stage; the fourth is signed.
	{
		route: 'POST /deals/[id=uuid] ?/ndaAccept',
		path: `/deals/${deals.firstOther}?/ndaAccept`,
		fields: { terms: '00000000-0000-4000-8007-000000000001' },
		expect: 'in   403  403  403  403  200  409  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select recorded_by::text as who from public.deal_ndas where deal_id = ${deals.firstOther}`
		]
	},
	{
		route: 'POST /deals/[id=uuid] ?/ndaOffline',
		what: 'a deal still at inquiry',
		path: `/deals/${deals.second}?/ndaOffline`,
		fields: { signedOn: '2026-11-30' },
		upload: (a) => `authz-nda-${a}.pdf`,
		expect: 'in   403  403  403  400  403  403  400  403'
	},
	{
		route: 'POST /deals/[id=uuid] ?/filingDone',
		what: 'a filing that is not the deal’s',
		path: `/deals/00000000-0000-4000-8004-000000000004?/filingDone`,
		fields: { filing: crypto.randomUUID(), number: 'X-1', filedOn: '2026-11-30' },
		upload: (a) => `authz-filing-${a}.pdf`,
		// The upload is posted as the only field, so the form's fields are missing: a field error.
		expect: 'in   403  403  403  400  403  403  400  403'
	},
	{
		route: 'POST /deals/[id=uuid] ?/filingWaive',
		what: 'a filing that is not the deal’s',
		path: `/deals/00000000-0000-4000-8004-000000000004?/filingWaive`,
		fields: { filing: crypto.randomUUID(), reason: '不需要' },
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'GET /deals/[id=uuid]/compliance-record',
		path: `/deals/${deals.first}/compliance-record`,
		expect: 'in   403  403  403  404  403  403  200  403'
	},
	// The income report and its downloads: the university's officers and admins (docs/domain.md,
	// "Income report and statements"); what each reads is RLS's (tests/db/income-reports.test.ts).
	// The seed's licence of the demo researcher's listing has a receipt and a distribution.
	{
		route: 'GET /income',
		path: '/income?group=deal',
		expect: 'in   403  403  403  200  403  403  200  200',
		shows: ['-    -    -    -    -    -    -    y    y', incomeDealTitle]
	},
	{
		route: 'GET /income/report.csv',
		path: '/income/report.csv',
		expect: 'in   403  403  403  200  403  403  200  200',
		shows: ['-    -    -    -    -    -    -    y    y', incomeDealTitle]
	},
	{
		route: 'GET /income/report.xlsx',
		path: '/income/report.xlsx',
		expect: 'in   403  403  403  200  403  403  200  200'
	},
	{
		route: 'GET /income/statements',
		path: '/income/statements',
		expect: 'in   200  200  200  200  403  403  200  200',
		shows: ['-    y    -    -    -    -    -    y    y', incomeDealTitle]
	},
	{
		route: 'GET /income/statements/statement.pdf',
		what: 'the demo researcher’s statement for the licence: theirs, and their university’s office’s',
		path: `/income/statements/statement.pdf?deal=${incomeDeal}&profile=${people.res.id}`,
		expect: 'in   200  404  404  404  403  403  200  200'
	},
	{
		route: 'GET /income/statements/statement.pdf',
		what: 'a statement nobody has lines for',
		path: `/income/statements/statement.pdf?year=2025&name=${encodeURIComponent('无此人')}`,
		expect: 'in   404  404  404  404  403  403  404  404'
	},
	{
		route: 'GET /income/statements/statement.csv',
		what: 'an inventor without an account, by name: for the office only',
		path: `/income/statements/statement.csv?deal=${incomeDeal}&name=${encodeURIComponent('孙浩然')}`,
		expect: 'in   404  404  404  404  403  403  200  200',
		shows: ['-    -    -    -    -    -    -    y    y', '孙浩然']
	},
	{
		route: 'GET /income/statements/statement.csv',
		what: 'a malformed statement URL',
		path: '/income/statements/statement.csv?year=2025&deal=x',
		expect: 'in   404  404  404  404  403  403  404  404'
	},
	// The office metrics, their downloads and the annual report: officers and admins only, each
	// over the universities they may report on (docs/domain.md, "Office metrics";
	// tests/db/office-metrics.test.ts counts them). The register names this year's demo listings.
	{
		route: 'GET /metrics',
		path: '/metrics?by=college',
		expect: 'in   403  403  403  200  403  403  200  200'
	},
	{
		route: 'GET /metrics/export/[file]',
		what: 'the listings register, streamed',
		path: '/metrics/export/listings.csv',
		expect: 'in   403  403  403  200  403  403  200  200',
		shows: ['-    -    -    -    -    -    -    y    y', incomeDealTitle]
	},
	{
		route: 'GET /metrics/export/[file]',
		what: 'a table as a workbook',
		path: '/metrics/export/yearly.xlsx',
		expect: 'in   403  403  403  200  403  403  200  200'
	},
	{
		route: 'GET /metrics/export/[file]',
		what: 'a table that does not exist',
		path: '/metrics/export/secrets.csv',
		expect: 'in   403  403  403  404  403  403  404  404'
	},
	{
		route: 'GET /metrics/annual-report.pdf',
		path: '/metrics/annual-report.pdf',
		expect: 'in   403  403  403  200  403  403  200  200'
	},
	{
		route: 'GET /listings/licensed',
		path: '/listings/licensed',
		expect: '200  200  200  200  200  200  200  200  200'
	},
	{
		route: 'POST /deals/[id=uuid] ?/pricing',
		path: `/deals/${deals.first}?/pricing`,
		fields: (a) => ({ pricingMethod: 'auction', exchangeName: marker(a), exchangeReference: 'CQ-1' }),
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select exchange_name as who from public.deals where id = ${deals.first}`
		]
	},
	// Income (issue #20) on the signed demo licence (deal 004, the colleague's listing: he is its
	// inventor with an account). Its readers are its participants; the forms post ids of nothing,
	// so even the allowed actor's write is refused with an answer, never stored.
	{
		route: 'GET /deals/[id=uuid]/income',
		path: `/deals/${signedDeal}/income`,
		expect: 'in   404  200  404  404  200  404  200  404'
	},
	// A deal's valuations (issue #22): its participants only; attaching what names other patents
	// is refused (409) to who may read it, the rest get 404. The casting deal is signed: whoever
	// attached (com) and the officer are refused (409), another participant (col) gets 403, and
	// the attachment stays. Allowed attaching and detaching: tests/db/deal-valuations.test.ts.
	{
		route: 'GET /deals/[id=uuid]/valuations',
		path: `/deals/${castingDeal}/valuations`,
		expect: 'in   404  200  404  404  200  404  200  404',
		shows: ['-    -    y    -    -    y    -    y    -', '201910998185.2']
	},
	{
		route: 'POST /deals/[id=uuid]/valuations ?/attach',
		path: `/deals/${castingDeal}/valuations?/attach`,
		fields: { valuationId: deliveredValuation },
		expect: 'in   404  404  404  404  409  404  409  404'
	},
	{
		route: 'POST /deals/[id=uuid]/valuations ?/detach',
		path: `/deals/${castingDeal}/valuations?/detach`,
		fields: { valuationId: attachedValuation },
		expect: 'in   404  403  404  404  409  404  409  404',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select attached_by as who from public.deal_valuations where valuation_id = ${attachedValuation}`
		]
	},
	{
		route: 'GET /my/rewards',
		path: '/my/rewards',
		expect: 'in   200  200  200  403  403  403  403  403',
		// An inventor sees his own deals only.
		shows: ['-    -    y    -    -    -    -    -    -', '混合动力专用发动机高滚流燃烧系统']
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/report',
		what: 'a period that is not the deal’s',
		path: `/deals/${signedDeal}/income?/report`,
		fields: () => ({
			idempotencyKey: crypto.randomUUID(),
			scheduleLineId: crypto.randomUUID(),
			sales: '1000',
			statedRoyalty: '25'
		}),
		expect: 'in   403  403  403  403  409  409  403  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/receipt',
		what: 'a line that is not the deal’s',
		path: `/deals/${signedDeal}/income?/receipt`,
		fields: () => ({
			idempotencyKey: crypto.randomUUID(),
			scheduleLineId: crypto.randomUUID(),
			amount: '100',
			receivedOn: '2026-11-30',
			bankReference: 'authz'
		}),
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/deduction',
		what: 'a receipt that does not exist',
		path: `/deals/${signedDeal}/income?/deduction`,
		fields: () => ({
			idempotencyKey: crypto.randomUUID(),
			receiptId: crypto.randomUUID(),
			kind: 'taxes',
			amount: '1',
			note: ''
		}),
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/removeDeduction',
		what: 'a receipt that does not exist',
		path: `/deals/${signedDeal}/income?/removeDeduction`,
		fields: () => ({ receiptId: crypto.randomUUID(), deductionId: '1' }),
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/approve',
		what: 'a receipt that does not exist',
		path: `/deals/${signedDeal}/income?/approve`,
		fields: () => ({ receiptId: crypto.randomUUID(), key: crypto.randomUUID() }),
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/reverse',
		what: 'a receipt that does not exist',
		path: `/deals/${signedDeal}/income?/reverse`,
		fields: () => ({ receiptId: crypto.randomUUID(), key: crypto.randomUUID() }),
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		route: 'POST /deals/[id=uuid]/income ?/payout',
		what: 'a line that does not exist',
		path: `/deals/${signedDeal}/income?/payout`,
		fields: { lineId: '999999999', paidOn: '2026-11-30', reference: 'authz' },
		expect: 'in   403  403  403  409  403  403  409  403'
	},
	{
		// Anyone may object while the notice runs, signed in or not.
		route: 'POST /notices/[id=uuid] ?/object',
		path: `/notices/${notices.running}?/object`,
		fields: (a) => ({ idempotencyKey: crypto.randomUUID(), name: marker(a), contact: '13800000000', grounds: '理由' }),
		expect: everyone200,
		stored: [
			'y    y    y    y    y    y    y    y    y',
			() => sql`select name as who from public.notice_objections where name like 'authz:%'`
		]
	},
	{
		route: 'POST /notices/[id=uuid] ?/resolve',
		path: `/notices/${notices.running}?/resolve`,
		fields: (a) => ({ objection: notices.openObjection, decision: 'dismissed', resolution: marker(a) }),
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select resolution as who from public.notice_objections where id = ${notices.openObjection}`
		]
	},
	{
		route: 'POST /interests ?/review',
		path: '/interests?/review',
		fields: { interest: interests.toReview },
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() =>
				sql`select ${people.off.id}::text as who from public.interests where id = ${interests.toReview} and status = 'in_review'`
		]
	},
	{
		route: 'POST /interests ?/decline',
		path: '/interests?/decline',
		fields: (a) => ({ interest: interests.toDecline, reason: 'price', note: marker(a) }),
		expect: 'in   403  403  403  409  403  403  200  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select decline_note as who from public.interests where id = ${interests.toDecline}`
		]
	},
	{
		route: 'POST /interests ?/convert',
		path: '/interests?/convert',
		fields: { interest: interests.toConvert },
		expect: 'in   403  403  403  409  403  403  303  403',
		stored: [
			'-    -    -    -    -    -    -    y    -',
			() => sql`select e.actor_id::text as who from public.deal_events e join public.deals d on d.id = e.deal_id
				where d.interest_id = ${interests.toConvert} and e.kind = 'created'`
		]
	},
	{
		route: 'POST /interests ?/withdraw',
		path: '/interests?/withdraw',
		fields: { interest: interests.toWithdraw },
		expect: 'in   403  403  403  403  200  409  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() =>
				sql`select created_by::text as who from public.interests where id = ${interests.toWithdraw} and status = 'withdrawn'`
		]
	},
	{
		route: 'POST /listings/[id=uuid] ?/save',
		what: 'a published listing',
		path: `/listings/${listings.otherPublished}?/save`,
		expect: signedIn200,
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() => sql`select user_id::text as who from public.saved_listings where listing_id = ${listings.otherPublished}`
		]
	},
	{
		route: 'POST /listings/[id=uuid] ?/save',
		what: 'a draft',
		path: `/listings/${listings.draft}?/save`,
		expect: 'in   200  404  404  404  404  404  200  200',
		stored: [
			'-    y    -    -    -    -    -    y    y',
			() => sql`select user_id::text as who from public.saved_listings where listing_id = ${listings.draft}`
		]
	},
	{
		route: 'POST /listings/[id=uuid] ?/unsave',
		path: `/listings/${listings.published}?/unsave`,
		expect: signedIn200,
		// Who still has it saved: nobody, once the company unsaved its own (the others had none).
		stored: [
			'-    -    -    -    -    -    -    -    -',
			() => sql`select user_id::text as who from public.saved_listings where listing_id = ${listings.published}`
		]
	},
	{
		route: 'POST /listings/[id=uuid] ?/review',
		path: `/listings/${listings.submitted}?/review`,
		fields: { decision: 'request_changes', comment: '请补充中试数据' },
		expect: 'in   404  404  404  404  404  404  303  404',
		stored: ['-    -    -    -    -    -    -    y    -', auditedBy(listings.submitted)]
	},
	{
		route: 'POST /listings/[id=uuid] ?/archive',
		// Owner and officer may both archive: the officer archives a second listing of the owner's.
		path: (a) => `/listings/${a === 'off' ? listings.archivedByOfficer : listings.archivedByOwner}?/archive`,
		expect: 'in   200  403  403  403  403  403  200  403',
		stored: [
			'-    y    -    -    -    -    -    y    -',
			(since) => sql`select actor_id::text as who from public.audit_events
				where entity_id in (${listings.archivedByOwner}, ${listings.archivedByOfficer}) and created_at > ${since}`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/edit ?/save',
		path: `/listings/${listings.draft}/edit?/save`,
		fields: listingForm,
		allowedFirst: true,
		expect: 'in   200  409  409  409  409  409  409  409',
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() => sql`select title as who from public.listings where id = ${listings.draft}`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/edit ?/submit',
		path: `/listings/${listings.colleagueDraft}/edit?/submit`,
		fields: listingForm,
		expect: 'in   409  303  409  409  409  409  409  409',
		stored: ['-    -    y    -    -    -    -    -    -', auditedBy(listings.colleagueDraft)]
	},
	{
		route: 'POST /listings/[id=uuid]/edit ?/upload',
		path: `/listings/${listings.draft}/edit?/upload`,
		upload: (a) => `authz-${a}.pdf`,
		expect: 'in   200  400  400  400  400  400  400  400',
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() => sql`select file_name as who from public.listing_attachments where file_name like 'authz-%'`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/edit ?/removeFile',
		path: `/listings/${listings.draft}/edit?/removeFile`,
		fields: { fileId: attachments.onDraft },
		expect: 'in   200  404  404  404  404  404  404  404',
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() => sql`select ${people.res.id}::text as who
				where not exists (select 1 from public.listing_attachments where id = ${attachments.onDraft})`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/edit ?/delete',
		path: `/listings/${listings.spareDraft}/edit?/delete`,
		expect: 'in   303  409  409  409  409  409  409  409',
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() =>
				sql`select ${people.res.id}::text as who where not exists (select 1 from public.listings where id = ${listings.spareDraft})`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/interest',
		what: 'in a published listing',
		path: `/listings/${listings.otherPublished}/interest`,
		fields: interestForm,
		// The other company has an interest open there already: refused, nothing stored.
		expect: 'in   403  403  403  403  303  409  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() =>
				sql`select message as who from public.interests where listing_id = ${listings.otherPublished} and message like 'authz:%'`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/interest',
		what: 'a message added to the demo company’s open interest',
		path: `/listings/${listings.published}/interest`,
		fields: (a) => ({ idempotencyKey: crypto.randomUUID(), interest: interests.toReview, message: marker(a) }),
		expect: 'in   403  403  403  403  303  409  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select body as who from public.interest_messages where body like 'authz:%'`
		]
	},
	{
		route: 'POST /listings/[id=uuid]/interest',
		what: 'in a draft',
		path: `/listings/${listings.draft}/interest`,
		fields: interestForm,
		expect: 'in   403  403  403  403  403  403  403  403',
		stored: [
			'-    -    -    -    -    -    -    -    -',
			() => sql`select message as who from public.interests where listing_id = ${listings.draft}`
		]
	},
	{
		route: 'POST /locale',
		path: '/locale',
		fields: { locale: 'en', redirectTo: '/' },
		expect: '303  303  303  303  303  303  303  303  303',
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() => sql`select id::text as who from public.profiles where locale = 'en' and id <> ${bystander}`
		]
	},
	{
		route: 'POST /my/listings ?/create',
		path: '/my/listings?/create',
		expect: 'in   303  303  303  403  403  403  403  403',
		stored: [
			'-    y    y    y    -    -    -    -    -',
			(since) => sql`select owner_id::text as who from public.listings where created_at > ${since}`
		]
	},
	{
		route: 'POST /nda-terms',
		path: '/nda-terms',
		// Each officer publishes for their own university; nobody else publishes anywhere.
		fields: (a) => ({ bodyZh: marker(a), bodyEn: marker(a) }),
		expect: 'in   403  403  403  200  403  403  200  403',
		stored: [
			'-    -    -    -    y    -    -    y    -',
			() => sql`select body_zh as who from public.nda_terms where body_zh like 'authz:%'`
		]
	},
	{
		route: 'POST /provider',
		path: '/provider',
		fields: (a) => ({ services: ['valuation'], summaryZh: marker(a), turnaroundDays: '10', universityIds: [] }),
		expect: 'in   403  403  403  403  403  403  403  403',
		stored: [
			nobodyShows,
			() => sql`select summary_zh as who from public.agency_profiles where summary_zh like 'authz:%'`
		]
	},
	{
		route: 'POST /needs/new',
		path: '/needs/new',
		fields: (a) => ({
			title: marker(a),
			problem: '问题',
			industry: 'other',
			budget: '',
			deadline: '',
			creationKey: crypto.randomUUID()
		}),
		expect: 'in   403  403  403  403  303  303  403  403',
		stored: [
			'-    -    -    -    -    y    y    -    -',
			() => sql`select title as who from public.needs where title like 'authz:%'`
		]
	},
	{
		route: 'POST /needs/[id=uuid]/edit',
		what: "the demo company's need",
		path: `/needs/${needs.open}/edit`,
		fields: (a) => ({ title: marker(a), problem: '问题', industry: 'automotive', budget: '', deadline: '' }),
		// Only a member of the need's company; a refused member of another company is told why.
		expect: 'in   403  403  403  403  303  403  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select title as who from public.needs where id = ${needs.open} and title like 'authz:%'`
		]
	},
	{
		route: 'POST /needs/[id=uuid]/propose',
		what: "the demo company's open need; an officer answers for a researcher of Jinyun",
		path: `/needs/${needs.open}/propose`,
		fields: (a) => ({
			creationKey: crypto.randomUUID(),
			researcher: heJing,
			approach: marker(a),
			team: '',
			timeline: ''
		}),
		// Jialing's officer may not answer for Jinyun's researcher; companies and admins answer nothing.
		expect: 'in   303  303  303  403  403  403  303  403',
		stored: [
			'-    y    y    y    -    -    -    y    -',
			() => sql`select approach as who from public.need_proposals where approach like 'authz:%'`
		]
	},
	{
		route: 'POST /needs/[id=uuid] ?/shortlist',
		what: "the demo researcher's submitted proposal to the demo company's need",
		path: '/needs/00000000-0000-4000-8002-000000000003?/shortlist',
		fields: { proposal: '00000000-0000-4000-8040-000000000001' },
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	{
		route: 'POST /needs/[id=uuid] ?/decline',
		path: '/needs/00000000-0000-4000-8002-000000000002?/decline',
		fields: { proposal: '00000000-0000-4000-9040-000000000001', reason: '方向不符' },
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	{
		route: 'POST /needs/[id=uuid] ?/convert',
		path: '/needs/00000000-0000-4000-8002-000000000003?/convert',
		fields: { proposal: '00000000-0000-4000-9040-000000000002', listing: '00000000-0000-4000-8001-000000000003' },
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	{
		route: 'POST /proposals ?/withdraw',
		what: "the demo researcher's proposal: the researcher, or an officer of the university",
		path: '/proposals?/withdraw',
		fields: { proposal: '00000000-0000-4000-9040-000000000003' },
		expect: 'in   200  403  403  403  403  403  200  403'
	},
	{
		route: 'POST /needs/[id=uuid] ?/close',
		path: `/needs/${needs.open}?/close`,
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	{
		route: 'POST /needs/[id=uuid] ?/reopen',
		path: `/needs/${needs.open}?/reopen`,
		expect: 'in   403  403  403  403  200  403  403  403'
	},
	{
		route: 'POST /notifications ?/read',
		path: '/notifications?/read',
		fields: { id: String(researcherNotification) },
		expect: signedIn200,
		stored: [
			'-    y    -    -    -    -    -    -    -',
			() =>
				sql`select user_id::text as who from public.notifications where id = ${researcherNotification} and read_at is not null`
		]
	},
	{
		route: 'POST /account/alerts ?/save',
		path: '/account/alerts?/save',
		fields: {
			...Object.fromEntries(
				['saved_searches', 'matches', 'deals', 'listings', 'other'].flatMap((topic) => [
					[`${topic}.email`, 'daily'],
					[`${topic}.push`, 'never']
				])
			),
			quietFrom: '21:45',
			quietUntil: '06:15'
		},
		expect: signedIn200,
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() =>
				sql`select user_id::text as who from public.alert_settings where quiet_from = '21:45' and quiet_until = '06:15'`
		]
	},
	{
		route: 'POST /searches ?/create',
		path: '/searches?/create',
		fields: { name: '矩阵保存的搜索', query: 'q=电池&industry=energy_environment' },
		expect: 'in   303  303  303  303  303  303  303  303',
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() => sql`select user_id::text as who from public.saved_searches where name = '矩阵保存的搜索'`
		]
	},
	{
		route: 'POST /searches ?/rename',
		path: '/searches?/rename',
		fields: { id: companySavedSearch, name: 'authz 改名' },
		expect: 'in   404  404  404  404  200  404  404  404',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() =>
				sql`select user_id::text as who from public.saved_searches where id = ${companySavedSearch} and name = 'authz 改名'`
		]
	},
	{
		route: 'POST /searches ?/delete',
		path: '/searches?/delete',
		fields: { id: companySearchToDelete },
		expect: signedIn200,
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() =>
				sql`select ${people.com.id}::text as who where not exists (select 1 from public.saved_searches where id = ${companySearchToDelete})`
		]
	},
	{ route: 'POST /notifications ?/readAll', path: '/notifications?/readAll', expect: signedIn200 },
	{
		route: 'POST /reset-password',
		path: '/reset-password',
		fields: { email: people.res.email },
		expect: '400  400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /signin',
		what: 'with a wrong password',
		path: '/signin',
		fields: (a) => ({ email: `nobody-${a}@example.com`, password: 'not-the-password' }),
		expect: '400  400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /signin/code ?/request',
		path: '/signin/code?/request',
		fields: { email: people.res.email },
		expect: '400  400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /account/devices ?/subscribe',
		what: 'a plain http endpoint on loopback, which only a server started to allow it takes',
		path: '/account/devices?/subscribe',
		fields: { endpoint: 'http://127.0.0.1:9/push', p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
		expect: 'in   400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /account/devices ?/subscribe',
		what: 'this browser’s subscription, saved for whoever is signed in',
		path: '/account/devices?/subscribe',
		fields: (a) => ({
			endpoint: `https://fcm.googleapis.com/fcm/send/authz-${a}`,
			// A point on P-256, as a browser's key is (the action refuses one that is not).
			p256dh: 'BFo5d15wXOeXO0Befq2GSUx3fmjDAjukBlEV8zQbutkzkxe0VfY3e-lDmBfZC8hsXKuHFnKWAFhhN_nlT8MHok4',
			auth: 'A'.repeat(22)
		}),
		expect: signedIn200,
		stored: [
			'-    y    y    y    y    y    y    y    y',
			() => sql`select user_id::text as who from public.push_subscriptions where endpoint like '%/send/authz-%'
				and endpoint not like '%authz-company'`
		]
	},
	{
		route: 'POST /account/devices ?/remove',
		what: 'the demo company user’s phone: only its owner removes it',
		path: '/account/devices?/remove',
		fields: { deviceId: '00000000-0000-4000-9060-000000000001' },
		expect: 'in   400  400  400  400  200  400  400  400',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			() => sql`select ${people.com.id}::text as who where not exists (
				select 1 from public.push_subscriptions where id = '00000000-0000-4000-9060-000000000001')`
		]
	},
	{
		route: 'POST /account/team ?/invite',
		path: '/account/team?/invite',
		// One creation key for both companies: a key is each company's own.
		fields: { creationKey: '00000000-0000-4000-9099-000000000001', email: 'colleague@example.com' },
		expect: 'in   403  403  403  403  200  200  403  403',
		stored: [
			'-    -    -    -    -    y    y    -    -',
			(since) => sql`select invited_by::text as who from public.team_invitations where created_at > ${since}`
		]
	},
	{
		route: 'POST /account/team ?/revoke',
		what: 'the demo company’s waiting invitation',
		path: '/account/team?/revoke',
		fields: { invitationId: '00000000-0000-4000-8050-000000000002' },
		expect: 'in   403  403  403  403  200  400  403  403',
		stored: [
			'-    -    -    -    -    y    -    -    -',
			(since) => sql`select invited_by::text as who from public.team_invitations where revoked_at > ${since}`
		]
	},
	{
		route: 'POST /account/team ?/remove',
		what: 'someone who is no member',
		path: '/account/team?/remove',
		fields: { memberId: people.res.id },
		expect: 'in   403  403  403  403  400  400  403  403'
	},
	{
		route: 'POST /account/team ?/makeOwner',
		what: 'someone who is no member',
		path: '/account/team?/makeOwner',
		fields: { memberId: people.res.id },
		expect: 'in   403  403  403  403  400  400  403  403'
	},
	{
		route: 'POST /account/team ?/leave',
		what: 'the demo company’s only owner without a successor, the other company’s only member',
		path: '/account/team?/leave',
		fields: { successorId: '' },
		expect: 'in   403  403  403  403  400  400  403  403',
		stored: [
			nobodyShows,
			(since) => sql`select id::text as who from public.profiles where role = 'company' and organization_id is null
				and updated_at > ${since}`
		]
	},
	{
		route: 'POST /unsubscribe/[token]',
		what: 'a tampered token',
		path: `/unsubscribe/${tamperedUnsubscribe}`,
		expect: '400  400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /unsubscribe/[token]',
		what: 'the researcher’s link: whoever posts it, only the researcher’s topic stops',
		path: `/unsubscribe/${researcherUnsubscribe}`,
		expect: everyone200,
		stored: [
			'-    y    -    -    -    -    -    -    -',
			(since) => sql`select user_id::text as who from public.alert_preferences
				where topic = 'authz_topic' and channel = 'email' and frequency = 'never' and updated_at > ${since}`
		]
	},
	{
		route: 'POST /invitations/[token] ?/accept',
		what: 'a token never issued',
		path: '/invitations/nosuchtoken?/accept',
		expect: 'in   400  400  400  400  400  400  400  400'
	},
	{
		route: 'POST /invitations/[token] ?/signup',
		what: 'a token never issued',
		path: '/invitations/nosuchtoken?/signup',
		fields: (a) => ({
			email: `authz-${a}@invited.example.com`,
			password: 'a-long-enough-password',
			displayName: 'Invited'
		}),
		expect: '400  400  400  400  400  400  400  400  400',
		stored: [nobodyShows, () => sql`select email as who from public.profiles where email like '%@invited.example.com'`]
	},
	{
		route: 'POST /signin/code ?/verify',
		path: '/signin/code?/verify',
		fields: { email: people.res.email, code: '123456' },
		expect: '400  400  400  400  400  400  400  400  400'
	},
	// Universities, colleges and researchers' confirmation (issue #24).
	{
		route: 'GET /colleges',
		path: '/colleges',
		expect: officersAndAdmins,
		shows: ['-    -    -    -    -    -    -    y    y', '计算机与信息科学学院']
	},
	{
		route: 'POST /colleges ?/college',
		what: 'a college of Jinyun: its officer and admins',
		path: '/colleges?/college',
		fields: (a) => ({ universityId: org.jinyun, nameZh: marker(a), nameEn: '' }),
		expect: 'in   403  403  403  403  403  403  200  200',
		stored: [
			'-    -    -    -    -    -    -    y    y',
			() => sql`select name_zh as who from public.organizations where kind = 'college' and name_zh like 'authz:%'`
		]
	},
	{
		route: 'POST /colleges ?/university',
		path: '/colleges?/university',
		fields: (a) => ({ nameZh: marker(a), nameEn: '' }),
		expect: 'in   403  403  403  403  403  403  403  200',
		stored: [
			'-    -    -    -    -    -    -    -    y',
			() => sql`select name_zh as who from public.organizations where kind = 'university' and name_zh like 'authz:%'`
		]
	},
	{
		route: 'GET /members',
		path: '/members',
		expect: officersAndAdmins,
		// The seed's researcher waiting for Jinyun's office: its officer and admins see them.
		shows: ['-    -    -    -    -    -    -    y    y', 'wu.xiaolin@demo.zhiqiao.cn']
	},
	{
		route: 'POST /members ?/decide',
		what: 'declining the seed’s pending researcher: Jinyun’s officer first, then the admin finds it decided',
		path: '/members?/decide',
		fields: (a) => ({ researcherId: pendingResearcher, decision: 'decline', reason: marker(a) }),
		expect: 'in   403  403  403  403  403  403  200  409',
		// The officer's decline runs first, so the admin (who may decide too) finds it decided.
		allowedFirst: true,
		stored: [
			'-    -    -    -    -    -    -    y    -',
			(since) => sql`select after ->> 'reason' as who from public.audit_events
				where action = 'profiles.membership' and created_at >= ${since}`
		]
	},
	{
		route: 'POST /signup',
		path: '/signup',
		fields: (a) => ({
			email: `authz-${a}@signup.example.com`,
			password: 'a-long-enough-password',
			displayName: 'Signed Up',
			role: 'company',
			companyName: 'Authz Ltd',
			locale: 'en'
		}),
		expect: '303  303  303  303  303  303  303  303  303',
		stored: [
			'y    y    y    y    y    y    y    y    y',
			() => sql`select email as who from public.profiles where email like 'authz-%@signup.example.com'`
		]
	},

	// Sign-outs last: each ends the sessions the next case would use.
	{
		route: 'POST /signout',
		path: '/signout',
		expect: '303  303  303  303  303  303  303  303  303',
		endsSession: true
	},
	{
		route: 'POST /account ?/signOutEverywhere',
		path: '/account?/signOutEverywhere',
		expect: 'in   303  303  303  303  303  303  303  303',
		endsSession: true
	}
];
