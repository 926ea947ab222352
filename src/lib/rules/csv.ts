import { yuanDecimal } from './amount.ts';

/**
 * CSV for the finance office (RFC 4180), written so Excel and WPS open Chinese text as it is:
 * UTF-8 with a byte order mark (without it Excel in a Chinese locale reads GBK and shows mojibake),
 * CRLF between records, and a field quoted when it holds a comma, a quote, CR or LF (quotes
 * doubled). Security invariant: a text cell that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or CR that some programs skip before one) gets a leading apostrophe, so
 * a listing title typed as "=HYPERLINK(...)" stays text (OWASP "CSV injection"). Amounts are
 * written by this module from integer fen and are never guarded: "-3.00" is a number.
 */

/**
 * A cell: text as typed by someone, an amount in fen, a whole number (a count), a year (a whole
 * number never grouped: 2026, not 2,026), or a measure written with one decimal (a median of days).
 */
export type Cell = string | { fen: number } | { integer: number } | { year: number } | { decimal: number };

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not evaluate. */
export function inertText(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

export function cellText(cell: Cell): string {
	if (typeof cell === 'string') return inertText(cell);
	if ('fen' in cell) return yuanDecimal(cell.fen);
	if ('decimal' in cell) return oneDecimal(cell.decimal);
	if ('year' in cell) return String(cell.year);
	if (!Number.isSafeInteger(cell.integer)) throw new RangeError(`not a whole number: ${cell.integer}`);
	return String(cell.integer);
}

/** A measure with one decimal digit ("9.3"); never NaN or an exponent. */
export function oneDecimal(value: number): string {
	if (!Number.isFinite(value) || Math.abs(value) >= 1e15) throw new RangeError(`not a measure: ${value}`);
	return value.toFixed(1);
}

function field(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte order mark and the header record: how a file streamed in parts begins. */
export function csvHeader(header: readonly string[]): string {
	return '\uFEFF' + header.map((name) => field(inertText(name))).join(',') + '\r\n';
}

/** One record, ended by CRLF. */
export function csvRecord(row: readonly Cell[]): string {
	return row.map((cell) => field(cellText(cell))).join(',') + '\r\n';
}

/** A whole CSV file: the byte order mark, then each record ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return csvHeader(header) + rows.map(csvRecord).join('');
}
