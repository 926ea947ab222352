import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { errorCode } from '../../src/lib/server/db/port.ts';
import { join, sql, type SqlFragment } from '../../src/lib/server/db/sql.ts';
import { databaseErrors, postgresErrors } from '../../src/lib/contracts/database-errors.ts';
import { actors, addAuthorizationFixture, grid, people, type Actor } from '../support/authorization/actors.ts';
import { tableMatrix, type TableMatrix } from './authorization/table-matrix.ts';
import { asAnon, asUser, driver, openTestDatabase } from './setup/database.ts';

// The database half of the authorization matrix: every table of the schemas requests can reach,
// each of the nine actors, each operation, on the rows tests/db/authorization/table-matrix.ts
// names. Statements run through the request executor, so RLS policies, grants and triggers are
// what decides. A refusal is an error the app treats as one, or no row changed; any other error
// fails the cell, so a broken statement cannot pass as "refused".

const refusals = new Set<string>([
	postgresErrors.insufficientPrivilege,
	databaseErrors.interestMoveRefused,
	databaseErrors.dealMoveIllegal,
	databaseErrors.assigneeNotOfficer,
	// An objection to a notice that takes none, and a second decision on one.
	databaseErrors.noticeClosed,
	databaseErrors.objectionResolved,
	databaseErrors.ndaNotOpen,
	// A deduction on a receipt whose distribution is approved.
	databaseErrors.distributionApproved,
	// An announced open licence declaration's terms.
	databaseErrors.openLicenceTermsFrozen
]);

class Rollback extends Error {}

/** 'y' when the statement succeeds (changing exactly one row, if it returns rows), '-' when refused. */
async function attempt(executor: Executor, statement: SqlFragment, returnsRows: boolean): Promise<string> {
	let outcome = '';
	try {
		await executor.transaction(async (transaction) => {
			try {
				const rows = await transaction.query(statement);
				outcome = !returnsRows || rows.length === 1 ? 'y' : rows.length === 0 ? '-' : `${rows.length} rows`;
			} catch (error) {
				const code = errorCode(error) ?? 'no code';
				outcome = refusals.has(code) ? '-' : `error ${code} (${(error as Error).message})`;
			}
			throw new Rollback();
		});
	} catch (error) {
		if (!(error instanceof Rollback)) throw error;
	}
	return outcome;
}

/** The named rows the actor can read; a table they may not read at all reads as none. */
async function visibleRows(executor: Executor, table: SqlFragment, rows: TableMatrix['rows']): Promise<Set<string>> {
	const probes = Object.entries(rows).map(
		([name, condition]) => sql`select ${name}::text as name where exists (select 1 from ${table} where ${condition})`
	);
	try {
		const found = await executor.query<{ name: string }>(join(probes, sql` union all `));
		return new Set(found.map((row) => row.name));
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return new Set();
		throw error;
	}
}

describe(`authorization matrix of the tables on ${driver}`, () => {
	let database: Database;
	const executors = {} as Record<Actor, Executor>;
	let cells = 0;
	const started = Date.now();

	beforeAll(async () => {
		database = await openTestDatabase();
		await addAuthorizationFixture(database);
		for (const actor of actors)
			executors[actor] = actor === 'anon' ? asAnon(database) : asUser(database, people[actor].id);
	});
	afterAll(async () => {
		console.info(`authorization matrix, tables on ${driver}: ${cells} cells in ${(Date.now() - started) / 1000} s`);
		await database.close();
	});

	it('has an entry for every table and view a request could reach', async () => {
		const found = await database.query<{ name: string }>(sql`
			select n.nspname || '.' || c.relname as name from pg_catalog.pg_class c
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			where n.nspname in ('public', 'app') and c.relkind in ('r', 'p', 'v', 'm', 'f') order by 1`);
		expect(found.map((row) => row.name)).toEqual(Object.keys(tableMatrix).sort());
	});

	it('finds every named row exactly once', async () => {
		const counts: string[] = [];
		for (const [table, matrix] of Object.entries(tableMatrix)) {
			for (const [name, condition] of Object.entries(matrix.rows)) {
				const [row] = await database.query<{ count: number }>(
					sql`select count(*)::int as count from ${sql([table])} where ${condition}`
				);
				if (row.count !== 1) counts.push(`${table} ${name}: ${row.count} rows`);
			}
		}
		expect(counts).toEqual([]);
	});

	for (const [table, matrix] of Object.entries(tableMatrix)) {
		it(`${table}: who reads, updates, deletes and inserts what`, async () => {
			const name = sql([table]);
			const wrong: string[] = [];
			const check = (what: string, row: string, actor: Actor, got: string) => {
				cells++;
				const expected = grid(row)[actor];
				if (got !== expected) wrong.push(`${what} as ${actor}: expected ${expected}, got ${got}`);
			};
			const unknown = [...matrix.select, ...matrix.update, ...matrix.delete]
				.map((entry) => entry[1])
				.filter((row) => !(row in matrix.rows));
			expect(unknown, 'rows the matrix uses but does not name').toEqual([]);

			for (const actor of actors) {
				const visible = await visibleRows(executors[actor], name, matrix.rows);
				for (const [row, rowName] of matrix.select)
					check(`select ${rowName}`, row, actor, visible.has(rowName) ? 'y' : '-');
				for (const [row, rowName, change] of matrix.update) {
					const statement = sql`update ${name} set ${change} where ${matrix.rows[rowName]} returning 1 as changed`;
					check(
						`update ${rowName} set ${change.strings.join('…')}`,
						row,
						actor,
						await attempt(executors[actor], statement, true)
					);
				}
				for (const [row, rowName] of matrix.delete) {
					const statement = sql`delete from ${name} where ${matrix.rows[rowName]} returning 1 as deleted`;
					check(`delete ${rowName}`, row, actor, await attempt(executors[actor], statement, true));
				}
				for (const [row, what, values] of matrix.insert) {
					const statement = sql`insert into ${name} ${values(actor)}`;
					check(`insert ${what}`, row, actor, await attempt(executors[actor], statement, false));
				}
			}
			expect(wrong).toEqual([]);
		});
	}
});
