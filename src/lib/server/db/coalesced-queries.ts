import type { SqlFragment } from './sql.ts';

type Rows = Record<string, unknown>[];

interface Waiting {
	statement: SqlFragment;
	resolve: (rows: Rows) => void;
	reject: (error: unknown) => void;
}

/**
 * A request's statements issued in the same turn of the event loop (independent reads awaited
 * with `Promise.all`, a layout's and a page's loads) go out as one batch behind one `enter`
 * statement: one role switch and, on PGlite, one call into the database instead of one each.
 * A batch is one transaction, so if any statement in it fails, nothing in it took effect; each
 * statement then runs again on its own, so a failure is answered only to the statement that
 * caused it and its neighbours get the rows they would have got alone.
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
			() => group.forEach(runAlone)
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
