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

/** A cell: text as typed by someone, an amount in fen, or a whole number (a year, a count). */
export type Cell = string | { fen: number } | { integer: number };

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not evaluate. */
export function inertText(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

export function cellText(cell: Cell): string {
	if (typeof cell === 'string') return inertText(cell);
	if ('fen' in cell) return yuanDecimal(cell.fen);
	if (!Number.isSafeInteger(cell.integer)) throw new RangeError(`not a whole number: ${cell.integer}`);
	return String(cell.integer);
}

function field(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the byte order mark, then each record ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const records = [
		header.map((name) => field(inertText(name))),
		...rows.map((row) => row.map((cell) => field(cellText(cell))))
	];
	return '\uFEFF' + records.map((record) => record.join(',') + '\r\n').join('');
}
