import { errorCode } from './port.ts';
import type { SqlFragment } from './sql.ts';

type Rows = Record<string, unknown>[];

/** Postgres error codes are five digits or capital letters (ours, ZQ…, too); drivers' own are not. */
const isSqlState = (code: string | undefined) => code !== undefined && /^[0-9A-Z]{5}$/.test(code);

interface Waiting {
	statement: SqlFragment;
	resolve: (rows: Rows) => void;
	reject: (error: unknown) => void;
}

/**
 * A request's statements issued in the same turn of the event loop (independent reads awaited
 * with `Promise.all`, a layout's and a page's loads) go out as one batch behind one `enter`
 * statement: one role switch and, on PGlite, one call into the database instead of one each.
 * A batch is one transaction, so if the database refuses any statement in it, nothing in it took
 * effect; each statement then runs again on its own, so a failure is answered only to the
 * statement that caused it and its neighbours get the rows they would have got alone.
 * Security invariant: one executor's statements share its claims; a batch never mixes executors.
 */
export function coalescedQueries(
	runBatch: (statements: readonly SqlFragment[]) => Promise<Rows[]>,
	enter: SqlFragment
): <Row>(statement: SqlFragment) => Promise<Row[]> {
	let waiting: Waiting[] = [];

	function runAlone({ statement, resolve, reject }: Waiting): void {
		runBatch([enter, statement]).then((results) => resolve(results[1]), reject);
	}

	function flush(): void {
		const group = waiting;
		waiting = [];
		if (group.length === 1) return runAlone(group[0]);
		runBatch([enter, ...group.map((entry) => entry.statement)]).then(
			(results) => group.forEach((entry, index) => entry.resolve(results[index + 1])),
			(error) => {
				// Only the database's refusal (an error with a SQLSTATE) is known to have rolled the
				// batch back. A lost connection may have lost the COMMIT's answer, not the COMMIT:
				// running the statements again could apply them twice, so all of them fail.
				if (isSqlState(errorCode(error))) group.forEach(runAlone);
				else group.forEach((entry) => entry.reject(error));
			}
		);
	}

	return <Row>(statement: SqlFragment) =>
		new Promise<Row[]>((resolve, reject) => {
			// setImmediate, not a microtask: a load's first statement is often issued a few
			// awaits after its neighbour's, still before the event loop turns.
			if (waiting.length === 0) setImmediate(flush);
			waiting.push({ statement, resolve: resolve as (rows: Rows) => void, reject });
		});
}
