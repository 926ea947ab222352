import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, signIn } from './helpers';

async function expectAccessible(page: Page, path: string) {
	await page.goto(path);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
	const report = serious.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
	expect(report, `axe on ${path}`).toEqual([]);
	await expectNoHorizontalOverflow(page);
}

const publicPages = ['/', '/signin', '/signup', '/listings', '/listings?q=%E7%94%B5%E6%B1%A0', '/needs', '/no-such-page'];

test('public pages have no serious accessibility problem and fit 360 px, in Chinese and English', async ({ page }) => {
	for (const path of publicPages) await expectAccessible(page, path);
	await page.getByRole('button', { name: '切换语言' }).click();
	for (const path of ['/', '/signin', '/listings']) await expectAccessible(page, path);
});

test('signed-in pages have no serious accessibility problem and fit 360 px', async ({ page }) => {
	await signIn(page, 'admin@demo.zhiqiao.cn');
	for (const path of ['/account', '/admin/users', '/admin/organizations', '/admin/audit', '/notifications']) await expectAccessible(page, path);
	await page.goto('/listings');
	// The demo seed publishes listings; the detail page is checked with one of them.
	const firstListing = await page.locator('article h2 a').first().getAttribute('href');
	await expectAccessible(page, firstListing!);
});

test('researcher and officer pages have no serious accessibility problem', async ({ page }) => {
	await signIn(page, 'researcher@demo.zhiqiao.cn');
	await expectAccessible(page, '/my/listings');
	await page.getByRole('button', { name: '发布新成果' }).click();
	await page.waitForURL(/\/edit$/);
	await expectAccessible(page, new URL(page.url()).pathname);
});

test('navigation targets are at least 44 px tall', async ({ page }) => {
	await page.goto('/');
	const heights = await page.locator('nav.bottom-nav a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
	expect(heights.length).toBeGreaterThan(2);
	for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
});
