import fc from 'fast-check';
import { cooperationModes, industries, legalStatuses, patentTypes } from '../../../src/lib/vocabularies/listing.ts';
import { dealStages, declineReasons, interestTimelines } from '../../../src/lib/vocabularies/deal.ts';
import { roles } from '../../../src/lib/vocabularies/people.ts';
import { agencyServices } from '../../../src/lib/vocabularies/agency.ts';
import { pricingMethods } from '../../../src/lib/vocabularies/notice.ts';
import { royaltyBases, royaltyPeriods } from '../../../src/lib/vocabularies/income.ts';
import { deductionKinds } from '../../../src/lib/rules/income.ts';
import { form, rows, type Entry, type Field } from './inputs.ts';

/** Who sends a request: demo accounts, throwaway accounts, nobody, or a made-up session cookie. */
export type SessionName =
	| 'researcher'
	| 'company'
	| 'officer'
	| 'admin'
	| 'provider'
	| 'otherResearcher'
	| 'otherCompany'
	| 'passwordChanger'
	| 'leaver'
	| 'anon'
	| 'forged';

/** The rows the fuzz test makes or finds before it starts; every pool also holds ids of nothing. */
export interface Fixtures {
	ownDraft: string;
	draftToSubmit: string;
	draftsToDelete: string[];
	othersDraft: string;
	missing: string;
}

export interface Target {
	/** The role the action is for first; the others, anonymous and a forged cookie are tried too. */
	as: SessionName[];
	/** Ids put in the route's `[id=uuid]`. */
	ids?: readonly string[];
	/** Query strings the page itself may carry (`?redirectTo=…` on sign-in). */
	queries?: readonly string[];
	form: fc.Arbitrary<Entry[]>;
}

const seed = {
	published: '00000000-0000-4000-8001-000000000001',
	publishedToo: '00000000-0000-4000-8001-000000000002',
	toArchive: '00000000-0000-4000-8001-000000000068',
	submitted: ['00000000-0000-4000-8001-000000000069', '00000000-0000-4000-8001-000000000070'],
	researchersDraft: '00000000-0000-4000-8001-000000000071',
	companyNeed: '00000000-0000-4000-8002-000000000001',
	otherCompanysNeed: '00000000-0000-4000-8002-000000000005',
	expiredNeed: '00000000-0000-4000-8002-000000000102',
	// The demo proposals: submitted (to need …003), shortlisted and declined (to need …002).
	proposals: [
		'00000000-0000-4000-8040-000000000001',
		'00000000-0000-4000-8040-000000000002',
		'00000000-0000-4000-8040-000000000003'
	],
	dealRoom: '00000000-0000-4000-8004-000000000001',
	dealToMove: '00000000-0000-4000-8004-000000000002',
	signedDeal: '00000000-0000-4000-8004-000000000004',
	ndaTerms: '00000000-0000-4000-8007-000000000001',
	interests: [
		'00000000-0000-4000-8003-000000000001',
		'00000000-0000-4000-8003-000000000002',
		'00000000-0000-4000-8003-000000000003'
	],
	officer: '00000000-0000-4000-8000-000000001003',
	researcher: '00000000-0000-4000-8000-000000001001',
	admin: '00000000-0000-4000-8000-000000001004',
	// The demo researcher waiting for the office's confirmation (issue #24).
	pendingResearcher: '00000000-0000-4000-8000-000000002007',
	// The demo notices (ids follow from the deal: app.open_public_notice) and the dismissed objection.
	runningNotice: '3825ef6e-b697-4725-852c-fd2e0754437b',
	passedNotice: '9cbb4798-78b6-4477-85c9-ecd8a605b215',
	dismissedObjection: '00000000-0000-4000-8006-000000000001',
	// The demo open licence declarations (lump sum; royalty, taken by the demo's second company).
	openLicences: ['00000000-0000-4000-800b-000000000001', '00000000-0000-4000-800b-000000000002'],
	openLicenceDraft: '00000000-0000-4000-800b-000000000003',
	openLicenceAnnounced: '00000000-0000-4000-800b-000000000001',
	openLicenceWithReport: '00000000-0000-4000-800b-000000000004',
	// The demo valuations (delivered; waiting for the firm; accepted) and two agencies: the valuation firm, a patent agency.
	valuations: [
		'00000000-0000-4000-8037-000000000001',
		'00000000-0000-4000-8037-000000000002',
		'00000000-0000-4000-8037-000000000003',
		'00000000-0000-4000-8037-000000000004',
		'00000000-0000-4000-8037-000000000005'
	],
	// The demo company's signed casting deal, with the valuation …004 attached.
	castingDeal: '00000000-0000-4000-8004-000000000010',
	valuationFirm: '00000000-0000-4000-8000-000000000400',
	// Pledge loans: the demo bank, its registered pledge and the application under review, the
	// demo company's pending declared patent (supabase/seed.sql).
	bank: '00000000-0000-4000-8000-000000000500',
	pledges: ['00000000-0000-4000-8039-000000000001', '00000000-0000-4000-8038-000000000002'],
	declaredPatent: '00000000-0000-4000-8039-100000000003',
	patentAgency: '00000000-0000-4000-8000-000000000401',
	// The demo service cases: quoted, delivered, closed (the company's), requested (the researcher's).
	cases: [
		'00000000-0000-4000-8038-000000000001',
		'00000000-0000-4000-8038-000000000002',
		'00000000-0000-4000-8038-000000000003',
		'00000000-0000-4000-8038-000000000004'
	],
	// The demo standard-term template and the two listings marked express with it.
	licenceTemplate: '00000000-0000-4000-8021-000000000001',
	// Its latest version (2), the one the listings offer.
	licenceTemplateVersion: '00000000-0000-4000-8021-400000000002',
	expressListings: ['00000000-0000-4000-8001-000000000049', '00000000-0000-4000-8001-000000000057'],
	// Accounts no session of the test uses, so an admin's role changes cannot lock the test out.
	bystanders: [
		'00000000-0000-4000-8000-000000002003',
		'00000000-0000-4000-8000-000000002004',
		'00000000-0000-4000-8000-000000002102'
	],
	organizations: [
		'00000000-0000-4000-8000-000000000100',
		'00000000-0000-4000-8000-000000000101',
		'00000000-0000-4000-8000-000000000201',
		'00000000-0000-4000-8000-000000000202',
		'00000000-0000-4000-8000-000000000300'
	]
};

// Where a form may send the user back to: on this site, with text a Location header cannot
// carry as typed, or pretending to be on this site.
const returnPaths = [
	'/',
	'/listings?q=水处理',
	'/中文',
	'//evil.example',
	'/\\evil.example',
	'https://evil.example',
	'/\t/evil',
	'/deals#board'
];
const returnQueries = ['', ...returnPaths.map((path) => `redirectTo=${encodeURIComponent(path)}`)];

const text = (max: number, multiline = false): Field => ({ kind: 'text', max, multiline });
const choice = (values: readonly string[]): Field => ({ kind: 'choice', values });
const amount = (max: number, decimals = 0): Field => ({ kind: 'number', min: 0, max, decimals });
const percent: Field = { kind: 'number', min: 0, max: 100, decimals: 2 };

export function targets(fixtures: Fixtures): Record<string, Target> {
	const ids = (...known: string[]) => [...known, fixtures.missing, known[0].toUpperCase()];
	const id = (...known: string[]): Field => ({ kind: 'id', pool: ids(...known) });
	const needFields = {
		title: text(120),
		problem: text(5000, true),
		industry: choice(industries.values),
		budget: amount(1e12, 2),
		deadline: { kind: 'date' }
	} satisfies Record<string, Field>;
	const none = form({});
	const declarationTerms = {
		feeBasis: choice(['lump_sum', 'royalty', 'lump_sum_and_royalty', '']),
		lumpSum: amount(1e11, 2),
		royaltyPercent: percent,
		royaltyBase: choice(royaltyBases.values),
		royaltyPeriod: choice(royaltyPeriods.values),
		paymentMethod: text(500, true),
		termMonths: { kind: 'number', min: 0, max: 700 } as Field,
		fieldLimits: text(200),
		contact: text(200)
	};

	// A version's standard terms, as the new-template and new-version forms post them.
	const templateTerms = {
		creationKey: id(fixtures.missing),
		mode: choice([...cooperationModes.values, '']),
		upfrontFee: amount(1e11, 2),
		royaltyPercent: percent,
		royaltyBase: choice([...royaltyBases.values, '']),
		royaltyPeriod: choice([...royaltyPeriods.values, '']),
		equityPercent: percent,
		fieldOfUse: text(200),
		territory: text(200),
		termMonths: { kind: 'number', min: 0, max: 700 },
		summary: text(2000, true)
	} satisfies Record<string, Field>;

	const interestForm = form({
		idempotencyKey: id(fixtures.missing),
		wantedMode: choice([...cooperationModes.values, '']),
		fieldOfUse: text(200),
		territory: text(200),
		budgetMin: amount(1e11, 2),
		budgetMax: amount(1e11, 2),
		timeline: choice([...interestTimelines.values, '']),
		message: text(4000, true)
	});
	// The same action adds a message to an open interest when the form names one.
	const interestMessageForm = form({
		idempotencyKey: id(fixtures.missing),
		interest: id(...seed.interests),
		message: text(4000, true)
	});
	const listingForm = form(
		{
			title: text(120),
			pitch: text(200),
			summary: text(5000, true),
			advantages: text(300, true),
			applications: text(2000, true),
			industry: choice(['', ...industries.values]),
			ipcCodes: {
				kind: 'pool',
				values: ['', 'H01M 10/0525', 'H01M 10/0525, G06F 16/3344', 'Z99Z 1/1', 'h01m10/0525；b60l 58/12']
			},
			trl: { kind: 'number', min: 1, max: 9 },
			cooperationModes: choice(cooperationModes.values),
			negotiable: choice(['on', '']),
			askingPrice: amount(1e12, 2),
			// The draft revision the editor showed: the current one, a stale one, none, or nonsense.
			revision: { kind: 'pool', values: ['0', '1', '2', '', '-1', '999999999', '1e3', 'x'] }
		},
		fc
			.tuple(
				rows('inventors', {
					name: text(80),
					share: { kind: 'number', min: 0, max: 100, decimals: 2 },
					email: {
						kind: 'pool',
						values: [
							'',
							'researcher@demo.zhiqiao.cn',
							'zhang.weiguo@demo.zhiqiao.cn',
							'company@demo.zhiqiao.cn',
							'nobody@example.com'
						]
					}
				}),
				rows('patents', {
					number: {
						kind: 'pool',
						values: [
							'202110420380.4',
							'ZL202110420380.4',
							'CN202310773729.1',
							'202222491893.7',
							'ZL95115608.X',
							'202110420380.5',
							'2021104203804'
						]
					},
					type: choice(patentTypes.values),
					legalStatus: choice(legalStatuses.values),
					title: text(200),
					filedOn: { kind: 'date' },
					grantedOn: { kind: 'date' }
				}),
				fc
					.array(fc.constantFrom(...cooperationModes.values), { maxLength: 3 })
					.map((modes) => modes.map((mode): Entry => ['cooperationModes', mode]))
			)
			.map((parts) => parts.flat())
	);
	const editorIds = ids(fixtures.ownDraft, seed.researchersDraft, fixtures.othersDraft, seed.published);
	// A token never issued, one too long to be one, and text a path must escape.
	const invitationTokens = ['nosuchtoken', 'a'.repeat(100), '%E4%B8%AD%2F..'];

	return {
		'/account?/profile': { as: ['researcher', 'company'], form: form({ displayName: text(80) }) },
		'/account?/password': {
			as: ['passwordChanger'],
			form: form({ currentPassword: { kind: 'password' }, newPassword: { kind: 'password' } })
		},
		'/account?/signOutEverywhere': { as: ['leaver'], form: none },
		'/account/devices?/subscribe': {
			as: ['researcher', 'company'],
			form: form({
				endpoint: {
					kind: 'pool',
					values: ['https://fcm.googleapis.com/fcm/send/fuzz', 'http://127.0.0.1:9/push', 'https://push.example.com']
				},
				p256dh: { kind: 'pool', values: [`B${'A'.repeat(86)}`, `A${'A'.repeat(86)}`] },
				auth: { kind: 'pool', values: ['A'.repeat(22), 'B'.repeat(22)] }
			})
		},
		'/account/devices?/remove': {
			as: ['researcher', 'company'],
			form: form({ deviceId: id('00000000-0000-4000-9060-000000000001') })
		},
		// Company teams: the owner and a company's only member; ids of nobody in the team, so a
		// fuzzed leave or removal never empties the demo company for the other targets.
		'/account/team?/invite': {
			as: ['company', 'otherCompany'],
			form: form({ creationKey: id(fixtures.missing, '', 'not-a-uuid'), email: { kind: 'email' } })
		},
		'/account/team?/revoke': {
			as: ['company', 'otherCompany'],
			form: form({ invitationId: id('00000000-0000-4000-8050-000000000002') })
		},
		'/account/team?/remove': { as: ['company', 'otherCompany'], form: form({ memberId: id(seed.researcher) }) },
		'/account/team?/makeOwner': { as: ['company', 'otherCompany'], form: form({ memberId: id(seed.researcher) }) },
		'/account/team?/leave': { as: ['company', 'otherCompany'], form: form({ successorId: id(seed.officer) }) },
		'/invitations/[token]?/accept': { as: ['otherCompany', 'researcher'], ids: invitationTokens, form: none },
		'/invitations/[token]?/signup': {
			as: ['anon', 'company'],
			ids: invitationTokens,
			form: form({ email: { kind: 'email' }, password: { kind: 'password' }, displayName: text(80) })
		},
		// Unsubscribe links: garbage, a well-formed token with a wrong MAC, text a path must escape.
		'/unsubscribe/[token]': {
			as: ['anon', 'researcher'],
			ids: ['nosuchtoken', 'YWJj.ZGVm', `${'a'.repeat(400)}.b`, '%E4%B8%AD%2F..'],
			form: none
		},
		'/signout': { as: ['leaver'], form: none },
		'/admin/organizations?/verify': {
			as: ['admin', 'officer'],
			form: form({
				organizationId: id(...seed.organizations),
				verified: choice(['true', 'false']),
				// Valid codes (one already held by the university), a wrong check character, junk.
				creditCode: choice([
					'91500109MA5YQ7K25M',
					'125000004504001984',
					'91500109MA5YQ7K25N',
					'9150 0109 ma5y q7k2 5m'
				]),
				confirmed: choice(['true', 'false'])
			})
		},
		'/admin/organizations?/notice': {
			as: ['admin', 'officer'],
			form: form({ organizationId: id(...seed.organizations), days: { kind: 'number', min: 0, max: 90 } })
		},
		'/reward-policy?/publish': {
			as: ['officer', 'admin', 'researcher'],
			form: form({
				universityId: id(seed.organizations[0], seed.organizations[1]),
				version: { kind: 'number', min: 0, max: 5 },
				submissionKey: id(fixtures.missing),
				effectiveOn: { kind: 'date' },
				...Object.fromEntries(
					['transfer', 'equity', 'own'].flatMap((kind) =>
						['Inventors', 'College', 'University', 'Office'].map((recipient) => [`${kind}${recipient}`, percent])
					)
				),
				regulationTitle: text(200),
				regulationNumber: text(100),
				regulationEffectiveOn: { kind: 'date' },
				note: text(2000, true)
			})
		},
		'/admin/users?/role': {
			as: ['admin', 'officer'],
			form: form({ userId: id(...seed.bystanders, seed.admin), role: choice(roles.values) })
		},
		'/deals/[id=uuid]?/message': {
			as: ['company', 'officer', 'researcher', 'otherCompany'],
			ids: ids(seed.dealRoom, seed.dealToMove),
			form: form({ idempotencyKey: id(fixtures.missing), body: text(4000, true) })
		},
		'/deals/[id=uuid]?/move': {
			as: ['officer', 'company'],
			ids: ids(seed.dealToMove),
			form: form({ stage: choice(dealStages.values), reason: text(500, true) })
		},
		'/deals/[id=uuid]?/terms': {
			as: ['officer', 'company'],
			// A signed deal too: its terms are history, and a refusal there must still be an answer.
			ids: ids(seed.dealRoom, seed.dealToMove, seed.signedDeal),
			form: form(
				{
					mode: choice(['', ...cooperationModes.values]),
					fieldOfUse: text(200),
					territory: text(200),
					termMonths: { kind: 'number', min: 1, max: 600 },
					upfrontFee: amount(1e11, 2),
					royaltyPercent: percent,
					milestones: text(2000, true),
					equityPercent: percent,
					sublicenceSharePercent: percent,
					royaltyBase: choice(royaltyBases.values),
					royaltyPeriod: choice(royaltyPeriods.values),
					minimumAnnualRoyalty: amount(1e11, 2)
				},
				rows('milestones', {
					description: text(200),
					amount: amount(1e11, 2),
					dueOn: { kind: 'date' },
					dueTrigger: text(200),
					remove: choice(['on', ''])
				})
			)
		},
		'/deals/[id=uuid]?/plan': {
			as: ['officer', 'company'],
			ids: ids(seed.dealRoom, seed.dealToMove),
			form: form({
				officerId: id(seed.officer, seed.researcher, ''),
				nextAction: text(200),
				nextActionOn: { kind: 'date' }
			})
		},
		'/deals/[id=uuid]?/pricing': {
			as: ['officer', 'company'],
			ids: ids(seed.dealRoom, seed.dealToMove),
			form: form({
				pricingMethod: choice(pricingMethods.values),
				exchangeName: text(200),
				exchangeReference: text(100)
			})
		},
		'/notices/[id=uuid]?/object': {
			as: ['anon', 'company', 'officer'],
			ids: ids(seed.runningNotice, seed.passedNotice),
			form: form({
				idempotencyKey: id(fixtures.missing),
				name: text(100),
				contact: text(200),
				grounds: text(4000, true),
				file: { kind: 'file' }
			})
		},
		'/notices/[id=uuid]?/resolve': {
			as: ['officer', 'company'],
			ids: ids(seed.passedNotice, seed.runningNotice),
			form: form({
				objection: id(seed.dismissedObjection),
				decision: choice(['dismissed', 'upheld']),
				resolution: text(2000, true)
			})
		},
		'/open-licences/[id=uuid]/accept': {
			as: ['company', 'otherCompany', 'officer'],
			ids: ids(...seed.openLicences),
			form: form({ acceptanceKey: id(fixtures.missing), confirmed: choice(['on', 'off']) })
		},
		'/deals/[id=uuid]?/upload': {
			as: ['company', 'officer', 'otherCompany'],
			ids: ids(seed.dealRoom),
			form: form({ file: { kind: 'file' } })
		},
		// Closing (issue #19): the NDA card and the filings checklist of the deal room.
		'/deals/[id=uuid]?/ndaAccept': {
			as: ['company', 'officer', 'otherCompany'],
			ids: ids(seed.dealRoom, seed.dealToMove),
			form: form({ terms: id(seed.ndaTerms) })
		},
		'/deals/[id=uuid]?/ndaOffline': {
			as: ['officer', 'company'],
			ids: ids(seed.dealRoom, seed.dealToMove),
			form: form({ signedOn: { kind: 'date' }, file: { kind: 'file' } })
		},
		'/deals/[id=uuid]?/filingDone': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({ filing: id(fixtures.missing), number: text(100), filedOn: { kind: 'date' }, file: { kind: 'file' } })
		},
		'/deals/[id=uuid]?/filingWaive': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({ filing: id(fixtures.missing), reason: text(500, true) })
		},
		// Income (issue #20): the signed demo licence's income page. Ids are mostly of nothing: the
		// refusals must be answers, never errors.
		'/deals/[id=uuid]/valuations?/attach': {
			as: ['company', 'officer', 'researcher', 'otherCompany'],
			ids: ids(seed.castingDeal, seed.signedDeal, seed.dealRoom),
			form: form({ valuationId: id(...seed.valuations, fixtures.missing, '') })
		},
		'/deals/[id=uuid]/valuations?/detach': {
			as: ['company', 'officer', 'researcher', 'otherCompany'],
			ids: ids(seed.castingDeal, seed.dealRoom),
			form: form({ valuationId: id(...seed.valuations, fixtures.missing, '') })
		},
		'/deals/[id=uuid]/income?/report': {
			as: ['company', 'officer', 'otherCompany'],
			ids: ids(seed.signedDeal, seed.dealRoom),
			form: form({
				idempotencyKey: id(fixtures.missing),
				scheduleLineId: id(fixtures.missing),
				sales: amount(1e14, 2),
				statedRoyalty: amount(1e14, 2)
			})
		},
		'/deals/[id=uuid]/income?/receipt': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal, seed.dealRoom),
			form: form({
				idempotencyKey: id(fixtures.missing),
				scheduleLineId: id(fixtures.missing),
				amount: amount(1e14, 2),
				receivedOn: { kind: 'date' },
				bankReference: text(100),
				file: { kind: 'file' }
			})
		},
		'/deals/[id=uuid]/income?/deduction': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({
				idempotencyKey: id(fixtures.missing),
				receiptId: id(fixtures.missing),
				kind: choice(deductionKinds),
				amount: amount(1e14, 2),
				note: text(200)
			})
		},
		'/deals/[id=uuid]/income?/removeDeduction': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({
				receiptId: id(fixtures.missing),
				deductionId: { kind: 'pool', values: ['1', '999999', '0', '-1', '1.5', '99999999999999999999', 'x', ''] }
			})
		},
		'/deals/[id=uuid]/income?/approve': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({ receiptId: id(fixtures.missing), key: id(fixtures.missing) })
		},
		'/deals/[id=uuid]/income?/reverse': {
			as: ['officer', 'company'],
			ids: ids(seed.signedDeal),
			form: form({ receiptId: id(fixtures.missing), key: id(fixtures.missing) })
		},
		'/deals/[id=uuid]/income?/payout': {
			as: ['officer', 'researcher'],
			ids: ids(seed.signedDeal),
			form: form({
				lineId: { kind: 'pool', values: ['1', '2', '999999', '0', '-1', '1.5', '99999999999999999999', 'x', ''] },
				paidOn: { kind: 'date' },
				reference: text(100)
			})
		},
		'/interests?/review': { as: ['officer', 'company'], form: form({ interest: id(...seed.interests) }) },
		'/interests?/decline': {
			as: ['officer', 'company'],
			form: form({ interest: id(...seed.interests), reason: choice(declineReasons.values), note: text(500, true) })
		},
		'/interests?/convert': { as: ['officer', 'company'], form: form({ interest: id(...seed.interests) }) },
		'/interests?/withdraw': { as: ['company', 'otherCompany'], form: form({ interest: id(...seed.interests) }) },
		'/listings/[id=uuid]?/save': { as: ['company', 'researcher'], ids: editorIds, form: none },
		'/listings/[id=uuid]?/unsave': { as: ['company', 'researcher'], ids: editorIds, form: none },
		'/listings/[id=uuid]?/review': {
			as: ['officer', 'researcher'],
			ids: ids(...seed.submitted, seed.published, fixtures.ownDraft),
			form: form({ decision: choice(['publish', 'request_changes', 'reject']), comment: text(2000, true) })
		},
		'/listings/[id=uuid]?/archive': {
			as: ['researcher', 'officer'],
			ids: ids(seed.toArchive, fixtures.ownDraft),
			form: none
		},
		'/listings/[id=uuid]/edit?/save': {
			as: ['researcher', 'otherResearcher', 'officer'],
			ids: editorIds,
			form: listingForm
		},
		'/listings/[id=uuid]/edit?/submit': {
			as: ['researcher', 'otherResearcher'],
			ids: ids(fixtures.draftToSubmit, fixtures.othersDraft),
			form: listingForm
		},
		'/listings/[id=uuid]/edit?/upload': {
			as: ['researcher', 'otherResearcher'],
			ids: editorIds,
			form: form({ file: { kind: 'file' }, confidential: choice(['on', '']) })
		},
		'/listings/[id=uuid]/edit?/removeFile': {
			as: ['researcher', 'otherResearcher'],
			ids: editorIds,
			form: form({ fileId: id(fixtures.missing, '') })
		},
		'/listings/[id=uuid]/edit?/delete': {
			as: ['researcher', 'otherResearcher'],
			ids: ids(...fixtures.draftsToDelete, fixtures.othersDraft, seed.published),
			form: none
		},
		'/listings/[id=uuid]/express': {
			as: ['company', 'otherCompany', 'officer'],
			ids: ids(...seed.expressListings, seed.published),
			form: form({
				acceptanceKey: id(fixtures.missing, '', 'not-a-uuid'),
				versionId: id(seed.licenceTemplateVersion, fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/licence-templates?/mark': {
			as: ['officer', 'company'],
			form: form({
				listing: id(seed.published, ...seed.expressListings, seed.researchersDraft),
				template: id(seed.licenceTemplate)
			})
		},
		'/licence-templates?/unmark': {
			as: ['officer', 'company'],
			form: form({ listing: id(seed.publishedToo, seed.researchersDraft) })
		},
		'/licence-templates/new': {
			as: ['officer', 'researcher'],
			form: form({ name: text(100), ...templateTerms })
		},
		'/licence-templates/[id=uuid]/version': {
			as: ['officer', 'company'],
			ids: ids(seed.licenceTemplate),
			form: form({ version: { kind: 'number', min: 0, max: 5 }, ...templateTerms })
		},
		'/listings/[id=uuid]/interest': {
			as: ['company', 'otherCompany', 'researcher'],
			ids: ids(seed.published, seed.publishedToo, seed.researchersDraft),
			form: fc.oneof(interestForm, interestMessageForm)
		},
		'/locale': {
			as: ['anon', 'company'],
			form: form({ locale: choice(['zh-CN', 'en']), redirectTo: { kind: 'pool', values: returnPaths } })
		},
		'/my/listings?/create': {
			as: ['researcher', 'company'],
			form: form({ creationKey: id(fixtures.missing, '', 'not-a-uuid') })
		},
		// Open licences (issue #21): the officer's declaration screens; a company is refused.
		'/open-licences/manage/new': {
			as: ['officer', 'company'],
			form: form({ patentId: id(fixtures.missing, ''), creationKey: id(fixtures.missing, ''), ...declarationTerms })
		},
		'/open-licences/manage/[id=uuid]?/update': {
			as: ['officer', 'company'],
			ids: ids(seed.openLicenceDraft, seed.openLicenceAnnounced),
			form: form(declarationTerms)
		},
		'/open-licences/manage/[id=uuid]?/submit': {
			as: ['officer', 'company'],
			ids: ids(seed.openLicenceDraft, seed.openLicenceAnnounced),
			form: none
		},
		'/open-licences/manage/[id=uuid]?/announce': {
			as: ['officer', 'company'],
			ids: ids(seed.openLicenceDraft, seed.openLicenceAnnounced),
			form: form({ announcementNumber: text(100), announcedOn: { kind: 'date' } })
		},
		'/open-licences/manage/[id=uuid]?/withdraw': {
			as: ['officer', 'company'],
			ids: ids(seed.openLicenceAnnounced, seed.openLicenceDraft),
			form: form({ withdrawalAnnouncementNumber: text(100), withdrawnOn: { kind: 'date' } })
		},
		'/open-licences/manage/[id=uuid]?/report': {
			as: ['officer', 'company'],
			ids: ids(seed.openLicenceWithReport, seed.openLicenceAnnounced, seed.openLicenceDraft),
			form: form({ file: { kind: 'file' } })
		},
		'/open-licences/manage/[id=uuid]?/delete': {
			as: ['company', 'officer'],
			ids: ids(seed.openLicenceAnnounced, seed.openLicenceDraft),
			form: none
		},
		'/valuations/new?/search': {
			as: ['company', 'researcher', 'officer', 'admin'],
			form: form({ patentQuery: text(200, true), patentIds: id(fixtures.missing, ''), notes: text(2000, true) })
		},
		'/valuations/new?/request': {
			as: ['company', 'researcher', 'officer', 'admin'],
			form: form({
				firmId: id(seed.valuationFirm, seed.patentAgency, ''),
				patentIds: id(fixtures.missing, ''),
				purpose: choice(['deal_pricing', 'pledge_loan', 'equity_contribution', '']),
				preferredMethod: choice(['cost', 'market', 'income', '']),
				notes: text(2000, true),
				wantedBy: { kind: 'date' },
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/valuations/[id=uuid]?/accept': { as: ['company', 'officer'], ids: ids(...seed.valuations), form: none },
		'/valuations/[id=uuid]?/decline': {
			as: ['company', 'officer'],
			ids: ids(...seed.valuations),
			form: form({ reason: text(500, true) })
		},
		'/valuations/[id=uuid]?/deliver': {
			as: ['company', 'officer'],
			ids: ids(...seed.valuations),
			form: form({
				file: { kind: 'file' },
				low: amount(1e11, 2),
				high: amount(1e11, 2),
				methodUsed: choice(['cost', 'market', 'income', '']),
				baseDate: { kind: 'date' },
				validUntil: { kind: 'date' }
			})
		},
		'/valuations/[id=uuid]?/withdraw': { as: ['company', 'researcher'], ids: ids(...seed.valuations), form: none },
		// Service cases (issue #22): the request names its agency in the query (a valuation firm, an
		// unverified broker and nothing among them); the steps on every demo case, as either side.
		'/cases/new?/search': {
			as: ['company', 'researcher', 'officer', 'admin'],
			queries: [`agency=${seed.patentAgency}`, 'agency=not-a-uuid', ''],
			form: form({ patentQuery: text(200, true), patentIds: id(fixtures.missing, ''), scope: text(4000, true) })
		},
		'/cases/new?/request': {
			as: ['company', 'researcher', 'officer', 'admin'],
			queries: [
				`agency=${seed.patentAgency}`,
				`agency=${seed.valuationFirm}`,
				'agency=00000000-0000-4000-8000-000000000402',
				'agency=not-a-uuid',
				''
			],
			form: form({
				service: choice(['application_drafting', 'fto_search', 'valuation', 'litigation_advice', '']),
				scope: text(4000, true),
				deadline: { kind: 'date' },
				budget: amount(1e12, 2),
				patentIds: id(fixtures.missing, ''),
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/cases/[id=uuid]?/quote': {
			as: ['provider', 'company'],
			ids: ids(...seed.cases),
			form: form({ amount: amount(1e12, 2), days: { kind: 'number', min: 0, max: 400 }, note: text(1000, true) })
		},
		'/cases/[id=uuid]?/decline': {
			as: ['provider', 'company'],
			ids: ids(...seed.cases),
			form: form({ reason: text(500, true) })
		},
		'/cases/[id=uuid]?/accept': { as: ['company', 'researcher'], ids: ids(...seed.cases), form: none },
		'/cases/[id=uuid]?/declineQuote': { as: ['company', 'researcher'], ids: ids(...seed.cases), form: none },
		'/cases/[id=uuid]?/withdraw': { as: ['company', 'researcher'], ids: ids(...seed.cases), form: none },
		'/cases/[id=uuid]?/deliver': {
			as: ['provider', 'company'],
			ids: ids(...seed.cases),
			form: form({ file: { kind: 'file' } })
		},
		'/cases/[id=uuid]?/close': {
			as: ['company', 'researcher'],
			ids: ids(...seed.cases),
			form: form({ rating: { kind: 'number', min: 0, max: 6 }, comment: text(500, true) })
		},
		'/cases/[id=uuid]?/message': {
			as: ['company', 'officer'],
			ids: ids(...seed.cases),
			form: form({ idempotencyKey: id(fixtures.missing, '', 'not-a-uuid'), body: text(4000, true) })
		},
		'/cases/[id=uuid]?/upload': {
			as: ['company', 'officer'],
			ids: ids(...seed.cases),
			form: form({ file: { kind: 'file' } })
		},
		'/pledges/new': {
			as: ['company', 'researcher'],
			form: form({
				bankId: id(seed.bank, seed.valuationFirm, ''),
				amount: amount(1e11, 2),
				termMonths: { kind: 'number', min: 0, max: 400 },
				purpose: text(500, true),
				numbers: choice(['202211424494.7', '202210256701.6', '202510123456.5', '201810694956.4', '']),
				valuationId: id(...seed.valuations, ''),
				riskCompensation: choice(['on', '']),
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/pledges/patents?/declare': {
			as: ['company', 'researcher'],
			form: form({
				number: choice(['202520345678.7', '202520345678.1', 'ZL 2025 2034 5678.7', '12', '']),
				title: text(200),
				patentType: choice(['invention', 'utility_model', 'design', '']),
				legalStatus: choice(['granted', 'pending', 'lapsed', '']),
				grantedOn: { kind: 'date' },
				coOwner: text(200),
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/pledges/patents?/remove': { as: ['company'], form: form({ id: id(seed.declaredPatent, '') }) },
		'/pledges/[id=uuid]?/withdraw': { as: ['company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/review': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/approve': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/disburse': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/repaid': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/defaulted': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/release': { as: ['provider', 'company'], ids: ids(...seed.pledges), form: none },
		'/pledges/[id=uuid]?/decline': {
			as: ['provider', 'company'],
			ids: ids(...seed.pledges),
			form: form({ reason: text(500, true) })
		},
		'/pledges/[id=uuid]?/register': {
			as: ['provider', 'company'],
			ids: ids(...seed.pledges),
			form: form({ registrationNumber: text(60), registeredOn: { kind: 'date' } })
		},
		'/pledges/[id=uuid]?/consent': {
			as: ['provider', 'company'],
			ids: ids(...seed.pledges),
			form: form({
				number: choice(['202210256701.6', '202211424494.7', '']),
				scope: choice(['assignment', 'licence', '']),
				counterparty: text(200)
			})
		},
		'/portfolio?/handOver': {
			as: ['officer', 'researcher'],
			form: form({
				patents: id(fixtures.missing, '', 'not-a-uuid'),
				researcherId: id(seed.researcher, fixtures.missing, '', 'not-a-uuid'),
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/portfolio/import?/upload': { as: ['officer', 'researcher'], form: form({ file: { kind: 'file' } }) },
		'/portfolio/import?/confirm': {
			as: ['officer', 'admin'],
			form: form({ token: id(fixtures.missing, '', 'not-a-uuid') })
		},
		'/portfolio/watch?/decide': {
			as: ['officer', 'company'],
			form: form({
				patentId: id(fixtures.missing, '', 'not-a-uuid'),
				dueOn: { kind: 'date' },
				decision: choice(['keep', 'let_lapse', 'open_licence', 'offer', '']),
				note: text(500, true),
				lapseNow: choice(['on', '']),
				creationKey: id(fixtures.missing, '', 'not-a-uuid')
			})
		},
		'/nda-terms': {
			as: ['officer', 'company'],
			form: form({ bodyZh: text(20000, true), bodyEn: text(20000, true) })
		},
		// The demo valuation firm's staff edit its profile (issue #22); a university is the only
		// kind of organisation it may name, a college or an unknown id is left out.
		'/provider': {
			as: ['provider', 'company'],
			form: form({
				services: { kind: 'choice', values: agencyServices.values },
				summaryZh: text(2000, true),
				summaryEn: text(2000, true),
				feeBasis: text(500),
				turnaroundDays: { kind: 'number', min: 1, max: 365 },
				credentials: text(500),
				universityIds: id(seed.organizations[0], seed.organizations[1])
			})
		},
		'/needs/new': {
			as: ['company', 'researcher'],
			form: form({ ...needFields, creationKey: id(fixtures.missing, '', 'not-a-uuid') })
		},
		'/needs/[id=uuid]/edit': {
			as: ['company', 'otherCompany', 'researcher'],
			ids: ids(seed.companyNeed, seed.otherCompanysNeed),
			form: form(needFields)
		},
		'/needs/[id=uuid]?/close': {
			as: ['company', 'otherCompany'],
			ids: ids(seed.companyNeed, seed.otherCompanysNeed),
			form: none
		},
		'/needs/[id=uuid]?/reopen': {
			as: ['company', 'otherCompany'],
			ids: ids(seed.companyNeed, seed.expiredNeed, seed.otherCompanysNeed),
			form: none
		},
		'/needs/[id=uuid]/propose': {
			as: ['researcher', 'officer', 'company'],
			ids: ids(seed.companyNeed, seed.otherCompanysNeed, seed.expiredNeed),
			form: form({
				creationKey: id(fixtures.missing, '', 'not-a-uuid'),
				researcher: id(seed.researcher, ''),
				approach: text(4000, true),
				team: text(2000, true),
				timeline: text(1000, true),
				listings: id(seed.published, seed.publishedToo, '00000000-0000-4000-8001-000000000004'),
				file: { kind: 'file' }
			})
		},
		'/needs/[id=uuid]?/shortlist': {
			as: ['company', 'otherCompany', 'researcher'],
			ids: ids('00000000-0000-4000-8002-000000000003', seed.companyNeed),
			form: form({ proposal: id(...seed.proposals) })
		},
		'/needs/[id=uuid]?/decline': {
			as: ['company', 'otherCompany'],
			ids: ids('00000000-0000-4000-8002-000000000002'),
			form: form({ proposal: id(...seed.proposals), reason: text(1000, true) })
		},
		'/needs/[id=uuid]?/convert': {
			as: ['company', 'otherCompany'],
			ids: ids('00000000-0000-4000-8002-000000000003'),
			form: form({
				proposal: id(...seed.proposals),
				listing: id(seed.published, '00000000-0000-4000-8001-000000000008')
			})
		},
		'/proposals?/withdraw': {
			as: ['researcher', 'officer', 'company'],
			form: form({ proposal: id(...seed.proposals) })
		},
		'/account/alerts?/save': {
			as: ['company'],
			form: form({
				...Object.fromEntries(
					['saved_searches', 'matches', 'deals', 'listings', 'other'].flatMap((topic) =>
						['email', 'push'].map((channel) => [
							`${topic}.${channel}`,
							choice(['immediately', 'daily', 'weekly', 'never'])
						])
					)
				),
				quietFrom: text(8),
				quietUntil: text(8)
			})
		},
		'/searches?/create': {
			as: ['researcher', 'company'],
			form: form({ name: text(60), query: text(4000) })
		},
		'/searches?/rename': {
			as: ['company'],
			form: form({ id: id(fixtures.missing, '', 'not-a-uuid'), name: text(60) })
		},
		'/searches?/delete': { as: ['company'], form: form({ id: id(fixtures.missing, '', 'not-a-uuid') }) },
		'/notifications?/read': {
			as: ['researcher', 'company'],
			form: form({ id: { kind: 'number', min: 1, max: 2 ** 63 } })
		},
		'/notifications?/readAll': { as: ['researcher', 'company'], form: none },
		'/reset-password': { as: ['anon'], form: form({ email: { kind: 'email' } }) },
		'/signin': {
			as: ['anon', 'company'],
			queries: returnQueries,
			form: form({ email: { kind: 'email' }, password: { kind: 'password' } })
		},
		'/signin/code?/request': { as: ['anon'], form: form({ email: { kind: 'email' } }) },
		'/signin/code?/verify': {
			as: ['anon'],
			queries: returnQueries,
			form: form({ email: { kind: 'email' }, code: { kind: 'number', min: 0, max: 9_999_999_999 } })
		},
		'/signup': {
			as: ['anon', 'company'],
			form: form({
				email: { kind: 'email' },
				password: { kind: 'password' },
				displayName: text(80),
				role: choice(['researcher', 'company', 'officer', 'admin']),
				universityId: id(...seed.organizations),
				organizationId: id(...seed.organizations),
				companyName: text(200)
			})
		},
		// Colleges and researchers' confirmation (issue #24).
		'/colleges?/college': {
			as: ['officer', 'admin', 'researcher'],
			form: form({ universityId: id(...seed.organizations), nameZh: text(200), nameEn: text(200) })
		},
		'/colleges?/university': { as: ['admin', 'officer'], form: form({ nameZh: text(200), nameEn: text(200) }) },
		'/members?/decide': {
			as: ['officer', 'admin', 'researcher'],
			form: form({
				researcherId: id(seed.pendingResearcher, seed.researcher),
				decision: choice(['confirm', 'decline', 'approve']),
				reason: text(500)
			})
		}
	};
}
