/**
 * The officers' income report (issue #20): one row per deal and year, summed into groups by one
 * dimension. Everything is integer fen; sums are checked to stay safe integers, so a total is
 * exact or refused, never rounded. Pure; the rows come from src/lib/server/income-reports.ts.
 *
 * A row's year is the year (Asia/Shanghai) its receipts were received: deductions, distribution
 * lines and payouts belong to their receipt's year, so a year's columns describe the same money.
 */

export const reportGroupings = ['year', 'university', 'college', 'industry', 'deal'] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

/** The money columns of the report, in the order they are shown and exported. */
export const amountColumns = ['receivedFen', 'deductionsFen', 'netFen', 'distributedFen', 'paidFen'] as const;
export type AmountColumn = (typeof amountColumns)[number];
export type Amounts = Record<AmountColumn, number>;

export type Names = { nameZh: string; nameEn: string };

export interface ReportRow {
	year: number;
	dealId: string;
	dealTitle: string;
	company: Names;
	university: Names & { id: string };
	college: (Names & { id: string }) | null;
	industry: string | null;
	/** Receipts received in the year. */
	receivedFen: number;
	/** Their itemised deductions. */
	deductionsFen: number;
	/** Distribution lines approved for those receipts, reversals included (they are negative). */
	distributedFen: number;
	/** Inventor lines among them that were paid out. */
	paidFen: number;
}

export interface ReportGroup {
	/** Stable key of the group: the year, an id, an industry value, or '' for none. */
	key: string;
	/** A row of the group, for its label (the year, the university's or college's name...). */
	sample: ReportRow;
	rows: number;
	/** How many deals the group holds (a deal counts once, whatever its years). */
	deals: number;
	amounts: Amounts;
}

export const zeroAmounts = (): Amounts => ({
	receivedFen: 0,
	deductionsFen: 0,
	netFen: 0,
	distributedFen: 0,
	paidFen: 0
});

function safeAdd(a: number, b: number): number {
	const sum = a + b;
	if (!Number.isSafeInteger(sum)) throw new RangeError('a report total passed 2^53 fen');
	return sum;
}

/** The amounts of one row: net is what was received less its deductions. */
export function rowAmounts(row: ReportRow): Amounts {
	return {
		receivedFen: row.receivedFen,
		deductionsFen: row.deductionsFen,
		netFen: row.receivedFen - row.deductionsFen,
		distributedFen: row.distributedFen,
		paidFen: row.paidFen
	};
}

export function addAmounts(into: Amounts, add: Amounts): Amounts {
	for (const column of amountColumns) into[column] = safeAdd(into[column], add[column]);
	return into;
}

/** The totals of every row. */
export function reportTotal(rows: readonly ReportRow[]): Amounts {
	return rows.reduce((total, row) => addAmounts(total, rowAmounts(row)), zeroAmounts());
}

export function groupKey(row: ReportRow, by: ReportGrouping): string {
	switch (by) {
		case 'year':
			return String(row.year);
		case 'university':
			return row.university.id;
		case 'college':
			return row.college?.id ?? '';
		case 'industry':
			return row.industry ?? '';
		case 'deal':
			return row.dealId;
	}
}

/**
 * Rows summed by one dimension. Years come newest first; other groups by the largest amount
 * received, ties by key, so the same rows always give the same order.
 */
export function groupReport(rows: readonly ReportRow[], by: ReportGrouping): ReportGroup[] {
	const groups = new Map<string, ReportGroup & { dealIds: Set<string> }>();
	for (const row of rows) {
		const key = groupKey(row, by);
		let group = groups.get(key);
		if (!group)
			groups.set(key, (group = { key, sample: row, rows: 0, deals: 0, dealIds: new Set(), amounts: zeroAmounts() }));
		group.rows += 1;
		group.dealIds.add(row.dealId);
		group.deals = group.dealIds.size;
		addAmounts(group.amounts, rowAmounts(row));
	}
	return [...groups.values()]
		.map(({ dealIds: _deals, ...group }) => group)
		.sort((a, b) => {
			if (by === 'year') return Number(b.key) - Number(a.key);
			const byAmount = b.amounts.receivedFen - a.amounts.receivedFen;
			return byAmount !== 0 ? byAmount : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
		});
}

/** One inventor's lines in one deal and year (the statements page's list). */
export interface StatementSummary {
	profileId: string | null;
	inventorName: string;
	year: number;
	dealId: string;
	dealTitle: string;
	distributedFen: number;
	paidFen: number;
}

export interface InventorStatements {
	profileId: string | null;
	inventorName: string;
	distributedFen: number;
	paidFen: number;
	deals: StatementSummary[];
}

/**
 * Summaries per inventor, in the order given: an account is one inventor whatever name its lines
 * carry; lines of inventors without an account are one inventor per name (what the office knows).
 */
export function statementsByInventor(rows: readonly StatementSummary[]): InventorStatements[] {
	const inventors = new Map<string, InventorStatements>();
	for (const row of rows) {
		const key = row.profileId ?? `name:${row.inventorName}`;
		let inventor = inventors.get(key);
		if (!inventor) {
			const { profileId, inventorName } = row;
			inventors.set(key, (inventor = { profileId, inventorName, distributedFen: 0, paidFen: 0, deals: [] }));
		}
		inventor.distributedFen = safeAdd(inventor.distributedFen, row.distributedFen);
		inventor.paidFen = safeAdd(inventor.paidFen, row.paidFen);
		inventor.deals.push(row);
	}
	return [...inventors.values()];
}
