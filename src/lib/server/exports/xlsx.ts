import ExcelJS from 'exceljs';
import { yuanDecimal } from '../../rules/amount.ts';
import type { Cell } from '../../rules/csv.ts';

/**
 * An XLSX workbook of one sheet for the finance office, written with exceljs (docs/architecture.md,
 * "Exports"). Server only: routes load it with `import()`, so exceljs never reaches a page's
 * JavaScript nor any request that does not download a workbook.
 *
 * Amounts are numbers (the office sums them), formatted with two decimals. Each is the decimal
 * text written from integer fen by `yuanDecimal`, read as a number: below 2^53 fen that decimal
 * has at most 16 significant digits and survives the file's shortest round-trip form exactly
 * (src/lib/rules/csv.test.ts checks it). Text is stored as shared strings, which a spreadsheet
 * never evaluates, so it is written as typed (the CSV needs the formula guard, this does not).
 */

export interface Sheet {
	name: string;
	header: readonly string[];
	rows: readonly (readonly Cell[])[];
	/** Rows at the end shown in bold (a total). */
	boldLastRows?: number;
}

const amountFormat = '#,##0.00';

/** A cell as the workbook stores it: text, or a number. */
export function cellValue(cell: Cell): string | number {
	if (typeof cell === 'string') return cell;
	if ('fen' in cell) return Number(yuanDecimal(cell.fen));
	if ('decimal' in cell) return Math.round(cell.decimal * 10) / 10;
	if ('year' in cell) return cell.year;
	return cell.integer;
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
	return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function buildWorkbook(sheet: Sheet, now = new Date()): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Zhiqiao';
	workbook.created = now;
	const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	worksheet.addRow([...sheet.header]).font = { bold: true };
	for (const row of sheet.rows) worksheet.addRow(row.map(cellValue));
	sheet.header.forEach((name, index) => {
		const column = worksheet.getColumn(index + 1);
		const isAmount = sheet.rows.some((row) => typeof row[index] === 'object' && 'fen' in (row[index] as object));
		if (isAmount) column.numFmt = amountFormat;
		if (sheet.rows.some((row) => typeof row[index] === 'object' && 'decimal' in (row[index] as object)))
			column.numFmt = '0.0';
		// Wide enough for the header and the longest cell (CJK characters count double).
		const texts = [name, ...sheet.rows.map((row) => String(cellValue(row[index] ?? '')))];
		const width = Math.max(
			...texts.map((text) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? 2 : 1), 0))
		);
		column.width = Math.min(Math.max(width + 2, 8), 60);
	});
	for (let back = 0; back < (sheet.boldLastRows ?? 0); back++)
		worksheet.getRow(sheet.rows.length + 1 - back).font = { bold: true };
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
