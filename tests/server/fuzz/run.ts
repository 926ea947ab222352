import fc from 'fast-check';
import { describeRequest, fuzzRequest, send, type FuzzRequest } from './requests.ts';
import type { App } from './setup.ts';
import type { Target } from './targets.ts';

export interface FuzzOutcome {
	requests: number;
	seconds: number;
	statuses: Record<string, number>;
	/** Each request that got a 5xx or no answer, as a line to read. */
	failures: string[];
}

/**
 * Sends `runs` generated requests to every action, a few concurrently. Inputs are generated in
 * small batches while earlier requests are in flight (generating all first took seconds of
 * idle server), one batch of every action after another, so each action meets the others'
 * changes (a deal moved on, a draft deleted, a password changed). The same seed makes the same
 * inputs; the order they interleave in may differ.
 */
export async function fuzz(
	app: App,
	table: Record<string, Target>,
	options: { seed: number; runs: number; concurrency: number }
): Promise<FuzzOutcome> {
	const actions = Object.keys(table).sort();
	const arbitraries = actions.map((action) => fuzzRequest(action, table[action]));
	const batch = 5;
	function* requests(): Generator<FuzzRequest> {
		for (let round = 0; round * batch < options.runs; round++) {
			const count = Math.min(batch, options.runs - round * batch);
			const samples = arbitraries.map((arbitrary, index) =>
				fc.sample(arbitrary, { seed: options.seed + index * 100_003 + round, numRuns: count })
			);
			for (let at = 0; at < count; at++) for (const sample of samples) yield sample[at];
		}
	}

	const outcome: FuzzOutcome = { requests: 0, seconds: 0, statuses: {}, failures: [] };
	const started = performance.now();
	const queue = requests();
	await Promise.all(
		Array.from({ length: options.concurrency }, async () => {
			for (let next = queue.next(); !next.done; next = queue.next()) {
				const request = next.value;
				outcome.requests++;
				try {
					const response = await send(app.url, app.cookies, request);
					await response.arrayBuffer();
					outcome.statuses[response.status] = (outcome.statuses[response.status] ?? 0) + 1;
					if (response.status >= 500)
						outcome.failures.push(
							`${response.status} ${response.headers.get('x-request-id')} ${describeRequest(request)}`
						);
				} catch (error) {
					outcome.failures.push(
						`no answer (${String(error)}: ${String((error as Error).cause)}) ${describeRequest(request)}`
					);
				}
			}
		})
	);
	outcome.seconds = (performance.now() - started) / 1000;
	return outcome;
}
