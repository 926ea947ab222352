import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { streamWorkbook } from './xlsx-stream.ts';
import type { Cell } from '../../rules/csv.ts';

describe('the streaming XLSX writer', () => {
	it('writes every batch’s rows after a bold Chinese header, text as text and numbers as numbers', async () => {
		let read = 0;
		async function* batches(): AsyncGenerator<Cell[][]> {
			for (let batch = 0; batch < 5; batch++) {
				read += 1;
				yield Array.from({ length: 1000 }, (_, index): Cell[] => [
					batch === 0 && index === 0 ? '=1+1 电池' : `成果 ${batch * 1000 + index}`,
					{ integer: batch * 1000 + index },
					{ fen: 12_345 }
				]);
			}
		}
		const stream = streamWorkbook('成果清单', ['成果名称', '意向数', '收入（元）'], batches());
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		expect(read).toBe(5);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('成果清单');
		expect(sheet.rowCount).toBe(5001);
		expect(sheet.getRow(1).values).toEqual([undefined, '成果名称', '意向数', '收入（元）']);
		expect(sheet.getRow(1).font?.bold).toBe(true);
		expect(sheet.getCell('A2').value).toBe('=1+1 电池');
		expect(sheet.getCell('B5001').value).toBe(4999);
		expect(sheet.getCell('C3').value).toBe(123.45);
	});
});
