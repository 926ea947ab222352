import { layoutHtml, layoutText, type EmailContent } from '../../rules/email-layout.ts';
import { inLocale } from '../app/in-locale.ts';
import { alertTopicOf } from '../../vocabularies/alerts.ts';
import type { Executor } from '../db/port.ts';
import type { OutboundMessage } from '../outbound-messages.ts';
import {
	readEmailNotifications,
	readEmailRecipient,
	readInvitationForEmail,
	type EmailLocale
} from '../outbound-emails.ts';
import { digestEmail } from './templates/digest.ts';
import { invitationEmail } from './templates/invitation.ts';
import { notificationEmail } from './templates/notification.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

// One queued row as a ready email, in the recipient's language (docs/domain.md, "Email"), or the
// reason it will never be one (the account, its notifications or the invitation are gone).

export interface ComposedEmail {
	to: { name: string; address: string } | string;
	subject: string;
	text: string;
	html: string;
	headers: Record<string, string>;
}

export interface ComposeSettings {
	/** The app's public URL (ORIGIN): every link in an email is absolute. */
	origin: string;
	unsubscribeSecret: Uint8Array;
}

function parts(content: EmailContent): Pick<ComposedEmail, 'subject' | 'text' | 'html'> {
	return { subject: content.subject, text: layoutText(content), html: layoutHtml(content) };
}

const topicPattern = /^[a-z_]{1,32}$/;

export async function composeEmail(
	db: Executor,
	message: OutboundMessage,
	settings: ComposeSettings
): Promise<ComposedEmail | { skip: string }> {
	if (message.kind === 'team_invitation') {
		const { invitationId, token, locale } = message.payload;
		if (typeof invitationId !== 'string' || typeof token !== 'string' || !message.emailAddress)
			return { skip: 'invitation payload incomplete' };
		const invitation = await readInvitationForEmail(db, invitationId);
		// A revoked, used or expired invitation is not sent: its link would only disappoint.
		if (!invitation?.pending) return { skip: 'invitation no longer pending' };
		const lang: EmailLocale = locale === 'en' ? 'en' : 'zh-CN';
		const content = inLocale(lang, () => invitationEmail({ lang, origin: settings.origin, invitation, token }));
		return { to: message.emailAddress, headers: { 'Auto-Submitted': 'auto-generated' }, ...parts(content) };
	}
	if (message.kind !== 'notification' && message.kind !== 'digest') return { skip: `unknown kind ${message.kind}` };
	if (!message.userId) return { skip: 'no recipient' };
	const recipient = await readEmailRecipient(db, message.userId);
	if (!recipient?.email) return { skip: 'recipient has no address' };
	const notifications = await readEmailNotifications(db, message.userId, message.notificationIds);
	if (notifications.length === 0) return { skip: 'notifications gone' };

	// The topic whose emails the link stops: the row's own (a producer may name one), else the
	// notification's topic in the alerts vocabulary.
	const digest = message.kind === 'digest';
	const topic =
		typeof message.payload.topic === 'string' && topicPattern.test(message.payload.topic)
			? message.payload.topic
			: alertTopicOf(notifications[0].kind);
	const unsubscribeUrl =
		digest || topic
			? new URL(
					`/unsubscribe/${signUnsubscribeToken(settings.unsubscribeSecret, {
						userId: message.userId,
						scope: digest ? { digest: true } : { topic: topic! }
					})}`,
					settings.origin
				).href
			: null;
	const lang = recipient.locale;
	const common = { lang, origin: settings.origin, recipientName: recipient.displayName, unsubscribeUrl };
	const content = inLocale(lang, () =>
		digest
			? digestEmail({ ...common, notifications })
			: notificationEmail({ ...common, notification: notifications[0] })
	);
	const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
	if (unsubscribeUrl) {
		// RFC 8058: mail programs show an unsubscribe button that POSTs to this URL.
		headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
		headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
	}
	return { to: { name: recipient.displayName, address: recipient.email }, headers, ...parts(content) };
}
