/**
 * Reads CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks; CRLF
 * or LF) into rows of cells. A leading BOM is dropped. A blank line is a row of one empty cell, so
 * row numbers stay those a spreadsheet shows. Pure; the writer is ./csv.ts.
 */
export function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const endRow = () => {
		row.push(cell);
		rows.push(row);
		row = [];
		cell = '';
	};
	for (let index = 0; index < source.length; index++) {
		const char = source[index];
		if (quoted) {
			if (char !== '"') cell += char;
			else if (source[index + 1] === '"') {
				cell += '"';
				index++;
			} else quoted = false;
		} else if (char === '"' && cell === '') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\n') endRow();
		else if (char === '\r') {
			if (source[index + 1] === '\n') index++;
			endRow();
		} else cell += char;
	}
	if (cell !== '' || row.length > 0) endRow();
	return rows;
}
