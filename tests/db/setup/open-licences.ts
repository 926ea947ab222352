import type { NewDeclarationInput } from '../../../src/lib/schemas/open-licences.ts';

/** A lump-sum declaration of this patent, as the officer's form would send it, with a fresh creation key. */
export const declarationTerms = (patentId: string, extra: Partial<NewDeclarationInput> = {}): NewDeclarationInput => ({
	patentId,
	creationKey: crypto.randomUUID(),
	feeBasis: 'lump_sum',
	lumpSum: 5_000_000,
	royaltyPercent: null,
	royaltyBase: null,
	royaltyPeriod: null,
	paymentMethod: '书面通知后 30 日内一次性支付。',
	termMonths: 36,
	fieldLimits: '',
	contact: '技术转移中心 023-6825 1234',
	...extra
});
