import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';

export interface RealtimeEvent {
	id: number;
	topic: string;
	kind: string;
	payload: unknown;
}

/** Events after `afterId` on these topics, oldest first, read through the caller's own RLS. */
export async function listEventsAfter(
	db: Executor,
	topics: string[],
	afterId: number,
	limit: number
): Promise<RealtimeEvent[]> {
	const rows = await db.query<RealtimeEvent>(sql`
		select id, topic, kind, payload from public.realtime_events
		where topic = any(${topics}::text[]) and id > ${afterId} order by id limit ${limit}`);
	return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** Whether the caller may read every one of these topics: the RLS helper that guards realtime_events. */
export async function canReadTopics(db: Executor, topics: string[]): Promise<boolean> {
	const [row] = await db.query<{ allowed: boolean | null }>(
		sql`select bool_and(app.can_read_topic(topic)) as allowed from unnest(${topics}::text[]) topic`
	);
	return row?.allowed === true;
}
