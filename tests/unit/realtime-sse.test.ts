import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isFinalRefusal, reconnectDelay, subscribeSse } from '../../src/lib/client/realtime-sse.ts';
import type { LiveSignal } from '../../src/lib/client/realtime-types.ts';

/** An EventSource the test drives: it opens, delivers, or is refused as the server would. */
class FakeEventSource {
	static readonly CONNECTING = 0;
	static readonly OPEN = 1;
	static readonly CLOSED = 2;
	static created: FakeEventSource[] = [];
	readyState = FakeEventSource.CONNECTING;
	onopen: (() => void) | null = null;
	onmessage: ((message: { lastEventId: string; data: string }) => void) | null = null;
	onerror: (() => void) | null = null;

	constructor(readonly url: string) {
		FakeEventSource.created.push(this);
	}
	addEventListener(): void {}
	close(): void {
		this.readyState = FakeEventSource.CLOSED;
	}

	accept(): void {
		this.readyState = FakeEventSource.OPEN;
		this.onopen?.();
	}
	deliver(id: number): void {
		this.onmessage?.({
			lastEventId: String(id),
			data: JSON.stringify({ topic: 'deal:1', kind: 'message', payload: {} })
		});
	}
	/** How a browser reports an HTTP 503: an error, and the source closed for good. */
	refuse(): void {
		this.readyState = FakeEventSource.CLOSED;
		this.onerror?.();
	}
	/** A dropped stream: EventSource reconnects by itself, still CONNECTING. */
	drop(): void {
		this.readyState = FakeEventSource.CONNECTING;
		this.onerror?.();
	}
}

const sources = () => FakeEventSource.created;
let checkStatus = 503;
const lastEventIdOf = (source: FakeEventSource) =>
	new URL(source.url, 'http://localhost').searchParams.get('lastEventId');

describe('Server-Sent Events transport', () => {
	beforeEach(() => {
		FakeEventSource.created = [];
		vi.stubGlobal('EventSource', FakeEventSource);
		// What the transport's check after a close answers: 503 (at the cap) unless a test says otherwise.
		checkStatus = 503;
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(null, { status: checkStatus }))
		);
		vi.useFakeTimers();
		// The lowest draw of the jitter, so the waits are exact.
		vi.spyOn(Math, 'random').mockReturnValue(0);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	it('waits twice as long after each refusal in a row, from 1–2 s up to 15–30 s', () => {
		const lowest = [1, 2, 3, 4, 5, 6, 9].map((failures) => reconnectDelay(failures, () => 0));
		const highest = [1, 2, 3, 4, 5, 6, 9].map((failures) => reconnectDelay(failures, () => 1));
		expect(lowest).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
		expect(highest).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
	});

	it('backs off while refused, then resumes after the last event it delivered, each event once', async () => {
		const delivered: LiveSignal[] = [];
		const stop = subscribeSse(['deal:1'], (signal) => delivered.push(signal), 5);
		expect(lastEventIdOf(sources()[0])).toBe('5');
		sources()[0].accept();
		sources()[0].deliver(6);
		sources()[0].deliver(7);

		// A dropped stream is EventSource's to reconnect; this transport does nothing.
		sources()[0].drop();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(sources()).toHaveLength(1);

		// Its reconnect is refused (the server is at its cap): 1 s, then 2 s, then 4 s.
		sources()[0].refuse();
		for (const [attempt, wait] of [
			[1, 1000],
			[2, 2000],
			[3, 4000]
		]) {
			await vi.advanceTimersByTimeAsync(wait - 1);
			expect(sources()).toHaveLength(attempt);
			await vi.advanceTimersByTimeAsync(1);
			expect(sources()).toHaveLength(attempt + 1);
			expect(lastEventIdOf(sources()[attempt])).toBe('7');
			if (attempt < 3) sources()[attempt].refuse();
		}

		// Admitted: the replay may repeat what arrived before; only the new event is delivered.
		const admitted = sources()[3];
		admitted.accept();
		admitted.deliver(7);
		admitted.deliver(8);
		expect(delivered.map((signal) => ('id' in signal ? signal.id : signal.kind))).toEqual([6, 7, 8]);

		// Having been admitted, the next refusal starts from 1 s again.
		admitted.refuse();
		await vi.advanceTimersByTimeAsync(1000);
		expect(sources()).toHaveLength(5);
		expect(lastEventIdOf(sources()[4])).toBe('8');

		// Unsubscribed while waiting: no further attempt.
		sources()[4].refuse();
		stop();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(sources()).toHaveLength(5);
	});

	it('stops for good when the close was a refusal no retry can change (signed out, no right to it)', async () => {
		expect([400, 401, 403, 404].every(isFinalRefusal)).toBe(true);
		expect([0, 500, 502, 503].some(isFinalRefusal)).toBe(false);
		checkStatus = 401;
		const stop = subscribeSse(['user:1'], () => {}, null);
		sources()[0].accept();
		sources()[0].refuse();
		await vi.advanceTimersByTimeAsync(10 * 60_000);
		expect(sources()).toHaveLength(1);
		expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1);
		expect(String(vi.mocked(fetch).mock.calls[0][0])).toContain('check=1');
		stop();
	});
});
