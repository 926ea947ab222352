import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { compressPages } from '$lib/server/http/compression';

const page =
	'<!doctype html><html><body>' +
	'<article>动力电池热管理 battery thermal management</article>'.repeat(200) +
	'</body></html>';

async function serve(acceptEncoding: string | null, body: string, contentType: string): Promise<Response> {
	const headers = new Headers(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding });
	const event = { request: new Request('http://localhost/listings', { headers }) } as RequestEvent;
	return compressPages({
		event,
		resolve: async () => new Response(body, { headers: { 'content-type': contentType } })
	});
}

describe('page compression', () => {
	it('gzips a page for a browser that accepts gzip, and the page reads back whole', async () => {
		const response = await serve('gzip, deflate, br', page, 'text/html; charset=utf-8');
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(Buffer.byteLength(page) / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(page);
	});

	it.each([[null], ['identity'], ['gzip;q=0'], ['br']])(
		'sends the page as it is for accept-encoding %j',
		async (acceptEncoding) => {
			const response = await serve(acceptEncoding, page, 'text/html; charset=utf-8');
			expect(response.headers.get('content-encoding')).toBeNull();
			expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
			expect(await response.text()).toBe(page);
		}
	);

	it('leaves event streams and JSON alone, so live events are not held back in a buffer', async () => {
		for (const type of ['text/event-stream', 'application/json']) {
			const response = await serve('gzip', 'data: {}\n\n', type);
			expect(response.headers.get('content-encoding')).toBeNull();
			expect(await response.text()).toBe('data: {}\n\n');
		}
	});
});
