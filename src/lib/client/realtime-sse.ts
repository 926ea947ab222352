import type { LiveSignal, Transport } from './realtime-types';

/**
 * Milliseconds to wait before the `failures`th reconnect in a row: doubling from 1–2 s to 15–30 s,
 * each drawn at random within its range so that clients refused together do not return together.
 *
 * The server's 503 at its stream cap carries Retry-After, but EventSource shows neither status nor
 * headers (a refusal is only an `error` with readyState CLOSED), and learning it would take a second
 * request per refusal, made exactly when the server is busiest. So this schedule stands in for
 * it: its first three waits add up to 7–14 s, about the 5–15 s Retry-After asks for, and later
 * ones wait longer.
 */
export function reconnectDelay(failures: number, random = Math.random): number {
	return Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)) * (0.5 + random() / 2);
}

/**
 * Answers that no retry can change: signed out (401), refused (403), a topic this user may not
 * read (404), a malformed request (400). A 503 at the cap, a server error or no network may pass.
 */
export function isFinalRefusal(status: number): boolean {
	return status === 400 || status === 401 || status === 403 || status === 404;
}

/**
 * Why the stream closed, asked with `check` (the same checks, answered 204 without opening a
 * stream: EventSource shows no status). Only after a close, so a working stream costs nothing;
 * at the cap the hook refuses it before any database work, like the stream itself.
 */
async function closedForGood(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}&check=1`, { credentials: 'same-origin', cache: 'no-store' });
		return isFinalRefusal(response.status);
	} catch {
		return false; // No network: it may come back.
	}
}

/**
 * The embedded transport: live events over Server-Sent Events. EventSource already reconnects and
 * sends Last-Event-ID after a dropped stream; when the server answers with something other than a
 * stream (503 at its cap, 401, 404) the browser gives up (CLOSED). This then asks why: signed out
 * or refused, it stops (a page left open after sign-out must not knock forever); otherwise it
 * reconnects with backoff and passes the last id in the URL, so nothing is missed and nothing
 * arrives twice.
 */
export const subscribeSse: Transport = (
	topics: string[],
	onEvent: (event: LiveSignal) => void,
	since: number | null
) => {
	let lastId = since;
	let source: EventSource | null = null;
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let failures = 0;
	let stopped = false;

	function connect(): void {
		const query = new URLSearchParams(topics.map((topic) => ['topic', topic]));
		if (lastId !== null) query.set('lastEventId', String(lastId));
		const url = `/api/events?${query}`;
		source = new EventSource(url);
		source.onopen = () => (failures = 0);
		source.onmessage = (message) => {
			const id = Number(message.lastEventId);
			if (lastId !== null && id <= lastId) return;
			lastId = id;
			const data = JSON.parse(message.data) as { topic: string; kind: string; payload: Record<string, unknown> };
			onEvent({ id, ...data });
		};
		source.addEventListener('reset', () => onEvent({ kind: 'reset' }));
		source.onerror = () => {
			if (source?.readyState !== EventSource.CLOSED || stopped) return;
			void closedForGood(url).then((final) => {
				if (stopped) return;
				if (final) {
					stopped = true;
					return;
				}
				failures += 1;
				retryTimer = setTimeout(connect, reconnectDelay(failures));
			});
		};
	}

	connect();
	return () => {
		stopped = true;
		clearTimeout(retryTimer);
		source?.close();
	};
};
