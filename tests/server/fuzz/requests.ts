import fc from 'fast-check';
import type { Entry } from './inputs.ts';
import type { SessionName, Target } from './targets.ts';

export interface FuzzRequest {
	action: string;
	path: string;
	session: SessionName;
	entries: Entry[];
	/** How the body is sent: as browsers send forms, or as no browser would (a broken body). */
	encoding: 'urlencoded' | 'multipart' | 'broken-multipart' | 'text';
	/** Sent as an enhanced form (JSON answer) or as a plain HTML form (the page renders). */
	enhanced: boolean;
}

export function fuzzRequest(action: string, target: Target): fc.Arbitrary<FuzzRequest> {
	const [suitable, ...others] = target.as;
	return fc.record({
		action: fc.constant(action),
		path: fc
			.tuple(fc.constantFrom(...(target.ids ?? [''])), fc.constantFrom(...(target.queries ?? [''])))
			.map(([id, query]) => withQuery(action.replace('[id=uuid]', id).replace('[token]', id), query)),
		session: fc.oneof(
			{ weight: 6, arbitrary: fc.constant(suitable) },
			{ weight: 2, arbitrary: fc.constantFrom<SessionName>(...others, 'anon', 'forged') }
		),
		entries: target.form,
		encoding: fc.oneof(
			{ weight: 16, arbitrary: fc.constant('urlencoded' as const) },
			{ weight: 3, arbitrary: fc.constant('multipart' as const) },
			{ weight: 1, arbitrary: fc.constantFrom('broken-multipart' as const, 'text' as const) }
		),
		// One in twenty renders the page as without JavaScript: the costly path (a deal room with
		// hundreds of fuzzed messages), needed only often enough to meet every failure's page.
		enhanced: fc.oneof({ weight: 19, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })
	});
}

function withQuery(path: string, query: string): string {
	if (!query) return path;
	return path + (path.includes('?') ? '&' : '?') + query;
}

function body(request: FuzzRequest): { body: BodyInit; type?: string } {
	const hasFile = request.entries.some(([, value]) => typeof value !== 'string');
	if (request.encoding === 'broken-multipart')
		return {
			body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
			type: 'multipart/form-data; boundary=x'
		};
	if (request.encoding === 'text') return { body: 'email=a@b.cn', type: 'text/plain' };
	if (request.encoding === 'urlencoded' && !hasFile) {
		const form = new URLSearchParams();
		for (const [name, value] of request.entries) form.append(name, value as string);
		return { body: form, type: 'application/x-www-form-urlencoded' };
	}
	const form = new FormData();
	for (const [name, value] of request.entries)
		form.append(name, typeof value === 'string' ? value : new File([value.bytes], value.name));
	return { body: form };
}

/** Sends it as a same-origin browser would; redirects are answers, not followed. */
export function send(baseUrl: string, cookies: Record<SessionName, string>, request: FuzzRequest): Promise<Response> {
	const { body: payload, type } = body(request);
	const headers: Record<string, string> = {
		origin: baseUrl.replace('127.0.0.1', 'localhost'),
		cookie: cookies[request.session],
		accept: request.enhanced ? 'application/json' : 'text/html'
	};
	if (request.enhanced) headers['x-sveltekit-action'] = 'true';
	if (type) headers['content-type'] = type;
	// A request the app never answers fails like a 5xx, not by hanging the test.
	return fetch(baseUrl + request.path, {
		method: 'POST',
		redirect: 'manual',
		headers,
		body: payload,
		signal: AbortSignal.timeout(60_000)
	});
}

/** The request as a short, readable line for a failure message (long values cut). */
export function describeRequest(request: FuzzRequest): string {
	const shown = request.entries.map(([name, value]) => [
		name,
		typeof value === 'string'
			? value.length > 80
				? `${value.slice(0, 80)}… (${value.length} characters)`
				: value
			: { file: value.name.slice(0, 80), bytes: value.bytes.length }
	]);
	return JSON.stringify({ ...request, entries: shown });
}
