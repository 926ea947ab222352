import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, csvDocument, csvHeader, csvRecord, inertText } from './csv.ts';
import { yuanDecimal } from './amount.ts';
import { attachment } from './attachment.ts';

describe('CSV for Excel and WPS', () => {
	it('starts with a byte order mark and ends every record with CRLF', () => {
		const text = csvDocument(['年份', '收款（元）'], [[{ integer: 2026 }, { fen: 128_000_050 }]]);
		expect(text).toBe('\uFEFF年份,收款（元）\r\n2026,1280000.50\r\n');
	});

	it('quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
		const text = csvDocument(['a'], [['电池,热管理'], ['他说"好"'], ['一\n二'], ['plain']]);
		expect(text.split('\r\n').slice(1, 5)).toEqual(['"电池,热管理"', '"他说""好"""', '"一\n二"', 'plain']);
	});

	it('keeps text a spreadsheet would run as a formula as text', () => {
		for (const text of ['=1+1', '+86 123', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(inertText(text)).toBe(`'${text}`);
		expect(inertText('缙云大学')).toBe('缙云大学');
		expect(cellText('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
		expect(csvDocument(['h'], [['=cmd|x']])).toContain("\r\n'=cmd|x\r\n");
	});

	it('writes a year as it is and a count as a whole number', () => {
		expect(cellText({ year: 2026 })).toBe('2026');
		expect(cellText({ integer: 2000 })).toBe('2000');
	});

	it('writes amounts from fen with two decimals, negatives as numbers, never guarded', () => {
		expect(cellText({ fen: 0 })).toBe('0.00');
		expect(cellText({ fen: 5 })).toBe('0.05');
		expect(cellText({ fen: -300 })).toBe('-3.00');
		expect(cellText({ fen: 115 })).toBe('1.15');
	});

	it('reads back every amount exactly, as a spreadsheet parses the decimal', () => {
		fc.assert(
			fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (fen) => {
				const text = yuanDecimal(fen);
				expect(text).toMatch(/^-?\d+\.\d{2}$/);
				const [whole, cents] = text.replace('-', '').split('.');
				expect((BigInt(whole) * 100n + BigInt(cents)) * (fen < 0 ? -1n : 1n)).toBe(BigInt(fen));
				// The XLSX writer stores Number(text): its shortest form is the same decimal.
				expect(Number(text).toFixed(2)).toBe(text === '-0.00' ? '0.00' : text);
			})
		);
	});

	it('parses back into the same fields (a round trip through an RFC 4180 reader)', () => {
		const cells = fc.array(fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '=') }), {
			minLength: 1,
			maxLength: 4
		});
		fc.assert(
			fc.property(fc.array(cells, { minLength: 1, maxLength: 5 }), (rows) => {
				const width = rows[0].length;
				const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
				const parsed = parseCsv(csvDocument(table[0], table.slice(1)).slice(1));
				expect(parsed).toEqual(table.map((row) => row.map(inertText)));
			})
		);
	});
});

describe('CSV written in parts', () => {
	it('is the same file as written whole, and writes measures with one decimal', () => {
		const rows = [
			['阶段', { integer: 3 }, { decimal: 9.25 }],
			['=SUM(A1)', { integer: 1 }, { decimal: 30 }]
		] as const;
		const parts = csvHeader(['阶段', '次数', '中位天数']) + rows.map(csvRecord).join('');
		expect(parts).toBe(csvDocument(['阶段', '次数', '中位天数'], rows));
		expect(parts).toBe("\uFEFF阶段,次数,中位天数\r\n阶段,3,9.3\r\n'=SUM(A1),1,30.0\r\n");
		expect(() => cellText({ decimal: Number.NaN })).toThrow(RangeError);
	});
});

describe('download names', () => {
	it('give an ASCII name and the UTF-8 one', () => {
		expect(attachment('statement-2026-张三.pdf')).toBe(
			`attachment; filename="statement-2026-__.pdf"; filename*=UTF-8''statement-2026-%E5%BC%A0%E4%B8%89.pdf`
		);
		expect(attachment(`a"b\\c'(d).csv`)).toBe(
			`attachment; filename="a_b_c'(d).csv"; filename*=UTF-8''a%22b%5Cc%27%28d%29.csv`
		);
	});
});

/** A strict RFC 4180 reader, for the round trip only. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	const endField = () => {
		record.push(field);
		field = '';
	};
	while (i < text.length) {
		if (text[i] === '"') {
			i++;
			while (i < text.length) {
				const quote = text[i] === '"';
				if (quote && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (quote) {
					i++;
					break;
				} else field += text[i++];
			}
		} else if (text[i] === ',') {
			endField();
			i++;
		} else if (text.startsWith('\r\n', i)) {
			endField();
			records.push(record);
			record = [];
			i += 2;
		} else field += text[i++];
	}
	return records;
}
