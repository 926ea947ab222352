import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC for PDFs, from @fontsource/noto-sans-sc: the font ships as ~100 unicode-range
 * slices (the web's way), not as one file, so a document embeds only the slices its text uses,
 * each subset to the glyphs drawn (pdf-lib's `subset: true`). Why this package and not another
 * font source: docs/architecture.md, "Documents (PDF)".
 */

export interface FontSlice {
	name: string;
	/** Inclusive code point ranges this slice covers. */
	ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

function parseRanges(text: string): [number, number][] {
	return text.split(',').map((part) => {
		const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to ?? from, 16)];
	});
}

let slices: FontSlice[] | null = null;

/** The slices and their ranges, read once from the package's unicode.json. */
export function fontSlices(): FontSlice[] {
	slices ??= Object.entries(
		JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>
	).map(([name, ranges]) => ({ name, ranges: parseRanges(ranges) }));
	return slices;
}

/** The slice that draws this code point, or undefined when the font has no glyph for it. */
export function sliceFor(codePoint: number): FontSlice | undefined {
	return fontSlices().find((slice) => slice.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
}

/**
 * The slice as a plain TrueType font, unpacked from its WOFF file. Not from the smaller WOFF2:
 * WOFF2 stores the glyf table transformed and fontkit's subsetter copies glyph bytes as stored, so
 * every Chinese character of a subset made from WOFF2 drew as nothing (its ToUnicode text was
 * still there). Nor the WOFF itself: fontkit's own inflater refuses some of these tables (a slice's
 * cmap), which Node's zlib reads.
 */
export function sliceBytes(slice: FontSlice): Uint8Array {
	const file = `noto-sans-sc-${slice.name.replace(/[[\]]/g, '')}-400-normal.woff`;
	return woffToSfnt(readFileSync(join(packageDir, 'files', file)));
}

/**
 * WOFF 1.0 (W3C, 2012) to the sfnt it wraps: the same tables, each inflated where it was
 * compressed (a table is stored compressed only when that is shorter), laid out 4-byte aligned
 * after the sfnt header and its table records, in the WOFF directory's (tag) order.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
	const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (input.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
	const count = input.getUint16(12);
	const tables = Array.from({ length: count }, (_, index) => {
		const at = 44 + index * 20;
		const [tag, offset, stored, length, checksum] = [0, 4, 8, 12, 16].map((field) => input.getUint32(at + field));
		const bytes = woff.subarray(offset, offset + stored);
		return { tag, checksum, data: stored < length ? new Uint8Array(inflateSync(bytes)) : bytes };
	});
	const padded = (length: number) => (length + 3) & ~3;
	const size = tables.reduce((sum, table) => sum + padded(table.data.length), 12 + 16 * count);
	const sfnt = new Uint8Array(size);
	const output = new DataView(sfnt.buffer);
	const searchRange = 2 ** Math.floor(Math.log2(count)) * 16;
	output.setUint32(0, input.getUint32(4));
	output.setUint16(4, count);
	output.setUint16(6, searchRange);
	output.setUint16(8, Math.log2(searchRange / 16));
	output.setUint16(10, count * 16 - searchRange);
	let offset = 12 + 16 * count;
	tables.forEach((table, index) => {
		const at = 12 + index * 16;
		output.setUint32(at, table.tag);
		output.setUint32(at + 4, table.checksum);
		output.setUint32(at + 8, offset);
		output.setUint32(at + 12, table.data.length);
		sfnt.set(table.data, offset);
		offset += padded(table.data.length);
	});
	return sfnt;
}
