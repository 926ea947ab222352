import { wholeBasisPoints } from './income.ts';

/**
 * A university's reward policy (docs/domain.md, "Reward policy"): shares of net income, in basis
 * points, per kind of income and recipient. The floors are those of the law on promoting the
 * transformation of scientific and technological achievements (促进科技成果转化法), Art. 45, which
 * apply where the university has no rule of its own: a policy below them needs the university's
 * own regulation cited. The database checks the same (reward_policies_floors and the totals).
 */
export const incomeKinds = ['transfer', 'equity', 'own'] as const;
export type IncomeKind = (typeof incomeKinds)[number];
export const recipients = ['inventors', 'college', 'university', 'office'] as const;
export type Recipient = (typeof recipients)[number];

/** Art. 45's floors for the inventors' share, in basis points. */
export const inventorFloors: Record<IncomeKind, number> = { transfer: 5000, equity: 5000, own: 500 };

export type Shares = Record<IncomeKind, Record<Recipient, number>>;
export type Citation = { title: string; number: string; effectiveOn: string } | null;

export type PolicyProblem = { kind: IncomeKind; problem: 'total' | 'below_floor' };

/** The form field of one share: transferInventors, ownOffice… */
export type ShareField = `${IncomeKind}${Capitalize<Recipient>}`;
export const shareField = (kind: IncomeKind, recipient: Recipient) =>
	`${kind}${recipient[0].toUpperCase()}${recipient.slice(1)}` as ShareField;

/** Whether the citation's three parts are all given (a regulation) or none (the statutory floors). */
export function citationComplete(parts: { title: string; number: string; effectiveOn: string }): boolean | null {
	const given = [parts.title, parts.number, parts.effectiveOn].filter((part) => part !== '').length;
	return given === 3 ? true : given === 0 ? false : null;
}

/**
 * What is wrong with a policy, kind by kind: shares not summing to 100 %, the inventors below the
 * floor without a regulation cited. Empty when it may be published.
 */
export function policyProblems(shares: Shares, cited: boolean): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	for (const kind of incomeKinds) {
		const total = recipients.reduce((sum, recipient) => sum + shares[kind][recipient], 0);
		if (total !== wholeBasisPoints) problems.push({ kind, problem: 'total' });
		else if (!cited && shares[kind].inventors < inventorFloors[kind]) problems.push({ kind, problem: 'below_floor' });
	}
	return problems;
}

/** Basis points as the percentage a form shows and takes: 7000 → "70", 1250 → "12.5". */
export function percentText(points: number): string {
	const fraction = points % 100;
	const whole = (points - fraction) / 100;
	return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
