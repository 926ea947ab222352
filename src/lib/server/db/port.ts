import type { SqlFragment } from './sql.ts';

/** Runs statements. Inside a transaction, `transaction` joins the one already open. */
export interface Executor {
	query<Row = Record<string, unknown>>(statement: SqlFragment): Promise<Row[]>;
	transaction<Result>(work: (transaction: Executor) => Promise<Result>): Promise<Result>;
}

export interface ScriptTransaction extends Executor {
	/** Several statements without parameters (migration files, seed.sql). */
	executeScript(script: string): Promise<void>;
}

/**
 * The Db port. One implementation per driver; everything above this file is the same on
 * PGlite, PostgreSQL and Supabase. A Database is the owner connection: request code gets a
 * role-scoped Executor from `executorForRole`, never this object.
 */
export interface Database extends Executor {
	readonly driver: 'pglite' | 'postgres';
	scriptTransaction<Result>(work: (transaction: ScriptTransaction) => Promise<Result>): Promise<Result>;
	/**
	 * The statements in order in one transaction (all commit, or at the first error none does), with
	 * each one's rows. On PGlite this is one call into the database instead of one per statement.
	 */
	batch(statements: readonly SqlFragment[]): Promise<Record<string, unknown>[][]>;
	/**
	 * Connections that run as `anon` from the moment they open (PostgreSQL with an anonymous login
	 * role configured), checked by `checkAnonymousConnection`. Absent: anon switches role per transaction.
	 */
	readonly anonymous?: Executor;
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
	/**
	 * Present only where every statement on the database passes through this object (the embedded
	 * one, which admits one process): how many calls are running now and how many have finished.
	 * Nothing can have changed while no call ran (the public content version relies on it).
	 */
	readonly activity?: DatabaseActivity;
}

export interface DatabaseActivity {
	readonly running: number;
	readonly finished: number;
}

/** The SQLSTATE of a database error from either driver, if it is one. */
export function errorCode(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'code' in error) {
		const code = (error as { code: unknown }).code;
		return typeof code === 'string' ? code : undefined;
	}
	return undefined;
}

/** Whether `error` is a database error with one of these SQLSTATEs ($lib/contracts/database-errors). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
	const code = errorCode(error);
	return code !== undefined && codes.includes(code);
}

/** The detail a database error carries (`raise … using detail = …`), from either driver. */
export function errorDetail(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null || !('detail' in error)) return undefined;
	const detail = (error as { detail: unknown }).detail;
	return typeof detail === 'string' ? detail : undefined;
}

/**
 * The constraint (or unique index) a database error names, from either driver: PGlite reports
 * it as `constraint`, postgres.js as `constraint_name`.
 */
export function constraintName(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const fields = error as { constraint?: unknown; constraint_name?: unknown };
	const name = fields.constraint_name ?? fields.constraint;
	return typeof name === 'string' ? name : undefined;
}
