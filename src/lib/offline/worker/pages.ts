/// <reference lib="webworker" />
import {
	cacheNames,
	offlineKind,
	offlineLocales,
	parseLocale,
	publicScope,
	type OfflineLocale
} from '$lib/offline/cache-policy';
import { answerFacts, mayFile, staleCopies } from '$lib/offline/responses';
import { cachesFor, everyLocale, fileCopy, findCopy, forgetCopies, requestLocale, type CopyKind } from './copies';
import { currentScope, observeScope, whileCurrent } from './cache-scope';

/**
 * Fetches, notes the session it answered for, and brings the copies of a listing page or image
 * in line with the answer: a storable one is filed (a page under the language it was rendered
 * in), a 404/410 or no-store one removes the copies it makes wrong, so the next visit shows
 * what the server says. A 404 for a signed-in viewer also clears the public copies: whatever
 * the public may read, every signed-in user may read too (RLS), so it is gone for them as well.
 */
async function fetchAndKeep(request: Request, kind: CopyKind): Promise<Response> {
	const response = await fetch(request);
	const scope = await observeScope(response);
	if (!scope) return response;
	const facts = answerFacts(response);
	const stale = staleCopies(facts);
	const locale = parseLocale(response.headers.get('content-language'));
	await whileCurrent(scope, async () => {
		if (stale !== 'none') await forgetCopies(request.url, kind, cachesFor(scope, stale === 'all' ? 'all' : 'visited'));
		// A page whose language is unknown is not filed: it could be found under the wrong one.
		else if (mayFile(facts) && (kind === 'image' || locale))
			await fileCopy(cacheNames.visited(scope), request.url, kind, locale, response.clone(), true);
	});
	return response;
}

/**
 * A copy for the current scope, one made available offline first, then a visited one; in the
 * languages given, in that order (the request's own only, unless the network failed).
 */
async function keptCopy(url: string, kind: CopyKind, locales: readonly OfflineLocale[]): Promise<Response | undefined> {
	return findCopy(url, kind, locales, cachesFor(await currentScope(), 'all'));
}

async function offlinePage(): Promise<Response> {
	const page = await (await caches.open(cacheNames.offlinePages)).match(`/offline?locale=${await requestLocale()}`);
	return page ?? Response.error();
}

/** Installs the offline page in both languages, rendered for nobody (no cookies). */
export async function cacheOfflinePages(): Promise<void> {
	const cache = await caches.open(cacheNames.offlinePages);
	for (const locale of offlineLocales) {
		const response = await fetch('/offline', { credentials: 'omit', headers: { 'accept-language': locale } });
		if (!response.ok) throw new Error(`offline page: ${response.status}`);
		await cache.put(`/offline?locale=${locale}`, response);
	}
}

/**
 * Public listing pages: stale-while-revalidate, in the request's language only. Everything
 * else a user navigates to, and any page while signed in: network first, a kept copy (in any
 * language) or the offline page only when the network fails (so a private copy is never
 * preferred to what the server says for this session).
 */
export async function handleNavigation(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const kind = offlineKind(new URL(request.url), request.destination);
	if (kind === 'listing-page' && (await currentScope()) === publicScope) {
		const locale = await requestLocale();
		const cached = await keptCopy(request.url, kind, [locale]);
		const network = fetchAndKeep(request, kind);
		if (cached) {
			event.waitUntil(network.catch(() => undefined));
			return cached;
		}
		return network.catch(async () => (await keptCopy(request.url, kind, everyLocale(locale))) ?? offlinePage());
	}
	try {
		if (kind === 'listing-page') return await fetchAndKeep(request, kind);
		const response = await fetch(request);
		await observeScope(response);
		return response;
	} catch {
		// The language is looked up only now: a navigation that reaches the network waits for no cookie read.
		return (
			(kind === 'listing-page' ? await keptCopy(request.url, kind, everyLocale(await requestLocale())) : undefined) ??
			offlinePage()
		);
	}
}

/** Attachment images of listings: stale-while-revalidate within the scope. */
export async function handleImage(event: FetchEvent): Promise<Response> {
	const cached = await keptCopy(event.request.url, 'image', []);
	const network = fetchAndKeep(event.request, 'image');
	if (cached) {
		event.waitUntil(network.catch(() => undefined));
		return cached;
	}
	return network;
}
