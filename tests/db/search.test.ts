import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { refreshSearchIndex } from '../../src/lib/server/listing-index.ts';
import { searchListings } from '../../src/lib/server/search.ts';
import { readSearchParameters } from '../../src/lib/schemas/search.ts';
import { asAnon, asService, demo, driver, openTestDatabase } from './setup/database.ts';

const corpus = [
	{
		key: 'sewage',
		title: '城市污水处理厂低碳曝气控制系统',
		pitch: '按需曝气，吨水电耗降低18%',
		industry: 'energy_environment',
		trl: 6,
		mode: 'exclusive_license',
		status: 'published'
	},
	{
		key: 'battery',
		title: '新能源汽车动力电池热管理系统',
		pitch: '液冷板与相变材料耦合，快充温升降低9℃',
		industry: 'automotive',
		trl: 7,
		mode: 'non_exclusive_license',
		status: 'published'
	},
	{
		key: 'perovskite',
		title: '钙钛矿太阳能电池封装材料',
		pitch: 'Perovskite solar cell encapsulation with 2000 h damp-heat stability',
		industry: 'new_materials',
		trl: 5,
		mode: 'assignment',
		status: 'published'
	},
	{
		key: 'heatpump',
		title: 'Air-source heat pump defrosting controller',
		pitch: 'Cuts defrost energy by 30% in humid Chongqing winters',
		industry: 'energy_environment',
		trl: 8,
		mode: 'exclusive_license',
		status: 'published'
	},
	{
		key: 'charging',
		title: '智能充电桩有序充电调度平台',
		pitch: '小区配电容量不增容，支持200个充电桩',
		industry: 'electronic_information',
		trl: 7,
		mode: 'joint_development',
		status: 'published'
	},
	{
		key: 'secret',
		title: '未发布的污水处理草稿',
		pitch: '草稿不应被搜索到',
		industry: 'energy_environment',
		trl: 3,
		mode: 'option',
		status: 'draft'
	}
];

describe(`search on ${driver}`, () => {
	let database: Database;
	const ids = new Map<string, string>();
	const search = (query: string) => searchListings(asAnon(database), readSearchParameters(new URLSearchParams(query)));
	const keysOf = (outcome: Awaited<ReturnType<typeof search>>) =>
		outcome.results.map((result) => [...ids].find(([, id]) => id === result.id)?.[0]);

	beforeAll(async () => {
		database = await openTestDatabase();
		const service = asService(database);
		// A known corpus instead of the demo seed, so every expectation below is exact.
		await service.query(sql`delete from public.deals`);
		await service.query(sql`delete from public.interests`);
		await service.query(sql`delete from public.open_licence_declarations`);
		await service.query(sql`delete from public.listings`);
		for (const [index, listing] of corpus.entries()) {
			const [row] = await service.query<{ id: string }>(sql`
				insert into public.listings (owner_id, institution_id, status, title, pitch, summary, industry, trl, cooperation_modes, published_at)
				values (${demo.researcher}, ${demo.university}, ${listing.status}::public.listing_status, ${listing.title}, ${listing.pitch},
				        '', ${listing.industry}::public.industry, ${listing.trl}, ${[listing.mode]}::text[]::public.cooperation_mode[],
				        now() - make_interval(days => ${index}))
				returning id`);
			ids.set(listing.key, row.id);
		}
		await service.query(sql`
			insert into public.patents (listing_id, position, application_number, patent_type, legal_status)
			values (${ids.get('battery')}, 0, '201710601862.3', 'invention', 'granted'), (${ids.get('charging')}, 0, '201710601862.3', 'invention', 'pending')`);
		// Rows written without the app are indexed at start-up; the same path runs here.
		expect(await refreshSearchIndex(service)).toBe(corpus.length);
	});
	afterAll(() => database.close());

	it('finds a Chinese term inside a longer compound: 水处理 finds 污水处理', async () => {
		expect(keysOf(await search('q=水处理'))).toEqual(['sewage']);
	});

	it('finds Chinese words in a different order than the text', async () => {
		expect(keysOf(await search('q=热管理 电池'))).toEqual(['battery']);
		expect(keysOf(await search('q=电池热管理'))).toEqual(['battery']);
	});

	it('finds terms the segmenter splits into single characters (充电桩, 钙钛矿)', async () => {
		expect(keysOf(await search('q=充电桩'))).toEqual(['charging']);
		expect(keysOf(await search('q=钙钛矿'))).toEqual(['perovskite']);
	});

	it('matches English by word prefix and across languages in one query', async () => {
		expect(keysOf(await search('q=defrost'))).toEqual(['heatpump']);
		expect(keysOf(await search('q=perovskite 封装'))).toEqual(['perovskite']);
	});

	it('honours quoted phrases', async () => {
		expect(keysOf(await search('q="heat pump"'))).toEqual(['heatpump']);
		// Not as a phrase: what comes back is marked as a near match, not a hit.
		expect((await search('q="pump heat"')).approximate).toBe(true);
		expect((await search('q="heat pump"')).approximate).toBe(false);
		expect(keysOf(await search('q=“污水处理厂”'))).toEqual(['sewage']);
	});

	it('falls back to near matches for a typo, and says so', async () => {
		const english = await search('q=defrostng controler');
		expect(english.approximate).toBe(true);
		expect(keysOf(english)[0]).toBe('heatpump');
		const chinese = await search('q=污水处埋');
		expect(chinese.approximate).toBe(true);
		expect(keysOf(chinese)[0]).toBe('sewage');
		// A wrong character in a three-character stretch is corrected instead (能电此 → 能电池).
		const corrected = await search('q=钙钛矿太阳能电此');
		expect(corrected.suggestion).toEqual({ query: '钙钛矿太阳能电池', applied: true });
		expect(keysOf(corrected)[0]).toBe('perovskite');
	});

	it('corrects a misspelt English word to the nearest word of a published listing, within the filters', async () => {
		expect(keysOf(await search('q=encapsulaton'))).toEqual(['perovskite']);
		expect(keysOf(await search('q=humd chongqng'))).toEqual(['heatpump']);
		// Near matches obey the filters too: none here, so nothing is shown as a near match either.
		const filtered = await search('q=encapsulaton&industry=automotive');
		expect(filtered.results).toEqual([]);
		expect(filtered.approximate).toBe(false);
	});

	it('never shows a draft, and lists everything published newest first for an empty query', async () => {
		expect(keysOf(await search('q=草稿'))).toEqual([]);
		const all = await search('');
		expect(keysOf(all)).toEqual(['sewage', 'battery', 'perovskite', 'heatpump', 'charging']);
		expect(all.total).toBe(5);
		expect(all.facets.industry).toEqual({
			energy_environment: 2,
			automotive: 1,
			new_materials: 1,
			electronic_information: 1
		});
		expect(all.facets.legalStatus).toEqual({ granted: 1, pending: 1 });
	});

	it('filters by industry, mode, TRL range and patent status together', async () => {
		expect(keysOf(await search('industry=energy_environment&trlMin=7'))).toEqual(['heatpump']);
		expect(keysOf(await search('mode=joint_development&mode=assignment'))).toEqual(['perovskite', 'charging']);
		expect(keysOf(await search('legalStatus=granted'))).toEqual(['battery']);
		expect(keysOf(await search('q=电池&industry=automotive'))).toEqual(['battery']);
	});

	it('keeps query and filters in step when a patent changes status', async () => {
		const service = asService(database);
		await service.query(
			sql`update public.patents set legal_status = 'lapsed' where listing_id = ${ids.get('battery')}`
		);
		expect(keysOf(await search('q=电池&legalStatus=lapsed&trlMin=7&trlMax=7&mode=non_exclusive_license'))).toEqual([
			'battery'
		]);
		expect(keysOf(await search('q=电池&legalStatus=granted'))).toEqual([]);
		await service.query(
			sql`update public.patents set legal_status = 'granted' where listing_id = ${ids.get('battery')}`
		);
		expect(keysOf(await search('q=电池&legalStatus=granted'))).toEqual(['battery']);
		expect(keysOf(await search(`q=电池&institution=${demo.university}&trlMin=8`))).toEqual([]);
	});

	it('highlights the matched words in the snippet', async () => {
		const [result] = (await search('q=曝气')).results;
		expect(result.snippet.filter((part) => part.match).map((part) => part.text)).toContain('曝气');
	});

	it('finds nothing, and says why, for a query with no word in it', async () => {
		for (const query of ['q=😀', 'q=%', 'q=%25', 'q=" "', 'q=！？']) {
			const outcome = await search(query);
			expect(outcome, query).toMatchObject({ results: [], total: 0, unsearchable: true });
		}
		// Filters alone are still a search of everything, and so is an empty query.
		expect((await search('industry=automotive')).unsearchable).toBe(false);
		expect((await search('q=++')).total).toBe(5);
		expect((await search('q=电池😀')).unsearchable).toBe(false);
	});

	it('searches a 5,000-character query by its first 200 characters', async () => {
		const outcome = await search('q=' + encodeURIComponent('热管理 电池' + ' '.repeat(194) + '钙钛矿'.repeat(1600)));
		expect(keysOf(outcome)).toEqual(['battery']);
	});

	it('treats hostile or malformed input as text, never as an error', async () => {
		for (const query of [
			"q=' or 1=1 --",
			'q=\\',
			'q=:*&|!()',
			'q=' + 'x'.repeat(500),
			'page=-1&trlMin=abc&industry=nope'
		]) {
			await expect(search(query)).resolves.toBeDefined();
		}
	});

	// 230 matches: the first tier holds few, so one more statement reads the rest. 1 200: the first
	// tier holds many, so the next tiers are read one by one.
	it.each([230, 1200])(
		'ranks a bounded, stable set of candidates when %i listings share a word, and pages through it without repeats',
		async (count) => {
			const service = asService(database);
			await service.query(sql`
			insert into public.listings (owner_id, institution_id, status, title, pitch, summary, industry, trl, cooperation_modes, published_at)
			select ${demo.researcher}, ${demo.university}, 'published', '储能电站第' || n || '号', '储能', '', 'energy_environment', 1 + n % 9,
			       '{assignment}', now() - make_interval(days => 10 + n)
			from generate_series(1, ${count}::integer) n`);
			await refreshSearchIndex(service);
			try {
				const first = await search('q=储能');
				expect(first.total).toBe(200);
				expect(first.totalIsLowerBound).toBe(true);
				// Every page of the 200 candidates, without a listing shown twice.
				const pages = [first];
				for (let page = 2; page <= 10; page++) pages.push(await search(`q=储能&page=${page}`));
				const seen = new Set(pages.flatMap((outcome) => outcome.results.map((result) => result.id)));
				expect(seen.size).toBe(200);
				expect((await search('q=储能')).results.map((result) => result.id)).toEqual(
					first.results.map((result) => result.id)
				);
				const narrow = await search('q=储能&trlMin=9');
				expect(narrow.total).toBe(Math.floor((count + 1) / 9));
				expect(narrow.totalIsLowerBound).toBe(false);
				expect(narrow.facets.industry).toEqual({ energy_environment: narrow.total });
			} finally {
				await service.query(sql`delete from public.listings where title like '储能电站第%'`);
			}
		}
	);
});
