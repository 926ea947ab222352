import type { Executor } from '../db/port.ts';
import { notifyOverdueFilings } from '../deal-filings.ts';
import { notifyOverdueIncome } from '../payment-schedules.ts';
import { watchPortfolios } from '../portfolio-watch.ts';
import { log } from './log.ts';
import { startRepeating, type Repeating } from './repeating.ts';

/** How often the server looks for filings and payments that became overdue: dates change once a day. */
export const overdueFilingsEveryMs = 60 * 60 * 1000;

/**
 * Sends the notifications of overdue filings (docs/domain.md, "Filings after signing") and of
 * overdue lines of payment schedules (docs/domain.md, "Income"), and the portfolio watch's due annual
 * fees and lapses (docs/domain.md, "Portfolio watch") at start and then every hour. Every process
 * may run it (WEB_CONCURRENCY, several servers on one PostgreSQL): the database claims each filing
 * and each schedule line once.
 */
export function startOverdueFilingsScheduler(
	database: Executor,
	options: { everyMs?: number; now?: () => Date } = {}
): Repeating {
	// Three jobs in one pass, each failing on its own: one that fails does not hold up the others.
	const job = async (failure: string, work: () => Promise<void>) => {
		try {
			await work();
		} catch (error) {
			log('error', failure, { error: String(error) });
		}
	};
	return startRepeating(
		async () => {
			await job('overdue filings not notified', async () => {
				const notified = await notifyOverdueFilings(database, options.now?.());
				if (notified > 0) log('info', 'overdue filings notified', { notified });
			});
			await job('overdue payments not notified', async () => {
				const notified = await notifyOverdueIncome(database, options.now?.());
				if (notified > 0) log('info', 'overdue payments notified', { notified });
			});
			await job('portfolio fees not watched', async () => {
				const watched = await watchPortfolios(database, options.now?.());
				if (watched.lapsed + watched.notified > 0) log('info', 'portfolio fees watched', watched);
			});
		},
		{ everyMs: options.everyMs ?? overdueFilingsEveryMs, failure: 'overdue notices not sent' }
	);
}
