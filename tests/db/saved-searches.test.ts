import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as savedSearches from '../../src/lib/server/saved-searches.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

describe(`saved searches on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('saves a search once, however its query string is written or replayed', async () => {
		const company = asUser(database, demo.company);
		const first = await savedSearches.saveSearch(company, {
			name: '储能电池',
			query: '?q=储能&industry=energy_environment&industry=automotive&page=3'
		});
		const again = await savedSearches.saveSearch(company, {
			name: '另一个名字',
			query: 'industry=automotive&q=储能&industry=energy_environment'
		});
		expect(first.ok && again.ok && again.id === first.id).toBe(true);
		// Saved under another name before: the answer names it, so the page can say so.
		expect(again).toEqual({ ok: true, id: first.ok && first.id, savedAs: '储能电池' });
		expect(
			await savedSearches.saveSearch(company, {
				name: '储能电池',
				query: 'q=储能&industry=automotive&industry=energy_environment'
			})
		).toEqual({ ok: true, id: first.ok && first.id });
		const saved = await savedSearches.listSavedSearches(company);
		expect(saved.filter((search) => search.name === '储能电池')).toHaveLength(1);
		const [row] = await database.query<{ query: string; matchQuery: string | null; industries: string[] }>(sql`
			select query, match_query::text as "matchQuery", industries::text[] as industries
			from public.saved_searches where name = '储能电池'`);
		expect(row.query).toBe(`q=${encodeURIComponent('储能')}&industry=automotive&industry=energy_environment`);
		expect(row.matchQuery).not.toBeNull();
		expect(row.industries).toEqual(['automotive', 'energy_environment']);
	});

	it('refuses text with nothing to search by, an unknown institution, and a twenty-first search', async () => {
		const researcher = asUser(database, demo.researcher);
		expect(await savedSearches.saveSearch(researcher, { name: 'x', query: 'q=😀' })).toEqual({
			ok: false,
			reason: 'alerts_error_unsearchable'
		});
		expect(
			await savedSearches.saveSearch(researcher, { name: 'x', query: `institution=${crypto.randomUUID()}` })
		).toEqual({ ok: false, reason: 'alerts_error_query' });
		// A forged filter value the catalogue ignores would make an alert on every listing.
		expect(await savedSearches.saveSearch(researcher, { name: 'x', query: 'q=储能&industry=nope' })).toEqual({
			ok: false,
			reason: 'alerts_error_query'
		});
		for (let index = 0; index < 20; index++)
			expect((await savedSearches.saveSearch(researcher, { name: `搜索${index}`, query: `q=word${index}` })).ok).toBe(
				true
			);
		expect(await savedSearches.saveSearch(researcher, { name: '多一个', query: 'q=extra' })).toEqual({
			ok: false,
			reason: 'alerts_error_too_many'
		});
		// A replay of one already saved still answers with it at the limit.
		expect((await savedSearches.saveSearch(researcher, { name: '搜索0', query: 'q=word0' })).ok).toBe(true);
	});

	it('lets nobody else read, rename or delete a user’s saved searches (RLS)', async () => {
		const company = asUser(database, demo.company);
		const [own] = await savedSearches.listSavedSearches(company);
		const officer = asUser(database, demo.officer);
		expect(await officer.query(sql`select id from public.saved_searches where id = ${own.id}`)).toEqual([]);
		expect(await savedSearches.renameSavedSearch(officer, own.id, '偷改')).toBe(false);
		await savedSearches.deleteSavedSearch(officer, own.id);
		expect((await savedSearches.listSavedSearches(company)).map((search) => search.name)).toContain(own.name);
		expect(await savedSearches.renameSavedSearch(company, own.id, '新名字')).toBe(true);
		await savedSearches.deleteSavedSearch(company, own.id);
		expect((await savedSearches.listSavedSearches(company)).map((search) => search.id)).not.toContain(own.id);
	});
});
