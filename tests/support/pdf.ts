import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

/**
 * What a test checks of a PDF the app draws (src/lib/server/pdf/document.ts): it parses, embeds
 * subsets of the CJK font (base fonts named ABCDEF+NotoSansSC-Regular, with font files), and maps
 * glyphs back to text (ToUnicode), so `unmapped` tells which non-ASCII characters of a text could
 * not be searched and copied in it. `brokenGlyphs` counts embedded glyphs a viewer cannot draw: a
 * glyph whose outline does not decode, or one as wide as a Chinese character (a full em) with no
 * outline at all. Text extraction alone misses those: a subset made from WOFF2 data kept every
 * ToUnicode entry while each Chinese character drew as nothing.
 */
export async function readPdf(bytes: Uint8Array) {
	const pdf = await PDFDocument.load(bytes);
	const decoded: string[] = [];
	const baseFonts: string[] = [];
	let fontFiles = 0;
	let brokenGlyphs = 0;
	for (const [, object] of pdf.context.enumerateIndirectObjects()) {
		const text = object.toString();
		if (/\/FontFile[23] \d+ 0 R/.test(text)) fontFiles++;
		baseFonts.push(...[...text.matchAll(/\/BaseFont \/([A-Z]{6}\+NotoSansSC-Regular)/g)].map((match) => match[1]));
		if (object instanceof PDFRawStream) {
			if (object.dict.toString().includes('/Length1') || object.dict.toString().includes('/Subtype /OpenType'))
				fontFiles++;
			const bytes = decodePDFRawStream(object).decode();
			decoded.push(new TextDecoder('latin1').decode(bytes));
			brokenGlyphs += countBrokenGlyphs(bytes);
		}
	}
	const cmaps = decoded
		.filter((text) => text.includes('beginbfchar') || text.includes('beginbfrange'))
		.join('\n')
		.toUpperCase();
	/** The characters of `text` above ASCII that no ToUnicode map of the document names. */
	const unmapped = (text: string) =>
		[...new Set([...text].filter((char) => char.codePointAt(0)! > 0x7f))].filter(
			(char) => !cmaps.includes(`<${char.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}>`)
		);
	return { pages: pdf.getPageCount(), baseFonts, fontFiles, brokenGlyphs, unmapped };
}

/** Glyphs of an embedded font file that draw nothing where they should; 0 for a stream that is no font. */
function countBrokenGlyphs(bytes: Uint8Array): number {
	let font: ReturnType<typeof fontkit.create>;
	try {
		font = fontkit.create(Buffer.from(bytes));
	} catch {
		return 0;
	}
	let broken = 0;
	// Glyph 0 is .notdef, drawn for nothing here.
	for (let id = 1; id < font.numGlyphs; id++) {
		try {
			const glyph = font.getGlyph(id);
			if (glyph.path.toSVG() === '' && glyph.advanceWidth >= font.unitsPerEm) broken++;
		} catch {
			broken++;
		}
	}
	return broken;
}
