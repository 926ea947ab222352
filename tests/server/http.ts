// Reading a Server-Sent Events stream in server process tests; signing in and posting forms
// come from the client bench:realtime uses too.
import { takeEvents } from '../../scripts/lib/app-client.ts';

export { postForm, signIn, signUpCompany } from '../../scripts/lib/app-client.ts';

export interface StreamedEvent {
	id: number;
	topic: string;
	kind: string;
	payload: Record<string, unknown>;
}

/** An open event stream, read a few events at a time, as a browser tab holds one. */
export interface EventStream {
	/** The answer's status and headers (a refused stream has no events to take). */
	response: Response;
	/** Reads until at least `count` more events arrived, the stream ended or `timeoutMs` passed. */
	take(count: number, timeoutMs?: number): Promise<StreamedEvent[]>;
	/** Disconnects, as closing the tab does. */
	close(): void;
}

/** Opens an event stream; `lastEventId` is sent the way EventSource sends it on reconnect. */
export async function openEventStream(
	baseUrl: string,
	cookie: string,
	topics: string[],
	lastEventId?: number
): Promise<EventStream> {
	const controller = new AbortController();
	const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
	if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
	const query = new URLSearchParams(topics.map((topic) => ['topic', topic]));
	const response = await fetch(`${baseUrl}/api/events?${query}`, { headers, signal: controller.signal });
	const reader = response.status === 200 ? response.body!.pipeThrough(new TextDecoderStream()).getReader() : null;
	let buffer = '';
	let ended = false;
	// A read that outlived a take's timeout; the next take waits on it instead of losing its chunk.
	let pending: Promise<ReadableStreamReadResult<string>> | null = null;
	return {
		response,
		async take(count, timeoutMs = 10_000) {
			const events: StreamedEvent[] = [];
			const deadline = Date.now() + timeoutMs;
			while (reader && !ended && events.length < count && Date.now() < deadline) {
				if (!pending) {
					pending = reader.read();
					pending.catch(() => {}); // Rejected only by close(), when nobody waits any more.
				}
				let timer: ReturnType<typeof setTimeout> | undefined;
				const timeout = new Promise<null>((done) => (timer = setTimeout(() => done(null), deadline - Date.now())));
				const result = await Promise.race([pending, timeout]);
				clearTimeout(timer);
				if (result === null) break;
				pending = null;
				if (result.done) ended = true;
				else {
					const taken = takeEvents(buffer + result.value);
					buffer = taken.rest;
					for (const event of taken.events) events.push({ id: event.id, ...JSON.parse(event.data) });
				}
			}
			return events;
		},
		close: () => controller.abort()
	};
}

/**
 * Opens an event stream and collects events until `count` arrived or `timeoutMs` passed,
 * then disconnects. `onOpen` runs once the server holds the stream (it is registered before
 * the answer's headers are sent).
 */
export async function collectEvents(
	baseUrl: string,
	cookie: string,
	topics: string[],
	options: { lastEventId?: number; count: number; timeoutMs?: number; onOpen?: () => Promise<void> }
): Promise<StreamedEvent[]> {
	const stream = await openEventStream(baseUrl, cookie, topics, options.lastEventId);
	try {
		if (stream.response.status !== 200) throw new Error(`event stream answered ${stream.response.status}`);
		await options.onOpen?.();
		return await stream.take(options.count, options.timeoutMs);
	} finally {
		stream.close();
	}
}
