// Many Server-Sent Event subscribers over plain node:http (one socket each), for bench:realtime.
// Opening them reports every outcome, so a server that refuses or a machine that runs out of
// descriptors ends the run with counts instead of a wait.
import http from 'node:http';
import { takeEvents } from './app-client.ts';

export type Outcome =
	{ kind: 'connected' } | { kind: 'refused'; retryAfterSeconds: number } | { kind: 'failed'; reason: string };

export interface Subscription {
	deal: string;
	lastEventId?: string;
}

/**
 * One subscription attempt. `onOutcome` is called exactly once: when the stream is open, refused
 * (503, with the Retry-After asked for), or failed (another status, or a socket error such as
 * EMFILE when this process has no descriptor left). Events are passed to `onEvents` as they come;
 * `onEnd` is called when an open stream ends (the server dropped it as too slow, or stopped).
 */
export function subscribe(
	agent: http.Agent,
	baseUrl: string,
	cookie: string,
	subscription: Subscription,
	handlers: { onOutcome: (outcome: Outcome) => void; onEvents: (ids: number[]) => void; onEnd: () => void }
): void {
	let settled = false;
	const settle = (outcome: Outcome) => {
		if (settled) return;
		settled = true;
		handlers.onOutcome(outcome);
	};
	// An open stream can end by its response closing and by a socket error; report it once.
	let connected = false;
	let ended = false;
	const end = () => {
		if (ended) return;
		ended = true;
		handlers.onEnd();
	};
	const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
	if (subscription.lastEventId) headers['last-event-id'] = subscription.lastEventId;
	const request = http.get(`${baseUrl}/api/events?topic=deal:${subscription.deal}`, { agent, headers }, (response) => {
		if (response.statusCode !== 200) {
			response.resume();
			settle(
				response.statusCode === 503
					? { kind: 'refused', retryAfterSeconds: Number(response.headers['retry-after'] ?? NaN) }
					: { kind: 'failed', reason: `HTTP ${response.statusCode}` }
			);
			return;
		}
		connected = true;
		settle({ kind: 'connected' });
		let buffer = '';
		response.setEncoding('utf8');
		response.on('data', (chunk: string) => {
			const taken = takeEvents(buffer + chunk);
			buffer = taken.rest;
			if (taken.events.length === 0) return;
			subscription.lastEventId = String(taken.events.at(-1)!.id);
			handlers.onEvents(taken.events.map((event) => event.id));
		});
		response.on('close', end);
		response.on('error', () => {});
	});
	request.on('error', (error: NodeJS.ErrnoException) => {
		if (connected) end();
		else settle({ kind: 'failed', reason: error.code ?? error.message });
	});
}

export interface ConnectReport {
	connected: number;
	refused: number;
	retryAfter: { min: number; max: number } | null;
	/** Failures by reason: `HTTP 500`, `EMFILE`, `ECONNRESET` … */
	failed: Map<string, number>;
	/** Attempted, and still unanswered when answers had stopped coming. */
	unanswered: number;
	/** Never attempted, because answers had stopped coming. */
	notTried: number;
	seconds: number;
	/** Seconds from the start to the first refusal or failure, if any. */
	firstNotConnectedSeconds: number | null;
}

/**
 * Opens `subscriptions` 200 at a time until each has an outcome, printing progress every five
 * seconds. Gives up when no answer at all came for `stallMs`: the rest count as unanswered or not
 * tried. Connected streams stay open; answers after giving up are not counted.
 */
export async function connectAll(
	subscriptions: Subscription[],
	stallMs: number,
	open: (subscription: Subscription, onOutcome: (outcome: Outcome) => void) => void
): Promise<ConnectReport> {
	const started = performance.now();
	const report: ConnectReport = {
		connected: 0,
		refused: 0,
		retryAfter: null,
		failed: new Map(),
		unanswered: 0,
		notTried: 0,
		seconds: 0,
		firstNotConnectedSeconds: null
	};
	let attempted = 0;
	let lastAnswerAt = started;
	const record = (outcome: Outcome) => {
		lastAnswerAt = performance.now();
		if (outcome.kind === 'connected') {
			report.connected += 1;
			return;
		}
		report.firstNotConnectedSeconds ??= (lastAnswerAt - started) / 1000;
		if (outcome.kind === 'refused') {
			report.refused += 1;
			const seconds = outcome.retryAfterSeconds;
			report.retryAfter = {
				min: Math.min(report.retryAfter?.min ?? seconds, seconds),
				max: Math.max(report.retryAfter?.max ?? seconds, seconds)
			};
		} else report.failed.set(outcome.reason, (report.failed.get(outcome.reason) ?? 0) + 1);
	};
	const answered = () => report.connected + report.refused + [...report.failed.values()].reduce((a, b) => a + b, 0);

	let stalled = false;
	let onStall = () => {};
	const stall = new Promise<void>((done) => (onStall = done));
	let ticks = 0;
	const ticker = setInterval(() => {
		ticks += 1;
		if (ticks % 5 === 0)
			console.log(
				`  connecting: ${report.connected} connected, ${report.refused} refused, ${answered() - report.connected - report.refused} failed, ${attempted - answered()} waiting, after ${ticks} s`
			);
		if (attempted > answered() && performance.now() - lastAnswerAt > stallMs) {
			stalled = true;
			onStall();
		}
	}, 1000);
	try {
		for (let index = 0; index < subscriptions.length && !stalled; index += 200) {
			const batch = subscriptions.slice(index, index + 200);
			attempted += batch.length;
			const batchAnswered = Promise.all(
				batch.map(
					(subscription) => new Promise<void>((done) => open(subscription, (outcome) => (record(outcome), done())))
				)
			);
			await Promise.race([batchAnswered, stall]);
		}
	} finally {
		clearInterval(ticker);
	}
	return {
		...report,
		failed: new Map(report.failed),
		unanswered: attempted - answered(),
		notTried: subscriptions.length - attempted,
		seconds: (performance.now() - started) / 1000
	};
}
