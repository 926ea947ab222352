// `npm run db:schema`: writes supabase/schema.sql, the current definition of every object the
// migrations make, read from a fresh in-memory database they were applied to (what it holds:
// scripts/lib/schema-dump.ts). `npm run db:schema -- --check` writes nothing and exits 1 when
// the file is stale. The migrations stay the source of truth; nothing applies schema.sql.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPglite } from '../src/lib/server/db/pglite.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { dumpSchema, firstDifference } from './lib/schema-dump.ts';

const migrationsDirectory = fileURLToPath(new URL('../supabase/migrations', import.meta.url));
const schemaFile = fileURLToPath(new URL('../supabase/schema.sql', import.meta.url));

const argumentsGiven = process.argv.slice(2);
const check = argumentsGiven.includes('--check');
if (argumentsGiven.some((argument) => argument !== '--check')) {
	console.error('Usage: npm run db:schema [-- --check]');
	process.exit(2);
}

try {
	const started = performance.now();
	const database = await openPglite();
	let generated: string;
	try {
		await applyMigrations(database, readMigrations(migrationsDirectory));
		generated = await dumpSchema(database);
	} finally {
		await database.close();
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (check) {
		let committed = '';
		try {
			committed = readFileSync(schemaFile, 'utf8');
		} catch {
			// A missing file is stale too.
		}
		const difference = firstDifference(generated, committed);
		if (difference !== null) {
			console.error(
				`supabase/schema.sql is stale: it does not match what supabase/migrations produce (${difference}).`
			);
			console.error('Run `npm run db:schema` and commit supabase/schema.sql.');
			process.exit(1);
		}
		console.log(`supabase/schema.sql is up to date (checked in ${seconds} s).`);
	} else {
		writeFileSync(schemaFile, generated);
		console.log(`Wrote supabase/schema.sql: ${generated.split('\n').length - 1} lines, in ${seconds} s.`);
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
