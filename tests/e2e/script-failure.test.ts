import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// A script of the page cut while it hydrates (a flaky mobile connection) left the bare
// "500 Internal Error" page for good; the page now loads itself again, once a minute at most.

const rootLayout = (url: URL) => /\/_app\/immutable\/nodes\/0\.[^/]+\.js$/.test(url.pathname);

test('a page whose script was cut while it hydrated loads itself again and works', async ({ page }) => {
	let requests = 0;
	await page.route(rootLayout, (route) => (++requests === 1 ? route.abort('connectionreset') : route.fallback()));
	await page.goto('/listings');
	await hydrated(page);
	expect(requests).toBe(2);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a script that keeps failing gets one reload, not a loop', async ({ page }) => {
	let requests = 0;
	let loads = 0;
	page.on('load', () => (loads += 1));
	await page.route(rootLayout, (route) => {
		requests += 1;
		return route.abort('connectionreset');
	});
	await page.goto('/listings');
	await expect.poll(() => loads).toBe(2);
	// Long enough for a third load, were there a loop.
	await page.waitForTimeout(2_000);
	expect(loads).toBe(2);
	expect(requests).toBe(2);
	await expect(page.locator('html')).not.toHaveClass(/(^|\s)js(\s|$)/);
});
