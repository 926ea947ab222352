import type { Executor } from '../db/port.ts';
import { queueAlertDigests } from '../alert-digests.ts';
import { log } from './log.ts';
import { startRepeating, type Repeating } from './repeating.ts';

/** How often the server looks for digests due: each is due once a day at most, at 08:00 China time. */
export const alertDigestsEveryMs = 10 * 60 * 1000;

/**
 * Queues the alert digests that fell due (docs/domain.md, "Alerts") at start and then every ten
 * minutes (the database claims each digest once, whichever process asks).
 */
export function startAlertDigestScheduler(
	database: Executor,
	options: { everyMs?: number; now?: () => Date } = {}
): Repeating {
	return startRepeating(
		async () => {
			const queued = await queueAlertDigests(database, options.now?.());
			if (queued > 0) log('info', 'alert digests queued', { queued });
		},
		{ everyMs: options.everyMs ?? alertDigestsEveryMs, failure: 'alert digests not queued' }
	);
}
