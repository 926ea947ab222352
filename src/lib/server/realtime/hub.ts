import type { Database, Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';
import { log } from '../app/log.ts';
import { listEventsAfter, type RealtimeEvent } from './events.ts';

/**
 * The embedded realtime transport (docs/architecture.md, "Realtime port"): one LISTEN per server process fans
 * events out to Server-Sent Event streams. Security invariant: a stream only ever receives
 * topics that RLS (app.can_read_topic) admitted when it subscribed, and replays read
 * realtime_events through the subscriber's own RLS. Capacity invariant: at most `maxStreams`
 * streams are open at once (stream-cap.ts says why and how the default is derived).
 */
export type { RealtimeEvent };

interface Subscriber {
	topics: string[];
	lastSentId: number;
	/** Live events that arrived while the replay was running; null once live. */
	held: RealtimeEvent[] | null;
	controller: ReadableStreamDefaultController<Uint8Array>;
	lastWriteAt: number;
}

const encoder = new TextEncoder();
/** A stream idle this long gets a comment line, so proxies and phones keep it open. */
const heartbeatMs = 15_000;
const heartbeatCheckMs = 5_000;
/** Chunks queued for one stream before it counts as too slow and is dropped (it will resume). */
const slowClientLimit = 256;
const replayLimit = 1000;

function formatEvent(event: RealtimeEvent): string {
	return `id: ${event.id}\ndata: ${JSON.stringify({ topic: event.topic, kind: event.kind, payload: event.payload })}\n\n`;
}

export class RealtimeHub {
	private readonly byTopic = new Map<string, Set<Subscriber>>();
	/** Every open stream once, whatever its topics: what the cap counts. */
	private readonly streams = new Set<Subscriber>();
	private heartbeat: ReturnType<typeof setInterval> | undefined;
	private stopListening: (() => Promise<void>) | undefined;
	/** The newest event id this process has seen; pages start their stream from it. */
	latestId = 0;

	constructor(
		private readonly database: Database,
		readonly maxStreams: number
	) {}

	get openStreams(): number {
		return this.streams.size;
	}

	/** True when a new stream would be refused; checked before a request costs anything. */
	get full(): boolean {
		return this.streams.size >= this.maxStreams;
	}

	async start(): Promise<void> {
		const [row] = await this.database.query<{ id: number | null }>(
			sql`select max(id) as id from public.realtime_events`
		);
		this.latestId = Number(row?.id ?? 0);
		this.stopListening = await this.database.listen('realtime_events', (payload) => this.receive(payload));
		this.heartbeat = setInterval(() => this.beat(), heartbeatCheckMs);
		this.heartbeat.unref?.();
	}

	async stop(): Promise<void> {
		clearInterval(this.heartbeat);
		await this.stopListening?.();
		for (const subscriber of this.streams) this.drop(subscriber);
	}

	/**
	 * A stream of the topics' events after `afterId` (missed ones replayed through `db`, the
	 * subscriber's RLS-scoped executor), then live ones, each exactly once and in id order.
	 * Null when the cap is reached: checked and counted in one synchronous step (the stream's
	 * `start` runs inside the constructor), so concurrent requests cannot overshoot it.
	 */
	open(db: Executor, topics: string[], afterId: number | null): ReadableStream<Uint8Array> | null {
		if (this.full) return null;
		let subscriber: Subscriber;
		return new ReadableStream<Uint8Array>(
			{
				start: (controller) => {
					subscriber = {
						topics,
						lastSentId: afterId ?? this.latestId,
						held: afterId === null ? null : [],
						controller,
						lastWriteAt: Date.now()
					};
					this.streams.add(subscriber);
					for (const topic of topics) {
						if (!this.byTopic.has(topic)) this.byTopic.set(topic, new Set());
						this.byTopic.get(topic)!.add(subscriber);
					}
					controller.enqueue(encoder.encode(`retry: 2000\n: connected\n\n`));
					if (afterId !== null) void this.replay(db, subscriber, afterId);
				},
				cancel: () => this.remove(subscriber)
			},
			{ highWaterMark: 0 }
		);
	}

	private async replay(db: Executor, subscriber: Subscriber, afterId: number): Promise<void> {
		try {
			const missed = await listEventsAfter(db, subscriber.topics, afterId, replayLimit + 1);
			if (missed.length > replayLimit) {
				// Too far behind to catch up event by event: the client reloads its data instead.
				this.write(subscriber, `event: reset\ndata: {}\n\n`);
				subscriber.lastSentId = this.latestId;
			}
			for (const event of missed.slice(0, replayLimit)) this.send(subscriber, event);
			const held = subscriber.held ?? [];
			subscriber.held = null;
			for (const event of held) this.send(subscriber, event);
		} catch (error) {
			log('error', 'realtime replay failed', { error: String(error) });
			this.drop(subscriber);
		}
	}

	private receive(payload: string): void {
		let event: RealtimeEvent;
		try {
			event = JSON.parse(payload) as RealtimeEvent;
		} catch {
			return;
		}
		this.latestId = Math.max(this.latestId, event.id);
		// Encoded once for every subscriber of the topic.
		const bytes = encoder.encode(formatEvent(event));
		for (const subscriber of this.byTopic.get(event.topic) ?? []) {
			if (subscriber.held) subscriber.held.push(event);
			else this.send(subscriber, event, bytes);
		}
	}

	private send(subscriber: Subscriber, event: RealtimeEvent, bytes = encoder.encode(formatEvent(event))): void {
		if (event.id <= subscriber.lastSentId) return;
		subscriber.lastSentId = event.id;
		this.write(subscriber, bytes);
	}

	private write(subscriber: Subscriber, chunk: string | Uint8Array): void {
		const queued = -(subscriber.controller.desiredSize ?? 0);
		if (queued > slowClientLimit) {
			this.drop(subscriber);
			return;
		}
		try {
			subscriber.controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
			subscriber.lastWriteAt = Date.now();
		} catch {
			this.remove(subscriber);
		}
	}

	/** Pings only streams that have been quiet, a slice at a time, so events never queue behind pings. */
	private beat(): void {
		const due = Date.now() - heartbeatMs;
		const list = [...this.streams].filter((subscriber) => subscriber.lastWriteAt <= due);
		const ping = encoder.encode(`: heartbeat\n\n`);
		const slice = (start: number) => {
			for (const subscriber of list.slice(start, start + 500)) this.write(subscriber, ping);
			if (start + 500 < list.length) setImmediate(() => slice(start + 500));
		};
		slice(0);
	}

	/** Ends a stream; the browser reconnects with Last-Event-ID and replays what it missed. */
	private drop(subscriber: Subscriber): void {
		this.remove(subscriber);
		try {
			subscriber.controller.close();
		} catch {
			// Already closed.
		}
	}

	/** Idempotent: a stream can end by cancel, by drop and by a failed write, in any order. */
	private remove(subscriber: Subscriber): void {
		this.streams.delete(subscriber);
		for (const topic of subscriber.topics) {
			const subscribers = this.byTopic.get(topic);
			subscribers?.delete(subscriber);
			if (subscribers?.size === 0) this.byTopic.delete(topic);
		}
	}
}
