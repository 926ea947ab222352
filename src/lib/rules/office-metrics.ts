/**
 * The office metrics' arithmetic (docs/domain.md, "Office metrics"): the database hands out the
 * funnel per year, industry and college, and the signed deals per year and mode; these functions
 * sum them into what the page, the downloads and the annual report show. Pure, no I/O.
 */

export interface MetricsFilter {
	year: number;
	university: string | null;
	college: string | null;
	industry: string | null;
}

export type FunnelStep = 'listings' | 'interested' | 'dealt' | 'signed';
export const funnelSteps: readonly FunnelStep[] = ['listings', 'interested', 'dealt', 'signed'];
export type Funnel = Record<FunnelStep, number>;

/** Listings published in a year, and how many of them got an interest, a deal, a signed deal. */
export interface FunnelRow extends Funnel {
	year: number;
	industry: string | null;
	collegeId: string | null;
}

export interface StageDays {
	stage: string;
	spells: number;
	medianDays: number;
}

export interface ModeRow {
	year: number;
	mode: string;
	deals: number;
}

export interface YearFigures {
	year: number;
	disclosures: number;
	incomeFen: number;
	activeLicences: number;
}

export type FunnelDimension = 'industry' | 'college';
export const funnelDimensions: readonly FunnelDimension[] = ['industry', 'college'];

const empty = (): Funnel => ({ listings: 0, interested: 0, dealt: 0, signed: 0 });

function add(into: Funnel, row: Funnel): Funnel {
	for (const step of funnelSteps) into[step] += row[step];
	return into;
}

/** The whole funnel of one year's cohort. */
export function funnelOf(rows: readonly FunnelRow[], year: number): Funnel {
	return rows.filter((row) => row.year === year).reduce(add, empty());
}

/** One year's funnel per industry or college (null: none given), largest cohort first. */
export function funnelBy(
	rows: readonly FunnelRow[],
	year: number,
	dimension: FunnelDimension
): { key: string | null; funnel: Funnel }[] {
	const groups = new Map<string | null, Funnel>();
	for (const row of rows) {
		if (row.year !== year) continue;
		const key = dimension === 'industry' ? row.industry : row.collegeId;
		groups.set(key, add(groups.get(key) ?? empty(), row));
	}
	return [...groups]
		.map(([key, funnel]) => ({ key, funnel }))
		.sort((a, b) => b.funnel.listings - a.funnel.listings || String(a.key).localeCompare(String(b.key)));
}

/** The years from `from` to `to`, inclusive. */
export function yearRange(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

/** Signed deals per mode for each year (0 where none), modes in the order given. */
export function modesByYear(rows: readonly ModeRow[], years: readonly number[], modes: readonly string[]): number[][] {
	return modes.map((mode) =>
		years.map((year) => rows.find((row) => row.year === year && row.mode === mode)?.deals ?? 0)
	);
}

/** Signed deals of the given modes in one year. */
export function signedIn(rows: readonly ModeRow[], year: number, modes: readonly string[]): number {
	return rows.filter((row) => row.year === year && modes.includes(row.mode)).reduce((sum, row) => sum + row.deals, 0);
}

/** Days to one decimal, as the table and the downloads show them. */
export function roundDays(days: number): number {
	return Math.round(days * 10) / 10;
}
