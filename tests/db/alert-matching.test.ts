import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as savedSearches from '../../src/lib/server/saved-searches.ts';
import * as needs from '../../src/lib/server/needs.ts';
import { listingMatchTerms, listingSearchVector } from '../../src/lib/server/listing-index.ts';
import { needSchema } from '../../src/lib/schemas/need.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

const demoCompany = '00000000-0000-4000-8000-000000000201';

const listingText = {
	title: '钠离子电池正极材料低温改性技术',
	pitch: '钠离子电池在零下三十度保持容量',
	summary: '层状氧化物正极的表面包覆，提高低温倍率性能。',
	advantages: ['低温容量保持率高'],
	applications: '储能电站，低速电动车',
	ipcCodes: [],
	patentTitles: [],
	inventorNames: []
};

describe(`alert matching on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	/** A submitted listing of the demo researcher, indexed as the app indexes it. */
	async function submittedListing(text = listingText, industry = 'energy_environment'): Promise<string> {
		const [row] = await database.query<{ id: string }>(sql`
			insert into public.listings (owner_id, institution_id, college_id, status, title, pitch, summary, advantages,
			                             applications, industry, trl, search_vector, match_terms)
			values (${demo.researcher}, ${demo.university}, ${demo.college}, 'submitted', ${text.title}, ${text.pitch},
			        ${text.summary}, ${text.advantages}::text[], ${text.applications}, ${industry}::public.industry, 5,
			        ${listingSearchVector(text)}::tsvector, ${listingMatchTerms(text)}::text[])
			returning id`);
		return row.id;
	}
	const publish = (id: string) =>
		asService(database).query(sql`update public.listings set status = 'published' where id = ${id}`);
	const notificationsOf = (kind: string, listing: string) =>
		database.query<{ userId: string; message: string; savedSearchId: string | null; needId: string | null }>(sql`
			select user_id::text as "userId", message, saved_search_id::text as "savedSearchId", need_id::text as "needId"
			from public.notifications where kind = ${kind} and listing_id = ${listing} order by id`);

	it('tells each matching saved search once about a newly published listing, and no other', async () => {
		const company = asUser(database, demo.company);
		const words = await savedSearches.saveSearch(company, { name: '钠电池', query: 'q=钠离子电池' });
		const filtered = await savedSearches.saveSearch(company, {
			name: '钠电池·储能',
			query: 'q=钠离子&industry=energy_environment&trlMin=3'
		});
		const otherIndustry = await savedSearches.saveSearch(company, {
			name: '钠电池·汽车',
			query: 'q=钠离子&industry=automotive'
		});
		const otherWords = await savedSearches.saveSearch(company, { name: '石墨烯', query: 'q=石墨烯涂层' });
		const officerSearch = await savedSearches.saveSearch(asUser(database, demo.officer), {
			name: '全部储能',
			query: 'industry=energy_environment'
		});
		expect([words, filtered, otherIndustry, otherWords, officerSearch].every((result) => result.ok)).toBe(true);

		const listing = await submittedListing();
		expect(await notificationsOf('saved_search_match', listing)).toEqual([]);
		await publish(listing);
		// The demo company's seeded searches may match too; these are the test's own.
		const ours = new Set(
			[words, filtered, otherIndustry, otherWords, officerSearch].map((result) => (result.ok ? result.id : ''))
		);
		const told = (await notificationsOf('saved_search_match', listing)).filter((row) =>
			ours.has(row.savedSearchId ?? '')
		);
		const ids = (...results: typeof told) => results.map((row) => row.savedSearchId).sort();
		const expected = [words, filtered, officerSearch].map((result) => (result.ok ? result.id : '')).sort();
		expect(ids(...told)).toEqual(expected);
		expect(told.find((row) => row.userId === demo.officer)?.message).toBe('全部储能');

		// Withdrawn to review and published again: nobody hears of it twice.
		await database.query(sql`update public.listings set status = 'submitted' where id = ${listing}`);
		await publish(listing);
		const everyone = await notificationsOf('saved_search_match', listing);
		expect(everyone.filter((row) => ours.has(row.savedSearchId ?? ''))).toHaveLength(3);
		expect(new Set(everyone.map((row) => row.savedSearchId)).size).toBe(everyone.length);
	});

	it('tells a need’s company of a newly published listing matching it, once', async () => {
		const company = asUser(database, demo.company);
		const need = needSchema.parse({
			title: '钠离子电池低温性能提升',
			problem: '冬季储能电站钠离子电池容量衰减，需要正极材料改性方案。',
			industry: 'energy_environment',
			budget: '',
			deadline: ''
		});
		const needId = await needs.createNeed(
			company,
			{ id: demo.company, organizationId: demoCompany },
			{ ...need, creationKey: crypto.randomUUID() }
		);
		expect(needId).not.toBeNull();
		// The new need already matches the published listing of the first test: its researcher hears.
		const toResearcher = await database.query<{ userId: string; ownerId: string; listingId: string }>(sql`
			select n.user_id::text as "userId", l.owner_id::text as "ownerId", n.listing_id::text as "listingId"
			from public.notifications n join public.listings l on l.id = n.listing_id
			where n.kind = 'listing_need_match' and n.need_id = ${needId}`);
		expect(toResearcher.map((row) => row.userId)).toContain(demo.researcher);
		expect(toResearcher.every((row) => row.userId === row.ownerId)).toBe(true);
		expect(new Set(toResearcher.map((row) => row.listingId)).size).toBe(toResearcher.length);
		expect(toResearcher.length).toBeLessThanOrEqual(5);

		const listing = await submittedListing({ ...listingText, title: '钠离子电池低温电解液' });
		await publish(listing);
		const toCompany = (await notificationsOf('need_listing_match', listing)).filter((row) => row.needId === needId);
		const members = await database.query<{ id: string }>(
			sql`select id::text as id from public.profiles where role = 'company' and organization_id = ${demoCompany}`
		);
		expect(toCompany.map((row) => row.userId).sort()).toEqual(members.map((member) => member.id).sort());
		expect(toCompany[0].message).toBe(need.title);
		await database.query(sql`update public.listings set status = 'submitted' where id = ${listing}`);
		await publish(listing);
		expect((await notificationsOf('need_listing_match', listing)).filter((row) => row.needId === needId)).toHaveLength(
			members.length
		);
	});

	it('matches nothing for a listing that only changed, and nothing for a closed need', async () => {
		const listing = await submittedListing();
		await database.query(sql`update public.listings set title = title || '（修订）' where id = ${listing}`);
		expect(await notificationsOf('saved_search_match', listing)).toEqual([]);
		const [closed] = await database.query<{ id: string }>(sql`
			insert into public.needs (company_id, author_id, title, problem, industry, open, match_terms, search_vector)
			values (${demoCompany}, ${demo.company}, '关闭的需求', '钠离子电池', 'energy_environment', false,
			        ${['钠离子']}::text[], to_tsvector('simple', '钠离子'))
			returning id`);
		expect(await database.query(sql`select 1 from public.notifications where need_id = ${closed.id}`)).toEqual([]);
	});
});
