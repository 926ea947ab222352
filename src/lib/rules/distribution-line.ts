/**
 * Where a distribution line stands, as its reader is told (docs/domain.md, "Income"). Lines are
 * append-only: a correction writes a negative copy of a line (a reversal, `reversesId` set), and
 * the line it cancels stays, marked reversed. Neither is ever paid out, so neither is "not paid":
 * only a standing line is paid or waiting to be.
 */
export type LineStanding = 'reversal' | 'reversed' | 'paid' | 'unpaid';

export function lineStanding(line: {
	reversesId: number | null;
	reversed: boolean;
	paidOn: string | null;
}): LineStanding {
	if (line.reversesId !== null) return 'reversal';
	// A paid line cannot be reversed (ZQ308), so "reversed" never hides a payout.
	if (line.reversed) return 'reversed';
	return line.paidOn === null ? 'unpaid' : 'paid';
}
