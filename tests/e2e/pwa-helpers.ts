import { expect, type BrowserContext, type Page } from '@playwright/test';
import { signUpByRequest, uniqueEmail } from './helpers';
import type { OutboxEntry } from '../../src/lib/offline/outbox';

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

/** The demo accounts' user ids (supabase/seed.sql): outbox entries record whose they are. */
export const demoUserIds = {
	researcher: '00000000-0000-4000-8000-000000001001',
	company: '00000000-0000-4000-8000-000000001002'
} as const;

/** Writes an entry straight into the outbox's IndexedDB store, as the page would. */
export function putTestOutboxEntry(page: Page, entry: OutboxEntry): Promise<void> {
	return page.evaluate(
		(value) =>
			new Promise<void>((resolve, reject) => {
				const opening = indexedDB.open('zq-outbox', 1);
				opening.onupgradeneeded = () => opening.result.createObjectStore('entries', { keyPath: 'key' });
				opening.onsuccess = () => {
					const write = opening.result.transaction('entries', 'readwrite').objectStore('entries').put(value);
					write.onsuccess = () => resolve();
					write.onerror = () => reject(write.error);
				};
			}),
		entry
	);
}

/** The keys of every entry in the outbox, sorted. */
export function outboxKeys(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const opening = indexedDB.open('zq-outbox', 1);
				opening.onupgradeneeded = () => opening.result.createObjectStore('entries', { keyPath: 'key' });
				opening.onsuccess = () => {
					const keys = opening.result.transaction('entries').objectStore('entries').getAllKeys();
					keys.onsuccess = () => resolve((keys.result as string[]).sort());
					keys.onerror = () => reject(keys.error);
				};
			})
	);
}

/** Sends a command to the page's service worker, as $lib/offline/worker-command does. */
export function workerCommand<T>(
	page: Page,
	type: 'keep-offline' | 'forget-offline' | 'is-kept',
	urls: string[]
): Promise<T> {
	return page.evaluate(
		({ type, urls }) =>
			new Promise<T>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve(event.data as T);
				navigator.serviceWorker.controller!.postMessage({ type, urls }, [channel.port2]);
			}),
		{ type, urls }
	);
}

/** Whether any of the worker's caches holds a copy of `path` (in any language). */
export function cachedAnywhere(page: Page, path: string): Promise<boolean> {
	return page.evaluate(async (wanted) => {
		for (const name of await caches.keys()) {
			const keys = await (await caches.open(name)).keys();
			if (keys.some((request) => new URL(request.url).pathname === wanted)) return true;
		}
		return false;
	}, path);
}

/** How many outbox entries are in each state. */
export function outboxStates(page: Page): Promise<Record<OutboxEntry['state'], number>> {
	return page.evaluate(
		() =>
			new Promise<Record<OutboxEntry['state'], number>>((resolve, reject) => {
				const opening = indexedDB.open('zq-outbox', 1);
				opening.onupgradeneeded = () => opening.result.createObjectStore('entries', { keyPath: 'key' });
				opening.onsuccess = () => {
					const entries = opening.result.transaction('entries').objectStore('entries').getAll();
					entries.onsuccess = () => {
						const counts = { pending: 0, sent: 0, refused: 0 };
						for (const entry of entries.result as OutboxEntry[]) counts[entry.state] += 1;
						resolve(counts);
					};
					entries.onerror = () => reject(entries.error);
				};
			})
	);
}

/**
 * Signs the context up as a new company of its own. A company has one open interest per listing,
 * so a test that sends interests as the demo company would depend on which listings earlier tests
 * (and the demo data) already hold interests in.
 */
export async function signUpFreshCompany(context: BrowserContext, label: string): Promise<void> {
	await signUpByRequest(context, {
		role: 'company',
		email: uniqueEmail(label),
		displayName: '离线测试创始人',
		organization: `${label} 科技有限公司`
	});
}
