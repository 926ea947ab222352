import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { sliceBytes, sliceFor, type FontSlice } from './cjk-font.ts';
import { darkRuns } from '../../rules/qr-path.ts';

/**
 * A plain A4 document of headings and wrapped lines in Noto Sans SC, for records an auditor
 * files (docs/architecture.md, "Documents (PDF)"). Text is drawn run by run, each run in the font
 * slice holding its characters; only the slices used are embedded, each as a subset.
 */

const pageSize: [number, number] = [595.28, 841.89];
const margin = 56;
const bodySize = 10;
const lineGap = 1.5;

type Run = { text: string; font: PDFFont };

export class PdfWriter {
	private page: PDFPage;
	private y: number;
	private fonts = new Map<string, PDFFont>();
	// A plain field, not a parameter property: the seed (plain Node, type stripping) draws with it too.
	private doc: PDFDocument;

	private constructor(doc: PDFDocument) {
		this.doc = doc;
		this.page = doc.addPage(pageSize);
		this.y = pageSize[1] - margin;
	}

	static async create(title: string): Promise<PdfWriter> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		doc.setTitle(title);
		doc.setProducer('Zhiqiao');
		return new PdfWriter(doc);
	}

	/** Splits text into runs by font slice; characters no slice holds become "?". */
	private async runs(text: string): Promise<Run[]> {
		const runs: Run[] = [];
		for (const char of text) {
			let slice: FontSlice | undefined = sliceFor(char.codePointAt(0)!);
			let drawn = char;
			if (!slice) {
				drawn = '?';
				slice = sliceFor(0x3f)!;
			}
			let font = this.fonts.get(slice.name);
			if (!font) {
				// PDF names a font subset with a tag of six capitals and "+" (ISO 32000-1, 9.6.4).
				const tag = String.fromCharCode(...Array.from({ length: 6 }, () => 65 + Math.floor(Math.random() * 26)));
				font = await this.doc.embedFont(sliceBytes(slice), { subset: true, customName: `${tag}+NotoSansSC-Regular` });
				this.fonts.set(slice.name, font);
			}
			const last = runs.at(-1);
			if (last && last.font === font) last.text += drawn;
			else runs.push({ text: drawn, font });
		}
		return runs;
	}

	private static width(runs: Run[], size: number): number {
		return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
	}

	/** Greedy wrapping by character (Chinese has no spaces), preferring a break after a space. */
	private async wrap(text: string, size: number): Promise<string[]> {
		const lines: string[] = [];
		const maxWidth = pageSize[0] - 2 * margin;
		for (const paragraph of text.split('\n')) {
			let line = '';
			for (const char of paragraph) {
				const next = line + char;
				if (line && PdfWriter.width(await this.runs(next), size) > maxWidth) {
					const space = line.lastIndexOf(' ');
					const cut = space > line.length / 2 ? space + 1 : line.length;
					lines.push(line.slice(0, cut));
					line = line.slice(cut) + char;
				} else line = next;
			}
			lines.push(line);
		}
		return lines;
	}

	private async drawLine(text: string, size: number, color = rgb(0, 0, 0)): Promise<void> {
		if (this.y - size < margin) {
			this.page = this.doc.addPage(pageSize);
			this.y = pageSize[1] - margin;
		}
		this.y -= size * lineGap;
		let x = margin;
		for (const run of await this.runs(text)) {
			this.page.drawText(run.text, { x, y: this.y, size, font: run.font, color });
			x += run.font.widthOfTextAtSize(run.text, size);
		}
	}

	async heading(text: string, size = 14): Promise<void> {
		this.y -= size * 0.6;
		for (const line of await this.wrap(text, size)) await this.drawLine(line, size);
	}

	async paragraph(text: string, options: { muted?: boolean } = {}): Promise<void> {
		const color = options.muted ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0);
		for (const line of await this.wrap(text, bodySize)) await this.drawLine(line, bodySize, color);
	}

	/** Starts a new page when fewer than `height` points are left on this one. */
	private room(height: number): void {
		if (this.y - height < margin) {
			this.page = this.doc.addPage(pageSize);
			this.y = pageSize[1] - margin;
		}
	}

	/**
	 * One row of a table: the page's width split by `widths` (fractions), the first cell at the left,
	 * the others right-aligned (numbers). Cells are cut to their column, never wrapped.
	 */
	async tableRow(
		cells: readonly string[],
		widths: readonly number[],
		options: { header?: boolean } = {}
	): Promise<void> {
		const size = bodySize - 1;
		this.room(size * 2);
		this.y -= size * 1.6;
		const full = pageSize[0] - 2 * margin;
		let left = margin;
		for (const [index, cell] of cells.entries()) {
			const width = full * (widths[index] ?? 0) - 4;
			let text = cell;
			while (text.length > 1 && PdfWriter.width(await this.runs(text), size) > width) text = text.slice(0, -2) + '…';
			const runs = await this.runs(text);
			let x = index === 0 ? left : left + width - PdfWriter.width(runs, size);
			for (const run of runs) {
				this.page.drawText(run.text, { x, y: this.y, size, font: run.font, color: rgb(0, 0, 0) });
				x += run.font.widthOfTextAtSize(run.text, size);
			}
			left += width + 4;
		}
		const line = options.header ? rgb(0.2, 0.2, 0.2) : rgb(0.8, 0.8, 0.8);
		this.page.drawLine({
			start: { x: margin, y: this.y - 3 },
			end: { x: margin + full, y: this.y - 3 },
			thickness: 0.5,
			color: line
		});
	}

	/** Horizontal bars as vector shapes: a label line, then a bar scaled to the largest value and its text. */
	async bars(items: readonly { label: string; value: number; text: string }[]): Promise<void> {
		const max = Math.max(1, ...items.map((item) => item.value));
		const full = pageSize[0] - 2 * margin - 80;
		for (const item of items) {
			await this.drawLine(item.label, bodySize - 1);
			this.room(14);
			this.y -= 12;
			const width = Math.max((item.value / max) * full, item.value > 0 ? 1 : 0);
			this.page.drawRectangle({ x: margin, y: this.y, width, height: 9, color: rgb(0, 0.45, 0.7) });
			let x = margin + width + 4;
			for (const run of await this.runs(item.text)) {
				this.page.drawText(run.text, { x, y: this.y + 1, size: bodySize - 1, font: run.font, color: rgb(0, 0, 0) });
				x += run.font.widthOfTextAtSize(run.text, bodySize - 1);
			}
		}
	}

	/** A QR code (its matrix with the quiet zone), `size` points wide, centred on a page of its own if need be. */
	qrCode(matrix: boolean[][], size: number): void {
		if (this.y - size < margin) {
			this.page = this.doc.addPage(pageSize);
			this.y = pageSize[1] - margin;
		}
		const module = size / matrix.length;
		const left = (pageSize[0] - size) / 2;
		const top = this.y;
		for (const run of darkRuns(matrix))
			this.page.drawRectangle({
				x: left + run.x * module,
				y: top - (run.y + 1) * module,
				width: run.length * module,
				height: module,
				color: rgb(0, 0, 0)
			});
		this.y -= size;
	}

	save(): Promise<Uint8Array> {
		return this.doc.save();
	}
}
