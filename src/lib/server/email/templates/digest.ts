import { m } from '../../../paraglide/messages.js';
import { describeNotification } from '../../../notifications/describe.ts';
import { subjectLine, type EmailContent, type EmailSection } from '../../../rules/email-layout.ts';
import type { EmailNotification } from '../../outbound-emails.ts';
import { absoluteUrl, alertFooter } from './common.ts';

// Several notifications at once (daily or weekly), grouped by what they concern (a listing, a deal, a
// case: the page their link opens), groups in the order of their first notification. Each line is the
// inbox's sentence (its title, then its link's text) linked to that page.

export function digestEmail(input: {
	lang: string;
	origin: string;
	recipientName: string;
	notifications: EmailNotification[];
	unsubscribeUrl: string | null;
}): EmailContent {
	const groups = new Map<string, EmailSection>();
	for (const notification of input.notifications) {
		const { title, link, detail } = describeNotification(notification);
		const key = link?.path ?? '';
		const group = groups.get(key) ?? { heading: link?.text ?? null, items: [] };
		groups.set(key, group);
		group.items.push({
			text: link ? `${title} ${link.text}` : title,
			url: link ? absoluteUrl(input.origin, link.path) : null,
			detail
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
