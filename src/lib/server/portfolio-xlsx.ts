// The first worksheet of an XLSX file as rows of text cells (exceljs, loaded only when a workbook
// is imported). Dates become YYYY-MM-DD; rich text, hyperlinks and formulas their text or result.

type CellValue = unknown;

function cellText(value: CellValue): string {
	if (value === null || value === undefined) return '';
	// A date-formatted cell holding an absurd serial number is an Invalid Date: no date, not a throw.
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
		if (object.richText) return object.richText.map((part) => part.text).join('');
		if ('result' in object) return cellText(object.result);
		if ('text' in object) return cellText(object.text);
		return '';
	}
	// A NUL cannot be stored in text or jsonb.
	return String(value).replaceAll('\u0000', '');
}

export async function readXlsxRows(bytes: Uint8Array): Promise<string[][] | null> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch {
		return null;
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return null;
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const values = (row.values as CellValue[]).slice(1);
		rows[rowNumber - 1] = values.map(cellText);
	});
	return Array.from(rows, (row) => row ?? ['']);
}
