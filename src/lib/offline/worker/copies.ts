/// <reference lib="webworker" />
import { CacheExpiration } from 'workbox-expiration';
import {
	cacheNames,
	isListingPage,
	listingFormOf,
	offlineLocale,
	offlineLocales,
	pageCacheKey,
	publicScope,
	visitedBounds,
	type CopyKind,
	type OfflineLocale
} from '$lib/offline/cache-policy';

// Where the worker files its copies of listing pages and images, and finds and forgets them.
// Pages are filed once per language they were rendered in (pageCacheKey), images by URL.

declare const self: ServiceWorkerGlobalScope & {
	cookieStore?: { get(name: string): Promise<{ value: string } | null> };
};

export type { CopyKind };

const expirations = new Map<string, CacheExpiration>();

function expirationFor(cacheName: string, kind: CopyKind): CacheExpiration {
	if (!expirations.has(cacheName)) expirations.set(cacheName, new CacheExpiration(cacheName, visitedBounds[kind]));
	return expirations.get(cacheName)!;
}

/** The language the server will answer the next request in: the same rule as its own. */
export async function requestLocale(): Promise<OfflineLocale> {
	const cookie = await self.cookieStore?.get('PARAGLIDE_LOCALE').catch(() => null);
	return offlineLocale(cookie?.value, self.navigator.languages);
}

/** `first`, then the other languages: the order to look in when the network failed. */
export const everyLocale = (first: OfflineLocale) => [first, ...offlineLocales.filter((locale) => locale !== first)];

function keysOf(url: string, kind: CopyKind, locales: readonly OfflineLocale[]): string[] {
	return kind === 'image' ? [url] : locales.map((locale) => pageCacheKey(url, locale));
}

/** Where a copy of `kind` may be found for `scope`: its own caches, then (signed in) the public ones. */
export function cachesFor(scope: string, which: 'visited' | 'all', kind: CopyKind): string[] {
	const scopes = scope === publicScope ? [scope] : [scope, publicScope];
	return scopes.flatMap((name) =>
		which === 'all' ? [cacheNames.kept(name), cacheNames.visited(name, kind)] : [cacheNames.visited(name, kind)]
	);
}

/** The first copy of `url` in one of `locales` (in that order), from the caches named. */
export async function findCopy(
	url: string,
	kind: CopyKind,
	locales: readonly OfflineLocale[],
	names: string[]
): Promise<Response | undefined> {
	const present = (await Promise.all(names.map(async (name) => ((await caches.has(name)) ? name : null)))).filter(
		(name) => name !== null
	);
	for (const key of keysOf(url, kind, locales)) {
		for (const name of present) {
			const hit = await (await caches.open(name)).match(key);
			if (hit) return hit;
		}
	}
	return undefined;
}

/** Files a copy in a cache: a visited one within its bounds, a kept one without. */
export async function fileCopy(
	cacheName: string,
	url: string,
	kind: CopyKind,
	locale: OfflineLocale | null,
	response: Response,
	bounded: boolean
): Promise<void> {
	const [key] = keysOf(url, kind, locale ? [locale] : []);
	if (!key) return;
	await (await caches.open(cacheName)).put(key, response);
	if (!bounded) return;
	// Each kind has a visited cache of its own (cacheNames.visited), so its bound counts only its copies.
	await expirationFor(cacheName, kind).updateTimestamp(key);
	await expirationFor(cacheName, kind).expireEntries();
}

/**
 * Deletes every copy of `url` (a page in every language) from the caches `namesOf` names for
 * each kind; a listing's interest form goes with its listing (it has no use without it).
 */
export async function forgetCopies(url: string, kind: CopyKind, namesOf: (kind: CopyKind) => string[]): Promise<void> {
	const targets: Array<[CopyKind, string[]]> = [[kind, keysOf(url, kind, offlineLocales)]];
	if (kind === 'listing-page' && isListingPage(new URL(url).pathname)) {
		const form = new URL(listingFormOf(new URL(url).pathname), url).href;
		targets.push(['listing-form', keysOf(form, 'listing-form', offlineLocales)]);
	}
	for (const [targetKind, keys] of targets) {
		for (const name of namesOf(targetKind)) {
			if (!(await caches.has(name))) continue;
			const cache = await caches.open(name);
			for (const key of keys) await cache.delete(key);
		}
	}
}
