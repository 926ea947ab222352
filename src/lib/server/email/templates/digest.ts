import { m } from '../../../paraglide/messages.js';
import { describeNotification } from '../../../notifications/describe.ts';
import { subjectLine, type EmailContent, type EmailSection } from '../../../rules/email-layout.ts';
import type { EmailNotification } from '../../outbound-emails.ts';
import { absoluteUrl, alertFooter } from './common.ts';

// Several notifications at once (daily or weekly): grouped by what happened (the inbox's title),
// groups in the order of their first notification, each line its link.

export function digestEmail(input: {
	lang: string;
	origin: string;
	recipientName: string;
	notifications: EmailNotification[];
	unsubscribeUrl: string | null;
}): EmailContent {
	const groups = new Map<string, EmailSection>();
	for (const notification of input.notifications) {
		const described = describeNotification(notification);
		const group = groups.get(described.title) ?? { heading: described.title, items: [] };
		groups.set(described.title, group);
		group.items.push({
			text: described.link?.text ?? described.title,
			url: described.link ? absoluteUrl(input.origin, described.link.path) : null,
			detail: described.detail
		});
	}
	return {
		lang: input.lang,
		subject: subjectLine(m.email_digest_subject({ count: input.notifications.length })),
		greeting: m.email_greeting({ name: input.recipientName }),
		paragraphs: [m.email_digest_intro()],
		sections: [...groups.values()],
		action: { text: m.email_open_inbox(), url: absoluteUrl(input.origin, '/notifications') },
		...alertFooter(input.origin, input.unsubscribeUrl ? { url: input.unsubscribeUrl, digest: true } : null)
	};
}
