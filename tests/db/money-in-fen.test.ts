import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { migrationsDirectory } from './setup/fixture.ts';
import { driver, openEmptyDatabase, sqlState } from './setup/database.ts';

// The migration that moved every money column to integer fen, run over rows written in yuan:
// each amount must arrive exact (no float on the way), and the new checks must hold.
const moneyMigration = '20261207002000';
const ids = {
	listing: '00000000-0000-4000-a000-000000000001',
	need: '00000000-0000-4000-a000-000000000002',
	interest: '00000000-0000-4000-a000-000000000003',
	deal: '00000000-0000-4000-a000-000000000004',
	someone: '00000000-0000-4000-a000-000000000009'
};

describe(`money in fen on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openEmptyDatabase();
		const files = readMigrations(migrationsDirectory);
		await applyMigrations(
			database,
			files.filter((file) => file.file < moneyMigration)
		);
		// Rows as the yuan columns held them; foreign keys and triggers are not what is tested here.
		await database.transaction(async (tx) => {
			await tx.query(sql`set local session_replication_role = replica`);
			const { listing, need, interest, deal, someone } = ids;
			await tx.query(sql`insert into public.listings (id, owner_id, institution_id, title, asking_price_cny)
				values (${listing}, ${someone}, ${someone}, 't', 1234567.89)`);
			await tx.query(sql`insert into public.needs (id, company_id, author_id, title, problem, industry, budget_cny)
				values (${need}, ${someone}, ${someone}, 't', 'p', 'automotive', 999999999999.99)`);
			await tx.query(sql`insert into public.interests (id, listing_id, company_id, created_by, idempotency_key,
				wanted_mode, budget_min_cny, budget_max_cny) values (${interest}, ${listing}, ${someone}, ${someone}, ${someone},
				'exclusive_license', 0, 100000000000)`);
			await tx.query(sql`insert into public.deals (id, interest_id, listing_id, company_id, institution_id, upfront_fee_cny)
				values (${deal}, ${interest}, ${listing}, ${someone}, ${someone}, 800000)`);
		});
		await applyMigrations(
			database,
			files.filter((file) => file.file >= moneyMigration)
		);
	});
	afterAll(() => database.close());

	it('converts every amount to fen exactly, to the last fen', async () => {
		const [row] = await database.query<Record<string, number>>(sql`select
			(select asking_price_fen from public.listings) as price, (select budget_fen from public.needs) as budget,
			(select budget_min_fen from public.interests) as "min", (select budget_max_fen from public.interests) as "max",
			(select upfront_fee_fen from public.deals) as fee`);
		expect(row).toEqual({
			price: 123_456_789,
			budget: 99_999_999_999_999,
			min: 0,
			max: 10_000_000_000_000,
			fee: 80_000_000
		});
	});

	it('keeps the ceilings and refuses a price of nothing or below', async () => {
		const refused = async (statement: ReturnType<typeof sql>) => sqlState(database.query(statement));
		expect(await refused(sql`update public.listings set asking_price_fen = 0`)).toBe('23514');
		expect(await refused(sql`update public.needs set budget_fen = 100000000000000`)).toBe('23514');
		expect(await refused(sql`update public.interests set budget_min_fen = -1`)).toBe('23514');
		expect(await refused(sql`update public.deals set upfront_fee_fen = 10000000000001`)).toBe('23514');
	});
});
