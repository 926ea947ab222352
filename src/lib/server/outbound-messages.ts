import { retryDelaySeconds } from '../rules/delivery-retry.ts';
import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';

// The queue of messages leaving by email and web push (migration 20261214000000). Producers add
// rows in the transaction of what they tell of; each channel's worker claims due rows, sends, and
// settles them. Only the server's own connection may call these (the table has no grants).

export type Channel = 'email' | 'push';

export interface OutboundMessage {
	id: number;
	channel: Channel;
	userId: string | null;
	emailAddress: string | null;
	kind: string;
	notificationIds: number[];
	payload: Record<string, unknown>;
	attempts: number;
	createdAt: Date;
}

export interface NewOutboundMessage {
	channel: Channel;
	userId?: string | null;
	emailAddress?: string | null;
	kind: string;
	notificationIds?: number[];
	payload?: Record<string, unknown>;
	sendAfter?: Date;
}

export async function queueOutboundMessage(db: Executor, message: NewOutboundMessage): Promise<number> {
	const [row] = await db.query<{ id: number }>(sql`
		insert into app.outbound_messages (channel, user_id, email_address, kind, notification_ids, payload, send_after)
		values (${message.channel}, ${message.userId ?? null}, ${message.emailAddress ?? null}, ${message.kind},
		        ${message.notificationIds ?? []}::bigint[], ${JSON.stringify(message.payload ?? {})}::text::jsonb,
		        coalesce(${message.sendAfter ?? null}::timestamptz, now()))
		returning id::int as id`);
	return row.id;
}

/**
 * Claims up to `limit` due messages of a channel for `leaseSeconds`: no other worker (in this or
 * another process) gets them until the lease ends. A worker that dies mid-send leaves its rows to
 * be claimed again when the lease ends, so the lease must outlast a send.
 */
export function claimDueOutboundMessages(
	db: Executor,
	channel: Channel,
	options: { now?: Date; limit?: number; leaseSeconds?: number } = {}
): Promise<OutboundMessage[]> {
	const now = options.now ?? new Date();
	return db.query<OutboundMessage>(sql`
		update app.outbound_messages m
		set claimed_until = ${now}::timestamptz + make_interval(secs => ${options.leaseSeconds ?? 120}),
		    attempts = m.attempts + 1
		where m.id in (
			select id from app.outbound_messages
			where channel = ${channel} and sent_at is null and given_up_at is null and send_after <= ${now}
			  and (claimed_until is null or claimed_until <= ${now})
			order by send_after, id limit ${options.limit ?? 50}
			for update skip locked)
		returning m.id::int as id, m.channel, m.user_id as "userId", m.email_address as "emailAddress", m.kind,
		          m.notification_ids::int[] as "notificationIds", m.payload, m.attempts, m.created_at as "createdAt"`);
}

export async function markOutboundMessageSent(db: Executor, id: number): Promise<void> {
	await db.query(sql`
		update app.outbound_messages set sent_at = now(), claimed_until = null, last_error = null
		where id = ${id} and sent_at is null`);
}

/** A failed attempt: tried again later, or given up after the last attempt (or at once when `permanent`). */
export async function markOutboundMessageFailed(
	db: Executor,
	message: Pick<OutboundMessage, 'id' | 'attempts'>,
	error: string,
	options: { now?: Date; permanent?: boolean } = {}
): Promise<'retry' | 'given_up'> {
	const delay = options.permanent ? null : retryDelaySeconds(message.attempts);
	const now = options.now ?? new Date();
	await db.query(sql`
		update app.outbound_messages
		set claimed_until = null, last_error = left(${error}, 2000),
		    given_up_at = case when ${delay}::int is null then ${now}::timestamptz end,
		    send_after = case when ${delay}::int is null then send_after
		                      else ${now}::timestamptz + make_interval(secs => ${delay}::int) end
		where id = ${message.id} and sent_at is null`);
	return delay === null ? 'given_up' : 'retry';
}
