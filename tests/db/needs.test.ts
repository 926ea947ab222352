import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as needs from '../../src/lib/server/needs.ts';
import * as matching from '../../src/lib/server/matching.ts';
import * as savedListings from '../../src/lib/server/saved-listings.ts';
import { needSchema } from '../../src/lib/schemas/need.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

const ownCompany = '00000000-0000-4000-8000-000000000201';
const otherCompanyMember = '00000000-0000-4000-8000-000000002101'; // 江源水务, another company
const closedNeed = '00000000-0000-4000-8002-000000000101'; // seeded closed, deadline ahead
const expiredNeed = '00000000-0000-4000-8002-000000000102'; // seeded open, deadline passed
const keyed = () => ({ ...need, creationKey: crypto.randomUUID() });

const need = needSchema.parse({
	title: '商用车动力电池快充热管理',
	problem: '电池包快充温升过高，需要热管理方案，控制温升并兼顾成本。',
	industry: 'automotive',
	budget: '800000',
	deadline: '2027-06-30'
});

describe(`needs, matching and saved listings on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('lets a company post a need for its own organisation only', async () => {
		const company = asUser(database, demo.company);
		const id = await needs.createNeed(company, { id: demo.company, organizationId: ownCompany }, keyed());
		expect(id).not.toBeNull();
		expect(
			await needs.createNeed(company, { id: demo.company, organizationId: demo.unverifiedCompany }, keyed())
		).toBeNull();
		expect(
			await needs.createNeed(
				asUser(database, demo.researcher),
				{ id: demo.researcher, organizationId: demo.college },
				keyed()
			)
		).toBeNull();
		expect((await needs.getNeed(asAnon(database), id!))?.title).toBe(need.title);
	});

	it('matches a need to published listings and shows the shared terms', async () => {
		const [row] = await asService(database).query<{ id: string }>(
			sql`select id from public.needs where title = ${need.title}`
		);
		const matches = await matching.listingsForNeed(asAnon(database), row.id);
		expect(matches.length).toBeGreaterThan(0);
		expect(matches[0].title).toContain('热管理');
		expect(matches[0].matchedTerms).toEqual(expect.arrayContaining(['动力', '电池']));
		const [listing] = await asService(database).query<{ id: string }>(
			sql`select id from public.listings where id = ${matches[0].id}`
		);
		const back = await matching.needsForListing(asAnon(database), listing.id);
		expect(back.map((match) => match.id)).toContain(row.id);
	});

	it('saves a listing once however often it is saved, and only for the user who saved it', async () => {
		const [published] = await asService(database).query<{ id: string }>(
			sql`select id from public.listings where status = 'published' limit 1`
		);
		const company = asUser(database, demo.company);
		await Promise.all([1, 2, 3].map(() => savedListings.saveListing(company, demo.company, published.id)));
		expect(await savedListings.listSavedListings(company, demo.company)).toHaveLength(1);
		expect(await savedListings.listSavedListings(asUser(database, demo.officer), demo.company)).toEqual([]);
		// RLS refuses the row (42501); the refusal comes back as a value, which the page makes a 404.
		expect(await savedListings.saveListing(company, demo.researcher, published.id)).toBe(false);
		const [draft] = await asService(database).query<{ id: string }>(sql`
			insert into public.listings (owner_id, institution_id) values (${demo.researcher}, ${demo.university}) returning id`);
		expect(await savedListings.saveListing(company, demo.company, draft.id)).toBe(false);
		expect(await savedListings.saveListing(company, demo.company, crypto.randomUUID())).toBe(false);
		expect(await savedListings.listSavedListings(company, demo.company)).toHaveLength(1);
		expect(await savedListings.listSavedListings(asUser(database, demo.researcher), demo.researcher)).toEqual([]);
	});

	it('makes one need of a form sent twice, also at once', async () => {
		const company = asUser(database, demo.company);
		const author = { id: demo.company, organizationId: ownCompany };
		const input = { ...keyed(), title: '同一表单发送两次的需求' };
		const [first, second] = await Promise.all([
			needs.createNeed(company, author, input),
			needs.createNeed(company, author, input)
		]);
		expect(first).not.toBeNull();
		expect(second).toBe(first);
		expect(await needs.createNeed(company, author, input)).toBe(first);
		const rows = await asService(database).query(sql`select id from public.needs where title = ${input.title}`);
		expect(rows).toHaveLength(1);
		// Another company's member sending the same key gets nothing, and makes nothing.
		const other = { id: otherCompanyMember, organizationId: '00000000-0000-4000-8000-000000000203' };
		expect(await needs.createNeed(asUser(database, otherCompanyMember), other, input)).toBeNull();
	});

	it('lets only its company edit, close and reopen a need; a closed or expired one is neither listed nor matched', async () => {
		const company = asUser(database, demo.company);
		const other = asUser(database, otherCompanyMember);
		const id = (await needs.createNeed(company, { id: demo.company, organizationId: ownCompany }, keyed()))!;
		const edited = { ...need, title: '商用车动力电池快充热管理（修订）' };
		expect(await needs.updateNeed(other, id, edited)).toBe(false);
		expect(await needs.setNeedOpen(other, id, false)).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await needs.updateNeed(company, id, edited)).toBe(true);
		expect((await needs.getNeed(asAnon(database), id))?.title).toBe(edited.title);

		const listed = async () => (await needs.listOpenNeeds(asAnon(database))).map((row) => row.id);
		expect(await listed()).toContain(id);
		// The navigation map's link asks for one industry's needs: this one is automotive.
		const inIndustry = async (industry: 'automotive' | 'biomedicine') =>
			(await needs.listOpenNeeds(asAnon(database), industry)).map((row) => row.industry);
		expect(await inIndustry('automotive')).toContain('automotive');
		expect(new Set(await inIndustry('automotive'))).toEqual(new Set(['automotive']));
		expect(await inIndustry('biomedicine')).not.toContain('automotive');
		expect(await needs.setNeedOpen(company, id, false)).toEqual({ ok: true });
		expect(await listed()).not.toContain(id);
		expect(await needs.getNeed(asAnon(database), id)).toBeNull();
		expect((await needs.getNeed(company, id))?.status).toBe('closed');
		const [listing] = (await matching.listingsForNeed(company, id)).map((match) => match.id);
		expect((await matching.needsForListing(asAnon(database), listing)).map((match) => match.id)).not.toContain(id);
		expect(await needs.setNeedOpen(company, id, true)).toEqual({ ok: true });
		expect(await listed()).toContain(id);

		// Past its deadline: open but not listed, and a closed one past it reopens only with a new deadline.
		expect((await needs.getNeed(asAnon(database), expiredNeed))?.status).toBe('expired');
		expect(await listed()).not.toContain(expiredNeed);
		expect(await listed()).not.toContain(closedNeed);
		expect(await needs.setNeedOpen(company, expiredNeed, false)).toEqual({ ok: true });
		expect(await needs.setNeedOpen(company, expiredNeed, true)).toEqual({ ok: false, reason: 'deadline_passed' });
		expect(await needs.updateNeed(company, expiredNeed, { ...need, deadline: null })).toBe(true);
		expect(await needs.setNeedOpen(company, expiredNeed, true)).toEqual({ ok: true });
		expect(await listed()).toContain(expiredNeed);
		expect((await needs.listCompanyNeeds(company, ownCompany)).map((row) => row.id)).toEqual(
			expect.arrayContaining([id, closedNeed, expiredNeed])
		);
	});
});
