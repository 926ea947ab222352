// `npm run db:migrate` and `npm run db:seed`: the same runner the server uses at start-up, for
// a DATABASE_URL database (which is never seeded automatically) or the embedded one.
import { resolve } from 'node:path';
import { readConfig } from '../src/lib/server/app/config.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { hasDemoAccounts, seedDatabase } from '../src/lib/server/db/seed.ts';
import { refreshSearchIndex } from '../src/lib/server/listing-index.ts';
import { openConfiguredStorage } from '../src/lib/server/storage/open.ts';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
	console.error('Usage: node scripts/db.ts migrate|seed');
	process.exit(2);
}

try {
	const config = readConfig(process.env);
	const opened = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDirectory: config.DATA_DIR });
	try {
		const applied = await applyMigrations(opened.database, readMigrations(resolve(config.MIGRATIONS_DIR)));
		console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Migrations: already up to date.');
		if (command === 'seed') {
			if (await hasDemoAccounts(opened.database)) {
				console.log('Demo data is already there; nothing to do.');
			} else {
				// The demo files go where the server will read them: DATA_DIR/files or the Supabase bucket.
				await seedDatabase(opened.database, resolve(config.SEED_FILE), openConfiguredStorage(config));
				console.log(`Seeded demo data from ${config.SEED_FILE}.`);
			}
		}
		const indexed = await refreshSearchIndex(opened.database);
		if (indexed > 0) console.log(`Indexed ${indexed} rows for search.`);
	} finally {
		await opened.close();
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
