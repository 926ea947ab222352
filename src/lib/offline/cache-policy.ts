import { uuidPattern } from '../rules/uuid.ts';

// What the service worker may keep, by URL. Pure: shared by the worker, the pages and the tests.

export const cacheScopeHeader = 'x-cache-scope';
export const publicScope = 'public';
export const outboxSyncTag = 'zq-outbox';

const listingPage = new RegExp(`^/listings/${uuidPattern}$`, 'i');
const listingForm = new RegExp(`^/listings/${uuidPattern}/interest$`, 'i');
const listingData = new RegExp(`^(/listings/${uuidPattern})/__data\\.json$`, 'i');
const filePath = new RegExp(`^/files/${uuidPattern}$`, 'i');

export type OfflineKind = 'listing-page' | 'listing-form' | 'image' | 'other';

/**
 * Listing pages (and the discovery list), a listing's interest form and attachment images may
 * be cached; nothing else. The form is private to its session: it is kept only in a signed-in
 * scope (a signed-out request is redirected, and a redirect is never filed).
 */
export function offlineKind(url: URL, destination: string): OfflineKind {
	if (destination === 'document' && (listingPage.test(url.pathname) || url.pathname === '/listings'))
		return 'listing-page';
	if (destination === 'document' && listingForm.test(url.pathname)) return 'listing-form';
	if (destination === 'image' && filePath.test(url.pathname)) return 'image';
	return 'other';
}

/** The form posts that end a session: the worker forgets the session when it passes one on. */
export function isSignOut(url: URL, method: string): boolean {
	return (
		method === 'POST' &&
		(url.pathname === '/signout' || (url.pathname === '/account' && url.search === '?/signOutEverywhere'))
	);
}

export function isListingPage(pathname: string): boolean {
	return listingPage.test(pathname);
}

export function isListingForm(pathname: string): boolean {
	return listingForm.test(pathname);
}

/** The interest form of a listing page, kept beside it so it opens offline too. */
export function listingFormOf(listingPath: string): string {
	return `${listingPath}/interest`;
}

/**
 * The listing page whose data a client-side navigation asks for (`/listings/<id>/__data.json`),
 * or null. The worker files that page too, so a listing opened by a tap inside the app opens
 * offline like one loaded in full.
 */
export function pageOfData(url: URL): string | null {
	return listingData.exec(url.pathname)?.[1] ?? null;
}

const refreshAfter = 3600_000;

/**
 * Whether a copy (by its `date` header) is recent enough not to be fetched again for a tap on a
 * listing or for the offline page: each tap would otherwise cost the server the page twice.
 * A full visit always refreshes it (stale-while-revalidate).
 */
export function isRecentCopy(dateHeader: string | null, now: number): boolean {
	const made = dateHeader ? Date.parse(dateHeader) : Number.NaN;
	return Number.isFinite(made) && made <= now + 60_000 && now - made < refreshAfter;
}

/**
 * Set by the server beside `Cache-Control: private, no-store` on what it rendered for a session:
 * the browser's caches (HTTP, back-forward) must keep no copy, so Back after sign-out cannot
 * show it; the worker may still keep one in that session's own cache, which goes with the session.
 */
export const sessionCopyHeader = 'x-cache-copy';
export const sessionCopyValue = 'session';

export function isFilePath(pathname: string): boolean {
	return filePath.test(pathname);
}

/** A scope tag as the server sends it, or null for anything else (a tampered or missing header). */
export function parseScope(value: string | null): string | null {
	if (value === publicScope) return value;
	return value && /^session-[0-9a-f]{24}$/.test(value) ? value : null;
}

/** What the worker keeps copies of. */
export type CopyKind = Exclude<OfflineKind, 'other'>;
export const copyKinds: readonly CopyKind[] = ['listing-page', 'listing-form', 'image'];

/** How many visited copies of each kind a scope keeps, and for how long. */
export const visitedBounds: Record<CopyKind, { maxEntries: number; maxAgeSeconds: number }> = {
	'listing-page': { maxEntries: 50, maxAgeSeconds: 7 * 24 * 3600 },
	'listing-form': { maxEntries: 50, maxAgeSeconds: 7 * 24 * 3600 },
	image: { maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600 }
};

export const cacheNames = {
	offlinePages: 'zq-offline-pages',
	meta: 'zq-meta',
	/**
	 * Visited copies of one kind, bounded by count and age. One cache per kind: an expiration
	 * counts every entry of its cache, so kinds sharing one would evict each other.
	 */
	visited: (scope: string, kind: CopyKind) => `zq-visited-${kind}-${scope}`,
	/** The signed-in user's own offline page (their navigation). */
	offlinePage: (scope: string) => `zq-offline-${scope}`,
	/** Listings a user made available offline: kept until removed or the scope ends. */
	kept: (scope: string) => `zq-kept-${scope}`
};

const scopedCache = new RegExp(`^zq-(?:visited-(?:${copyKinds.join('|')})|offline|kept)-(public|session-[0-9a-f]+)$`);
// Before each kind had its own cache, one visited cache per scope held them all.
const sharedVisitedCache = /^zq-visited-(?:public|session-[0-9a-f]+)$/;

/**
 * Caches of a scope other than `scope` that must go: every private one but its own. (The
 * visited caches of the older layout went when this version's worker activated: outdatedCaches.)
 */
export function cachesToDelete(names: string[], scope: string): string[] {
	return names.filter((name) => {
		const owner = scopedCache.exec(name)?.[1];
		return owner?.startsWith('session-') && owner !== scope;
	});
}

/** Caches a new worker removes at once: the visited caches of the older layout. */
export function outdatedCaches(names: string[]): string[] {
	return names.filter((name) => sharedVisitedCache.test(name));
}

export type OfflineLocale = 'zh-CN' | 'en';
export const offlineLocales: readonly OfflineLocale[] = ['zh-CN', 'en'];

/**
 * The locale a request will be answered in, as the server decides it (Paraglide's strategy:
 * the language cookie, then the browser's languages, then Chinese). The worker uses it to
 * look up pages and to choose the offline page's language.
 */
export function offlineLocale(cookie: string | null | undefined, languages: readonly string[]): OfflineLocale {
	if (cookie === 'en' || cookie === 'zh-CN') return cookie;
	const first = languages.find((language) => /^(en|zh)\b/i.test(language));
	return first?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The language a response was rendered in (its `content-language`), or null if not one of ours. */
export function parseLocale(value: string | null): OfflineLocale | null {
	return offlineLocales.find((locale) => locale === value) ?? null;
}

const localeParameter = 'zq-locale';

/**
 * The cache key of a listing page rendered in `locale`: its URL plus the language. A page is
 * filed under the language the server rendered it in and looked up under the language the
 * next request will ask for, so switching the language never finds the other one's copy.
 */
export function pageCacheKey(url: string, locale: OfflineLocale): string {
	const key = new URL(url);
	key.searchParams.set(localeParameter, locale);
	return key.href;
}
