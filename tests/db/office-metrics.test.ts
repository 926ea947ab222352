import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as officeMetrics from '../../src/lib/server/office-metrics.ts';
import * as register from '../../src/lib/server/office-metrics-register.ts';
import { funnelBy, funnelOf, modesByYear, yearRange } from '../../src/lib/rules/office-metrics.ts';
import { addMetricsFixture, metricsFixture as f } from './setup/office-metrics.ts';
import { asAnon, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The office metrics against a hand-counted university (tests/db/setup/office-metrics.ts): its
// officer and the admin get exactly these numbers; other officers, researchers, companies and
// anonymous readers get none of them.

const in2024 = { year: 2024, university: null, college: null, industry: null };
const ofFixture = { ...in2024, university: f.university };

describe(`the office metrics on ${driver}`, () => {
	let database: Database;
	const officer = () => asUser(database, f.officer);
	beforeAll(async () => {
		database = await openTestDatabase();
		await addMetricsFixture(database);
	});
	afterAll(() => database.close());

	it('counts the funnel by cohort year, industry and college', async () => {
		const metrics = await officeMetrics.readMetrics(officer(), in2024);
		if (!metrics) throw new Error('refused');
		expect(funnelOf(metrics.funnel, 2024)).toEqual({ listings: 4, interested: 3, dealt: 2, signed: 1 });
		expect(funnelOf(metrics.funnel, 2023)).toEqual({ listings: 1, interested: 1, dealt: 1, signed: 1 });
		expect(funnelOf(metrics.funnel, 2022)).toEqual({ listings: 1, interested: 1, dealt: 1, signed: 1 });
		expect(funnelBy(metrics.funnel, 2024, 'industry')).toEqual([
			{ key: 'automotive', funnel: { listings: 2, interested: 2, dealt: 2, signed: 1 } },
			{ key: 'new_materials', funnel: { listings: 2, interested: 1, dealt: 0, signed: 0 } }
		]);
		expect(funnelBy(metrics.funnel, 2024, 'college')).toEqual(
			expect.arrayContaining([
				{ key: f.collegeEngineering, funnel: { listings: 2, interested: 2, dealt: 2, signed: 1 } },
				{ key: f.collegeScience, funnel: { listings: 2, interested: 1, dealt: 0, signed: 0 } }
			])
		);
		const in2025 = await officeMetrics.readMetrics(officer(), { ...in2024, year: 2025 });
		expect(funnelOf(in2025!.funnel, 2025)).toEqual({ listings: 1, interested: 1, dealt: 1, signed: 1 });
	});

	it('takes the median of the days each stage lasted, for stages left in the year', async () => {
		const metrics = await officeMetrics.readMetrics(officer(), in2024);
		expect(metrics!.stages).toEqual([
			{ stage: 'inquiry', spells: 3, medianDays: 10 },
			{ stage: 'nda', spells: 2, medianDays: 9.25 },
			{ stage: 'evaluation', spells: 2, medianDays: 20.5 },
			{ stage: 'negotiation', spells: 2, medianDays: 11.5 },
			{ stage: 'term_sheet', spells: 1, medianDays: 10 },
			{ stage: 'public_notice', spells: 1, medianDays: 30 }
		]);
		const in2025 = await officeMetrics.readMetrics(officer(), { ...in2024, year: 2025 });
		expect(in2025!.stages).toEqual([{ stage: 'inquiry', spells: 1, medianDays: 8 }]);
	});

	it('gives the yearly figures: disclosures, signed deals by mode, income in fen, active licences', async () => {
		const metrics = await officeMetrics.readMetrics(officer(), { ...in2024, year: 2026 });
		const years = yearRange(2022, 2026);
		expect(metrics!.yearly).toEqual([
			{ year: 2022, disclosures: 1, incomeFen: 0, activeLicences: 0 },
			{ year: 2023, disclosures: 1, incomeFen: 0, activeLicences: 1 },
			{ year: 2024, disclosures: 5, incomeFen: 10_000_000, activeLicences: 1 },
			{ year: 2025, disclosures: 1, incomeFen: 6_000_050, activeLicences: 1 },
			{ year: 2026, disclosures: 0, incomeFen: 0, activeLicences: 0 }
		]);
		expect(
			modesByYear(metrics!.modes, years, ['exclusive_license', 'non_exclusive_license', 'option', 'equity'])
		).toEqual([
			[0, 0, 1, 0, 0],
			[0, 1, 0, 0, 0],
			[0, 0, 1, 0, 0],
			[0, 0, 0, 1, 0]
		]);
	});

	it('filters by college and industry', async () => {
		const science = await officeMetrics.readMetrics(officer(), { ...in2024, college: f.collegeScience });
		expect(funnelOf(science!.funnel, 2024)).toEqual({ listings: 2, interested: 1, dealt: 0, signed: 0 });
		expect(science!.stages).toEqual([]);
		const automotive = await officeMetrics.readMetrics(officer(), { ...in2024, industry: 'automotive' });
		expect(funnelOf(automotive!.funnel, 2024)).toEqual({ listings: 2, interested: 2, dealt: 2, signed: 1 });
		expect(automotive!.yearly.find((row) => row.year === 2024)).toEqual({
			year: 2024,
			disclosures: 3,
			incomeFen: 10_000_000,
			activeLicences: 1
		});
	});

	it('lets the admin report on every university or one; other officers see none of this one', async () => {
		const admin = await officeMetrics.readMetrics(asUser(database, demo.admin), ofFixture);
		const own = await officeMetrics.readMetrics(officer(), in2024);
		expect(admin).toEqual(own);
		const all = await officeMetrics.readMetrics(asUser(database, demo.admin), in2024);
		expect(funnelOf(all!.funnel, 2024).listings).toBeGreaterThanOrEqual(4);
		const demoOfficer = await officeMetrics.readMetrics(asUser(database, demo.officer), ofFixture);
		expect(demoOfficer!.funnel).toEqual([]);
		expect(demoOfficer!.stages).toEqual([]);
		expect(demoOfficer!.modes).toEqual([]);
		expect(demoOfficer!.yearly.every((row) => row.disclosures === 0 && row.incomeFen === 0)).toBe(true);
		// Nor does this officer see the demo university's.
		const other = await officeMetrics.readMetrics(officer(), { ...in2024, university: demo.university });
		expect(other!.funnel).toEqual([]);
		const facets = await officeMetrics.listMetricsFacets(officer(), null);
		expect(facets!.universities.map((u) => u.id)).toEqual([f.university]);
		expect(facets!.colleges.map((c) => c.id).sort()).toEqual([f.collegeEngineering, f.collegeScience].sort());
		// From the first publication (2022) to this year.
		expect(facets!.years.slice(-4)).toEqual([2025, 2024, 2023, 2022]);
		expect(facets!.years[0]).toBe(new Date().getFullYear());
	});

	it('refuses researchers, companies and anonymous readers', async () => {
		for (const user of [f.researcher, demo.researcher, demo.company]) {
			expect(await officeMetrics.readMetrics(asUser(database, user), in2024)).toBeNull();
			expect(await officeMetrics.listMetricsFacets(asUser(database, user), null)).toBeNull();
			expect(await sqlState(register.listRegisterBatch(asUser(database, user), ofFixture, null))).toBe('42501');
		}
		expect(await officeMetrics.readMetrics(asAnon(database), in2024)).toBeNull();
		expect(await sqlState(asAnon(database).query(sql`select app.metrics_scope()`))).toBe('42501');
	});

	it('reads the listings register in batches, every listing once', async () => {
		const batches: string[][] = [];
		for await (const rows of register.readRegister(officer(), { ...in2024, year: null }, 3))
			batches.push(rows.map((row) => row.id));
		expect(batches.map((batch) => batch.length)).toEqual([3, 3, 2]);
		expect(batches.flat().sort()).toEqual([1, 2, 3, 4, 5, 7, 8, 9].map(f.listing).sort());
		const [first] = await register.listRegisterBatch(officer(), { ...in2024, year: 2024 }, null, 1);
		expect(first).toEqual({
			id: f.listing(1),
			title: '统计样例 1',
			universityId: f.university,
			collegeId: f.collegeEngineering,
			industry: 'automotive',
			status: 'published',
			publishedOn: '2024-03-01',
			interests: 1,
			deals: 1,
			signedOn: '2024-06-10'
		});
		const none = await register.listRegisterBatch(asUser(database, demo.officer), { ...ofFixture, year: null }, null);
		expect(none).toEqual([]);
	});
});
