import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix } from './qr.ts';

/** The matrix drawn as a phone camera would see it: `scale` pixels a module, RGBA. */
function pixels(matrix: boolean[][], scale: number) {
	const width = matrix.length * scale;
	const data = new Uint8ClampedArray(width * width * 4);
	for (let y = 0; y < width; y++)
		for (let x = 0; x < width; x++) {
			const value = matrix[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
			data.set([value, value, value, 255], (y * width + x) * 4);
		}
	return { data, width };
}

describe('the QR code of a listing', () => {
	it('reads back as the listing’s address, and keeps a four-module quiet zone', () => {
		const address = 'https://zhiqiao.example.cn/listings/00000000-0000-4000-8001-000000000001';
		const matrix = qrMatrix(address);
		const { data, width } = pixels(matrix, 4);
		expect(jsQR(data, width, width)?.data).toBe(address);
		for (const row of [0, 1, 2, 3, matrix.length - 1]) expect(matrix[row].some(Boolean)).toBe(false);
		expect(matrix.every((row) => row.slice(0, 4).every((dark) => !dark))).toBe(true);
	});
});
