import { PassThrough, Readable } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { cellValue, sheetName } from './xlsx.ts';
import type { Cell } from '../../rules/csv.ts';

/**
 * A one-sheet XLSX workbook written while its rows arrive (docs/architecture.md, "Exports"):
 * exceljs's streaming writer commits each row into the zip as it goes, so a sheet of 100,000 rows
 * never sits in memory. Strings are written inline (no shared-strings table to hold), still as
 * text a spreadsheet never evaluates. The next batch is read only once the reader has taken what
 * was written (the stream drained), so a slow download holds back the database reads.
 */
export function streamWorkbook(
	name: string,
	header: readonly string[],
	batches: AsyncIterable<readonly (readonly Cell[])[]>,
	now = new Date()
): ReadableStream<Uint8Array> {
	const output = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
	workbook.creator = 'Zhiqiao';
	workbook.created = now;
	const worksheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
	worksheet.columns = header.map((title) => ({
		header: title,
		width: Math.min(Math.max(title.length * 2 + 2, 10), 40)
	}));
	worksheet.getRow(1).font = { bold: true };
	worksheet.getRow(1).commit();
	(async () => {
		for await (const rows of batches) {
			for (const row of rows) worksheet.addRow(row.map(cellValue)).commit();
			if (output.writableNeedDrain) await once(output, 'drain');
		}
		worksheet.commit();
		await workbook.commit();
	})().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
	return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
