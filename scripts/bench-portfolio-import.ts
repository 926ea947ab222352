// `npm run bench:portfolio [-- --rows N]`: imports a portfolio export of N rows (default 10000) as the
// demo officer on the embedded database, as /portfolio/import does, and prints the time of each step
// (read and parse, store, preview, confirm batch by batch, a replayed confirm, the same file again)
// for a CSV and an XLSX file, with the V8 heap and the process's resident memory at their peaks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPglite } from '../src/lib/server/db/pglite.ts';
import { applyMigrations, readMigrations } from '../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../src/lib/server/db/seed.ts';
import { claimsFor, executorForRole } from '../src/lib/server/db/request-role.ts';
import { checkCharacter } from '../src/lib/rules/patent-number.ts';
import * as imports from '../src/lib/server/portfolio-imports.ts';
import * as batches from '../src/lib/server/portfolio-import-batches.ts';

const argument = (name: string) => process.argv.find((value, index) => process.argv[index - 1] === name);
const rowCount = Number(argument('--rows') ?? 10_000);
const officer = '00000000-0000-4000-8000-000000001003';
const university = '00000000-0000-4000-8000-000000000100';
const peakMegabytes = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const header = [
	'申请号',
	'发明名称',
	'专利类型',
	'申请(专利权)人',
	'发明(设计)人',
	'申请日',
	'授权公告日',
	'法律状态',
	'IPC分类号'
];
function rows(offset: number): string[][] {
	return Array.from({ length: rowCount }, (_, index) => {
		const digits = `2018${index % 3 === 0 ? 2 : 1}${String(offset + index).padStart(7, '0')}`;
		const filed = `2018-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
		const granted = index % 4 === 0 ? '' : `2020-${String((index % 12) + 1).padStart(2, '0')}-15`;
		return [
			`${digits}.${checkCharacter(digits)}`,
			`一种基于第 ${index} 号方案的动力电池热管理方法`,
			index % 3 === 0 ? '实用新型' : '发明',
			'缙云大学；缙云新能源研究院',
			'李明远、陈思琪',
			filed,
			granted,
			granted ? '有权' : '实质审查',
			'H01M 10/613; H01M 10/625'
		];
	});
}
const csv = (table: string[][]) =>
	new TextEncoder().encode(`\uFEFF${[header, ...table].map((cells) => cells.join(',')).join('\r\n')}\r\n`);
async function xlsx(table: string[][]): Promise<Uint8Array> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('专利');
	sheet.addRow(header);
	for (const cells of table) sheet.addRow(cells);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let heapPeak = 0;
const sampleHeap = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
async function timed<T>(label: string, run: () => Promise<T>): Promise<[T, number]> {
	const started = performance.now();
	const result = await run();
	const took = performance.now() - started;
	sampleHeap();
	console.log(`${label.padEnd(36)} ${took.toFixed(0).padStart(7)} ms`);
	return [result, took];
}

/** Confirms as the status page does, a batch at a time, and prints the batches' times. */
async function confirmInBatches(token: string) {
	const times: number[] = [];
	for (;;) {
		const started = performance.now();
		const progress = await batches.applyImportBatch(db, token);
		times.push(performance.now() - started);
		sampleHeap();
		if (!progress) throw new Error('no such import');
		if (progress.finished) {
			const slowest = Math.max(...times).toFixed(0);
			console.log(`  ${times.length} batches of ${batches.importBatchRows}: slowest ${slowest} ms`);
			return progress;
		}
	}
}

const database = await openPglite();
await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
await seedDatabase(database, resolve('supabase/seed.sql'));
const db = executorForRole(database, claimsFor({ id: officer, sessionId: 'bench' }));
console.log(`resident memory after migrating and seeding: peak ${peakMegabytes().toFixed(0)} MB`);

for (const [kind, offset] of [
	['csv', 1_000_000],
	['xlsx', 2_000_000]
] as const) {
	const table = rows(offset);
	const bytes = kind === 'csv' ? csv(table) : await xlsx(table);
	console.log(`\n${kind.toUpperCase()}: ${rowCount} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
	for (const round of ['first import', 'the same file again']) {
		const [parsed, parsing] = await timed(`${round}: read and parse`, () => imports.parseImportFile(bytes));
		if (!parsed.ok) throw new Error(parsed.reason);
		const [token, storing] = await timed(`${round}: store`, () =>
			imports.storeImport(db, university, `bench.${kind}`, parsed)
		);
		const [preview, previewing] = await timed(`${round}: preview`, () => imports.getImport(db, token));
		console.log(`  upload to preview (server side): ${(parsing + storing + previewing).toFixed(0)} ms`);
		const [done] = await timed(`${round}: confirm (all batches)`, () => confirmInBatches(token));
		await timed(`${round}: replayed confirm`, () => batches.confirmImport(db, token));
		console.log(`  preview ${JSON.stringify({ ...preview, errors: preview?.errors.length })}`);
		console.log(`  confirmed ${JSON.stringify(done)}`);
	}
}
console.log(
	`\npeak V8 heap used ${(heapPeak / 1024 / 1024).toFixed(0)} MB, peak resident memory ${peakMegabytes().toFixed(0)} MB`
);
await database.close();
