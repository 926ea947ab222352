import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

/**
 * What a test checks of a PDF the app draws (src/lib/server/pdf/document.ts): it parses, embeds
 * subsets of the CJK font (base fonts named ABCDEF+NotoSansSC-Regular, with font files), and maps
 * glyphs back to text (ToUnicode), so `mapsText` tells whether every non-ASCII character of a text
 * can be searched and copied in it.
 */
export async function readPdf(bytes: Uint8Array) {
	const pdf = await PDFDocument.load(bytes);
	const decoded: string[] = [];
	const baseFonts: string[] = [];
	let fontFiles = 0;
	for (const [, object] of pdf.context.enumerateIndirectObjects()) {
		const text = object.toString();
		if (/\/FontFile[23] \d+ 0 R/.test(text)) fontFiles++;
		baseFonts.push(...[...text.matchAll(/\/BaseFont \/([A-Z]{6}\+NotoSansSC-Regular)/g)].map((match) => match[1]));
		if (object instanceof PDFRawStream) {
			if (object.dict.toString().includes('/Length1') || object.dict.toString().includes('/Subtype /OpenType'))
				fontFiles++;
			decoded.push(new TextDecoder('latin1').decode(decodePDFRawStream(object).decode()));
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
	return { pages: pdf.getPageCount(), baseFonts, fontFiles, unmapped };
}
