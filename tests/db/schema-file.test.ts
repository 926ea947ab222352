import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { dumpSchema, firstDifference } from '../../scripts/lib/schema-dump.ts';
import { migrationsDirectory } from './setup/fixture.ts';
import { driver, openEmptyDatabase } from './setup/database.ts';

// supabase/schema.sql is what `npm run db:schema` reads back from an embedded database the
// migrations were applied to. Here the same dump runs on a database migrated from empty on each
// driver and must equal the file. PostgreSQL 15 and PGlite's 18 print every definition in it
// alike (pg_get_functiondef, pg_get_constraintdef, pg_get_indexdef, pg_get_triggerdef,
// pg_get_expr): the dump leaves out the two things that differ, PostgreSQL 18's not-null rows in
// pg_constraint (written as the columns' "not null") and the MAINTAIN privilege added in 17 (a
// table's full set is written "all"). So both legs compare the whole text.
describe(`supabase/schema.sql on ${driver}`, () => {
	let database: Database;
	let generated: string;
	beforeAll(async () => {
		database = await openEmptyDatabase();
		await applyMigrations(database, readMigrations(migrationsDirectory));
		generated = await dumpSchema(database);
	});
	afterAll(() => database?.close());

	it('is what the migrations produce', () => {
		const committed = readFileSync(resolve('supabase/schema.sql'), 'utf8');
		const difference = firstDifference(generated, committed);
		expect(
			difference,
			`supabase/schema.sql is stale, ${difference}. Run \`npm run db:schema\` and commit supabase/schema.sql.`
		).toBeNull();
	});

	it('holds the definitions a reviewer looks for, the same on every run', async () => {
		// Guards the comparison above against a dump that lost whole kinds of objects.
		for (const expected of [
			'create role zhiqiao_anonymous ',
			'create table public.listings (',
			'CREATE OR REPLACE FUNCTION app.search_published_listings(',
			'CREATE OR REPLACE FUNCTION app.publish(topic text, kind text, payload jsonb)',
			'create policy listings_read on public.listings for select to anon, authenticated',
			'alter table public.listings enable row level security;',
			'CREATE TRIGGER listings_guard_update BEFORE UPDATE ON public.listings',
			'create type public.deal_stage as enum (',
			"comment on function app.publish(text, text, jsonb) is '",
			'grant all on table public.listings to service_role;'
		]) {
			expect(generated).toContain(expected);
		}
		expect(await dumpSchema(database)).toBe(generated);
	});
});
