import type { Database, Executor } from './db/port.ts';
import { sql } from './db/sql.ts';

/**
 * The version of everything anonymous pages show, raised in the same transaction as any change
 * to it (migration 20261205000800_public_content_version.sql). Read on the owner connection: the
 * number says nothing about any row, and reading it must cost less than the page it saves.
 */
export async function readPublicContentVersion(database: Executor): Promise<string> {
	const [row] = await database.query<{ version: string }>(
		sql`select version::text as version from app.public_content where only_row`
	);
	return row?.version ?? '0';
}

/**
 * Reads the version for each anonymous request. On the embedded database, where every statement
 * passes through this process, a version read while nothing else ran stays true until the next
 * call on the database starts: a cached page then costs no statement at all. On PostgreSQL other
 * processes write too, so every request asks.
 */
export function publicContentVersionReader(database: Database): () => Promise<string> {
	const activity = database.activity;
	if (!activity) return () => readPublicContentVersion(database);
	let known: { version: string; finished: number } | null = null;
	return async () => {
		if (known && activity.running === 0 && activity.finished === known.finished) return known.version;
		const before = { running: activity.running, finished: activity.finished };
		const version = await readPublicContentVersion(database);
		// Only when this read was the one call between then and now: nothing committed around it.
		const alone = before.running === 0 && activity.running === 0 && activity.finished === before.finished + 1;
		known = alone ? { version, finished: activity.finished } : null;
		return version;
	};
}
