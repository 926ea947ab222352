import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';
import { describedColumns, describedJoins } from '../notifications.ts';
import type { OutboundMessage } from '../outbound-messages.ts';
import { inLocale } from '../app/in-locale.ts';
import { describeNotification, type DescribedNotification } from '../../notifications/describe.ts';
import { m } from '../../paraglide/messages.js';

// What a push message says (docs/domain.md, "Web push"): the inbox's own wording
// (describeNotification) in the recipient's language. The service worker shows it as it is.

/** The JSON the service worker receives. `url` is a path of this app, never another origin. */
export interface PushPayload {
	title: string;
	body: string;
	url: string;
	/** Collapses repeats: a message sent again replaces the one shown, it does not stack. */
	tag: string;
}

/** Titles a digest's body lists before "…". */
const digestLines = 3;

type Locale = 'zh-CN' | 'en';

/**
 * The payload of an outbound push row, or null with why it can never be sent. Reads as the
 * server's own connection, only notifications of the message's recipient.
 */
export async function composePushMessage(
	db: Executor,
	message: OutboundMessage
): Promise<{ payload: PushPayload } | { refused: string }> {
	if (!message.userId) return { refused: 'a push message needs a user' };
	if (message.kind !== 'notification' && message.kind !== 'digest')
		return { refused: `push does not send messages of kind ${message.kind}` };
	const [profile] = await db.query<{ locale: string | null }>(
		sql`select locale from public.profiles where id = ${message.userId}`
	);
	const locale: Locale = profile?.locale === 'en' ? 'en' : 'zh-CN';
	const notifications = await readNotifications(db, message.userId, message.notificationIds);
	if (notifications.length === 0) return { refused: 'none of its notifications exists for its user' };
	return {
		payload: inLocale(locale, () =>
			message.kind === 'digest' ? digestPayload(message, notifications) : notificationPayload(notifications[0])
		)
	};
}

interface NotificationRow extends DescribedNotification {
	id: number;
}

function readNotifications(db: Executor, userId: string, ids: number[]): Promise<NotificationRow[]> {
	return db.query<NotificationRow>(sql`
		select n.id::int as id, ${describedColumns}
		from public.notifications n ${describedJoins}
		where n.user_id = ${userId} and n.id = any(${ids}::bigint[])
		order by n.id desc`);
}

function notificationPayload(notification: NotificationRow): PushPayload {
	const description = describeNotification(notification);
	return {
		title: description.title,
		body: [description.link?.text, description.detail].filter(Boolean).join('\n'),
		url: description.link?.path ?? '/notifications',
		tag: `notification-${notification.id}`
	};
}

function digestPayload(message: OutboundMessage, notifications: NotificationRow[]): PushPayload {
	const titles = notifications.slice(0, digestLines).map((notification) => describeNotification(notification).title);
	if (notifications.length > digestLines) titles.push('…');
	return {
		title: m.push_digest_title({ count: notifications.length }),
		body: titles.join('\n'),
		url: '/notifications',
		tag: `digest-${message.id}`
	};
}
