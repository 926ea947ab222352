import type { Handle, RequestEvent } from '@sveltejs/kit';
import { cookieName, getLocale } from '$lib/paraglide/runtime';
import { database } from '../app/runtime.ts';
import { publicContentVersionReader } from '../public-content.ts';
import { acceptsGzip } from './compression.ts';

/**
 * Anonymous pages are the same for every visitor of a locale, so each is rendered once per
 * version of the public content and then answered from memory: the public home, the catalogue
 * with any search and filters, a listing page and the patent navigation map, as documents and as
 * client-side data.
 *
 * Freshness invariant: a copy is served only while app.public_content still holds the version
 * read before that copy was rendered. Any transaction that changes what these pages show raises
 * the version as it commits, so the first request after a listing is published, edited or
 * withdrawn renders anew (tests/db/public-content.test.ts, tests/server/page-cache.test.ts).
 * Security invariant: only requests without any credential take part — no cookie but the
 * language, no Authorization header — and only answers that set no cookie are kept.
 */
export const pageCacheHeader = 'x-page-cache';
const cachedRoutes = new Set(['/', '/listings', '/listings/[id=uuid]', '/navigation']);
const keptHeaders = (headers: Headers) => [...headers].filter(([name]) => name !== 'set-cookie');

interface Copy {
	version: string;
	storedAt: number;
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}

export interface PageCacheOptions {
	/** Bytes of page bodies kept; the least recently used copy goes first. */
	maximumBytes: number;
	/** A copy older than this is rendered again even if nothing changed (dates, day boundaries). */
	maximumAgeMilliseconds: number;
}

export function createPageCache(options: PageCacheOptions) {
	let reader: (() => Promise<string>) | undefined;
	const readVersion = async () => (reader ??= publicContentVersionReader(await database()))();
	const copies = new Map<string, Copy>();
	const rendering = new Map<string, Promise<Copy | null>>();
	let bytes = 0;

	function forget(key: string): void {
		const copy = copies.get(key);
		if (!copy) return;
		bytes -= copy.body.byteLength;
		copies.delete(key);
	}

	function keep(key: string, copy: Copy): void {
		forget(key);
		if (copy.body.byteLength > options.maximumBytes / 8) return;
		copies.set(key, copy);
		bytes += copy.body.byteLength;
		for (const oldest of copies.keys()) {
			if (bytes <= options.maximumBytes) break;
			forget(oldest);
		}
	}

	async function render(event: RequestEvent, resolve: Parameters<Handle>[0]['resolve'], version: string) {
		const response = await resolve(event);
		if (!isKeepable(response)) return { response, copy: null };
		const body = new Uint8Array(await response.arrayBuffer());
		const copy: Copy = {
			version,
			storedAt: Date.now(),
			status: response.status,
			headers: keptHeaders(response.headers),
			body
		};
		return { response: answer(copy, 'miss'), copy };
	}

	const handle: Handle = async ({ event, resolve }) => {
		if (!isAnonymousPageRequest(event)) return resolve(event);
		let version: string;
		try {
			version = await readVersion();
		} catch {
			// Without the version nothing can be known fresh: render as if there were no cache.
			return resolve(event);
		}
		const key = `${getLocale()} ${acceptsGzip(event.request) ? 'gzip' : 'identity'} ${event.request.url}`;
		const renderKey = `${version} ${key}`;
		const copy = copies.get(key);
		if (copy && copy.version === version && Date.now() - copy.storedAt < options.maximumAgeMilliseconds) {
			// Most recently used last, so the oldest is the first to go.
			copies.delete(key);
			copies.set(key, copy);
			return answer(copy, 'hit');
		}
		// A room full of phones opening the same new page waits for one rendering of it.
		const waitingFor = rendering.get(renderKey);
		if (waitingFor) {
			const rendered = await waitingFor;
			if (rendered) return answer(rendered, 'hit');
			return resolve(event);
		}
		const started = render(event, resolve, version);
		rendering.set(
			renderKey,
			started.then(
				(result) => result.copy,
				() => null
			)
		);
		try {
			const result = await started;
			if (result.copy) keep(key, result.copy);
			return result.response;
		} finally {
			rendering.delete(renderKey);
		}
	};

	return { handle, clear: () => (copies.clear(), (bytes = 0)), size: () => ({ copies: copies.size, bytes }) };
}

function isAnonymousPageRequest(event: RequestEvent): boolean {
	if (event.request.method !== 'GET' || !cachedRoutes.has(event.route.id ?? '')) return false;
	if (event.request.headers.has('authorization')) return false;
	const cookies = event.request.headers.get('cookie');
	if (!cookies) return true;
	return cookies.split(';').every((pair) => pair.split('=')[0].trim() === cookieName || pair.trim() === '');
}

function isKeepable(response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	return (
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!/no-store|private/.test(response.headers.get('cache-control') ?? '') &&
		(type.startsWith('text/html') || type.startsWith('application/json'))
	);
}

function answer(copy: Copy, outcome: 'hit' | 'miss'): Response {
	const headers = new Headers(copy.headers);
	headers.set(pageCacheHeader, outcome);
	return new Response(copy.body, { status: copy.status, headers });
}
