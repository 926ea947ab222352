/**
 * Chinese patent application numbers. Since 2004: 4-digit year, 1 type digit, 7-digit serial,
 * "." and a check character; the 12 digits weighted 2,3,4,5,6,7,8,9,2,3,4,5, summed, mod 11,
 * 10 written X (201710601862.3). Before 2004: 8 digits (2-digit year, type, serial) weighted
 * 2..9, same rule (95115608.X). "CN" may precede any number; "ZL" marks a granted patent.
 */
export type PatentType = 'invention' | 'utility_model' | 'design';

export type PatentNumberResult =
	| { ok: true; applicationNumber: string; granted: boolean; type: PatentType }
	| { ok: false; reason: 'format' | 'check_character' | 'type_mismatch' | 'granted_prefix_needs_grant' };

const weights12 = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const weights8 = [2, 3, 4, 5, 6, 7, 8, 9];
const typeByDigit: Record<string, PatentType> = {
	'1': 'invention',
	'8': 'invention',
	'2': 'utility_model',
	'9': 'utility_model',
	'3': 'design'
};

export function checkCharacter(digits: string): string {
	const weights = digits.length === 12 ? weights12 : weights8;
	const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
	const remainder = sum % 11;
	return remainder === 10 ? 'X' : String(remainder);
}

/** Normalises "cn 2023 1012 3456.7" to "202310123456.7" and checks it against the chosen type. */
export function parsePatentNumber(input: string, expectedType?: PatentType): PatentNumberResult {
	const compact = input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
	const match = /^(CN|ZL)?(\d{12}|\d{8})\.?([0-9X])$/.exec(compact);
	if (!match) return { ok: false, reason: 'format' };
	const [, prefix, digits, check] = match;
	if (checkCharacter(digits) !== check) return { ok: false, reason: 'check_character' };
	const type = typeByDigit[digits.length === 12 ? digits[4] : digits[2]];
	if (!type) return { ok: false, reason: 'format' };
	if (expectedType && type !== expectedType) return { ok: false, reason: 'type_mismatch' };
	return { ok: true, applicationNumber: `${digits}.${check}`, granted: prefix === 'ZL', type };
}

/** How a number is written for readers: ZL once granted, CN before. */
export function displayPatentNumber(applicationNumber: string, legalStatus: 'pending' | 'granted' | 'lapsed'): string {
	return `${legalStatus === 'pending' ? 'CN' : 'ZL'}${applicationNumber}`;
}
