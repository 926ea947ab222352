import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import { errorCode } from './port.ts';
import { compile, type SqlFragment } from './sql.ts';

const { serialize } = protocol;
/** SQLSTATE feature_not_supported, which "cached plan must not change result type" carries. */
const planChangedResultType = '0A000';

interface Prepared {
	name: string;
	parameterTypes: number[];
}

export interface Pipeline {
	/**
	 * Runs the statements in order in one call into PGlite and returns each one's rows. Outside a
	 * transaction block they form one implicit transaction that ends at the Sync: all commit or,
	 * at the first error, none does, and `set_config(…, true)` lasts exactly that long. The caller
	 * holds PGlite's mutexes (`_runExclusiveTransaction` outside a transaction, `_runExclusiveQuery`
	 * in one), as PGlite's own `query` does.
	 */
	run(statements: readonly SqlFragment[], inTransaction: boolean): Promise<Record<string, unknown>[][]>;
}

/**
 * PGlite's `query` sends parse, describe, bind, describe, execute and sync as six calls into the
 * WebAssembly Postgres and plans the statement each time. Here each statement text is prepared
 * once under a name of its own (its parameter types read then, to serialize values as PGlite
 * does), and a request's statements go in as one message: bind, describe, execute for each, then
 * one Sync. A repeated statement is then neither parsed nor, once Postgres keeps a generic plan,
 * planned again; Postgres re-plans by itself when a table changes or the role differs from the
 * one a row-security plan was made for (postgres.js does the same with `prepare: true`).
 * At most `limit` statements stay prepared; the least recently used is closed.
 */
export function createPipeline(client: PGlite, limit = 500): Pipeline {
	const prepared = new Map<string, Prepared>();
	const closing: string[] = [];
	let counter = 0;

	async function exchange(messages: Uint8Array[], syncToFs: boolean) {
		return client.execProtocolStream(concatenate(messages), { syncToFs });
	}

	async function statementFor(text: string): Promise<Prepared> {
		const known = prepared.get(text);
		if (known) {
			prepared.delete(text);
			prepared.set(text, known);
			return known;
		}
		const name = `zhiqiao_${++counter}`;
		// A failed parse (a syntax error, an aborted transaction) prepares nothing and is thrown.
		const answer = await exchange(
			[serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()],
			false
		);
		const statement = { name, parameterTypes: parse.parseDescribeStatementResults(answer) };
		prepared.set(text, statement);
		for (const oldest of prepared.keys()) {
			if (prepared.size <= limit) break;
			forget(oldest);
		}
		return statement;
	}

	function forget(text: string): void {
		const statement = prepared.get(text);
		if (!statement) return;
		prepared.delete(text);
		closing.push(statement.name);
	}

	function serializeValue(value: unknown, type: number): string | null {
		if (value === null || value === undefined) return null;
		const serializer = client.serializers[type];
		return serializer ? serializer(value) : String(value);
	}

	async function runOnce(statements: readonly SqlFragment[], inTransaction: boolean) {
		const messages: Uint8Array[] = [];
		// Closing a statement is not transactional; it waits for a call outside a transaction.
		if (!inTransaction) for (const name of closing.splice(0)) messages.push(serialize.close({ type: 'S', name }));
		const compiled = statements.map(compile);
		for (const { text, values } of compiled) {
			const { name, parameterTypes } = await statementFor(text);
			messages.push(
				serialize.bind({
					statement: name,
					values: values.map((value, index) => serializeValue(value, parameterTypes[index]))
				}),
				serialize.describe({ type: 'P' }),
				serialize.execute({})
			);
		}
		messages.push(serialize.sync());
		try {
			const answer = await exchange(messages, !inTransaction);
			return parse.parseResults(answer, client.parsers).map((result) => result.rows as Record<string, unknown>[]);
		} catch (error) {
			// A table's columns changed under a prepared `select *` (a migration in a running
			// process): Postgres refuses the statement; it is prepared anew from then on.
			if (errorCode(error) === planChangedResultType) for (const { text } of compiled) forget(text);
			throw error;
		}
	}

	return {
		async run(statements, inTransaction) {
			try {
				return await runOnce(statements, inTransaction);
			} catch (error) {
				// Outside a transaction the refused call changed nothing, so it runs once more, as
				// postgres.js does; inside one the transaction is lost and the error is the answer.
				if (inTransaction || errorCode(error) !== planChangedResultType) throw error;
				return runOnce(statements, inTransaction);
			}
		}
	};
}

function concatenate(parts: Uint8Array[]): Uint8Array {
	const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		whole.set(part, offset);
		offset += part.length;
	}
	return whole;
}
