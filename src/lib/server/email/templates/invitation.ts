import { m } from '../../../paraglide/messages.js';
import { subjectLine, type EmailContent } from '../../../rules/email-layout.ts';
import type { InvitationForEmail } from '../../outbound-emails.ts';
import { absoluteUrl } from './common.ts';

// A team invitation to an address (docs/domain.md, "Company teams"): who invites, to which company,
// and the link. Not an alert: no unsubscribe, since nobody chose it and it comes once.

export function invitationEmail(input: {
	lang: 'zh-CN' | 'en';
	origin: string;
	invitation: InvitationForEmail;
	token: string;
}): EmailContent {
	const { invitation } = input;
	const company = input.lang === 'en' ? invitation.nameEn || invitation.nameZh : invitation.nameZh || invitation.nameEn;
	const inviter = invitation.inviterName ?? m.email_invitation_someone();
	const date = new Intl.DateTimeFormat(input.lang, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
		invitation.expiresAt
	);
	return {
		lang: input.lang,
		subject: subjectLine(m.email_invitation_subject({ inviter, company })),
		greeting: null,
		paragraphs: [m.email_invitation_body({ inviter, company }), m.email_invitation_expiry({ date })],
		sections: [],
		action: { text: m.email_invitation_action(), url: absoluteUrl(input.origin, `/invitations/${input.token}`) },
		footer: [m.email_invitation_ignore()],
		footerLinks: []
	};
}
