import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as imports from '../../src/lib/server/portfolio-imports.ts';
import * as batches from '../../src/lib/server/portfolio-import-batches.ts';
import { checkCharacter } from '../../src/lib/rules/patent-number.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// A portfolio import confirmed in batches (supabase/migrations/20261212000000_portfolio_import_batches.sql):
// the progress each batch records, and each row applied once when confirmations run concurrently,
// are replayed, or resume after a batch failed.
const header = '申请号,发明名称,专利类型,申请(专利权)人,发明(设计)人,申请日,授权公告日,法律状态,IPC分类号';
const number = (serial: number, year: number) => {
	const digits = `${year}19${String(serial).padStart(6, '0')}`;
	return `${digits}.${checkCharacter(digits)}`;
};
/** A file of `count` granted patents filed in `year`, numbered 0…count-1 in the file's order
 * (serials from 900000, which the seed does not use). */
function file(count: number, year: number): Uint8Array {
	const lines = Array.from(
		{ length: count },
		(_, serial) =>
			`${number(serial, year)},一种第 ${serial} 号储能方法,发明,缙云大学,李明,${year}-03-01,${year + 2}-05-02,有权,H01M 4/36`
	);
	return new TextEncoder().encode(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
}

describe(`portfolio import batches on ${driver}`, () => {
	let database: Database;
	const officer = () => asUser(database, demo.officer);

	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database?.close());

	async function stored(count: number, year: number) {
		const parsed = await imports.parseImportFile(file(count, year));
		if (!parsed.ok) throw new Error(parsed.reason);
		return imports.storeImport(officer(), demo.university, `batches-${year}.csv`, parsed);
	}

	/** Patents of the year's file, and how many status changes each has (one: it entered once). */
	async function applied(year: number) {
		const [row] = await database.query<{ patents: number; changes: number; multiple: number }>(sql`
			select count(distinct p.id)::int as patents, count(c.id)::int as changes,
			       (select count(*) from (select c2.patent_id from public.portfolio_status_changes c2
			          join public.portfolio_patents p2 on p2.id = c2.patent_id
			          where p2.application_number like ${`${year}19%`} group by c2.patent_id having count(*) > 1) x)::int as multiple
			from public.portfolio_patents p left join public.portfolio_status_changes c on c.patent_id = p.id
			where p.university_id = ${demo.university} and p.application_number like ${`${year}19%`}`);
		return row;
	}

	it('records the rows applied and the counts after each batch, then answers a replay with them', async () => {
		const token = await stored(2_500, 2011);
		expect(await imports.getImport(officer(), token)).toMatchObject({
			applying: false,
			confirmed: false,
			added: 2_500
		});
		const first = await batches.applyImportBatch(officer(), token, 1_000);
		expect(first).toEqual({ applied: 1_000, total: 2_500, added: 1_000, updated: 0, unchanged: 0, finished: false });
		expect(await batches.getImportProgress(officer(), token)).toEqual({ ...first, stalled: false });
		expect(await imports.getImport(officer(), token)).toMatchObject({
			applying: true,
			confirmed: false,
			stalled: false,
			applied: 1_000,
			total: 2_500
		});
		expect(await batches.applyImportBatch(officer(), token, 1_000)).toMatchObject({ applied: 2_000, finished: false });
		const last = { applied: 2_500, total: 2_500, added: 2_500, updated: 0, unchanged: 0, finished: true };
		expect(await batches.applyImportBatch(officer(), token, 1_000)).toEqual(last);
		expect(await batches.applyImportBatch(officer(), token, 1_000)).toEqual(last);
		expect(await batches.getImportProgress(officer(), token)).toEqual({ ...last, stalled: false });
		expect(await applied(2011)).toEqual({ patents: 2_500, changes: 2_500, multiple: 0 });
	});

	it('applies each row once when two confirmations of the same import run at the same time', async () => {
		const token = await stored(3_000, 2012);
		const [one, two] = await Promise.all([
			batches.confirmImport(officer(), token, 500),
			batches.confirmImport(officer(), token, 700)
		]);
		expect(one).toEqual({ added: 3_000, updated: 0, unchanged: 0 });
		expect(two).toEqual(one);
		expect(await applied(2012)).toEqual({ patents: 3_000, changes: 3_000, multiple: 0 });
		// The same file again, confirmed twice at once: nothing added, nothing changed, nothing twice.
		const again = await stored(3_000, 2012);
		const replays = await Promise.all([batches.startImport(officer(), again), batches.confirmImport(officer(), again)]);
		expect(replays[1]).toEqual({ added: 0, updated: 0, unchanged: 3_000 });
		expect(await batches.confirmImport(officer(), again)).toEqual({ added: 0, updated: 0, unchanged: 3_000 });
		expect(await applied(2012)).toEqual({ patents: 3_000, changes: 3_000, multiple: 0 });
	});

	it('keeps the batches before a failed one, and confirming again resumes after them', async () => {
		const token = await stored(2_400, 2013);
		// The 1,501st row (the second batch) granted before it was filed: the table refuses it.
		await database.query(sql`
			update public.portfolio_imports set rows = jsonb_set(rows, '{1500,granted_on}', '"2000-01-01"') where id = ${token}`);
		await expect(batches.confirmImport(officer(), token, 1_000)).rejects.toMatchObject({ code: '23514' });
		expect(await batches.getImportProgress(officer(), token)).toEqual({
			applied: 1_000,
			total: 2_400,
			added: 1_000,
			updated: 0,
			unchanged: 0,
			finished: false,
			stalled: false
		});
		expect(await applied(2013)).toEqual({ patents: 1_000, changes: 1_000, multiple: 0 });
		// No batch for a while: the page offers to resume.
		await database.query(
			sql`update public.portfolio_imports set progressed_at = now() - interval '1 minute' where id = ${token}`
		);
		expect(await imports.getImport(officer(), token)).toMatchObject({ applying: true, stalled: true, applied: 1_000 });
		expect(await batches.getImportProgress(officer(), token)).toMatchObject({ applied: 1_000, stalled: true });
		await database.query(sql`
			update public.portfolio_imports set rows = jsonb_set(rows, '{1500,granted_on}', '"2015-05-02"') where id = ${token}`);
		expect(await batches.confirmImport(officer(), token, 1_000)).toEqual({ added: 2_400, updated: 0, unchanged: 0 });
		expect(await applied(2013)).toEqual({ patents: 2_400, changes: 2_400, multiple: 0 });
		expect(await imports.getImport(officer(), token)).toMatchObject({
			confirmed: true,
			applying: false,
			stalled: false
		});
	});

	it('refuses a researcher the batches and the progress, and a token that is none', async () => {
		const token = await stored(10, 2014);
		const researcher = asUser(database, demo.researcher);
		expect(await batches.applyImportBatch(researcher, token)).toBeNull();
		expect(await batches.getImportProgress(researcher, token)).toBeNull();
		expect(await batches.applyImportBatch(officer(), 'not-a-token')).toBeNull();
		expect(await applied(2014)).toEqual({ patents: 0, changes: 0, multiple: 0 });
	});
});
