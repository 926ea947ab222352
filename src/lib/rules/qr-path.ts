/**
 * The dark modules of a QR code as one SVG path: each row's runs of dark modules become one
 * rectangle, in module units (the viewBox is the matrix size). The matrix already holds its quiet
 * zone; one path keeps the SVG small and draws without seams between modules.
 */
export function qrPath(matrix: boolean[][]): string {
	return darkRuns(matrix)
		.map(({ x, y, length }) => `M${x} ${y}h${length}v1h-${length}z`)
		.join('');
}

export interface DarkRun {
	x: number;
	y: number;
	length: number;
}

/** Each row's runs of dark modules, left to right, top to bottom (what the poster draws too). */
export function darkRuns(matrix: boolean[][]): DarkRun[] {
	const runs: DarkRun[] = [];
	matrix.forEach((row, y) => {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			const dark = x < row.length && row[x];
			if (dark && start < 0) start = x;
			if (!dark && start >= 0) {
				runs.push({ x: start, y, length: x - start });
				start = -1;
			}
		}
	});
	return runs;
}
