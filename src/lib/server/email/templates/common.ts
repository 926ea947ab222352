import { m } from '../../../paraglide/messages.js';
import type { EmailLink } from '../../../rules/email-layout.ts';

/** An app path as an absolute link on the configured ORIGIN (mail has no page to be relative to). */
export function absoluteUrl(origin: string, path: string): string {
	return new URL(path, origin).href;
}

/** Why an alert arrived, where to change that, and (RFC 8058's visible twin) how to stop it. */
export function alertFooter(
	origin: string,
	unsubscribe: { url: string; digest: boolean } | null
): { footer: string[]; footerLinks: EmailLink[] } {
	const links: EmailLink[] = [{ text: m.email_footer_settings(), url: absoluteUrl(origin, '/account/alerts') }];
	if (unsubscribe)
		links.push({
			text: unsubscribe.digest ? m.email_unsubscribe_digest_link() : m.email_unsubscribe_topic_link(),
			url: unsubscribe.url
		});
	return { footer: [m.email_footer_alerts()], footerLinks: links };
}
