import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as proposals from '../../src/lib/server/need-proposals.ts';
import * as reads from '../../src/lib/server/need-proposal-reads.ts';
import { proposalSchema } from '../../src/lib/schemas/need-proposal.ts';
import { companyHome, researcherHome } from '../../src/lib/server/home-summaries.ts';
import { addOutsiders } from './setup/outsiders.ts';
import { memoryStorage } from './setup/storage.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

const needs = {
	open: '00000000-0000-4000-8002-000000000001', // the demo company's, open
	closed: '00000000-0000-4000-8002-000000000101',
	expired: '00000000-0000-4000-8002-000000000102',
	otherCompany: '00000000-0000-4000-8002-000000000005' // 江源水务's, open
};
const listings = {
	mine: '00000000-0000-4000-8001-000000000001', // 李明远's, published
	alsoMine: '00000000-0000-4000-8001-000000000008',
	liuSiyuan: '00000000-0000-4000-8001-000000000004'
};
const liuSiyuan = '00000000-0000-4000-8000-000000002002'; // another researcher of the same university
const outsiders = {
	otherCompany: '00000000-0000-4000-8000-00000000a701',
	colleague: '00000000-0000-4000-8000-00000000a702',
	otherOfficer: '00000000-0000-4000-8000-00000000a703',
	university: '00000000-0000-4000-8000-00000000a700'
};
const pdf = new TextEncoder().encode('%PDF-1.4\n% a proposal\n');
const input = (changes: Record<string, unknown> = {}) =>
	proposalSchema.parse({
		creationKey: crypto.randomUUID(),
		approach: '液冷板与相变材料耦合，快充温升控制在 8 ℃ 以内。',
		team: '李明远教授课题组',
		timeline: '6 个月',
		listings: [listings.mine],
		...changes
	});

describe(`proposals answering needs on ${driver}`, () => {
	let database: Database;
	const storage = memoryStorage();
	beforeAll(async () => {
		database = await openTestDatabase();
		await addOutsiders(asService(database), outsiders);
	});
	afterAll(() => database.close());

	const submit = (as: string, need: string, researcher: string, form = input(), file: Uint8Array | null = null) =>
		proposals.submitProposal(
			asUser(database, as),
			storage,
			need,
			researcher,
			form,
			file && { fileName: '方案.pdf', bytes: file }
		);
	const count = async (query: ReturnType<typeof sql>) =>
		Number((await asService(database).query<{ n: number }>(query))[0].n);

	let answered: string;

	it('makes one proposal of a form sent twice, also at once, and stores its file once', async () => {
		const form = input();
		const [first, second] = await Promise.all([
			submit(demo.researcher, needs.open, demo.researcher, form, pdf),
			submit(demo.researcher, needs.open, demo.researcher, form, pdf)
		]);
		expect(first.ok && second.ok).toBe(true);
		answered = first.ok ? first.id : '';
		expect(second).toEqual(first);
		expect(await submit(demo.researcher, needs.open, demo.researcher, form, pdf)).toEqual(first);
		expect(
			await count(sql`select count(*)::int as n from public.need_proposals where creation_key = ${form.creationKey}`)
		).toBe(1);
		// A file the database refused (the losing racer) was removed again: one stored file per proposal.
		expect(storage.keys().filter((key) => key.startsWith(`proposals/${needs.open}/`))).toHaveLength(1);
		// The need's company hears of it.
		expect(
			await count(sql`select count(*)::int as n from public.notifications
				where kind = 'proposal_received' and need_proposal_id = ${answered} and user_id = ${demo.company}`)
		).toBe(1);
	});

	it('is read by its researcher, the university officers and the need company only', async () => {
		const readers = [demo.researcher, demo.officer, demo.company, outsiders.colleague];
		for (const reader of readers) {
			const seen = await reads.listNeedProposals(asUser(database, reader), needs.open);
			expect(
				seen.map((proposal) => proposal.id),
				reader
			).toContain(answered);
			expect(await reads.getProposalFile(asUser(database, reader), answered), reader).not.toBeNull();
		}
		for (const outsider of [liuSiyuan, outsiders.otherCompany, outsiders.otherOfficer, demo.admin]) {
			expect(
				(await reads.listReadableProposals(asUser(database, outsider))).map((p) => p.id),
				outsider
			).not.toContain(answered);
			expect(await reads.getProposalFile(asUser(database, outsider), answered), outsider).toBeNull();
		}
		expect(await sqlState(reads.listReadableProposals(asAnon(database)))).toBe('42501');
		const [seen] = await reads.listNeedProposals(asUser(database, demo.company), needs.open);
		expect(seen.listings).toEqual([{ id: listings.mine, title: expect.any(String) }]);
	});

	it('refuses a closed or expired need, a listing not the researcher’s, a second answer and the wrong sender', async () => {
		expect(await submit(demo.researcher, needs.closed, demo.researcher)).toEqual({ ok: false, reason: 'need_closed' });
		expect(await submit(demo.researcher, needs.expired, demo.researcher)).toEqual({ ok: false, reason: 'need_closed' });
		expect(
			await submit(demo.researcher, needs.otherCompany, demo.researcher, input({ listings: [listings.liuSiyuan] }))
		).toEqual({ ok: false, reason: 'listing_refused' });
		expect(await submit(demo.researcher, needs.open, demo.researcher)).toEqual({ ok: false, reason: 'exists' });
		expect(await submit(demo.researcher, needs.otherCompany, liuSiyuan)).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await submit(demo.company, needs.otherCompany, demo.researcher)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await submit(outsiders.otherOfficer, needs.otherCompany, liuSiyuan, input({ listings: [] }))).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		// A PDF only: an image is refused before anything is stored.
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
		expect(await submit(demo.researcher, needs.otherCompany, demo.researcher, input(), png)).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		// Nobody writes the table directly.
		expect(
			await sqlState(
				asUser(database, demo.researcher).query(sql`insert into public.need_proposals
					(need_id, researcher_id, institution_id, submitted_by, creation_key, approach)
					values (${needs.otherCompany}, ${demo.researcher}, ${demo.university}, ${demo.researcher}, ${crypto.randomUUID()}, 'x')`)
			)
		).toBe('42501');
		expect(
			await sqlState(
				asUser(database, demo.company).query(
					sql`update public.need_proposals set status = 'shortlisted' where id = ${answered}`
				)
			)
		).toBe('42501');
		expect(
			await count(sql`select count(*)::int as n from public.need_proposals where need_id = ${needs.otherCompany}`)
		).toBe(0);
	});

	it('refuses a researcher the university has not confirmed, whoever answers for them', async () => {
		// 吴晓琳, the seed's newcomer, waits for the office's confirmation (supabase/seed.sql, "colleges").
		const pending = '00000000-0000-4000-8000-000000002007';
		const before = await count(sql`select count(*) as n from public.need_proposals where researcher_id = ${pending}`);
		expect(await submit(pending, needs.otherCompany, pending, input({ listings: [] }))).toEqual({
			ok: false,
			reason: 'unconfirmed'
		});
		expect(await submit(demo.officer, needs.otherCompany, pending, input({ listings: [] }))).toEqual({
			ok: false,
			reason: 'unconfirmed'
		});
		expect(await count(sql`select count(*) as n from public.need_proposals where researcher_id = ${pending}`)).toBe(
			before
		);
	});

	it('lets an officer answer for a researcher of the university', async () => {
		const made = await submit(demo.officer, needs.otherCompany, liuSiyuan, input({ listings: [listings.liuSiyuan] }));
		expect(made.ok).toBe(true);
		const mine = await reads.listReadableProposals(asUser(database, liuSiyuan));
		expect(mine.find((proposal) => made.ok && proposal.id === made.id)?.submittedByName).toBe('陈晓东');
		expect((await reads.listProposalResearchers(asUser(database, demo.officer))).map((p) => p.id)).toContain(liuSiyuan);
		expect(await reads.listProposalResearchers(asUser(database, demo.company))).toEqual([]);
	});

	it('moves a proposal only by the right side and from the right status', async () => {
		const company = asUser(database, demo.company);
		expect(await proposals.moveProposal(asUser(database, outsiders.otherCompany), answered, 'shortlisted')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await proposals.moveProposal(asUser(database, demo.researcher), answered, 'shortlisted')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await proposals.moveProposal(company, answered, 'withdrawn')).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await proposals.moveProposal(company, answered, 'shortlisted')).toEqual({ ok: true });
		expect(await proposals.moveProposal(company, answered, 'shortlisted')).toEqual({ ok: true });
		expect(await proposals.moveProposal(company, answered, 'declined', '  ')).toEqual({
			ok: false,
			reason: 'reason_missing'
		});
		expect(
			await count(sql`select count(*)::int as n from public.notifications
				where kind = 'proposal_shortlisted' and need_proposal_id = ${answered} and user_id = ${demo.researcher}`)
		).toBe(1);
	});

	it('turns a proposal into exactly one interest in a listing it names, which the officers then see', async () => {
		const company = asUser(database, demo.company);
		const interests = sql`select count(*)::int as n from public.interests where company_id = '00000000-0000-4000-8000-000000000201'`;
		const before = await count(interests);
		expect(await proposals.convertProposal(company, answered, listings.alsoMine)).toEqual({
			ok: false,
			reason: 'listing_refused'
		});
		expect(await proposals.convertProposal(asUser(database, outsiders.otherCompany), answered, listings.mine)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		const [first, again] = [
			await proposals.convertProposal(company, answered, listings.mine),
			await proposals.convertProposal(company, answered, listings.mine)
		];
		expect(first.ok).toBe(true);
		expect(again).toEqual(first);
		const existing = await count(sql`select count(*)::int as n from public.interests
			where company_id = '00000000-0000-4000-8000-000000000201' and listing_id = ${listings.mine} and status in ('new', 'in_review')
			  and id <> ${first.ok ? first.interestId : ''}`);
		// A new interest, unless the company already had one open in that listing (then that one).
		expect(await count(interests)).toBe(before + (existing === 0 ? 1 : 0));
		const [seen] = await reads.listNeedProposals(company, needs.open);
		expect(seen).toMatchObject({ status: 'converted', interestId: first.ok ? first.interestId : null });
		const officerSees = await asUser(database, demo.officer).query<{ status: string }>(
			sql`select status from public.interests where id = ${first.ok ? first.interestId : ''}`
		);
		expect(officerSees).toHaveLength(1);
		expect(['new', 'in_review']).toContain(officerSees[0].status);
		// Converted is final.
		expect(await proposals.moveProposal(company, answered, 'declined', '不合适')).toEqual({
			ok: false,
			reason: 'illegal'
		});
		expect(await proposals.moveProposal(asUser(database, demo.researcher), answered, 'withdrawn')).toEqual({
			ok: false,
			reason: 'illegal'
		});
	});

	it('declines with a reason, and lets the author withdraw only while it stands', async () => {
		const declined = await submit(demo.officer, needs.open, liuSiyuan, input({ listings: [listings.liuSiyuan] }));
		const withdrawn = await submit(
			'00000000-0000-4000-8000-000000002006',
			needs.open,
			'00000000-0000-4000-8000-000000002006',
			input({ listings: [] })
		);
		if (!declined.ok || !withdrawn.ok) throw new Error('not submitted');
		const company = asUser(database, demo.company);
		expect(await proposals.moveProposal(company, declined.id, 'declined', '与需求方向不符')).toEqual({ ok: true });
		const [notice] = await asService(database).query<{ message: string }>(sql`select message from public.notifications
			where kind = 'proposal_declined' and need_proposal_id = ${declined.id} and user_id = ${liuSiyuan}`);
		expect(notice.message).toBe('与需求方向不符');
		expect(await proposals.moveProposal(company, declined.id, 'shortlisted')).toEqual({ ok: false, reason: 'illegal' });
		expect(await proposals.moveProposal(asUser(database, liuSiyuan), declined.id, 'withdrawn')).toEqual({
			ok: false,
			reason: 'illegal'
		});
		// Another researcher may not withdraw it; its own researcher may, and then it is final.
		expect(await proposals.moveProposal(asUser(database, demo.researcher), withdrawn.id, 'withdrawn')).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		const keller = asUser(database, '00000000-0000-4000-8000-000000002006');
		expect(await proposals.moveProposal(keller, withdrawn.id, 'withdrawn')).toEqual({ ok: true });
		expect(await proposals.moveProposal(company, withdrawn.id, 'shortlisted')).toEqual({
			ok: false,
			reason: 'illegal'
		});
		expect(await proposals.convertProposal(company, withdrawn.id, listings.mine)).toEqual({
			ok: false,
			reason: 'illegal'
		});
		// A withdrawn proposal no longer stands: the researcher may answer again.
		expect(
			(await submit('00000000-0000-4000-8000-000000002006', needs.open, '00000000-0000-4000-8000-000000002006')).ok
		).toBe(
			false // listing 0001 is not Keller's
		);
		expect(
			(
				await submit(
					'00000000-0000-4000-8000-000000002006',
					needs.open,
					'00000000-0000-4000-8000-000000002006',
					input({ listings: [] })
				)
			).ok
		).toBe(true);
	});

	it('offers only the researcher’s published listings', async () => {
		const offered = await reads.listProposableListings(asUser(database, demo.researcher), demo.researcher);
		expect(offered.map((listing) => listing.id)).toEqual(expect.arrayContaining([listings.mine, listings.alsoMine]));
		expect(offered.map((listing) => listing.id)).not.toContain(listings.liuSiyuan);
	});

	it('counts the standing proposals on the researcher’s and the company’s homes', async () => {
		const standing = (reader: string, as: string) =>
			count(sql`select count(*)::int as n from public.need_proposals p join public.needs n on n.id = p.need_id
				where p.status in ('submitted', 'shortlisted') and ${sql([as])} = ${reader}`);
		const researcherCard = (await researcherHome(asUser(database, demo.researcher))).find(
			(c) => c.kind === 'proposals'
		);
		expect(researcherCard?.count).toBe(await standing(demo.researcher, 'p.researcher_id::text'));
		expect(researcherCard?.count).toBeGreaterThan(0);
		const companyCard = (await companyHome(asUser(database, demo.company))).find((c) => c.kind === 'proposals');
		expect(companyCard?.count).toBe(await standing('00000000-0000-4000-8000-000000000201', 'n.company_id::text'));
		expect(companyCard?.rows[0].href).toBe('/proposals');
	});
});
