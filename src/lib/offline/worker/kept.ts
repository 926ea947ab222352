/// <reference lib="webworker" />
import {
	cacheNames,
	isFilePath,
	isListingForm,
	isListingPage,
	listingFormOf,
	offlineLocales,
	parseLocale
} from '$lib/offline/cache-policy';
import { answerFacts, keepVerdict } from '$lib/offline/responses';
import { fileCopy, findCopy, forgetCopies, type CopyKind } from './copies';
import { currentScope, observeScope, whileCurrent } from './cache-scope';

declare const self: ServiceWorkerGlobalScope;

// "Make available offline": a listing page, its images and (for a company) its interest form,
// kept for the current scope until the user removes them or the scope ends.

const kindOf = (url: string): CopyKind => {
	const path = new URL(url).pathname;
	return isFilePath(path) ? 'image' : isListingForm(path) ? 'listing-form' : 'listing-page';
};
const absolute = (path: string) => new URL(path, self.location.origin).href;

/** Fetches one URL and keeps it for the scope it answered for. */
async function keepOne(url: string, kind: CopyKind): Promise<'keep' | 'skip' | 'fail'> {
	// Images are asked for without following redirects: see keepVerdict.
	const response = await fetch(url, {
		credentials: 'same-origin',
		redirect: kind === 'image' ? 'manual' : 'follow'
	}).catch(() => null);
	const verdict = keepVerdict(kind, response && answerFacts(response));
	if (verdict !== 'keep' || !response) return verdict;
	const scope = await observeScope(response);
	const locale = parseLocale(response.headers.get('content-language'));
	let kept = false;
	if (scope && (kind === 'image' || locale)) {
		// Not kept if the session changed meanwhile: its copies belong to nobody now.
		await whileCurrent(scope, async () => {
			await fileCopy(cacheNames.kept(scope), url, kind, locale, response, false);
			kept = true;
		});
	}
	// Not kept after all: the same as no usable answer.
	return kept ? 'keep' : keepVerdict(kind, null);
}

/** Keeps the page and its images now. True when the page was kept, whether or not every image was. */
export async function keepOffline(paths: string[]): Promise<boolean> {
	let pageKept = false;
	for (const url of paths.map(absolute)) {
		const kind = kindOf(url);
		if ((await keepOne(url, kind)) === 'fail') return false;
		if (kind === 'listing-page') {
			pageKept = true;
			await keepFormBeside(url);
		}
	}
	return pageKept;
}

/** The listing's interest form, when the kept page offers it: so the interest can be written offline. */
async function keepFormBeside(pageUrl: string): Promise<void> {
	const path = new URL(pageUrl).pathname;
	if (!isListingPage(path)) return;
	const page = await findCopy(pageUrl, 'listing-page', offlineLocales, [cacheNames.kept(await currentScope())]);
	const form = listingFormOf(path);
	if (page && (await page.text()).includes(`href="${form}"`)) await keepOne(absolute(form), 'listing-form');
}

export async function forgetOffline(paths: string[]): Promise<void> {
	const name = cacheNames.kept(await currentScope());
	for (const url of paths.map(absolute)) await forgetCopies(url, kindOf(url), () => [name]);
}

export async function isKept(path: string): Promise<boolean> {
	const url = absolute(path);
	return Boolean(await findCopy(url, kindOf(url), offlineLocales, [cacheNames.kept(await currentScope())]));
}
