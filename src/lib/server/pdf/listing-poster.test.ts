import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { extractText, readPdf } from '../../../../tests/support/pdf.ts';
import { darkRuns } from '../../rules/qr-path.ts';
import { qrMatrix } from '../qr.ts';
import { buildListingPoster, type ListingPoster } from './listing-poster.ts';

const poster: ListingPoster = {
	title: '动力电池快充液冷—相变耦合热管理系统',
	pitch: '3C 快充工况下电芯最大温差小于 3℃，温升较纯液冷方案降低 9℃',
	institutionNameZh: '缙云大学',
	institutionNameEn: 'Jinyun University',
	address: 'https://zhiqiao.example.cn/listings/00000000-0000-4000-8001-000000000001'
};

/** The shapes the page's content fills (the "f" operator; text is shown, not filled): the QR code's runs. */
async function rectangles(bytes: Uint8Array): Promise<number> {
	const pdf = await PDFDocument.load(bytes);
	let count = 0;
	for (const [, object] of pdf.context.enumerateIndirectObjects())
		if (object instanceof PDFRawStream && !object.dict.toString().includes('/Length1')) {
			const text = new TextDecoder('latin1').decode(decodePDFRawStream(object).decode());
			count += [...text.matchAll(/^f$/gm)].length;
		}
	return count;
}

describe('the A4 poster of a listing', () => {
	it('is one page naming the university, the title, the pitch, what to scan and the address', async () => {
		const bytes = await buildListingPoster(poster);
		const text = await extractText(bytes);
		for (const expected of ['知桥 · 缙云大学', poster.title, '3C 快充工况', '扫码查看成果详情', poster.address])
			expect(text).toContain(expected);
		const pdf = await readPdf(bytes);
		expect(pdf.pages).toBe(1);
		expect(pdf.fontFiles).toBeGreaterThan(0);
		expect(pdf.brokenGlyphs).toBe(0);
		expect(pdf.unmapped(`${poster.title}${poster.pitch}${poster.institutionNameZh}`)).toEqual([]);
	});

	it('draws the QR code of the address, module run by module run', async () => {
		const bytes = await buildListingPoster(poster);
		expect(await rectangles(bytes)).toBe(darkRuns(qrMatrix(poster.address)).length);
	});
});
