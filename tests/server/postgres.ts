import { resolve } from 'node:path';
import { startPostgresCluster } from '../../scripts/lib/postgres-cluster.js';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../src/lib/server/db/seed.ts';
import { refreshSearchIndex } from '../../src/lib/server/listing-index.ts';

/**
 * A throwaway PostgreSQL cluster on loopback, migrated and seeded with the demo data as
 * `npm run db:seed` does (the server seeds only an empty embedded database by itself).
 */
export async function startSeededPostgres(): Promise<{ url: string; stop: () => void }> {
	const cluster = await startPostgresCluster();
	const database = openPostgres(cluster.url, { maxConnections: 1 });
	try {
		await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
		await seedDatabase(database, resolve('supabase/seed.sql'));
		await refreshSearchIndex(database);
	} catch (error) {
		cluster.stop();
		throw error;
	} finally {
		await database.close();
	}
	return cluster;
}
