import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter, normalizeCreditCode } from './credit-code.ts';

// Codes in the real format: registration authority, category, six-digit region, nine-character
// organisation code, check character. The first is a published company's code; the check
// characters of the others were computed by hand with the weights 3^(i-1) mod 31.
const valid = [
	'914403001922038216',
	'91110000600037341L',
	'125000004504001984',
	'91500112MA60B3PX70',
	'91500109MA5YQ7K25M',
	'91500236MA61C8UT4N'
];

describe('checkCreditCode', () => {
	it('accepts codes whose check character matches', () => {
		for (const code of valid) expect(checkCreditCode(code)).toEqual({ ok: true, code });
	});

	it('computes the check character from the first 17', () => {
		expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
		expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
		// A remainder of 0 gives check value 0, not 31.
		expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
		expect(creditCodeCheckCharacter('9111000060003734I')).toBeNull();
		expect(creditCodeCheckCharacter('short')).toBeNull();
	});

	it('refuses a wrong check character', () => {
		expect(checkCreditCode('914403001922038217')).toEqual({ ok: false, reason: 'check' });
		expect(checkCreditCode('91110000600037341M')).toEqual({ ok: false, reason: 'check' });
	});

	it('finds every single-character change of a valid code', () => {
		const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
		for (let position = 0; position < 18; position++) {
			for (const character of alphabet) {
				if (character === valid[1][position]) continue;
				const changed = valid[1].slice(0, position) + character + valid[1].slice(position + 1);
				expect(checkCreditCode(changed).ok).toBe(false);
			}
		}
	});

	it('refuses codes of the wrong length or with letters outside the alphabet', () => {
		expect(checkCreditCode(' ')).toEqual({ ok: false, reason: 'empty' });
		expect(checkCreditCode('91110000600037341')).toEqual({ ok: false, reason: 'length' });
		expect(checkCreditCode('91110000600037341LL')).toEqual({ ok: false, reason: 'length' });
		expect(checkCreditCode('9111000060003734IL')).toEqual({ ok: false, reason: 'characters' });
		expect(checkCreditCode('91110000600O37341L')).toEqual({ ok: false, reason: 'characters' });
		expect(checkCreditCode('９１１１００００６０００３７３４１Ｌ')).toEqual({ ok: false, reason: 'characters' });
	});

	it('reads codes typed in groups or in lower case', () => {
		expect(normalizeCreditCode(' 9111 0000 6000 3734 1l ')).toBe('91110000600037341L');
		expect(checkCreditCode('91110000 600037341l')).toEqual({ ok: true, code: '91110000600037341L' });
	});
});
