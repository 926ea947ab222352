import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-read.ts';

describe('readCsv', () => {
	it('reads quoted fields with commas, quotes and line breaks', () => {
		expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"\nthere']
		]);
	});

	it('keeps blank lines as rows so row numbers match a spreadsheet, and reads a last line without a break', () => {
		expect(readCsv('a\n\nb,')).toEqual([['a'], [''], ['b', '']]);
	});
});
