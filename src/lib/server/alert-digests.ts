import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';

// Alert digests (docs/domain.md, "Alerts"): daily at 08:00 and weekly on Monday 08:00, China
// Standard Time. The database decides what is due and claims each digest once
// (supabase/migrations/20261214100400_alert_digests.sql); runs only on the owner connection.

/** Queues the digests due at `at` that no run queued yet; how many. */
export async function queueAlertDigests(db: Executor, at: Date = new Date()): Promise<number> {
	const [row] = await db.query<{ queued: number }>(sql`select app.queue_alert_digests(${at}::timestamptz) as queued`);
	return Number(row?.queued ?? 0);
}
