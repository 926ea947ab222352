import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Executor, ScriptTransaction } from './port.ts';
import { createPipeline } from './pglite-pipeline.ts';
import type { SqlFragment } from './sql.ts';

export interface PgliteDatabase extends Database {
	/** A gzipped tarball of the whole cluster: a backup, or a template for tests. */
	dumpDataDir(): Promise<Blob>;
}

/** Embedded Postgres (WASM). `dataDir` undefined means in memory (tests). */
export async function openPglite(dataDir?: string, options: PGliteOptions = {}): Promise<PgliteDatabase> {
	const client = await PGlite.create({ ...options, dataDir, extensions: { pg_trgm } });

	const pipeline = createPipeline(client);
	// Outside a transaction a call waits for any open transaction and any statement, as PGlite's own
	// `query` does; inside one the transaction already holds the first, so only the second.
	const runAlone = (statements: readonly SqlFragment[]) =>
		client._runExclusiveTransaction(() => client._runExclusiveQuery(() => pipeline.run(statements, false)));

	function wrapTransaction(transaction: Transaction): ScriptTransaction {
		const executor: ScriptTransaction = {
			query: async <Row>(statement: SqlFragment) => {
				// Like PGlite's transaction object: a transaction that has ended cannot be used.
				if (transaction.closed) throw new Error('Transaction is closed');
				const [rows] = await client._runExclusiveQuery(() => pipeline.run([statement], true));
				return rows as Row[];
			},
			transaction: (work) => work(executor),
			executeScript: async (script) => {
				await transaction.exec(script);
			}
		};
		return executor;
	}

	// Every statement and transaction is counted from before it is sent until after it settled.
	const activity = { running: 0, finished: 0 };
	async function counted<Result>(call: () => Promise<Result>): Promise<Result> {
		activity.running++;
		try {
			return await call();
		} finally {
			activity.running--;
			activity.finished++;
		}
	}

	const database: PgliteDatabase = {
		driver: 'pglite',
		activity,
		query: async <Row>(statement: SqlFragment) => (await counted(() => runAlone([statement])))[0] as Row[],
		batch: (statements) => counted(() => runAlone(statements)),
		transaction: <Result>(work: (transaction: Executor) => Promise<Result>) =>
			counted(() => client.transaction((transaction) => work(wrapTransaction(transaction)))),
		scriptTransaction: (work) => counted(() => client.transaction((transaction) => work(wrapTransaction(transaction)))),
		listen: async (channel, onPayload) => {
			const unlisten = await client.listen(channel, onPayload);
			return () => unlisten();
		},
		close: () => client.close(),
		dumpDataDir: () => client.dumpDataDir('gzip')
	};
	return database;
}
