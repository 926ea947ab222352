/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) every registered
 * organisation in China carries: 18 characters from a 31-character alphabet (digits and capital
 * letters without I, O, S, V, Z, which read like digits), the last of which is a check
 * character computed from the other 17 with weights 3^(i-1) mod 31.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = Array.from({ length: 17 }, (_, index) => 3 ** index % 31);

export type CreditCodeResult =
	{ ok: true; code: string } | { ok: false; reason: 'empty' | 'length' | 'characters' | 'check' };

/** Spaces dropped and letters upper-cased: a code is often typed in groups or in lower case. */
export function normalizeCreditCode(input: string): string {
	return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
	if (first17.length !== 17) return null;
	let sum = 0;
	for (let index = 0; index < 17; index++) {
		const value = alphabet.indexOf(first17[index]);
		if (value < 0) return null;
		sum += value * weights[index];
	}
	return alphabet[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(input: string): CreditCodeResult {
	const code = normalizeCreditCode(input);
	if (code.length === 0) return { ok: false, reason: 'empty' };
	if (code.length !== 18) return { ok: false, reason: 'length' };
	if (![...code].every((character) => alphabet.includes(character))) return { ok: false, reason: 'characters' };
	if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'check' };
	return { ok: true, code };
}
