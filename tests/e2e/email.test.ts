import { expect, test } from '@playwright/test';
import { demo, expectAccessible, newSignedInPage, open, seriousAxeViolations, uniqueEmail } from './helpers';
import { mailTo } from './mail.js';

// Email through SMTP (docs/domain.md, "Email"), at 360 px: the e2e server's SMTP_URL points at an
// SMTP server in its own process (tests/e2e/server.js), so what the app sends is really sent.
test.describe.configure({ timeout: 150_000 });

test('a team invitation typed with an address arrives by email, in Chinese, with a link that works', async ({
	browser,
	request
}) => {
	const founder = await newSignedInPage(browser, demo.company);
	await open(founder, '/account/team');
	const address = uniqueEmail('emailed');
	await founder.getByLabel('同事邮箱（选填）').fill(address);
	await founder.getByRole('button', { name: '生成邀请链接' }).click();
	await expect(founder.getByText(`邀请已生成并发送至 ${address}。`, { exact: false })).toBeVisible();
	const shown = await founder.getByLabel(`发给 ${address} 的邀请链接`).inputValue();

	const [mail] = await mailTo(request, address);
	expect(mail.subject).toContain('邀请您加入知桥上的山城新能源汽车科技有限公司');
	expect(mail.text).toContain(shown);
	expect(mail.html).toContain('<html lang="zh-CN">');
	expect(mail.listUnsubscribe).toBeNull();

	const invitee = await (await browser.newContext()).newPage();
	const link = /https?:\/\/\S+\/invitations\/[a-z2-7]{32}/.exec(mail.text)?.[0];
	expect(link).toBeDefined();
	await open(invitee, new URL(link!).pathname);
	await expect(invitee.getByText('您受邀加入知桥上的山城新能源汽车科技有限公司。')).toBeVisible();
});

test('a notification email’s unsubscribe link: asked on GET, stopped on POST, also one-click from a mail provider', async ({
	browser,
	request
}) => {
	const queued = await request.post(`/__e2e/queue-notification-email?user=${encodeURIComponent(demo.researcher)}`);
	expect(queued.ok()).toBe(true);
	const messageId = `<outbound-${await queued.text()}@localhost>`;
	let mail = (await mailTo(request, demo.researcher)).find((caught) => caught.messageId === messageId);
	for (let tries = 0; !mail && tries < 60; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 500));
		mail = (await mailTo(request, demo.researcher)).find((caught) => caught.messageId === messageId);
	}
	expect(mail, 'the notification email arrived').toBeDefined();
	expect(mail!.subject).toMatch(/^知桥：/);
	expect(mail!.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');
	const unsubscribe = /^<(.+)>$/.exec(mail!.listUnsubscribe ?? '')?.[1];
	expect(unsubscribe).toBeDefined();
	expect(mail!.text).toContain(unsubscribe);
	const path = new URL(unsubscribe!).pathname;

	// Opening the link (as a mail scanner would) asks and changes nothing; the button stops the topic.
	const reader = await (await browser.newContext()).newPage();
	await expectAccessible(reader, path);
	await expect(reader.getByText('不再通过邮件接收此类通知？')).toBeVisible();
	await reader.getByRole('button', { name: '退订' }).click();
	await expect(reader.getByText('已退订：不会再发送此类通知的邮件。')).toBeVisible();
	expect(await seriousAxeViolations(reader)).toEqual([]);

	// The researcher's own alert choice for that topic is now 'never'.
	const preference = await request.get(
		`/__e2e/email-preference?user=${encodeURIComponent(demo.researcher)}&topic=interests`
	);
	expect(await preference.text()).toBe('never');

	// A mail provider's one-click POST comes from its own servers, not our origin: accepted there,
	// while any other cross-site form post is still refused.
	const oneClick = await request.post(path, {
		headers: { origin: 'https://mail.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'List-Unsubscribe=One-Click'
	});
	expect(oneClick.status()).toBe(200);
	const crossSite = await request.post('/account/team?/invite', {
		headers: { origin: 'https://mail.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=x%40example.com'
	});
	expect(crossSite.status()).toBe(403);
});

test('a tampered unsubscribe link gets a translated 400 page', async ({ page }) => {
	await expectAccessible(page, '/unsubscribe/YWJj.ZGVm', 400);
	await expect(page.getByText('此退订链接无效，可能被截断了。', { exact: false })).toBeVisible();
	const posted = await page.request.post('/unsubscribe/YWJj.ZGVm', {
		headers: { origin: new URL(page.url()).origin, 'content-type': 'application/x-www-form-urlencoded' },
		data: ''
	});
	expect(posted.status()).toBe(400);
	// Bytes that decode to no text at all: refused before any route, with the same sentence (the
	// page's scripts cannot route such an address either, so it stays the server's page).
	expect((await page.goto('/unsubscribe/%00%ff'))?.status()).toBe(400);
	await expect(page.getByText('此退订链接无效，可能被截断了。', { exact: false })).toBeVisible();
});
