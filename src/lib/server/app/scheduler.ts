import type { Executor } from '../db/port.ts';
import { notifyOverdueFilings } from '../deal-filings.ts';
import { notifyOverdueIncome } from '../payment-schedules.ts';
import { watchPortfolios } from '../portfolio-watch.ts';
import { log } from './log.ts';

/** How often the server looks for filings and payments that became overdue: dates change once a day. */
export const overdueFilingsEveryMs = 60 * 60 * 1000;

/**
 * Sends the notifications of overdue filings (docs/domain.md, "Filings after signing") and of
 * overdue lines of payment schedules (docs/domain.md, "Income"), and the portfolio watch's due annual
 * fees and lapses (docs/domain.md, "Portfolio watch") once at
 * start and then every hour, from the server process itself. The timer is unref'd, so it never
 * keeps a stopping process alive. Every process may run it (WEB_CONCURRENCY, several servers on
 * one PostgreSQL): the database claims each filing and each schedule line once. A failed run is logged and the next
 * run tries again; it never takes the server down.
 */
export function startOverdueFilingsScheduler(
	database: Executor,
	options: { everyMs?: number; now?: () => Date } = {}
): { stop: () => void; ran: () => Promise<void> } {
	let running: Promise<void> = Promise.resolve();
	const run = () => {
		running = running.then(async () => {
			try {
				const notified = await notifyOverdueFilings(database, options.now?.());
				if (notified > 0) log('info', 'overdue filings notified', { notified });
			} catch (error) {
				log('error', 'overdue filings not notified', { error: String(error) });
			}
			try {
				const notified = await notifyOverdueIncome(database, options.now?.());
				if (notified > 0) log('info', 'overdue payments notified', { notified });
			} catch (error) {
				log('error', 'overdue payments not notified', { error: String(error) });
			}
			try {
				const watched = await watchPortfolios(database, options.now?.());
				if (watched.lapsed + watched.notified > 0) log('info', 'portfolio fees watched', watched);
			} catch (error) {
				log('error', 'portfolio fees not watched', { error: String(error) });
			}
		});
	};
	run();
	const timer = setInterval(run, options.everyMs ?? overdueFilingsEveryMs);
	timer.unref();
	return {
		stop: () => clearInterval(timer),
		/** Resolves when the runs started so far have ended (tests, shutdown). */
		ran: () => running
	};
}
