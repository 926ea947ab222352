import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { postThreadMessage, type PostResult, type Thread } from './threads.ts';

// A deal room's messages and its timeline. RLS admits participants only.

export type TimelineEntry =
	/** The company's interest the deal was opened from: the room's first entry. */
	| {
			type: 'interest';
			id: string;
			authorId: string;
			authorName: string | null;
			body: string;
			/** Null when the company asked without choosing a mode. */
			mode: string | null;
			createdAt: Date;
	  }
	| { type: 'message'; id: string; authorId: string; authorName: string | null; body: string; createdAt: Date }
	| {
			type: 'event';
			id: string;
			authorId: string | null;
			authorName: string | null;
			kind: string;
			before: Record<string, unknown> | null;
			after: Record<string, unknown> | null;
			createdAt: Date;
	  };

/**
 * The interest the deal came from, then messages and deal events merged in the order they
 * happened (the last 500). The interest is read through its own RLS (every participant may read
 * it), so its message is shown where it was written instead of being copied into the room.
 */
export async function listTimeline(db: Executor, dealId: string): Promise<TimelineEntry[]> {
	const [interest, rows] = await Promise.all([
		db.query<TimelineEntry>(sql`
		select 'interest' as type, 'i' || i.id as id, i.created_by as "authorId",
		       app.public_display_name(i.created_by) as "authorName", i.message as body, i.wanted_mode as mode,
		       i.created_at as "createdAt"
		from public.deals d join public.interests i on i.id = d.interest_id where d.id = ${dealId}`),
		// Rows written in one transaction share their time (the demo data's are all one): they keep the
		// order they were written in, by their numeric id, events before messages. The text id would put
		// e14 before e2.
		db.query<TimelineEntry>(sql`
		select type, id, "authorId", "authorName", body, kind, before, after, "createdAt" from (
			select 'message' as type, 'm' || m.id as id, m.author_id as "authorId", app.public_display_name(m.author_id) as "authorName",
			       m.body, null as kind, null::jsonb as before, null::jsonb as after, m.created_at as "createdAt", 1 as rank, m.id as seq
			from public.deal_messages m where m.deal_id = ${dealId}
			union all
			select 'event', 'e' || e.id, e.actor_id, app.public_display_name(e.actor_id), null, e.kind, e.before, e.after, e.created_at, 0, e.id
			from public.deal_events e where e.deal_id = ${dealId}
			order by "createdAt" desc, rank desc, seq desc limit 500) latest
		order by "createdAt", rank, seq`)
	]);
	return [...interest, ...rows];
}

export type { PostResult } from './threads.ts';

/** The deal room's thread: its messages and documents (the deal's participants, by RLS). */
export const dealThread: Thread = {
	messages: sql`public.deal_messages`,
	documents: sql`public.deal_documents`,
	parent: sql`deal_id`
};

/** Posts once per idempotency key (see postThreadMessage). */
export function postMessage(
	db: Executor,
	authorId: string,
	dealId: string,
	message: { idempotencyKey: string; body: string }
): Promise<PostResult> {
	return postThreadMessage(db, dealThread, authorId, dealId, message);
}
