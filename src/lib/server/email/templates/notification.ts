import { m } from '../../../paraglide/messages.js';
import { describeNotification } from '../../../notifications/describe.ts';
import { subjectLine, type EmailContent } from '../../../rules/email-layout.ts';
import type { EmailNotification } from '../../outbound-emails.ts';
import { absoluteUrl, alertFooter } from './common.ts';

// One notification, sent as it happens, worded exactly as the inbox words it.

export function notificationEmail(input: {
	lang: string;
	origin: string;
	recipientName: string;
	notification: EmailNotification;
	unsubscribeUrl: string | null;
}): EmailContent {
	const described = describeNotification(input.notification);
	const link = described.link;
	// The inbox's sentence: the title, then the link's text ("New licensing interest in <listing>").
	const sentence = link ? `${described.title} ${link.text}` : described.title;
	return {
		lang: input.lang,
		subject: subjectLine(m.email_notification_subject({ title: sentence })),
		greeting: m.email_greeting({ name: input.recipientName }),
		paragraphs: [m.email_notification_intro()],
		sections: [
			{
				heading: null,
				items: [
					{
						text: sentence,
						url: link ? absoluteUrl(input.origin, link.path) : null,
						detail: described.detail
					}
				]
			}
		],
		action: { text: m.email_open_inbox(), url: absoluteUrl(input.origin, '/notifications') },
		...alertFooter(input.origin, input.unsubscribeUrl ? { url: input.unsubscribeUrl, digest: false } : null)
	};
}
