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
			const taken = takeEvents(buffer + value);
			buffer = taken.rest;
			for (const event of taken.events) events.push({ id: event.id, ...JSON.parse(event.data) });
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
