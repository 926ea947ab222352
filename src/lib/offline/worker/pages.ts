/// <reference lib="webworker" />
import {
	cacheNames,
	isListingPage,
	isRecentCopy,
	listingFormOf,
	offlineKind,
	offlineLocales,
	parseLocale,
	publicScope,
	type OfflineLocale
} from '$lib/offline/cache-policy';
import { answerFacts, mayFile, staleCopies } from '$lib/offline/responses';
import { cachesFor, everyLocale, fileCopy, findCopy, forgetCopies, requestLocale, type CopyKind } from './copies';
import { currentScope, observeScope, whileCurrent } from './cache-scope';

declare const self: ServiceWorkerGlobalScope;

/** Work that may finish after the response went to the page (FetchEvent.waitUntil). */
export type Later = (work: Promise<unknown>) => void;

export function laterOf(event: ExtendableEvent): Later {
	return (work) => {
		const settled = work.catch(() => undefined);
		try {
			event.waitUntil(settled);
		} catch {
			// The event is over: the work still runs while the worker does.
		}
	};
}

/**
 * Fetches, notes the session it answered for, and brings the copies of a listing page, its
 * interest form or an image in line with the answer: a storable one is filed (a page under the
 * language it was rendered in), a 404/410 or no-store one removes the copies it makes wrong, so
 * the next visit shows what the server says. A 404 for a signed-in viewer also clears the public
 * copies: whatever the public may read, every signed-in user may read too (RLS), so it is gone
 * for them as well. A listing filed for a session brings its interest form along (formBeside).
 */
async function fetchAndKeep(request: Request, kind: CopyKind, later: Later): Promise<Response> {
	const response = await fetch(request);
	const scope = await observeScope(response);
	if (!scope) return response;
	const facts = answerFacts(response);
	const stale = staleCopies(facts);
	const locale = parseLocale(response.headers.get('content-language'));
	const page = kind === 'listing-page' && scope !== publicScope ? response.clone() : null;
	let filed = false;
	await whileCurrent(scope, async () => {
		if (stale !== 'none')
			await forgetCopies(request.url, kind, (each) => cachesFor(scope, stale === 'all' ? 'all' : 'visited', each));
		// A page whose language is unknown is not filed: it could be found under the wrong one.
		else if (mayFile(facts) && (kind === 'image' || locale)) {
			await fileCopy(cacheNames.visited(scope, kind), request.url, kind, locale, response.clone(), true);
			filed = true;
		}
	});
	if (filed && page) later(formBeside(request.url, page, later));
	return response;
}

/**
 * The interest form of a listing just filed for a session, filed too when the page offers it
 * (a company's view of a published listing), so it opens offline and its post goes to the outbox.
 */
async function formBeside(pageUrl: string, page: Response, later: Later): Promise<void> {
	const path = new URL(pageUrl).pathname;
	if (!isListingPage(path)) return;
	const form = listingFormOf(path);
	if (!(await page.text()).includes(`href="${form}"`)) return;
	await fetchAndKeep(new Request(new URL(form, pageUrl)), 'listing-form', later).catch(() => undefined);
}

/**
 * A listing opened by a tap inside the app: the page asked only for its data (`__data.json`),
 * so the worker fetches the page itself and files it, unless a recent copy is there already.
 */
export async function fileTappedListing(path: string, later: Later): Promise<void> {
	const url = new URL(path, self.location.origin).href;
	const copy = await keptCopy(url, 'listing-page', [await requestLocale()]);
	if (copy && isRecentCopy(copy.headers.get('date'), Date.now())) return;
	await fetchAndKeep(new Request(url), 'listing-page', later).catch(() => undefined);
}

/**
 * A copy for the current scope, one made available offline first, then a visited one; in the
 * languages given, in that order (the request's own only, unless the network failed).
 */
async function keptCopy(url: string, kind: CopyKind, locales: readonly OfflineLocale[]): Promise<Response | undefined> {
	return findCopy(url, kind, locales, cachesFor(await currentScope(), 'all', kind));
}

const offlineKey = (locale: OfflineLocale) => `/offline?locale=${locale}`;

/** The offline page: the signed-in user's own copy (their navigation), else the one for nobody. */
async function offlinePage(): Promise<Response> {
	const scope = await currentScope();
	const names = scope === publicScope ? [] : [cacheNames.offlinePage(scope)];
	const key = offlineKey(await requestLocale());
	for (const name of [...names, cacheNames.offlinePages]) {
		const page = (await caches.has(name)) ? await (await caches.open(name)).match(key) : undefined;
		if (page) return page;
	}
	return Response.error();
}

/**
 * The offline page as the signed-in user sees it, in their session's cache (it goes with the
 * session): fetched after a page of theirs loaded, when missing or older than an hour.
 */
async function keepSessionOfflinePage(scope: string): Promise<void> {
	const name = cacheNames.offlinePage(scope);
	const copy = (await caches.has(name))
		? await (await caches.open(name)).match(offlineKey(await requestLocale()))
		: undefined;
	if (copy && isRecentCopy(copy.headers.get('date'), Date.now())) return;
	const response = await fetch('/offline', { credentials: 'same-origin' });
	const locale = parseLocale(response.headers.get('content-language'));
	if ((await observeScope(response)) !== scope || !locale || !mayFile(answerFacts(response))) return;
	await whileCurrent(scope, () => caches.open(name).then((cache) => cache.put(offlineKey(locale), response)));
}

/** Installs the offline page in both languages, rendered for nobody (no cookies). */
export async function cacheOfflinePages(): Promise<void> {
	const cache = await caches.open(cacheNames.offlinePages);
	for (const locale of offlineLocales) {
		const response = await fetch('/offline', { credentials: 'omit', headers: { 'accept-language': locale } });
		if (!response.ok) throw new Error(`offline page: ${response.status}`);
		await cache.put(offlineKey(locale), response);
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
	const later = laterOf(event);
	const kind = offlineKind(new URL(request.url), request.destination);
	if (kind === 'listing-page' && (await currentScope()) === publicScope) {
		const locale = await requestLocale();
		const cached = await keptCopy(request.url, kind, [locale]);
		const network = fetchAndKeep(request, kind, later);
		if (cached) {
			later(network);
			return cached;
		}
		return network.catch(async () => (await keptCopy(request.url, kind, everyLocale(locale))) ?? offlinePage());
	}
	try {
		const response = kind === 'other' ? await fetch(request) : await fetchAndKeep(request, kind, later);
		const scope = kind === 'other' ? await observeScope(response) : await currentScope();
		if (scope && scope !== publicScope && response.ok) later(keepSessionOfflinePage(scope));
		return response;
	} catch {
		// The language is looked up only now: a navigation that reaches the network waits for no cookie read.
		return (
			(kind !== 'other' ? await keptCopy(request.url, kind, everyLocale(await requestLocale())) : undefined) ??
			offlinePage()
		);
	}
}

/** Attachment images of listings: stale-while-revalidate within the scope. */
export async function handleImage(event: FetchEvent): Promise<Response> {
	const later = laterOf(event);
	const cached = await keptCopy(event.request.url, 'image', []);
	const network = fetchAndKeep(event.request, 'image', later);
	if (cached) {
		later(network);
		return cached;
	}
	return network;
}
