/**
 * A fetch for supabase-js that answers by "METHOD /path" with responses shaped like the
 * Supabase API's, and records every request. It stands in for the network in adapter tests;
 * it is not Supabase, and the README says which behaviour was verified this way.
 */
export interface RecordedRequest {
	method: string;
	path: string;
	search: string;
	body: Record<string, unknown> | null;
	bytes: Uint8Array;
	headers: Headers;
}

type Answer = { status: number; body?: unknown; raw?: Uint8Array<ArrayBuffer>; contentType?: string };

export function recordedFetch(answers: Record<string, Answer | ((request: RecordedRequest) => Answer)> = {}) {
	const requests: RecordedRequest[] = [];
	const fetchImpl: typeof fetch = async (input, init) => {
		const request = new Request(input, init);
		const url = new URL(request.url);
		const bytes = new Uint8Array(await request.arrayBuffer());
		const recorded: RecordedRequest = {
			method: request.method,
			path: url.pathname,
			search: url.search,
			body: json(bytes),
			bytes,
			headers: request.headers
		};
		requests.push(recorded);
		const answer = answers[`${request.method} ${url.pathname}`];
		const { status, body, raw, contentType } =
			typeof answer === 'function'
				? answer(recorded)
				: (answer ?? { status: 404, body: { statusCode: '404', error: 'not_found', message: 'not recorded' } });
		if (raw)
			return new Response(new Uint8Array(raw), {
				status,
				headers: { 'content-type': contentType ?? 'application/octet-stream' }
			});
		return new Response(body === undefined ? null : JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json' }
		});
	};
	return { fetch: fetchImpl, requests, answers };
}

function json(bytes: Uint8Array): Record<string, unknown> | null {
	try {
		return bytes.length ? JSON.parse(new TextDecoder().decode(bytes)) : null;
	} catch {
		return null;
	}
}
