import { createECDH } from 'node:crypto';
import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { pushTopicsOnFirstDevice } from '../vocabularies/alerts.ts';

// Devices a user turned web push on for (docs/domain.md, "Web push"). Requests read, save and
// remove their user's own through RLS and app.save_push_subscription; the push worker
// (push/push-worker.ts) reads every user's as the server's own connection.

export interface PushDevice {
	id: string;
	label: string | null;
	createdAt: Date;
	lastSentAt: Date | null;
}

export interface PushSubscriptionKeys {
	endpoint: string;
	p256dh: string;
	auth: string;
}

export function listOwnDevices(db: Executor): Promise<PushDevice[]> {
	return db.query<PushDevice>(sql`
		select id, label, created_at as "createdAt", last_sent_at as "lastSentAt"
		from public.push_subscriptions where user_id = (select auth.uid())
		order by created_at desc, id`);
}

/**
 * Whether a device's public key is a point on P-256, which the form's shape check cannot tell: a
 * key that is not could never be sent to (the worker would forget the device on its first send).
 */
export function isUsablePublicKey(p256dh: string): boolean {
	try {
		const ecdh = createECDH('prime256v1');
		ecdh.generateKeys();
		ecdh.computeSecret(Buffer.from(p256dh, 'base64url'));
		return true;
	} catch {
		return false;
	}
}

/** Saves this browser's subscription; the same endpoint again updates it. Whether it was the first device. */
export async function saveSubscription(
	db: Executor,
	subscription: PushSubscriptionKeys,
	label: string | null
): Promise<{ firstDevice: boolean }> {
	const [row] = await db.query<{ firstDevice: boolean }>(sql`
		select app.save_push_subscription(${subscription.endpoint}, ${subscription.p256dh}, ${subscription.auth},
		       ${label}, ${[...pushTopicsOnFirstDevice]}::text[]) as "firstDevice"`);
	return { firstDevice: row.firstDevice };
}

/** Removes one of the user's own devices; someone else's or a gone one is 'not_found'. */
export async function removeDevice(db: Executor, id: string): Promise<'removed' | 'not_found'> {
	const rows = await db.query(sql`delete from public.push_subscriptions where id = ${id} returning id`);
	return rows.length > 0 ? 'removed' : 'not_found';
}

export interface StoredSubscription extends PushSubscriptionKeys {
	id: string;
}

/** The worker's look-up, as the server's own connection: every device of a user. */
export function listSubscriptionsOf(db: Executor, userId: string): Promise<StoredSubscription[]> {
	return db.query<StoredSubscription>(sql`
		select id, endpoint, p256dh, auth from public.push_subscriptions where user_id = ${userId} order by created_at, id`);
}

/** The push service said the subscription is gone (404, 410): it never comes back. */
export async function forgetSubscription(db: Executor, id: string): Promise<void> {
	await db.query(sql`delete from public.push_subscriptions where id = ${id}`);
}

export async function markSubscriptionSent(db: Executor, id: string): Promise<void> {
	await db.query(sql`update public.push_subscriptions set last_sent_at = now() where id = ${id}`);
}
