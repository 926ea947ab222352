import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './xlsx.ts';

describe('the XLSX writer', () => {
	it('writes Chinese headers, text as typed, and amounts as numbers with two decimals', async () => {
		const bytes = await buildWorkbook({
			name: '收益报表 2026',
			header: ['年份', '交易', '收款（元）'],
			rows: [
				[{ integer: 2026 }, '=1+1 电池', { fen: 128_000_050 }],
				[{ integer: 2026 }, '合计', { fen: -115 }]
			],
			boldLastRows: 1
		});
		// An XLSX file is a ZIP archive.
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('收益报表 2026');
		expect(sheet.getRow(1).values).toEqual([undefined, '年份', '交易', '收款（元）']);
		expect(sheet.getCell('B2').value).toBe('=1+1 电池');
		expect(sheet.getCell('C2').value).toBe(1280000.5);
		expect(sheet.getCell('C2').numFmt).toBe('#,##0.00');
		expect(sheet.getCell('C3').value).toBe(-1.15);
		expect(sheet.getCell('A2').value).toBe(2026);
		expect(sheet.getRow(3).font?.bold).toBe(true);
	});
});
