import { describe, expect, it } from 'vitest';
import { layoutTreemap, type Tile } from './treemap-layout';

const overlaps = (a: Tile, b: Tile) =>
	a.x < b.x + b.width - 1e-9 &&
	b.x < a.x + a.width - 1e-9 &&
	a.y < b.y + b.height - 1e-9 &&
	b.y < a.y + a.height - 1e-9;

describe('layoutTreemap', () => {
	const items = [
		{ key: 'H', value: 60 },
		{ key: 'C', value: 30 },
		{ key: 'A', value: 6 },
		{ key: 'B', value: 3 },
		{ key: 'G', value: 1 },
		{ key: 'F', value: 0 }
	];
	const tiles = layoutTreemap(items, 320, 200);

	it('gives each item an area proportional to its value and leaves out zeros', () => {
		expect(tiles.map((tile) => tile.key)).toEqual(['H', 'C', 'A', 'B', 'G']);
		for (const tile of tiles) expect(tile.width * tile.height).toBeCloseTo((tile.value / 100) * 320 * 200, 6);
	});

	it('fills the box without overlapping or leaving it', () => {
		for (const tile of tiles) {
			expect(tile.x).toBeGreaterThanOrEqual(0);
			expect(tile.y).toBeGreaterThanOrEqual(0);
			expect(tile.x + tile.width).toBeLessThanOrEqual(320 + 1e-9);
			expect(tile.y + tile.height).toBeLessThanOrEqual(200 + 1e-9);
		}
		for (const [index, tile] of tiles.entries())
			for (const other of tiles.slice(index + 1)) expect(overlaps(tile, other)).toBe(false);
	});

	it('keeps tiles of equal value square when the box allows', () => {
		const square = layoutTreemap(
			[1, 2, 3, 4].map((key) => ({ key: String(key), value: 1 })),
			100,
			100
		);
		for (const tile of square) expect(tile.width / tile.height).toBeCloseTo(1, 6);
	});

	it('draws nothing for nothing', () => {
		expect(layoutTreemap([], 100, 100)).toEqual([]);
		expect(layoutTreemap([{ key: 'x', value: 0 }], 100, 100)).toEqual([]);
	});
});
