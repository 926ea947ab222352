import { describe, expect, it } from 'vitest';
import {
	cacheNames,
	cachesToDelete,
	copyKinds,
	outdatedCaches,
	visitedBounds,
	isRecentCopy,
	isSignOut,
	listingFormOf,
	offlineKind,
	offlineLocale,
	pageCacheKey,
	pageOfData,
	parseLocale,
	parseScope
} from './cache-policy';

const id = '00000000-0000-4000-8001-000000000001';
const url = (path: string) => new URL(path, 'http://localhost');

describe('what the service worker may cache', () => {
	it('keeps listing pages and the discovery list, as documents only', () => {
		expect(offlineKind(url(`/listings/${id}`), 'document')).toBe('listing-page');
		expect(offlineKind(url('/listings?industry=energy'), 'document')).toBe('listing-page');
		expect(offlineKind(url(`/listings/${id}`), '')).toBe('other');
	});

	it('keeps a listing’s interest form beside it, as a document only', () => {
		expect(offlineKind(url(listingFormOf(`/listings/${id}`)), 'document')).toBe('listing-form');
		expect(offlineKind(url(`/listings/${id}/interest`), '')).toBe('other');
	});

	it('knows the listing page behind a tap’s data request, and only a listing’s', () => {
		expect(pageOfData(url(`/listings/${id}/__data.json?x-sveltekit-invalidated=011`))).toBe(`/listings/${id}`);
		for (const path of ['/listings/__data.json', `/deals/${id}/__data.json`, `/listings/${id}/edit/__data.json`])
			expect(pageOfData(url(path)), path).toBeNull();
	});

	it('fetches a copy again for a tap only when it is an hour old, or its date is unreadable', () => {
		const now = Date.parse('2026-12-05T06:00:00Z');
		expect(isRecentCopy('Sat, 05 Dec 2026 05:30:00 GMT', now)).toBe(true);
		expect(isRecentCopy('Sat, 05 Dec 2026 04:59:00 GMT', now)).toBe(false);
		expect(isRecentCopy('Sat, 05 Dec 2026 07:30:00 GMT', now)).toBe(false);
		for (const bad of [null, '', 'yesterday']) expect(isRecentCopy(bad, now)).toBe(false);
	});

	it('never keeps private pages, other forms, data or API answers', () => {
		for (const path of [
			`/listings/${id}/edit`,
			`/deals/${id}`,
			'/interests',
			'/account',
			'/api/events',
			`/listings/${id}/__data.json`
		]) {
			expect(offlineKind(url(path), 'document'), path).toBe('other');
		}
	});

	it('keeps attachment images, not documents behind the same path', () => {
		expect(offlineKind(url(`/files/${id}`), 'image')).toBe('image');
		expect(offlineKind(url(`/files/${id}`), '')).toBe('other');
	});
});

describe('session scopes', () => {
	it('accepts only the shapes the server sends', () => {
		expect(parseScope('public')).toBe('public');
		expect(parseScope('session-0123456789abcdef01234567')).toBe('session-0123456789abcdef01234567');
		for (const bad of [null, '', 'session-', 'session-../../x', 'private']) expect(parseScope(bad)).toBeNull();
	});

	it('knows the posts that end a session', () => {
		expect(isSignOut(url('/signout'), 'POST')).toBe(true);
		expect(isSignOut(url('/account?/signOutEverywhere'), 'POST')).toBe(true);
		expect(isSignOut(url('/signout'), 'GET')).toBe(false);
		expect(isSignOut(url('/account?/changePassword'), 'POST')).toBe(false);
	});

	it('on a change of session deletes every other session’s caches, and only those', () => {
		const names = [
			'workbox-precache-v2',
			'zq-offline-pages',
			'zq-meta',
			'zq-visited-listing-page-public',
			'zq-visited-image-public',
			'zq-kept-public',
			'zq-visited-listing-page-session-aaa',
			'zq-visited-listing-form-session-aaa',
			'zq-visited-image-session-aaa',
			'zq-offline-session-aaa',
			'zq-kept-session-aaa',
			'zq-kept-session-bbb',
			'zq-visited-image-session-bbb'
		];
		expect(cachesToDelete(names, 'public')).toEqual([
			'zq-visited-listing-page-session-aaa',
			'zq-visited-listing-form-session-aaa',
			'zq-visited-image-session-aaa',
			'zq-offline-session-aaa',
			'zq-kept-session-aaa',
			'zq-kept-session-bbb',
			'zq-visited-image-session-bbb'
		]);
		expect(cachesToDelete(names, 'session-bbb')).toEqual([
			'zq-visited-listing-page-session-aaa',
			'zq-visited-listing-form-session-aaa',
			'zq-visited-image-session-aaa',
			'zq-offline-session-aaa',
			'zq-kept-session-aaa'
		]);
	});

	it('bounds each kind of visited copy in a cache of its own, so one kind never evicts another', () => {
		for (const scope of ['public', 'session-aaa']) {
			const names = copyKinds.map((kind) => cacheNames.visited(scope, kind));
			expect(new Set(names).size).toBe(copyKinds.length);
			// Each is still a cache of its scope: it goes with the session.
			expect(cachesToDelete(names, scope === 'public' ? 'session-bbb' : 'public')).toEqual(
				scope === 'public' ? [] : names
			);
		}
		expect(visitedBounds['listing-page'].maxEntries).toBe(50);
		expect(visitedBounds.image.maxEntries).toBe(80);
	});

	it('drops the visited caches of the older layout, where pages and images shared one bound', () => {
		const names = ['zq-visited-public', 'zq-visited-session-aaa', 'zq-visited-image-public', 'zq-kept-public'];
		expect(outdatedCaches(names)).toEqual(['zq-visited-public', 'zq-visited-session-aaa']);
		// The activating worker removed them; a later change of scope has nothing more to do.
		expect(cachesToDelete(names, 'session-aaa')).toEqual([]);
	});
});

describe('the offline page’s language', () => {
	it('follows the language cookie, then the browser', () => {
		expect(offlineLocale('en', ['zh-CN'])).toBe('en');
		expect(offlineLocale(null, ['en-GB', 'zh-CN'])).toBe('en');
		expect(offlineLocale(undefined, ['fr-FR', 'zh-TW'])).toBe('zh-CN');
		expect(offlineLocale('de', [])).toBe('zh-CN');
	});
});

describe('listing pages by language', () => {
	it('are filed under their URL and the language they were rendered in', () => {
		const zh = pageCacheKey(`http://localhost/listings/${id}`, 'zh-CN');
		const en = pageCacheKey(`http://localhost/listings/${id}`, 'en');
		expect(zh).not.toBe(en);
		expect(new URL(en).pathname).toBe(`/listings/${id}`);
		expect(pageCacheKey('http://localhost/listings?industry=energy', 'en')).toBe(
			'http://localhost/listings?industry=energy&zq-locale=en'
		);
		expect(pageCacheKey('http://localhost/listings?industry=energy', 'en')).not.toBe(
			pageCacheKey('http://localhost/listings?industry=automotive', 'en')
		);
	});

	it('take the language from content-language, only ours', () => {
		expect(parseLocale('en')).toBe('en');
		expect(parseLocale('zh-CN')).toBe('zh-CN');
		for (const bad of [null, '', 'fr', 'EN', 'zh']) expect(parseLocale(bad)).toBeNull();
	});
});
