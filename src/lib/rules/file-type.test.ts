import { describe, expect, it } from 'vitest';
import { checkPdfUpload, checkUpload, detectFileType, maximumBytes } from './file-type';

const withHeader = (header: number[], size = 64) => {
	const bytes = new Uint8Array(size);
	bytes.set(header);
	return bytes;
};

describe('uploaded files are judged by their bytes', () => {
	it('recognises JPEG, PNG, WebP and PDF', () => {
		expect(detectFileType(withHeader([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(detectFileType(withHeader([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
		expect(detectFileType(withHeader([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe('image/webp');
		expect(detectFileType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
	});

	it('refuses anything else, whatever it is called', () => {
		expect(checkUpload(new TextEncoder().encode('<svg onload=alert(1)>'))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(checkUpload(new TextEncoder().encode('MZ executable'))).toEqual({ ok: false, reason: 'unsupported_type' });
		expect(checkUpload(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
	});

	it('limits images to 5 MB and PDFs to 20 MB', () => {
		expect(checkUpload(withHeader([0xff, 0xd8, 0xff], maximumBytes.image))).toMatchObject({ ok: true, kind: 'image' });
		expect(checkUpload(withHeader([0xff, 0xd8, 0xff], maximumBytes.image + 1))).toEqual({
			ok: false,
			reason: 'too_large'
		});
		expect(checkUpload(withHeader([0x25, 0x50, 0x44, 0x46, 0x2d], maximumBytes.image + 1))).toMatchObject({
			ok: true,
			kind: 'document'
		});
	});

	it('takes only PDFs where a PDF is asked for', () => {
		expect(checkPdfUpload(withHeader([0xff, 0xd8, 0xff]))).toEqual({ ok: false, reason: 'unsupported_type' });
		expect(checkPdfUpload(new TextEncoder().encode('plain text, named report.pdf'))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(checkPdfUpload(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		expect(checkPdfUpload(withHeader([0x25, 0x50, 0x44, 0x46, 0x2d], maximumBytes.document + 1))).toEqual({
			ok: false,
			reason: 'too_large'
		});
		expect(checkPdfUpload(withHeader([0x25, 0x50, 0x44, 0x46, 0x2d]))).toMatchObject({ ok: true, kind: 'document' });
	});
});
