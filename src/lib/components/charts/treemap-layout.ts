/**
 * A squarified treemap (Bruls, Huizing and van Wijk): each item gets a rectangle whose area is
 * proportional to its value, laid out in rows that keep the rectangles close to square, so small
 * tiles stay tappable on a phone. Items of zero are left out.
 */
export interface TreemapItem {
	key: string;
	value: number;
}

export interface Tile extends TreemapItem {
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Sized extends TreemapItem {
	area: number;
}

interface Free {
	x: number;
	y: number;
	width: number;
	height: number;
}

const sumOf = (row: readonly Sized[]) => row.reduce((total, item) => total + item.area, 0);

/** The worst aspect ratio in a row laid along a side of length `side`. */
function worstRatio(row: readonly Sized[], side: number): number {
	const sum = sumOf(row);
	const largest = Math.max(...row.map((item) => item.area));
	const smallest = Math.min(...row.map((item) => item.area));
	return Math.max((side * side * largest) / (sum * sum), (sum * sum) / (side * side * smallest));
}

/** Lays a row along the shorter side of the free space and returns what space is left. */
function placeRow(row: readonly Sized[], free: Free, tiles: Tile[]): Free {
	const thickness = sumOf(row) / Math.min(free.width, free.height);
	let offset = 0;
	for (const { key, value, area } of row) {
		const length = area / thickness;
		if (free.width >= free.height)
			tiles.push({ key, value, x: free.x, y: free.y + offset, width: thickness, height: length });
		else tiles.push({ key, value, x: free.x + offset, y: free.y, width: length, height: thickness });
		offset += length;
	}
	return free.width >= free.height
		? { x: free.x + thickness, y: free.y, width: free.width - thickness, height: free.height }
		: { x: free.x, y: free.y + thickness, width: free.width, height: free.height - thickness };
}

export function layoutTreemap(items: readonly TreemapItem[], width: number, height: number): Tile[] {
	const positive = items.filter((item) => item.value > 0).sort((a, b) => b.value - a.value);
	const total = positive.reduce((sum, item) => sum + item.value, 0);
	if (total === 0 || width <= 0 || height <= 0) return [];
	const scale = (width * height) / total;
	const tiles: Tile[] = [];
	let free: Free = { x: 0, y: 0, width, height };
	let row: Sized[] = [];
	for (const item of positive.map((item) => ({ ...item, area: item.value * scale }))) {
		const side = Math.min(free.width, free.height);
		if (row.length > 0 && worstRatio([...row, item], side) > worstRatio(row, side)) {
			free = placeRow(row, free, tiles);
			row = [];
		}
		row.push(item);
	}
	if (row.length > 0) placeRow(row, free, tiles);
	return tiles;
}
