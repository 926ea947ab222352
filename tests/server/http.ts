// A tiny HTTP client for server process tests: sign in, post forms as a browser would, and
// read a Server-Sent Events stream.

export const demoPassword = 'zhiqiao-demo-2026';

export async function signIn(baseUrl: string, email: string): Promise<string> {
	const response = await postForm(baseUrl, '/signin', '', { email, password: demoPassword });
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith('session='));
	if (!cookie) throw new Error(`sign-in as ${email} failed with ${response.status}`);
	return cookie.split(';')[0];
}

/** Registers a new company account (its own new company) and returns its session cookie. */
export async function signUpCompany(baseUrl: string): Promise<string> {
	const email = `outsider-${crypto.randomUUID().slice(0, 8)}@example.com`;
	const response = await postForm(baseUrl, '/signup', '', {
		email, password: demoPassword, displayName: 'Outsider', role: 'company', companyName: 'Outsider Ltd', locale: 'en'
	});
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith('session='));
	if (!cookie) throw new Error(`sign-up failed with ${response.status}`);
	return cookie.split(';')[0];
}

/** A form post with the headers a same-origin browser sends; redirects are not followed. */
export function postForm(baseUrl: string, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
	const origin = baseUrl.replace('127.0.0.1', 'localhost');
	return fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
}

export interface StreamedEvent {
	id: number;
	topic: string;
	kind: string;
	payload: Record<string, unknown>;
}

/**
 * Opens an event stream and collects events until `count` arrived or `timeoutMs` passed,
 * then disconnects. `lastEventId` is sent the way EventSource sends it on reconnect.
 */
export async function collectEvents(
	baseUrl: string,
	cookie: string,
	topics: string[],
	options: { lastEventId?: number; count: number; timeoutMs?: number; onOpen?: () => Promise<void> }
): Promise<StreamedEvent[]> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
	const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
	if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId);
	const query = new URLSearchParams(topics.map((topic) => ['topic', topic]));
	const events: StreamedEvent[] = [];
	try {
		const response = await fetch(`${baseUrl}/api/events?${query}`, { headers, signal: controller.signal });
		if (response.status !== 200) throw new Error(`event stream answered ${response.status}`);
		const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
		let buffer = '';
		let opened = false;
		while (events.length < options.count) {
			const { value, done } = await reader.read();
			if (done) break;
			buffer += value;
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				const id = /^id: (\d+)$/m.exec(block)?.[1];
				const data = /^data: (.*)$/m.exec(block)?.[1];
				if (id && data) events.push({ id: Number(id), ...JSON.parse(data) });
			}
			if (!opened) {
				opened = true;
				await options.onOpen?.();
			}
		}
	} catch (error) {
		if (!(error instanceof Error && error.name === 'AbortError')) throw error;
	} finally {
		clearTimeout(timer);
		controller.abort();
	}
	return events;
}
