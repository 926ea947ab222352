import type { Cell } from '$lib/rules/csv';
import { oneDecimal } from '$lib/rules/csv';
import { formatNumber } from '$lib/i18n/format';
import { formatMoney } from '$lib/i18n/format-money';
import type { Sheet } from '$lib/server/exports/xlsx';

/** A cell as the page shows it: counts grouped, money in yuan, days with one decimal. */
export function cellText(cell: Cell): string {
	if (typeof cell === 'string') return cell;
	if ('fen' in cell) return formatMoney(cell.fen);
	if ('decimal' in cell) return oneDecimal(cell.decimal);
	if ('year' in cell) return String(cell.year);
	return formatNumber(cell.integer);
}

/** A cell's number, for a chart (text counts as 0). */
export function cellNumber(cell: Cell | undefined): number {
	if (cell === undefined || typeof cell === 'string') return 0;
	if ('fen' in cell) return cell.fen;
	if ('decimal' in cell) return cell.decimal;
	if ('year' in cell) return cell.year;
	return cell.integer;
}

/** A sheet's rows as the table beside its chart shows them. */
export function tableRows(sheet: Sheet): string[][] {
	return sheet.rows.map((row) => row.map(cellText));
}

/** One column of a sheet as a chart's values. */
export function column(sheet: Sheet, index: number): number[] {
	return sheet.rows.map((row) => cellNumber(row[index]));
}

/** The first column (the categories' names). */
export function names(sheet: Sheet): string[] {
	return sheet.rows.map((row) => cellText(row[0]));
}
