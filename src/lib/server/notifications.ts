import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { DescribedNotification } from '../notifications/describe.ts';

// Written by database triggers; a user reads and marks only their own (RLS).

/** A row of the inbox: what describeNotification words, and its state. */
export interface Notification extends DescribedNotification {
	id: number;
	readAt: Date | null;
	createdAt: Date;
}

export async function countUnread(db: Executor): Promise<number> {
	const [row] = await db.query<{ count: number }>(
		sql`select count(*)::int as count from public.notifications where user_id = (select auth.uid()) and read_at is null`
	);
	return Number(row?.count ?? 0);
}

/**
 * What describeNotification reads of a notification `n`, for the inbox, email and push alike:
 * `from public.notifications n ${describedJoins}`. A title the reader may not see (RLS) is null,
 * and the wording falls back to a plain link.
 */
export const describedColumns = sql`n.kind, n.listing_id as "listingId", l.title as "listingTitle", n.deal_id as "dealId",
	n.service_case_id as "serviceCaseId", n.pledge_id as "pledgeId", n.message,
	n.need_proposal_id as "proposalId", coalesce(n.need_id, p.need_id) as "needId", need.title as "needTitle"`;
export const describedJoins = sql`left join public.listings l on l.id = n.listing_id
	left join public.need_proposals p on p.id = n.need_proposal_id
	left join public.needs need on need.id = coalesce(n.need_id, p.need_id)`;

export function listNotifications(db: Executor): Promise<Notification[]> {
	return db.query<Notification>(sql`
		select n.id, ${describedColumns}, n.read_at as "readAt", n.created_at as "createdAt"
		from public.notifications n ${describedJoins}
		where n.user_id = (select auth.uid()) order by n.id desc limit 100`);
}

export async function markRead(db: Executor, id: number): Promise<void> {
	await db.query(sql`update public.notifications set read_at = now() where id = ${id} and read_at is null`);
}

export async function markAllRead(db: Executor): Promise<void> {
	await db.query(
		sql`update public.notifications set read_at = now() where user_id = (select auth.uid()) and read_at is null`
	);
}
