import { describe, expect, it } from 'vitest';
import { darkRuns, qrPath } from './qr-path.ts';

describe('a QR matrix as a path', () => {
	const matrix = [
		[false, true, true, false],
		[true, false, false, true],
		[true, true, true, true]
	];

	it('merges each row’s neighbouring dark modules into one run, a run ending at the edge included', () => {
		expect(darkRuns(matrix)).toEqual([
			{ x: 1, y: 0, length: 2 },
			{ x: 0, y: 1, length: 1 },
			{ x: 3, y: 1, length: 1 },
			{ x: 0, y: 2, length: 4 }
		]);
	});

	it('draws each run as a closed rectangle one module tall', () => {
		expect(qrPath(matrix)).toBe('M1 0h2v1h-2zM0 1h1v1h-1zM3 1h1v1h-1zM0 2h4v1h-4z');
		expect(qrPath([[false, false]])).toBe('');
	});
});
