import { expect, test } from '@playwright/test';
import { demo, open, signInByRequest, switchLanguage } from './helpers';
import { cachedAnywhere, controlled, firstListingPath, workerCommand } from './pwa-helpers';

// The service worker's copies never stand in for a fresher answer: another language, a withdrawn
// listing. And keeping a listing offline does not hinge on each of its images.

test('a listing visited in Chinese shows in English after switching the language, also on reload', async ({
	page,
	context
}) => {
	const other = await firstListingPath(page, 0);
	const listing = await firstListingPath(page, 1);
	await controlled(page);
	await open(page, other);
	await open(page, listing);
	await switchLanguage(page, 'en');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: '中文' })).toBeVisible();

	// Offline, a page kept only in Chinese is better than the offline page.
	await context.setOffline(true);
	await page.goto(other);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toHaveCount(0);
	await context.setOffline(false);
});

test('a cached listing that is withdrawn shows the server’s 404 on the next visit', async ({
	page,
	browser,
	baseURL
}) => {
	// No other test uses this listing; this one archives it.
	const listing = await firstListingPath(page, 18);
	await controlled(page);
	await open(page, listing);
	expect(await cachedAnywhere(page, listing)).toBe(true);

	const officer = await browser.newContext({ baseURL });
	await signInByRequest(officer, demo.officer);
	const archived = await officer.request.post(`${listing}?/archive`, {
		form: {},
		headers: { origin: baseURL!, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	expect((await archived.json()).type).toBe('success');
	await officer.close();

	// This visit may still show the copy while the worker asks the server; the server's 404 removes it.
	await page.goto(listing);
	await expect.poll(() => cachedAnywhere(page, listing)).toBe(false);
	const response = await page.goto(listing);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
});

test('making a listing available offline succeeds when one of its images cannot be kept', async ({ page, context }) => {
	await signInByRequest(context, demo.company);
	const listing = await firstListingPath(page, 1);
	await controlled(page);
	await open(page, listing);
	const title = await page.locator('h1').textContent();
	// An image the server no longer has (or, with Supabase Storage, one the worker cannot store).
	const missingImage = `/files/${crypto.randomUUID()}`;
	expect(await workerCommand<boolean>(page, 'keep-offline', [listing, missingImage])).toBe(true);
	expect(await workerCommand<boolean>(page, 'is-kept', [listing])).toBe(true);

	await context.setOffline(true);
	await page.goto(listing);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
	await context.setOffline(false);
});
