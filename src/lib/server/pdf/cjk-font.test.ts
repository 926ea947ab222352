import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { fontSlices, sliceBytes, sliceFor, woffToSfnt } from './cjk-font.ts';

const files = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')), 'files');

describe('the CJK font slices', () => {
	it('unpack from WOFF to TrueType fonts that fontkit reads whole, glyph for glyph like the WOFF2 twin', () => {
		for (const slice of fontSlices()) {
			const font = fontkit.create(Buffer.from(sliceBytes(slice)));
			const twin = fontkit.create(
				readFileSync(join(files, `noto-sans-sc-${slice.name.replace(/[[\]]/g, '')}-400-normal.woff2`))
			);
			expect(font.numGlyphs, slice.name).toBe(twin.numGlyphs);
			const [codePoint] = slice.ranges.at(-1)!;
			const glyph = font.glyphForCodePoint(codePoint);
			expect(glyph.id, slice.name).toBe(twin.glyphForCodePoint(codePoint).id);
		}
	});

	it('draw Chinese characters with outlines', () => {
		for (const char of '收益分配对账单程远混合动力') {
			const font = fontkit.create(Buffer.from(sliceBytes(sliceFor(char.codePointAt(0)!)!)));
			expect(font.glyphForCodePoint(char.codePointAt(0)!).path.toSVG(), char).not.toBe('');
		}
	});

	it('refuse a file that is no WOFF', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow('not a WOFF file');
	});
});
