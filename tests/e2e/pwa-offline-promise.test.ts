import { expect, test, type Page } from '@playwright/test';
import { interestFields } from '../../scripts/lib/app-client.ts';
import { demo, hydrated, open, seriousAxeViolations, signInByRequest } from './helpers';
import { cachedAnywhere, controlled, openCompanyDeal, outboxStates, signUpFreshCompany } from './pwa-helpers';

// What the offline page promises ("visited listings open offline, writes wait for the network")
// and what sign-out promises, checked where issue #17's tester found them broken, at 360 px.

const offlineHeading = { level: 1, name: '您已离线' } as const;
const navigation = (page: Page) => page.locator('nav.app-nav');

/** Taps the `index`th card of /listings (a client-side navigation) and returns the listing's path and title. */
async function tapListing(page: Page, index: number): Promise<{ path: string; title: string }> {
	await open(page, '/listings');
	await controlled(page);
	const card = page.locator('article h2 a').nth(index);
	const title = (await card.textContent())!.trim();
	const path = (await card.getAttribute('href'))!;
	const loads: string[] = [];
	page.on('load', () => loads.push(page.url()));
	await card.click();
	await page.waitForURL(path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	// Reached inside the app, not by a page load.
	expect(loads).toEqual([]);
	return { path, title };
}

test('Back after signing out shows the signed-out navigation, not the previous user’s interests', async ({
	page,
	context
}) => {
	await signInByRequest(context, demo.company);
	await open(page, '/');
	await controlled(page);
	await open(page, '/interests');
	await expect(page.getByRole('link', { name: '进入交易室' }).first()).toBeVisible();
	const signedIn = await page.request.get('/interests');
	expect(signedIn.headers()['cache-control']).toBe('private, no-store');

	await open(page, '/account');
	await page.getByRole('button', { name: '退出登录', exact: true }).click();
	await page.waitForURL('/signin?signedOut=1');
	// Back to /account, then to /interests. A page the browser restores from its back/forward cache
	// reloads itself to re-check the session, which would abort a wait for its load event: each step
	// waits only for the navigation to commit, and for the signed-out navigation it must end in.
	await page.goBack({ waitUntil: 'commit' });
	await expect(navigation(page).getByRole('link', { name: '登录' })).toBeVisible();
	await page.goBack({ waitUntil: 'commit' });
	await expect(navigation(page).getByRole('link', { name: '登录' })).toBeVisible();
	await expect(navigation(page).getByRole('link', { name: '我的' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: '进入交易室' })).toHaveCount(0);
});

test('the live connection stops once the server answers 401, instead of retrying forever', async ({
	page,
	context,
	baseURL
}) => {
	await signInByRequest(context, demo.company);
	const streams: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/api/events') streams.push(request.url());
	});
	// The stream the page opens is held until the session has ended, then passed on to the server.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/api/events?**', async (route) => {
		if (!new URL(route.request().url()).searchParams.has('check')) await released;
		await route.continue();
	});
	// The page's timers run on a clock the test moves: minutes of retries pass at once.
	await page.clock.install();
	await open(page, '/');
	await expect.poll(() => streams.length).toBe(1);

	// Signed out elsewhere (another tab): the server has no session for this page any more.
	const signedOut = await context.request.post('/signout', {
		form: {},
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(signedOut.status()).toBe(303);
	release();
	// The refused stream, then the one request asking why.
	await expect.poll(() => streams.length).toBe(2);
	expect(streams[1]).toContain('check=1');
	await page.clock.runFor('10:00');
	await page.clock.runFor('10:00');
	expect(streams).toHaveLength(2);
});

test('a listing opened by a tap inside the app opens offline', async ({ page, context }) => {
	const { path, title } = await tapListing(page, 4);
	await expect.poll(() => cachedAnywhere(page, path)).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await context.setOffline(false);
});

test('the interest form of a tapped listing opens offline; sending queues it and says so in a toast', async ({
	page,
	context
}) => {
	await signUpFreshCompany(context, 'tapped-interest');
	const { path, title } = await tapListing(page, 6);
	await expect.poll(() => cachedAnywhere(page, `${path}/interest`)).toBe(true);

	await context.setOffline(true);
	await page.goto(`${path}/interest`);
	await expect(page.getByRole('heading', { level: 1, name: '表达许可意向' })).toBeVisible();
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await hydrated(page);
	const text = `离线时从缓存的表单写的意向 ${Date.now()}`;
	await page.getByLabel('留言').fill(text);
	const send = page.getByRole('button', { name: '发送意向' });
	await send.click();

	const toast = page.getByRole('status').filter({ hasText: '已保存在本机，联网后自动发送。' });
	await expect(toast).toBeInViewport();
	// It covers neither the button just pressed nor the navigation.
	await expect(send).toBeInViewport();
	const [toastBox, sendBox, navigationBox] = await Promise.all([
		toast.boundingBox(),
		send.boundingBox(),
		navigation(page).boundingBox()
	]);
	expect(sendBox!.y + sendBox!.height).toBeLessThanOrEqual(toastBox!.y);
	expect(toastBox!.y + toastBox!.height).toBeLessThanOrEqual(navigationBox!.y);
	expect(await outboxStates(page)).toEqual({ pending: 1, sent: 0, refused: 0 });
	expect(await seriousAxeViolations(page)).toEqual([]);
	await toast.getByRole('button', { name: '关闭提示' }).click();
	await expect(toast).toHaveCount(0);

	await context.setOffline(false);
	await expect(page.locator('[data-outbox-state="sent"]')).toBeVisible();
	await page.goto('/interests');
	await expect(page.getByText(text, { exact: true })).toHaveCount(1);
});

test('the offline page at a nested address shows the signed-in navigation, and 重试 loads the page once back online', async ({
	page,
	context
}) => {
	await signInByRequest(context, demo.company);
	await open(page, '/');
	await controlled(page);
	const deal = await openCompanyDeal(page);
	const dealHeading = await page.getByRole('heading', { level: 1 }).textContent();
	// The worker keeps the signed-in user's own offline page once one of their pages has loaded.
	await expect
		.poll(() =>
			page.evaluate(async () => {
				for (const name of (await caches.keys()).filter((cache) => cache.includes('-session-')))
					if (await (await caches.open(name)).match('/offline?locale=zh-CN')) return true;
				return false;
			})
		)
		.toBe(true);
	// A listing this browser never opened: no copy of it, so the offline page stands in.
	const listing = '/listings/00000000-0000-4000-8001-000000000002';

	for (const [path, heading] of [
		[deal, dealHeading!],
		[listing, null]
	] as const) {
		await context.setOffline(true);
		await page.goto(path);
		await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
		await expect(navigation(page).getByRole('link', { name: '我的' })).toBeVisible();
		await expect(navigation(page).getByRole('link', { name: '登录' })).toHaveCount(0);
		await hydrated(page);
		await context.setOffline(false);
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '重试' }).click()]);
		await expect(page.getByRole('heading', offlineHeading)).toHaveCount(0);
		if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		expect(new URL(page.url()).pathname).toBe(path);
	}
});

test('messages added to an open interest offline each wait in the outbox and each arrive once, also from the kept copy', async ({
	page,
	context,
	baseURL
}) => {
	await signUpFreshCompany(context, 'offline-messages');
	const path = '/listings/00000000-0000-4000-8001-000000000008';
	const sent = await context.request.post(`${path}/interest`, {
		form: interestFields(crypto.randomUUID(), `离线补充前的意向 ${Date.now()}`),
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(sent.status()).toBe(303);
	// The worker's first page load installs it; the form loaded under its control is kept.
	await open(page, path);
	await controlled(page);
	await open(page, `${path}/interest`);
	await expect.poll(() => cachedAnywhere(page, `${path}/interest`)).toBe(true);
	await hydrated(page);

	await context.setOffline(true);
	const texts = [1, 2, 3].map((index) => `离线补充的第 ${index} 条留言 ${Date.now()}`);
	const add = async (text: string) => {
		await page.getByLabel('留言').fill(text);
		await page.getByRole('button', { name: '发送留言' }).click();
	};
	await add(texts[0]);
	await expect.poll(() => outboxStates(page)).toEqual({ pending: 1, sent: 0, refused: 0 });
	await expect(page.getByLabel('留言')).toHaveValue('');
	await add(texts[1]);
	await expect.poll(() => outboxStates(page)).toEqual({ pending: 2, sent: 0, refused: 0 });
	// The page again, from the worker's copy: its key was rendered before either message.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '补充留言' })).toBeVisible();
	await hydrated(page);
	await add(texts[2]);
	await expect.poll(() => outboxStates(page)).toEqual({ pending: 3, sent: 0, refused: 0 });

	await context.setOffline(false);
	await expect.poll(() => outboxStates(page)).toEqual({ pending: 0, sent: 3, refused: 0 });
	await page.goto('/interests');
	for (const text of texts) await expect(page.getByText(text, { exact: true })).toHaveCount(1);
});

test('the offline page shows the signed-in navigation right after sign-up, before any private page was kept, and the signed-out one after sign-out', async ({
	page,
	context
}) => {
	await signUpFreshCompany(context, 'offline-nav');
	// The first page loads before the worker controls anything: no copy of the user's own offline page yet.
	await open(page, '/');
	await controlled(page);
	await hydrated(page);
	await context.setOffline(true);
	await page.goto('/notifications');
	await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
	await expect(navigation(page).getByRole('link', { name: '我的' })).toBeVisible();
	await expect(navigation(page).getByRole('link', { name: '需求', exact: true })).toBeVisible();
	await expect(navigation(page).getByRole('link', { name: '登录' })).toHaveCount(0);
	expect(await seriousAxeViolations(page)).toEqual([]);

	await context.setOffline(false);
	await open(page, '/account');
	await page.getByRole('button', { name: '退出登录', exact: true }).click();
	await page.waitForURL('/signin?signedOut=1');
	await hydrated(page);
	await context.setOffline(true);
	await page.goto('/notifications');
	await expect(page.getByRole('heading', offlineHeading)).toBeVisible();
	await hydrated(page);
	await expect(navigation(page).getByRole('link', { name: '登录' })).toBeVisible();
	await expect(navigation(page).getByRole('link', { name: '我的' })).toHaveCount(0);
	await context.setOffline(false);
});
