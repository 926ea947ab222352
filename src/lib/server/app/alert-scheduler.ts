import type { Executor } from '../db/port.ts';
import { queueAlertDigests } from '../alert-digests.ts';
import { log } from './log.ts';

/** How often the server looks for digests due: each is due once a day at most, at 08:00 China time. */
export const alertDigestsEveryMs = 10 * 60 * 1000;

/**
 * Queues the alert digests that fell due (docs/domain.md, "Alerts") at start and then every ten
 * minutes, from the server process, like scheduler.ts: an unref'd timer, every process may run it
 * (the database claims each digest once), a failed run is logged and the next one tries again.
 */
export function startAlertDigestScheduler(
	database: Executor,
	options: { everyMs?: number; now?: () => Date } = {}
): { stop: () => void; ran: () => Promise<void> } {
	let running: Promise<void> = Promise.resolve();
	const run = () => {
		running = running.then(async () => {
			try {
				const queued = await queueAlertDigests(database, options.now?.());
				if (queued > 0) log('info', 'alert digests queued', { queued });
			} catch (error) {
				log('error', 'alert digests not queued', { error: String(error) });
			}
		});
	};
	run();
	const timer = setInterval(run, options.everyMs ?? alertDigestsEveryMs);
	timer.unref();
	return { stop: () => clearInterval(timer), ran: () => running };
}
