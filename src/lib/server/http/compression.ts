import type { Handle } from '@sveltejs/kit';

/**
 * Gzips server-rendered pages. adapter-node serves the built JavaScript and CSS precompressed,
 * but pages leave the process as they are rendered, and on a phone on a slow connection the
 * discovery page's HTML (cards, facets, hydration data) was most of what a first visit waits for.
 * Only HTML: event streams must reach the browser chunk by chunk, and JSON answers are small.
 */
export const compressPages: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!acceptsGzip(event.request)) return withVary(response);
	const type = response.headers.get('content-type') ?? '';
	if (!type.startsWith('text/html') || !response.body || response.headers.has('content-encoding'))
		return withVary(response);
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	appendVary(headers);
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
};

/** Whether this request gets gzipped pages (the page cache keeps the two kinds apart). */
export function acceptsGzip(request: Request): boolean {
	return accepts(request.headers.get('accept-encoding'), 'gzip');
}

function accepts(header: string | null, encoding: string): boolean {
	return (header ?? '').split(',').some((part) => {
		const [name, ...parameters] = part.trim().split(';');
		const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
		return name.trim().toLowerCase() === encoding && (!quality || Number(quality.slice(2)) > 0);
	});
}

/** A cache must not hand a gzipped page to a client that cannot read it, nor the reverse. */
function withVary(response: Response): Response {
	if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
		try {
			appendVary(response.headers);
		} catch {
			// Immutable headers (a response passed through from fetch): nothing to add.
		}
	}
	return response;
}

function appendVary(headers: Headers): void {
	const vary = headers.get('vary') ?? '';
	if (!/\baccept-encoding\b/i.test(vary)) headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}
