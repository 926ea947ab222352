/**
 * What every chart takes (docs/architecture.md, "Charts"): categories along one axis and one or
 * more series of numbers, one value per category. The components draw SVG on the server; they
 * load no library and need no script, so a page that shows none of them carries none of their code.
 */
export interface ChartSeries {
	name: string;
	values: readonly number[];
}

export interface ChartData {
	categories: readonly string[];
	series: readonly ChartSeries[];
}

/** The largest value drawn (at least 1, so an all-zero chart still has a scale). */
export function chartMax(data: ChartData): number {
	return Math.max(1, ...data.series.flatMap((series) => series.values));
}

/** Text width in the chart's units at `size`: CJK characters count as a full em, others about half. */
export function textWidth(text: string, size: number): number {
	return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? size : size * 0.58), 0);
}

/** Cuts a label to fit `width` at `size`, ending it with "…". */
export function fitLabel(text: string, width: number, size: number): string {
	if (textWidth(text, size) <= width) return text;
	let cut = '';
	for (const char of text) {
		if (textWidth(cut + char + '…', size) > width) break;
		cut += char;
	}
	return cut + '…';
}
