import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, type Database } from './port.ts';
import { sql } from './sql.ts';

export interface Migration {
	version: string;
	name: string;
	file: string;
	script: string;
}

export class MigrationError extends Error {
	constructor(file: string, cause: unknown) {
		const detail = cause instanceof Error ? cause.message : String(cause);
		const code = errorCode(cause);
		super(`Migration ${file} failed${code ? ` (SQLSTATE ${code})` : ''}: ${detail}`, { cause });
		this.name = 'MigrationError';
	}
}

const fileNamePattern = /^(\d{14})_([a-z0-9_]+)\.sql$/;

/** Reads `supabase/migrations/<14-digit timestamp>_<name>.sql`, in order (Supabase CLI layout). */
export function readMigrations(directory: string): Migration[] {
	return readdirSync(directory)
		.filter((file) => file.endsWith('.sql'))
		.sort()
		.map((file) => {
			const match = fileNamePattern.exec(file);
			if (!match) throw new Error(`Migration file name ${file} is not <14-digit timestamp>_<name>.sql`);
			return { version: match[1], name: match[2], file, script: readFileSync(join(directory, file), 'utf8') };
		});
}

/**
 * Applies every migration not yet recorded, each in its own transaction. The record lives in
 * the table the Supabase CLI uses, so `supabase db push` and this runner agree on what ran.
 * An advisory lock keeps two processes starting on one database from applying a file twice.
 */
export async function applyMigrations(database: Database, migrations: Migration[]): Promise<string[]> {
	await database.scriptTransaction((transaction) =>
		transaction.executeScript(`
			create schema if not exists supabase_migrations;
			create table if not exists supabase_migrations.schema_migrations (
				version text primary key, statements text[], name text
			);`)
	);
	const applied: string[] = [];
	for (const migration of migrations) {
		const ran = await database.scriptTransaction(async (transaction) => {
			await transaction.query(sql`select pg_advisory_xact_lock(4711002)`);
			const [existing] = await transaction.query(
				sql`select 1 from supabase_migrations.schema_migrations where version = ${migration.version}`
			);
			if (existing) return false;
			try {
				await transaction.executeScript(migration.script);
			} catch (error) {
				throw new MigrationError(migration.file, error);
			}
			await transaction.query(sql`
				insert into supabase_migrations.schema_migrations (version, statements, name)
				values (${migration.version}, ${[migration.script]}, ${migration.name})`);
			return true;
		});
		if (ran) applied.push(migration.file);
	}
	return applied;
}
