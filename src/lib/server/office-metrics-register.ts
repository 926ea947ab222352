import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { MetricsFilter } from '../rules/office-metrics.ts';

// The listings register behind the metrics (docs/domain.md, "Office metrics"): one row per listing
// submitted to the office, read through app.metrics_listing_register, which counts only over the
// reader's universities. The downloads stream it: each batch is one statement (its own
// transaction) continuing after the last id of the one before (keyset), so a download of 100,000
// listings holds one batch in memory at a time and never an open cursor between requests.

export interface RegisterRow {
	id: string;
	title: string;
	universityId: string;
	collegeId: string | null;
	industry: string | null;
	status: string;
	publishedOn: string | null;
	interests: number;
	deals: number;
	signedOn: string | null;
}

/** The register's filter: a year of publication, or null for every year. */
export type RegisterFilter = Omit<MetricsFilter, 'year'> & { year: number | null };

export const registerBatchSize = 2000;

export async function listRegisterBatch(
	db: Executor,
	filter: RegisterFilter,
	afterId: string | null,
	batch = registerBatchSize
): Promise<RegisterRow[]> {
	return db.query<RegisterRow>(sql`
		select id, title, university_id as "universityId", college_id as "collegeId", industry::text as industry,
			status::text as status, to_char(published_on, 'YYYY-MM-DD') as "publishedOn", interests, deals,
			to_char(signed_on, 'YYYY-MM-DD') as "signedOn"
		from app.metrics_listing_register(${filter.year}::int, ${filter.university}::uuid, ${filter.college}::uuid,
			${filter.industry}::public.industry, ${afterId}::uuid, ${batch}::int)`);
}

/** The whole register, batch after batch. */
export async function* readRegister(
	db: Executor,
	filter: RegisterFilter,
	batch = registerBatchSize
): AsyncGenerator<RegisterRow[]> {
	let after: string | null = null;
	for (;;) {
		const rows = await listRegisterBatch(db, filter, after, batch);
		if (rows.length > 0) yield rows;
		if (rows.length < batch) return;
		after = rows[rows.length - 1].id;
	}
}
