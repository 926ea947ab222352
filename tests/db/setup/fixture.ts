import { resolve } from 'node:path';
import type { Database } from '../../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../../src/lib/server/db/seed.ts';

export const migrationsDirectory = resolve('supabase/migrations');
export const seedFile = resolve('supabase/seed.sql');

/** What every database test starts from: all migrations and the demo seed, applied from empty. */
export async function prepareDatabase(database: Database): Promise<void> {
	await applyMigrations(database, readMigrations(migrationsDirectory));
	await seedDatabase(database, seedFile);
}
