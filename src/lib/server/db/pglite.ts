import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Executor, ScriptTransaction } from './port.ts';
import { compile, type SqlFragment } from './sql.ts';

export interface PgliteDatabase extends Database {
	/** A gzipped tarball of the whole cluster: a backup, or a template for tests. */
	dumpDataDir(): Promise<Blob>;
}

/** Embedded Postgres (WASM). `dataDir` undefined means in memory (tests). */
export async function openPglite(dataDir?: string, options: PGliteOptions = {}): Promise<PgliteDatabase> {
	const client = await PGlite.create({ ...options, dataDir, extensions: { pg_trgm } });

	async function run<Row>(target: PGlite | Transaction, statement: SqlFragment): Promise<Row[]> {
		const { text, values } = compile(statement);
		return (await target.query<Row>(text, values)).rows;
	}

	function wrapTransaction(transaction: Transaction): ScriptTransaction {
		const executor: ScriptTransaction = {
			query: (statement) => run(transaction, statement),
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
		query: (statement) => counted(() => run(client, statement)),
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
