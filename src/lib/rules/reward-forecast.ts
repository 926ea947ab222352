import { distributeIncome, wholeBasisPoints, type Share } from './income.ts';
import { inventorFloors, recipients, type IncomeKind, type Recipient } from './reward-policy.ts';

/**
 * What an inventor would get of an amount (the upfront fee of terms still being negotiated) if it
 * were received and distributed today: split by the reward policy's shares, then the inventors'
 * part by the listing's contribution shares, both by the largest remainder as the distribution
 * itself does (rules/income.ts). Without a policy, the statutory floor for the inventors (Art. 45)
 * and the rest to the university. Null when the contribution shares do not sum to 100 % or the
 * inventor is not among them: no forecast is better than a wrong one.
 */
export function forecastInventorShare<Key>(
	amountFen: number,
	kind: IncomeKind,
	policy: Record<Recipient, number> | null,
	inventors: readonly Share<Key>[],
	me: Key
): number | null {
	const total = inventors.reduce((sum, inventor) => sum + inventor.basisPoints, 0);
	if (total !== wholeBasisPoints || !inventors.some((inventor) => inventor.key === me)) return null;
	const shares = policy ?? {
		inventors: inventorFloors[kind],
		college: 0,
		university: wholeBasisPoints - inventorFloors[kind],
		office: 0
	};
	const split = distributeIncome(
		amountFen,
		recipients.map((recipient) => ({ key: recipient, basisPoints: shares[recipient] }))
	);
	const inventorsPart = split.find((line) => line.key === 'inventors')!.fen;
	return distributeIncome(inventorsPart, inventors).find((line) => line.key === me)!.fen;
}
