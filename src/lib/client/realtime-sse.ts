import type { LiveSignal, Transport } from './realtime-types';

/**
 * The embedded transport: live events over Server-Sent Events. EventSource already reconnects and
 * sends Last-Event-ID; when the server refuses or the browser gives up, this reconnects with
 * backoff and passes the last id in the URL, so nothing is missed and nothing arrives twice.
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
		source = new EventSource(`/api/events?${query}`);
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
			failures += 1;
			const delay = Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)) * (0.5 + Math.random() / 2);
			retryTimer = setTimeout(connect, delay);
		};
	}

	connect();
	return () => {
		stopped = true;
		clearTimeout(retryTimer);
		source?.close();
	};
};
