import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Database, Executor, ScriptTransaction } from './port.ts';
import { compile, type SqlFragment } from './sql.ts';

export interface PostgresOptions {
	maxConnections?: number;
	/**
	 * A login role that has no privileges of its own (NOINHERIT) but may become `anon`, such as
	 * `zhiqiao_anonymous` or Supabase's `authenticator`. Anonymous requests then run on connections
	 * that start as anon: one round trip per statement instead of a transaction that switches role.
	 */
	anonymousUrl?: string;
}

/** The claims an anonymous request carries, set on the anonymous connections at start-up. */
const anonymousStartupParameters = { role: 'anon', 'request.jwt.claims': JSON.stringify({ role: 'anon' }), jit: 'off' };

function connect(url: string, maxConnections: number, parameters: Record<string, string> = {}): Sql {
	return postgres(url, {
		max: maxConnections,
		onnotice: () => {},
		connection: { application_name: 'zhiqiao', ...parameters },
		// PGlite returns int8 as a number; do the same here so domain code sees one type.
		types: {
			bigint: {
				to: 20,
				from: [20],
				serialize: (value: number) => String(value),
				parse: (value: string) => Number(value)
			}
		}
	});
}

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

function beginOn(client: Sql) {
	return <Result>(work: (transaction: ScriptTransaction) => Promise<Result>): Promise<Result> =>
		client.begin((transaction) => work(wrapTransaction(transaction))) as Promise<Result>;
}

/** A real PostgreSQL (or Supabase's) through postgres.js. */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
	const client = connect(url, options.maxConnections ?? 10);
	const anonymousClient = options.anonymousUrl
		? connect(options.anonymousUrl, options.maxConnections ?? 10, anonymousStartupParameters)
		: null;
	const begin = beginOn(client);
	return {
		driver: 'postgres',
		query: (statement) => run(client, statement),
		transaction: <Result>(work: (transaction: Executor) => Promise<Result>) => begin(work),
		scriptTransaction: begin,
		// Sent together on the transaction's one connection, which runs them in the order sent (a
		// statement it has not prepared yet waits for its description before anything after it
		// goes out): the role switch, then the statement, in one transaction, a round trip fewer.
		// COMMIT still waits for every answer, so no statement can fall outside the transaction.
		batch: (statements) =>
			begin((transaction) => Promise.all(statements.map((statement) => transaction.query(statement)))),
		anonymous: anonymousClient
			? { query: (statement) => run(anonymousClient, statement), transaction: beginOn(anonymousClient) }
			: undefined,
		listen: async (channel, onPayload) => {
			const subscription = await client.listen(channel, onPayload);
			return () => subscription.unlisten();
		},
		close: async () => {
			await Promise.all([client.end({ timeout: 5 }), anonymousClient?.end({ timeout: 5 })]);
		}
	};
}
