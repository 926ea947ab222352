import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { applyMigrations, MigrationError, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { migrationsDirectory } from './setup/fixture.ts';
import { driver, openTestDatabase } from './setup/database.ts';

describe(`migrations on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('recorded every file, applied from empty, and a second run applies nothing', async () => {
		const files = readMigrations(migrationsDirectory);
		const recorded = await database.query<{ version: string; name: string }>(
			sql`select version, name from supabase_migrations.schema_migrations order by version`
		);
		expect(recorded.map((row) => `${row.version}_${row.name}.sql`)).toEqual(files.map((file) => file.file));
		expect(await applyMigrations(database, files)).toEqual([]);
	});

	it('has row level security enabled on every table in public', async () => {
		const tables = await database.query<{ name: string; secured: boolean }>(sql`
			select c.relname as name, c.relrowsecurity as secured
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`);
		expect(tables.length).toBeGreaterThanOrEqual(6);
		expect(tables.filter((table) => !table.secured).map((table) => table.name)).toEqual([]);
	});

	it('stops at a failing file, names it with the Postgres error, and keeps none of it', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'zhiqiao-migrations-'));
		try {
			writeFileSync(
				join(directory, '29991231000000_broken.sql'),
				'create table public.half_done (id int);\nselect 1 / 0;\n'
			);
			const attempt = applyMigrations(database, readMigrations(directory));
			await expect(attempt).rejects.toBeInstanceOf(MigrationError);
			await expect(applyMigrations(database, readMigrations(directory))).rejects.toThrow(
				/29991231000000_broken\.sql failed \(SQLSTATE 22012\): division by zero/
			);
			const [table] = await database.query<{ found: string | null }>(
				sql`select to_regclass('public.half_done')::text as found`
			);
			expect(table.found).toBeNull();
			const [record] = await database.query<{ count: number }>(
				sql`select count(*)::int as count from supabase_migrations.schema_migrations where version = '29991231000000'`
			);
			expect(record.count).toBe(0);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	});

	it('refuses a file whose name is not <timestamp>_<name>.sql', () => {
		const directory = mkdtempSync(join(tmpdir(), 'zhiqiao-migrations-'));
		try {
			writeFileSync(join(directory, 'add_things.sql'), 'select 1;');
			expect(() => readMigrations(directory)).toThrow(/add_things\.sql/);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	});
});
