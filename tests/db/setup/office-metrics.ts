import type { Database } from '../../../src/lib/server/db/port.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';

// A third university with hand-counted listings, interests, deals, stage events and receipts for
// the office metrics' tests (tests/db/office-metrics.test.ts says what each adds up to). Inserted
// as the owner with triggers off (session_replication_role = replica), so each timestamp is the
// one written here, not now(); the office metrics' summary triggers fire even so (ENABLE ALWAYS).

const id = (group: number, n: number) => `00000000-0000-4000-9e0${group}-${String(n).padStart(12, '0')}`;
export const metricsFixture = {
	university: id(0, 1),
	collegeEngineering: id(0, 2),
	collegeScience: id(0, 3),
	officer: id(1, 1),
	researcher: id(1, 2),
	listing: (n: number) => id(2, n),
	deal: (n: number) => id(4, n)
} as const;

const f = metricsFixture;
const company = '00000000-0000-4000-8000-000000000201';
const companyUser = '00000000-0000-4000-8000-000000001002';

// n, industry, college, status, created (UTC), published (UTC)
const listings: [number, string, string | null, string, string, string | null][] = [
	[1, 'automotive', f.collegeEngineering, 'published', '2024-02-20T02:00Z', '2024-03-01T02:00Z'],
	[2, 'automotive', f.collegeEngineering, 'published', '2024-04-01T02:00Z', '2024-05-01T02:00Z'],
	[3, 'new_materials', f.collegeScience, 'published', '2024-06-01T02:00Z', '2024-07-01T02:00Z'],
	[4, 'new_materials', f.collegeScience, 'published', '2024-06-02T02:00Z', '2024-08-01T02:00Z'],
	// Created on 20 December 2024 in Shanghai, published in 2025.
	[5, 'automotive', f.collegeScience, 'published', '2024-12-20T02:00Z', '2025-01-10T02:00Z'],
	[6, 'automotive', f.collegeScience, 'draft', '2024-01-05T02:00Z', null],
	[7, 'other', f.collegeScience, 'submitted', '2025-03-01T02:00Z', null],
	// Published at 23:30 on 31 December 2023 in Shanghai (15:30 UTC): a 2023 listing.
	[8, 'energy_environment', null, 'published', '2023-12-01T02:00Z', '2023-12-31T15:30Z'],
	[9, 'energy_environment', null, 'licensed', '2022-05-01T02:00Z', '2022-06-01T02:00Z']
];

// deal n (its listing n): stage, mode, signed_on, effective_on, term months
const deals: [number, string, string | null, string | null, string | null, number | null][] = [
	[1, 'signed', 'exclusive_license', '2024-06-10', '2024-06-15', 24],
	[2, 'negotiation', null, null, null, null],
	[5, 'closed_won', 'equity', '2025-02-01', '2025-02-01', null],
	[8, 'signed', 'option', '2024-01-05', '2024-01-05', 6],
	[9, 'closed_won', 'non_exclusive_license', '2023-03-01', '2023-03-01', 12]
];

// deal n: [at (UTC), stage entered], the first being its creation
const stages: [number, [string, string][]][] = [
	[
		1,
		[
			['2024-03-10T00:00Z', 'inquiry'],
			['2024-03-20T00:00Z', 'nda'],
			['2024-04-01T00:00Z', 'evaluation'],
			['2024-04-11T00:00Z', 'negotiation'],
			['2024-05-01T00:00Z', 'term_sheet'],
			['2024-05-11T00:00Z', 'public_notice'],
			['2024-06-10T00:00Z', 'signed']
		]
	],
	[
		2,
		[
			['2024-05-10T00:00Z', 'inquiry'],
			['2024-05-14T00:00Z', 'nda'],
			['2024-05-20T12:00Z', 'evaluation'],
			['2024-06-20T12:00Z', 'negotiation']
		]
	],
	[
		8,
		[
			['2023-12-20T00:00Z', 'inquiry'],
			['2024-01-02T00:00Z', 'negotiation'],
			['2024-01-05T00:00Z', 'signed']
		]
	],
	[
		5,
		[
			['2025-01-12T00:00Z', 'inquiry'],
			['2025-01-20T00:00Z', 'nda']
		]
	]
];

// deal n, fen, received on
const receipts: [number, number, string][] = [
	[1, 10_000_000, '2024-07-01'],
	[1, 5_000_050, '2025-03-01'],
	[5, 1_000_000, '2025-06-01']
];

export async function addMetricsFixture(database: Database): Promise<void> {
	await database.transaction(async (tx) => {
		await tx.query(sql`set local session_replication_role = replica`);
		await tx.query(sql`insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values
			(${f.university}, 'university', null, '渝北理工大学', 'Yubei Polytechnic', true),
			(${f.collegeEngineering}, 'college', ${f.university}, '机械工程学院', 'School of Mechanical Engineering', true),
			(${f.collegeScience}, 'college', ${f.university}, '材料科学学院', 'School of Materials Science', true)`);
		await tx.query(sql`insert into auth.users (id, email) values
			(${f.officer}, 'officer@yubei.example.edu'), (${f.researcher}, 'researcher@yubei.example.edu')`);
		await tx.query(sql`insert into public.profiles (id, role, organization_id, display_name, email) values
			(${f.officer}, 'officer', ${f.university}, '钱晓东', 'officer@yubei.example.edu'),
			(${f.researcher}, 'researcher', ${f.collegeScience}, '孙丽 教授', 'researcher@yubei.example.edu')`);
		for (const [n, industry, college, status, created, published] of listings)
			await tx.query(sql`insert into public.listings (id, owner_id, institution_id, college_id, status, title, industry,
				created_at, published_at) values (${f.listing(n)}, ${f.researcher}, ${f.university}, ${college},
				${status}::public.listing_status, ${`统计样例 ${n}`}, ${industry}::public.industry, ${created}::timestamptz,
				${published}::timestamptz)`);
		// An interest on listings 1, 2, 3, 5, 8 and 9 (each deal needs one).
		for (const n of [1, 2, 3, 5, 8, 9])
			await tx.query(sql`insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, status)
				values (${id(3, n)}, ${f.listing(n)}, ${company}, ${companyUser}, gen_random_uuid(),
				${deals.some(([deal]) => deal === n) ? 'converted' : 'new'}::public.interest_status)`);
		for (const [n, stage, mode, signedOn, effectiveOn, term] of deals)
			await tx.query(sql`insert into public.deals (id, interest_id, listing_id, company_id, institution_id, stage, mode,
				signed_on, effective_on, term_months) values (${f.deal(n)}, ${id(3, n)}, ${f.listing(n)}, ${company},
				${f.university}, ${stage}::public.deal_stage, ${mode}::public.cooperation_mode, ${signedOn}::date,
				${effectiveOn}::date, ${term}::int)`);
		for (const [n, moves] of stages)
			for (const [index, [at, stage]] of moves.entries()) {
				const before = index === 0 ? null : JSON.stringify({ stage: moves[index - 1][1] });
				await tx.query(sql`insert into public.deal_events (deal_id, kind, before, after, created_at)
					values (${f.deal(n)}, ${index === 0 ? 'created' : 'stage'}, ${before}::text::jsonb,
					${JSON.stringify({ stage })}::text::jsonb, ${at}::timestamptz)`);
				// A terms edit in between, which no stage's time counts.
				if (index === 1)
					await tx.query(sql`insert into public.deal_events (deal_id, kind, before, after, created_at)
						values (${f.deal(n)}, 'terms', '{}', '{"mode": "option"}', ${at}::timestamptz + interval '1 day')`);
			}
		for (const [index, [n, fen, on]] of receipts.entries())
			await tx.query(sql`insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference,
				idempotency_key) values (${f.deal(n)}, gen_random_uuid(), ${fen}, ${on}::date, ${`METRICS-${index}`},
				gen_random_uuid())`);
	});
}
