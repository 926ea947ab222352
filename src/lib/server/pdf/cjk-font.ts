import { readFileSync } from 'node:fs';
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

export function sliceBytes(slice: FontSlice): Uint8Array {
	const file = `noto-sans-sc-${slice.name.replace(/[[\]]/g, '')}-400-normal.woff2`;
	return readFileSync(join(packageDir, 'files', file));
}
