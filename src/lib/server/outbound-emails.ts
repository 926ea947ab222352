import type { DescribedNotification } from '../notifications/describe.ts';
import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { describedColumns, describedJoins } from './notifications.ts';
import { markOutboundMessageFailed, markOutboundMessageSent, type OutboundMessage } from './outbound-messages.ts';

// What the email worker reads and writes around app.outbound_messages (docs/domain.md, "Email").
// Called with the server's own connection (the worker, outside any request), so each read states
// its own limit. Security invariant: an email tells a user only of notifications that are theirs
// (`user_id = recipient` below), whatever ids a queued row holds.

export type EmailLocale = 'zh-CN' | 'en';

export interface EmailRecipient {
	email: string;
	displayName: string;
	locale: EmailLocale;
}

export interface EmailNotification extends DescribedNotification {
	id: number;
	createdAt: Date;
}

export interface InvitationForEmail {
	pending: boolean;
	nameZh: string;
	nameEn: string;
	inviterName: string | null;
	expiresAt: Date;
}

export async function readEmailRecipient(db: Executor, userId: string): Promise<EmailRecipient | null> {
	const [row] = await db.query<EmailRecipient>(sql`
		select email, display_name as "displayName", locale from public.profiles where id = ${userId}`);
	return row ?? null;
}

export function readEmailNotifications(db: Executor, userId: string, ids: number[]): Promise<EmailNotification[]> {
	return db.query<EmailNotification>(sql`
		select n.id::int as id, ${describedColumns}, n.created_at as "createdAt"
		from public.notifications n ${describedJoins}
		where n.id = any(${ids}::bigint[]) and n.user_id = ${userId}
		order by n.created_at, n.id`);
}

/** The invitation an email invites to, with its company and inviter; null when it is gone. */
export async function readInvitationForEmail(db: Executor, invitationId: string): Promise<InvitationForEmail | null> {
	const [row] = await db.query<InvitationForEmail>(sql`
		select (i.accepted_at is null and i.revoked_at is null and i.expires_at > now()) as pending,
		       o.name_zh as "nameZh", o.name_en as "nameEn", inviter.display_name as "inviterName",
		       i.expires_at as "expiresAt"
		from public.team_invitations i join public.organizations o on o.id = i.organization_id
		left join public.profiles inviter on inviter.id = i.invited_by
		where i.id = ${invitationId}::uuid`);
	return row ?? null;
}

// A team invitation's payload holds the raw link token until the email left or was given up; then
// it is removed in the same transaction, so a settled row never holds a usable link.
const forgetToken = (id: number) =>
	sql`update app.outbound_messages set payload = payload - 'token' where id = ${id} and payload ? 'token'`;

export async function markEmailSent(db: Executor, id: number): Promise<void> {
	await db.transaction(async (transaction) => {
		await markOutboundMessageSent(transaction, id);
		await transaction.query(forgetToken(id));
	});
}

export function markEmailFailed(
	db: Executor,
	message: Pick<OutboundMessage, 'id' | 'attempts'>,
	error: string,
	options: { permanent?: boolean; now?: Date } = {}
): Promise<'retry' | 'given_up'> {
	return db.transaction(async (transaction) => {
		const outcome = await markOutboundMessageFailed(transaction, message, error, options);
		if (outcome === 'given_up') await transaction.query(forgetToken(message.id));
		return outcome;
	});
}

/**
 * Sets email alerts to 'never' for one topic, or (topic null) every topic sent as a digest.
 * Call only with a user id and topic taken from a verified unsubscribe token.
 */
export async function unsubscribeEmail(db: Executor, userId: string, topic: string | null): Promise<number> {
	const [row] = await db.query<{ changed: number }>(
		sql`select app.unsubscribe_email(${userId}::uuid, ${topic}) as changed`
	);
	return row.changed;
}
