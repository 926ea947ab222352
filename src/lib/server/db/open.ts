import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lockDataDirectory } from './lock.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './port.ts';

export interface DatabaseSettings {
	/** A PostgreSQL connection string; when absent the embedded PGlite database is used. */
	databaseUrl?: string;
	/** The same database as a powerless login role that may become anon, for anonymous requests. */
	anonymousDatabaseUrl?: string;
	/** Where the embedded database and local files live. */
	dataDirectory: string;
}

export interface OpenedDatabase {
	database: Database;
	embedded: boolean;
	/** Closes the connection and releases the data folder. */
	close(): Promise<void>;
}

export async function openDatabase(settings: DatabaseSettings): Promise<OpenedDatabase> {
	if (settings.databaseUrl) {
		const database = openPostgres(settings.databaseUrl, { anonymousUrl: settings.anonymousDatabaseUrl });
		return { database, embedded: false, close: () => database.close() };
	}
	const directory = resolve(settings.dataDirectory);
	// PGlite will not create missing parent folders.
	mkdirSync(directory, { recursive: true });
	const release = lockDataDirectory(directory);
	process.once('exit', release);
	try {
		const database = await openPglite(join(directory, 'pgdata'));
		return {
			database,
			embedded: true,
			close: async () => {
				await database.close();
				release();
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}
