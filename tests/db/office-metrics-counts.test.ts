import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as officeMetrics from '../../src/lib/server/office-metrics.ts';
import { funnelBy, funnelOf } from '../../src/lib/rules/office-metrics.ts';
import { addMetricsFixture, metricsFixture as f } from './setup/office-metrics.ts';
import { recountAndRead, type Filter } from './setup/office-metrics-recount.ts';
import { asAnon, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// The office metrics are counted ahead in summary tables kept by triggers
// (20261212200000_office_metrics_counts.sql). These tests change the hand-counted university of
// tests/db/setup/office-metrics.ts and check the figures follow; then they compare every figure
// with a recount from the plain rows (tests/db/setup/office-metrics-recount.ts), after seeding
// and after a random sequence of writes.

const in2024 = { year: 2024, university: null, college: null, industry: null };
const filters: Filter[] = [
	{ college: null, industry: null },
	{ college: f.collegeEngineering, industry: null },
	{ college: f.collegeScience, industry: null },
	{ college: null, industry: 'automotive' },
	{ college: demo.college, industry: 'new_materials' }
];
const years = [2022, 2023, 2024, 2025, 2026];

describe(`the office metrics' summary on ${driver}`, () => {
	let database: Database;
	const officer = () => asUser(database, f.officer);
	const admin = () => asUser(database, demo.admin);
	// Written as the owner with triggers off but the summary's (they fire ALWAYS), like the fixture.
	const write = (work: (tx: Executor) => Promise<unknown>) =>
		database.transaction(async (tx) => {
			await tx.query(sql`set local session_replication_role = replica`);
			await work(tx);
		});
	const metrics = async (filter = {}) => (await officeMetrics.readMetrics(officer(), { ...in2024, ...filter }))!;
	async function expectRecountMatches() {
		const { recounted, read } = await recountAndRead(database, admin(), filters, years);
		expect(read).toEqual(recounted);
	}

	beforeAll(async () => {
		database = await openTestDatabase();
		await addMetricsFixture(database);
	});
	afterAll(() => database.close());

	it('matches a recount from the plain rows after seeding', async () => {
		const [{ listings }] = await database.query<{ listings: number }>(
			sql`select sum(listings)::int as listings from app.metrics_listing_counts`
		);
		expect(listings).toBeGreaterThan(9);
		await expectRecountMatches();
	});

	it('is not readable directly, only through the figure functions', async () => {
		for (const table of ['metrics_listing_counts', 'metrics_stage_spells', 'metrics_income', 'metrics_listing_facts'])
			for (const reader of [admin(), officer(), asAnon(database)])
				expect(await sqlState(reader.query(sql([`select * from app.${table}`])))).toBe('42501');
	});

	it("follows a listing's industry, college and status", async () => {
		await write((tx) => tx.query(sql`update public.listings set industry = 'automotive' where id = ${f.listing(3)}`));
		expect(funnelBy((await metrics()).funnel, 2024, 'industry')).toEqual([
			{ key: 'automotive', funnel: { listings: 3, interested: 3, dealt: 2, signed: 1 } },
			{ key: 'new_materials', funnel: { listings: 1, interested: 0, dealt: 0, signed: 0 } }
		]);
		// Listing 1 (its deal signed, its stages in 2024) moves to the science college.
		await write((tx) =>
			tx.query(sql`update public.listings set college_id = ${f.collegeScience} where id = ${f.listing(1)}`)
		);
		const science = await metrics({ college: f.collegeScience });
		expect(funnelOf(science.funnel, 2024)).toEqual({ listings: 3, interested: 2, dealt: 1, signed: 1 });
		expect(science.stages.map((row) => row.stage)).toEqual([
			'inquiry',
			'nda',
			'evaluation',
			'negotiation',
			'term_sheet',
			'public_notice'
		]);
		expect(science.yearly.find((row) => row.year === 2024)?.incomeFen).toBe(10_000_000);
		expect((await metrics({ college: f.collegeEngineering })).yearly.find((row) => row.year === 2024)?.incomeFen).toBe(
			0
		);
		// Listing 6, a draft created in 2024, is submitted: one more disclosure.
		await write((tx) => tx.query(sql`update public.listings set status = 'submitted' where id = ${f.listing(6)}`));
		expect((await metrics()).yearly.find((row) => row.year === 2024)?.disclosures).toBe(6);
		await expectRecountMatches();
	});

	it("follows a deal's stage, an interest's deletion and a receipt's coming and going", async () => {
		// Deal 2 goes from negotiation (entered 20 June 2024, 12:00 UTC) to signed on 1 July, an option.
		await write(async (tx) => {
			await tx.query(sql`update public.deals set stage = 'signed', mode = 'option', signed_on = '2024-07-01',
				effective_on = '2024-07-01' where id = ${f.deal(2)}`);
			await tx.query(sql`insert into public.deal_events (deal_id, kind, before, after, created_at) values
				(${f.deal(2)}, 'stage', '{"stage": "negotiation"}', '{"stage": "signed"}', '2024-07-01T00:00Z')`);
		});
		const moved = await metrics();
		expect(funnelOf(moved.funnel, 2024)).toEqual({ listings: 4, interested: 3, dealt: 2, signed: 2 });
		// Negotiation spells of 2024: 20 days (deal 1), 3 (deal 8) and now 10.5 (deal 2).
		expect(moved.stages.find((row) => row.stage === 'negotiation')).toEqual({
			stage: 'negotiation',
			spells: 3,
			medianDays: 10.5
		});
		expect(moved.modes.filter((row) => row.year === 2024 && row.mode === 'option')).toEqual([
			{ year: 2024, mode: 'option', deals: 2 }
		]);
		// Listing 3's one interest is withdrawn.
		await write((tx) => tx.query(sql`delete from public.interests where listing_id = ${f.listing(3)}`));
		expect(funnelOf((await metrics()).funnel, 2024)).toEqual({ listings: 4, interested: 2, dealt: 2, signed: 2 });
		const receipt = crypto.randomUUID();
		await write((tx) =>
			tx.query(sql`insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference,
				idempotency_key) values (${receipt}, ${f.deal(8)}, gen_random_uuid(), 1000, '2024-09-01', 'METRICS-X',
				gen_random_uuid())`)
		);
		expect((await metrics()).yearly.find((row) => row.year === 2024)?.incomeFen).toBe(10_001_000);
		await write((tx) => tx.query(sql`delete from public.receipts where id = ${receipt}`));
		expect((await metrics()).yearly.find((row) => row.year === 2024)?.incomeFen).toBe(10_000_000);
		// Deal 8 (signed and in effect 5 January 2024, six months) becomes a licence: over before the
		// year's end, never in force at one; with twelve months it is in force at the end of 2024 only.
		const active = async () => (await metrics({ year: 2026 })).yearly.map((row) => row.activeLicences);
		expect(await active()).toEqual([0, 1, 1, 1, 0]);
		await write((tx) => tx.query(sql`update public.deals set mode = 'exclusive_license' where id = ${f.deal(8)}`));
		expect(await active()).toEqual([0, 1, 1, 1, 0]);
		await write((tx) => tx.query(sql`update public.deals set term_months = 12 where id = ${f.deal(8)}`));
		expect(await active()).toEqual([0, 1, 2, 1, 0]);
		await expectRecountMatches();
	});

	it('matches a recount after a random sequence of writes', async () => {
		let seed = 20261207;
		const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
		const pick = <T>(values: readonly T[]) => values[random(values.length)];
		const listings = await database.query<{ id: string }>(sql`select id from public.listings order by id`);
		const deals = await database.query<{ id: string; listing_id: string }>(
			sql`select id, listing_id from public.deals`
		);
		const industries = ['automotive', 'new_materials', 'energy_environment', 'other', null];
		const colleges = [f.collegeEngineering, f.collegeScience, demo.college, null];
		const stages = ['inquiry', 'negotiation', 'signed', 'closed_won', 'closed_lost'];
		const modes = ['exclusive_license', 'non_exclusive_license', 'option', 'equity', null];
		const pad = (n: number) => String(n).padStart(2, '0');
		const days = () => `${2021 + random(5)}-${pad(1 + random(12))}-${pad(1 + random(28))}`;
		const receipts: string[] = [];
		for (let step = 0; step < 160; step++) {
			const listing = pick(listings).id;
			const deal = pick(deals);
			const day = days();
			await write(async (tx) => {
				switch (random(9)) {
					case 0:
						return tx.query(sql`update public.listings set industry = ${pick(industries)}::public.industry,
							college_id = ${pick(colleges)}::uuid where id = ${listing}`);
					case 1:
						return tx.query(sql`update public.listings set status = ${pick(['draft', 'submitted', 'published'])}::public.listing_status,
							published_at = ${random(3) === 0 ? null : `${day}T20:00Z`}::timestamptz, created_at = ${`${day}T10:00Z`}::timestamptz
							where id = ${listing}`);
					case 2:
						return tx.query(sql`insert into public.interests (listing_id, company_id, created_by, idempotency_key, status,
							decline_reason) values (${listing}, '00000000-0000-4000-8000-000000000201', ${demo.company},
							gen_random_uuid(), 'declined', 'price')`);
					case 3:
						return tx.query(sql`delete from public.interests where id =
							(select id from public.interests where listing_id = ${listing} limit 1)`);
					case 4:
						return tx.query(sql`update public.deals set stage = ${pick(stages)}::public.deal_stage,
							mode = ${pick(modes)}::public.cooperation_mode, signed_on = ${random(2) ? day : null}::date,
							effective_on = ${random(2) ? day : null}::date, term_months = ${pick([null, 6, 12, 30])}::int
							where id = ${deal.id}`);
					case 5: {
						const stage = pick(stages);
						await tx.query(sql`update public.deals set stage = ${stage}::public.deal_stage where id = ${deal.id}`);
						return tx.query(sql`insert into public.deal_events (deal_id, kind, before, after, created_at)
							values (${deal.id}, 'stage', '{"stage": "nda"}', ${JSON.stringify({ stage })}::text::jsonb,
							${`${day}T15:30Z`}::timestamptz)`);
					}
					case 6: {
						const id = crypto.randomUUID();
						receipts.push(id);
						return tx.query(sql`insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on,
							bank_reference, idempotency_key) values (${id}, ${deal.id}, gen_random_uuid(), ${1 + random(100000)},
							${day}::date, ${`RANDOM-${step}`}, gen_random_uuid())`);
					}
					case 7:
						return tx.query(sql`delete from public.receipts where id = ${receipts.pop() ?? null}::uuid`);
					default:
						// A deal moves to another university's listing: its key changes.
						return tx.query(sql`update public.deals set listing_id = ${listing},
							institution_id = (select institution_id from public.listings where id = ${listing}) where id = ${deal.id}`);
				}
			});
		}
		await expectRecountMatches();
	});

	it('follows a deal deleted with its receipts and events, and a listing deleted with its interests', async () => {
		// With triggers on, so the deletes cascade as they would for any writer.
		await database.transaction(async (tx) => {
			await tx.query(sql`delete from public.deals where id = ${f.deal(5)}`);
			await tx.query(sql`insert into public.interests (listing_id, company_id, created_by, idempotency_key, status,
				decline_reason) values (${f.listing(4)}, '00000000-0000-4000-8000-000000000201', ${demo.company},
				gen_random_uuid(), 'declined', 'price')`);
		});
		await database.query(sql`delete from public.listings where id = ${f.listing(4)}`);
		await expectRecountMatches();
	});
});
