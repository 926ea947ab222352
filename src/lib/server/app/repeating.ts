import { log } from './log.ts';

export interface Repeating {
	stop: () => void;
	/** Asks for a pass soon (a request just queued work): one more at most waits behind a running one. */
	nudge: () => void;
	/** Resolves when the passes started so far have ended (tests, shutdown). */
	ran: () => Promise<void>;
}

/**
 * Runs a background pass of the server process (overdue notices, digests, the email and push
 * workers) at start, every `everyMs` and when nudged, one pass at a time in this process. The
 * timer is unref'd, so it never keeps a stopping process alive. A failed pass is logged as
 * `failure` and the next one tries again; it never takes the server down. Other processes may
 * run the same pass: each pass claims its rows in the database, never here.
 */
export function startRepeating(
	pass: () => Promise<void>,
	options: { everyMs: number; failure: string; atStart?: boolean }
): Repeating {
	let running: Promise<void> = Promise.resolve();
	let waiting = false;
	const run = () => {
		if (waiting) return;
		waiting = true;
		running = running.then(async () => {
			waiting = false;
			try {
				await pass();
			} catch (error) {
				log('error', options.failure, { error: String(error) });
			}
		});
	};
	if (options.atStart ?? true) run();
	const timer = setInterval(run, options.everyMs);
	timer.unref();
	return { stop: () => clearInterval(timer), nudge: run, ran: () => running };
}
