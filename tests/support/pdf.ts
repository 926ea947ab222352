import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
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

/**
 * The text a viewer extracts from a PDF the app draws: each page's text-showing operators mapped
 * back to characters through their font's ToUnicode map (pdf-lib writes one `bfchar` entry per
 * glyph), a line break wherever a run starts at a new height. What a reader searching or copying
 * the document gets, so a test can look for a name or a number in it.
 */
export async function extractText(bytes: Uint8Array): Promise<string> {
	const pdf = await PDFDocument.load(bytes);
	const lines: string[] = [];
	for (const page of pdf.getPages()) {
		const maps = new Map<string, Map<string, string>>();
		const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
		for (const [name, reference] of fonts?.entries() ?? []) {
			const font = pdf.context.lookup(reference, PDFDict);
			const toUnicode = font.lookup(PDFName.of('ToUnicode'));
			if (toUnicode instanceof PDFRawStream) maps.set(name.asString(), bfChars(streamText(toUnicode)));
		}
		const contents = page.node.Contents();
		const streams =
			contents instanceof PDFArray ? contents.asArray().map((item) => pdf.context.lookup(item)) : [contents];
		let font = new Map<string, string>();
		let y: string | null = null;
		for (const stream of streams) {
			if (!(stream instanceof PDFRawStream)) continue;
			const operators = /\/(\S+) [\d.]+ Tf|[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+) Tm|<([0-9A-Fa-f]*)> Tj/g;
			for (const [, fontName, top, hex] of streamText(stream).matchAll(operators)) {
				if (fontName) font = maps.get(`/${fontName}`) ?? new Map();
				else if (top !== undefined) {
					if (top !== y) lines.push('');
					y = top;
				} else {
					const glyphs = hex.toUpperCase().match(/.{4}/g) ?? [];
					lines[lines.length - 1] += glyphs.map((glyph) => font.get(glyph) ?? '\uFFFD').join('');
				}
			}
		}
	}
	return lines.join('\n');
}

function streamText(stream: PDFRawStream): string {
	return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
}

/** A ToUnicode CMap's `<glyph> <UTF-16>` entries as glyph (4 hex digits) → text. */
function bfChars(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const [, glyph, utf16] of cmap.matchAll(/<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>/g)) {
		const units = (utf16.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16));
		map.set(glyph.toUpperCase(), String.fromCharCode(...units));
	}
	return map;
}
