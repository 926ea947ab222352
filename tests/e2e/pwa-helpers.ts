import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page (the first worker claims open pages). */
export async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The first published listing on the discovery page. */
export async function firstListingPath(page: Page, index = 0): Promise<string> {
	await page.goto('/listings');
	const href = await page.locator('article h2 a').nth(index).getAttribute('href');
	expect(href).toMatch(/^\/listings\/[0-9a-f-]{36}$/);
	return href!;
}

/** The names of the caches the service worker keeps for a signed-in session. */
export function privateCaches(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await caches.keys()).filter((name) => name.includes('-session-')));
}

/** Opens the company's first deal room from its interests page. */
export async function openCompanyDeal(page: Page): Promise<string> {
	await page.goto('/interests');
	await page.getByRole('link', { name: '进入交易室' }).first().click();
	await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	return new URL(page.url()).pathname;
}
