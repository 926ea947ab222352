import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { openDeal, signIn } from '../../scripts/lib/app-client.ts';
import { chromiumPath } from '../../scripts/lib/chromium.js';
import { demo, hydrated, open, seriousAxeViolations, signInByRequest } from './helpers';
import {
	controlled,
	demoUserIds,
	firstListingPath,
	openCompanyDeal,
	outboxKeys,
	privateCaches,
	putTestOutboxEntry,
	signUpFreshCompany
} from './pwa-helpers';

const offlineHeading = { level: 1, name: '您已离线' } as const;

test('the service worker controls the page; a visited listing reloads offline, other pages show the offline page', async ({
	page,
	context
}) => {
	const listing = await firstListingPath(page);
	await controlled(page);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
	await open(page, listing);
	const title = await page.locator('h1').textContent();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
	await page.goto('/needs');
	await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await context.setOffline(false);
});

test('a listing made available offline opens with no network after a cold start', async ({ baseURL }) => {
	const profile = mkdtempSync(join(tmpdir(), 'zhiqiao-pwa-profile-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath(),
			baseURL,
			locale: 'zh-CN',
			viewport: { width: 360, height: 740 }
		});
	try {
		let context = await launch();
		await signInByRequest(context, demo.company);
		let page = context.pages()[0] ?? (await context.newPage());
		// The listing is the profile's first page: no service worker has seen it before the button.
		const discovery = await (await context.request.get('/listings')).text();
		const listing = /href="(\/listings\/[0-9a-f-]{36})"/.exec(discovery)![1];
		await open(page, listing);
		const title = await page.locator('h1').textContent();
		await page.getByRole('button', { name: '设为离线可用' }).click();
		await expect(page.getByText('已可离线查看')).toBeVisible();
		await context.close();

		context = await launch();
		await context.setOffline(true);
		page = context.pages()[0] ?? (await context.newPage());
		await page.goto(listing);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
		await hydrated(page);
		await expect(page.getByText('已可离线查看')).toBeVisible();
		await context.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('an interest and a deal message written offline are sent once when the connection returns', async ({
	page,
	context,
	baseURL
}) => {
	await signUpFreshCompany(context, 'offline-interest');
	const listing = await firstListingPath(page, 0);
	const dealListing = await firstListingPath(page, 1);
	await controlled(page);
	const stamp = Date.now();

	await open(page, `${listing}/interest`);
	await context.setOffline(true);
	const interestText = `离线时写的意向 ${stamp}`;
	await page.getByLabel('留言').fill(interestText);
	await page.getByRole('button', { name: '发送意向' }).click();
	await expect(page.locator('[data-outbox-state="pending"]')).toContainText('已保存在本机，联网后自动发送。');
	await context.setOffline(false);
	await expect(page.locator('[data-outbox-state="sent"]')).toContainText('已发送。');
	await page.goto('/interests');
	await expect(page.getByText(interestText, { exact: true })).toHaveCount(1);

	const session = (await context.cookies()).find((cookie) => cookie.name === 'session')!;
	const dealId = await openDeal(
		baseURL!,
		`session=${session.value}`,
		await signIn(baseURL!, demo.officer),
		dealListing.split('/').pop()!
	);
	const deal = `/deals/${dealId}`;
	await open(page, deal);
	await hydrated(page);
	await context.setOffline(true);
	const messageText = `离线时写的消息 ${stamp}`;
	await page.getByLabel('消息', { exact: true }).fill(messageText);
	await page.getByRole('button', { name: '发送', exact: true }).click();
	await expect(page.locator('[data-outbox-state="pending"]')).toContainText(messageText);
	await expect(page.getByLabel('消息', { exact: true })).toHaveValue('');
	await context.setOffline(false);
	await expect(page.locator('[data-outbox-state="sent"]')).toContainText('已发送。');
	await expect(page.locator('.timeline .body', { hasText: messageText })).toHaveCount(1);
	await open(page, deal);
	await expect(page.locator('.timeline .body', { hasText: messageText })).toHaveCount(1);
});

test('an interest the server refuses on replay shows the server’s reason, and its text can be copied', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await signUpFreshCompany(context, 'refused-interest');
	// The last listing of the first page: no other test uses it, and this one withdraws it.
	const listing = await firstListingPath(page, 19);
	await controlled(page);
	await open(page, `${listing}/interest`);
	await context.setOffline(true);
	const text = `撤回前写的意向 ${Date.now()}`;
	await page.getByLabel('留言').fill(text);
	await page.getByRole('button', { name: '发送意向' }).click();
	await expect(page.locator('[data-outbox-state="pending"]')).toBeVisible();

	// Meanwhile the university archives the listing.
	const officer = await browser.newContext({ baseURL });
	await signInByRequest(officer, demo.officer);
	const archived = await officer.request.post(`${listing}?/archive`, {
		form: {},
		headers: { origin: baseURL!, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	expect((await archived.json()).type).toBe('success');
	await officer.close();

	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await context.setOffline(false);
	const refused = page.locator('[data-outbox-state="refused"]');
	await expect(refused).toContainText('未能发送：无法执行：该意向或成果的状态已变化，或您没有权限。');
	await refused.getByRole('button', { name: '复制内容' }).click();
	await expect(refused.getByRole('button', { name: '已复制' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
	await page.goto('/interests');
	await expect(page.getByText(text)).toHaveCount(0);
});

// Signing out by the enhanced form (a fetch, then a new page load) and by a plain form post (what a
// page without scripts yet sends: a navigation whose redirect the worker cannot read).
for (const way of ['button', 'plain form post'] as const) {
	test(`after signing out (${way}), going offline shows none of the previous user’s private pages`, async ({
		page,
		context
	}) => {
		await signInByRequest(context, demo.company);
		const listing = await firstListingPath(page, 3);
		await controlled(page);
		await open(page, listing);
		await page.getByRole('button', { name: '设为离线可用' }).click();
		await expect(page.getByText('已可离线查看')).toBeVisible();
		const deal = await openCompanyDeal(page);
		await open(page, deal);
		expect(await privateCaches(page)).not.toEqual([]);
		// A refused write still holds what the user typed until dismissed: sign-out must remove it.
		await putTestOutboxEntry(page, {
			key: crypto.randomUUID(),
			kind: 'message',
			action: new URL(page.url()).pathname,
			fields: {},
			text: '私密内容',
			userId: demoUserIds.company,
			state: 'refused',
			createdAt: Date.now()
		});

		await open(page, '/account');
		if (way === 'button') await page.getByRole('button', { name: '退出登录', exact: true }).click();
		else await page.locator('form[action="/signout"]').evaluate((form: HTMLFormElement) => form.submit());
		await page.waitForURL('/signin?signedOut=1');
		expect(await privateCaches(page)).toEqual([]);
		expect(await outboxKeys(page)).toEqual([]);

		await context.setOffline(true);
		for (const path of [deal, '/interests', '/account']) {
			await page.goto(path);
			await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
		}
		// The listing page the company kept is gone with its session; what may show is the offline page.
		await page.goto(listing);
		await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
		await context.setOffline(false);
	});
}

test('a new version shows the update prompt; accepting reloads into it and keeps a half-typed message', async ({
	page,
	context,
	request
}) => {
	await signInByRequest(context, demo.company);
	await page.goto('/');
	await controlled(page);
	const deal = await openCompanyDeal(page);

	expect((await request.post('/__e2e/new-version')).ok()).toBe(true);
	// A navigation after the deploy: the browser fetches /sw.js, finds new bytes and installs them.
	await open(page, deal);
	await page.getByLabel('消息', { exact: true }).fill('写到一半的消息');
	await expect(page.getByText('知桥有新版本可用。')).toBeVisible();
	expect(await seriousAxeViolations(page)).toEqual([]);
	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '更新并重新载入' }).click()]);
	await hydrated(page);
	await expect(page.getByLabel('消息', { exact: true })).toHaveValue('写到一半的消息');
	const [worker] = context.serviceWorkers();
	expect(await worker.evaluate(() => (self as unknown as { __e2eVersion?: number }).__e2eVersion)).toBe(1);
	await expect(page.getByText('知桥有新版本可用。')).toBeHidden();
});
