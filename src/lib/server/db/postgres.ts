import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Database, Executor, ScriptTransaction } from './port.ts';
import { compile, type SqlFragment } from './sql.ts';

/** A real PostgreSQL (or Supabase's) through postgres.js. */
export function openPostgres(url: string, options: { maxConnections?: number } = {}): Database {
	const client = postgres(url, {
		max: options.maxConnections ?? 10,
		onnotice: () => {},
		connection: { application_name: 'zhiqiao' },
		// PGlite returns int8 as a number; do the same here so domain code sees one type.
		types: {
			bigint: { to: 20, from: [20], serialize: (value: number) => String(value), parse: (value: string) => Number(value) }
		}
	});

	async function run<Row>(target: Sql | TransactionSql, statement: SqlFragment): Promise<Row[]> {
		const { text, values } = compile(statement);
		// Named prepared statements: a repeated statement (every search, every page load) is not
		// parsed and planned again on the same connection. Scripts (migrations) are not prepared.
		const rows = await target.unsafe(text, values as postgres.ParameterOrJSON<never>[], { prepare: true });
		return [...rows] as Row[];
	}

	function wrapTransaction(transaction: TransactionSql): ScriptTransaction {
		const executor: ScriptTransaction = {
			query: (statement) => run(transaction, statement),
			transaction: (work) => work(executor),
			executeScript: async (script) => {
				await transaction.unsafe(script);
			}
		};
		return executor;
	}

	function begin<Result>(work: (transaction: ScriptTransaction) => Promise<Result>): Promise<Result> {
		return client.begin((transaction) => work(wrapTransaction(transaction))) as Promise<Result>;
	}

	return {
		driver: 'postgres',
		query: (statement) => run(client, statement),
		transaction: <Result>(work: (transaction: Executor) => Promise<Result>) => begin(work),
		scriptTransaction: begin,
		listen: async (channel, onPayload) => {
			const subscription = await client.listen(channel, onPayload);
			return () => subscription.unlisten();
		},
		close: () => client.end({ timeout: 5 })
	};
}
