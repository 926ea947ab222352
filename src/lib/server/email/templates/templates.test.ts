import { describe, expect, it } from 'vitest';
import { m } from '../../../paraglide/messages.js';
import { layoutHtml, layoutText } from '../../../rules/email-layout.ts';
import { inLocale } from '../../app/in-locale.ts';
import type { EmailNotification } from '../../outbound-emails.ts';
import { digestEmail } from './digest.ts';
import { invitationEmail } from './invitation.ts';
import { notificationEmail } from './notification.ts';

const notification = (id: number, kind: string, listingTitle: string | null): EmailNotification => ({
	id,
	kind,
	listingId: listingTitle ? `00000000-0000-4000-8001-00000000000${id}` : null,
	listingTitle,
	dealId: kind === 'deal_opened' ? '00000000-0000-4000-8004-000000000001' : null,
	serviceCaseId: null,
	pledgeId: null,
	proposalId: null,
	needId: null,
	message: null,
	createdAt: new Date('2026-12-01T08:00:00Z')
});

const origin = 'https://zhiqiao.example';

describe('email templates', () => {
	it('group a digest by what it concerns, in order, each line the inbox’s sentence with its absolute link', () => {
		const content = inLocale('en', () =>
			digestEmail({
				lang: 'en',
				origin,
				recipientName: 'Wang',
				notifications: [
					notification(1, 'interest_received', 'Battery cooling'),
					notification(3, 'interest_received', 'Solid electrolyte'),
					notification(1, 'listing_published', 'Battery cooling')
				],
				unsubscribeUrl: `${origin}/unsubscribe/abc.def`
			})
		);
		const [interest, published] = inLocale('en', () => [
			m.notification_interest_received(),
			m.notification_listing_published()
		]);
		expect(content.subject).toBe('Zhiqiao: 3 notifications');
		expect(content.sections.map((section) => [section.heading, section.items.map((item) => item.text)])).toEqual([
			['Battery cooling', [`${interest} Battery cooling`, `${published} Battery cooling`]],
			['Solid electrolyte', [`${interest} Solid electrolyte`]]
		]);
		expect(content.sections[1].items[0].url).toBe(`${origin}/listings/00000000-0000-4000-8001-000000000003`);
		expect(layoutText(content)).toContain(`Stop summary emails: ${origin}/unsubscribe/abc.def`);
	});

	it('word a notification as the inbox does, in the recipient’s language, typed titles escaped', () => {
		const content = inLocale('zh-CN', () =>
			notificationEmail({
				lang: 'zh-CN',
				origin,
				recipientName: '王<b>',
				notification: notification(1, 'interest_received', '<img src=x onerror=alert(1)>'),
				unsubscribeUrl: null
			})
		);
		expect(content.subject).toBe(
			`知桥：${inLocale('zh-CN', () => m.notification_interest_received())} <img src=x onerror=alert(1)>`
		);
		const html = layoutHtml(content);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).not.toContain('<img');
		expect(html).toContain('王&lt;b&gt;，您好：');
		expect(content.footerLinks.map((link) => link.url)).toEqual([`${origin}/account/alerts`]);
		// The plain-text part puts Chinese colons before its links.
		expect(layoutText(content)).toContain(`打开通知：\n${origin}/notifications`);
		expect(layoutText(content)).toContain(`更改提醒设置： ${origin}/account/alerts`);
	});

	it('say who invites to which company, until when, with the link, in the inviter’s language', () => {
		const invitation = {
			pending: true,
			nameZh: '山城新能源',
			nameEn: 'Shancheng New Energy',
			inviterName: '林晓燕',
			expiresAt: new Date('2026-12-14T04:00:00Z')
		};
		const english = inLocale('en', () => invitationEmail({ lang: 'en', origin, invitation, token: 'abc' }));
		expect(english.subject).toBe('林晓燕 invites you to join Shancheng New Energy on Zhiqiao');
		expect(english.paragraphs[1]).toBe('The link works once, until December 14, 2026.');
		expect(english.action).toEqual({ text: 'Open the invitation', url: `${origin}/invitations/abc` });
		const chinese = inLocale('zh-CN', () => invitationEmail({ lang: 'zh-CN', origin, invitation, token: 'abc' }));
		expect(chinese.subject).toBe('林晓燕 邀请您加入知桥上的山城新能源');
	});
});
