import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as needs from '../../src/lib/server/needs.ts';
import * as matching from '../../src/lib/server/matching.ts';
import * as savedListings from '../../src/lib/server/saved-listings.ts';
import { needSchema } from '../../src/lib/schemas/need.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

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
		const id = await needs.createNeed(
			company,
			{ id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' },
			need
		);
		expect(id).not.toBeNull();
		expect(
			await needs.createNeed(company, { id: demo.company, organizationId: demo.unverifiedCompany }, need)
		).toBeNull();
		expect(
			await needs.createNeed(
				asUser(database, demo.researcher),
				{ id: demo.researcher, organizationId: demo.college },
				need
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
});
