import type { Executor } from './db/port.ts';
import { hasErrorCode } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';

// Confirming a portfolio import in batches (docs/domain.md, "Patent portfolio"): each call of
// app.apply_portfolio_import_batch applies the next rows in a transaction of its own and records
// how far the import got, so a file of 10,000 rows shows its progress and a failure or a restart
// loses nothing: confirming again resumes after the last batch applied.
// Security invariant: the function locks the import row and advances its cursor with the batch, so
// a replayed, concurrent or resumed confirmation never applies a row twice (and the upsert on the
// application number never duplicates a patent in any case).

export const importBatchRows = 1_000;

export interface ImportProgress {
	applied: number;
	total: number;
	added: number;
	updated: number;
	unchanged: number;
	finished: boolean;
}

/** Applies the next batch of a confirmed import. Null: no such import (or not the caller's to confirm). */
export async function applyImportBatch(
	db: Executor,
	token: string,
	batchRows = importBatchRows
): Promise<ImportProgress | null> {
	if (!isUuid(token)) return null;
	try {
		const [row] = await db.query<ImportProgress>(sql`
			select applied, total, added, updated, unchanged, finished
			from app.apply_portfolio_import_batch(${token}, ${batchRows})`);
		return {
			applied: Number(row.applied),
			total: Number(row.total),
			added: Number(row.added),
			updated: Number(row.updated),
			unchanged: Number(row.unchanged),
			finished: row.finished
		};
	} catch (error) {
		if (hasErrorCode(error, 'P0002')) return null;
		throw error;
	}
}

/** Applies every batch left, in this request (tests, the benchmark); a replay answers with the counts. */
export async function confirmImport(
	db: Executor,
	token: string,
	batchRows = importBatchRows
): Promise<{ added: number; updated: number; unchanged: number } | null> {
	for (;;) {
		const progress = await applyImportBatch(db, token, batchRows);
		if (!progress) return null;
		if (progress.finished) return { added: progress.added, updated: progress.updated, unchanged: progress.unchanged };
	}
}

/**
 * Starts confirming: applies the first batch now (so a missing import answers at once). The rest is
 * applied by `continueImport`, which the status page starts once it has read the progress (so the
 * page the confirmation lands on shows the import under way, with or without scripts).
 */
export async function startImport(db: Executor, token: string): Promise<ImportProgress | null> {
	return applyImportBatch(db, token);
}

// The imports this process is applying: opening the status page again adds no second loop (it
// would be harmless, the lock serialises them, but pointless).
const running = new Set<string>();

/**
 * Applies the batches left after the response, one transaction each, unless this process is at it
 * already. A batch that fails stops the loop: the import is then stalled and the page offers to
 * resume (the rows applied so far stay applied).
 */
export function continueImport(db: Executor, token: string): void {
	if (running.has(token)) return;
	running.add(token);
	void (async () => {
		try {
			for (;;) {
				const progress = await applyImportBatch(db, token);
				if (!progress || progress.finished) return;
			}
		} catch (error) {
			console.error(`portfolio import ${token} stopped; confirming it again resumes it`, error);
		} finally {
			running.delete(token);
		}
	})();
}

/**
 * How far a confirmation got, for the status page's polling (read only). `stalled`: no batch for 20
 * seconds (as in getImport). Null: no such import.
 */
export async function getImportProgress(
	db: Executor,
	token: string
): Promise<(ImportProgress & { stalled: boolean }) | null> {
	if (!isUuid(token)) return null;
	const [row] = await db.query<ImportProgress & { stalled: boolean }>(sql`
		select applied_rows as applied, coalesce(total_rows, jsonb_array_length(rows))::int as total,
		       coalesce(added, 0) as added, coalesce(updated, 0) as updated, coalesce(unchanged, 0) as unchanged,
		       confirmed_at is not null as finished,
		       coalesce(confirmed_at is null and progressed_at < now() - interval '20 seconds', false) as stalled
		from public.portfolio_imports where id = ${token}`);
	return row ?? null;
}
