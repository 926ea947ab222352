import { resolve } from 'node:path';
import type { Database } from '../../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../../src/lib/server/db/seed.ts';
import { refreshSearchIndex } from '../../../src/lib/server/listing-index.ts';

export const migrationsDirectory = resolve('supabase/migrations');
export const seedFile = resolve('supabase/seed.sql');

/** What every database test starts from, as the server does at start-up: migrations, demo seed, index. */
export async function prepareDatabase(database: Database): Promise<void> {
	await applyMigrations(database, readMigrations(migrationsDirectory));
	await seedDatabase(database, seedFile);
	await refreshSearchIndex(database);
}
