/// <reference lib="webworker" />
import { CacheExpiration } from 'workbox-expiration';
import { cacheNames, offlineKind, offlineLocale, publicScope } from '$lib/domain/offline';
import { currentScope, observeScope, whileCurrent } from './scope';

declare const self: ServiceWorkerGlobalScope & { cookieStore?: { get(name: string): Promise<{ value: string } | null> } };

const bounds = { 'listing-page': { maxEntries: 50, maxAgeSeconds: 7 * 24 * 3600 }, image: { maxEntries: 80, maxAgeSeconds: 30 * 24 * 3600 } };
const expirations = new Map<string, CacheExpiration>();

function expirationFor(cacheName: string, kind: 'listing-page' | 'image'): CacheExpiration {
	const key = `${cacheName}:${kind}`;
	if (!expirations.has(key)) expirations.set(key, new CacheExpiration(cacheName, bounds[kind]));
	return expirations.get(key)!;
}

function cacheable(response: Response): boolean {
	return response.ok && response.type === 'basic' && !response.redirected && !/no-store/.test(response.headers.get('cache-control') ?? '');
}

/** Fetches, notes the session it answered for, and keeps a copy of listing pages and images. */
async function fetchAndKeep(request: Request, kind: 'listing-page' | 'image'): Promise<Response> {
	const response = await fetch(request);
	const scope = await observeScope(response);
	if (!scope || !cacheable(response)) return response;
	const copy = response.clone();
	// Filed only if no other scope was seen meanwhile (the scope queue orders switches and puts).
	await whileCurrent(scope, async () => {
		const name = cacheNames.visited(scope);
		await (await caches.open(name)).put(request.url, copy);
		// Images and pages share the scope's cache but each has its own bound.
		await expirationFor(name, kind).updateTimestamp(request.url);
		await expirationFor(name, kind).expireEntries();
	});
	return response;
}

/** A copy for the current scope: one made available offline first, then a visited one. */
async function keptCopy(url: string): Promise<Response | undefined> {
	const scope = await currentScope();
	const names = [cacheNames.kept(scope), cacheNames.visited(scope)];
	if (scope !== publicScope) names.push(cacheNames.kept(publicScope), cacheNames.visited(publicScope));
	for (const name of names) {
		const hit = await (await caches.open(name)).match(url);
		if (hit) return hit;
	}
	return undefined;
}

async function offlinePage(): Promise<Response> {
	const cookie = await self.cookieStore?.get('PARAGLIDE_LOCALE').catch(() => null);
	const locale = offlineLocale(cookie?.value, self.navigator.languages);
	const page = await (await caches.open(cacheNames.offlinePages)).match(`/offline?locale=${locale}`);
	return page ?? Response.error();
}

/** Installs the offline page in both languages, rendered for nobody (no cookies). */
export async function cacheOfflinePages(): Promise<void> {
	const cache = await caches.open(cacheNames.offlinePages);
	for (const locale of ['zh-CN', 'en']) {
		const response = await fetch('/offline', { credentials: 'omit', headers: { 'accept-language': locale } });
		if (!response.ok) throw new Error(`offline page: ${response.status}`);
		await cache.put(`/offline?locale=${locale}`, response);
	}
}

/**
 * Public listing pages: stale-while-revalidate. Everything else a user navigates to, and any
 * page while signed in: network first, a kept copy or the offline page only when the network
 * fails (so a private copy is never preferred to what the server says for this session).
 */
export async function handleNavigation(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const kind = offlineKind(new URL(request.url), request.destination);
	if (kind === 'listing-page' && (await currentScope()) === publicScope) {
		const cached = await keptCopy(request.url);
		const network = fetchAndKeep(request, kind);
		if (cached) {
			event.waitUntil(network.catch(() => undefined));
			return cached;
		}
		return network.catch(async () => (await keptCopy(request.url)) ?? offlinePage());
	}
	try {
		if (kind === 'listing-page') return await fetchAndKeep(request, kind);
		const response = await fetch(request);
		await observeScope(response);
		return response;
	} catch {
		return (kind === 'listing-page' ? await keptCopy(request.url) : undefined) ?? offlinePage();
	}
}

/** Attachment images of listings: stale-while-revalidate within the scope. */
export async function handleImage(event: FetchEvent): Promise<Response> {
	const cached = await keptCopy(event.request.url);
	const network = fetchAndKeep(event.request, 'image');
	if (cached) {
		event.waitUntil(network.catch(() => undefined));
		return cached;
	}
	return network;
}

/** "Available offline": fetches the page and its images now and keeps them for this scope. */
export async function keepOffline(urls: string[]): Promise<boolean> {
	for (const url of urls) {
		const response = await fetch(url, { credentials: 'same-origin' });
		const scope = await observeScope(response);
		if (!scope || !cacheable(response)) return false;
		await whileCurrent(scope, async () => (await caches.open(cacheNames.kept(scope))).put(url, response));
	}
	return true;
}

export async function forgetOffline(urls: string[]): Promise<void> {
	const cache = await caches.open(cacheNames.kept(await currentScope()));
	for (const url of urls) await cache.delete(url);
}

export async function isKept(url: string): Promise<boolean> {
	return Boolean(await (await caches.open(cacheNames.kept(await currentScope()))).match(url));
}
