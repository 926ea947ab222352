import { describe, expect, it } from 'vitest';
import { checkCharacter, displayPatentNumber, parsePatentNumber } from './patent-number';

describe('Chinese patent numbers', () => {
	it('compute the check character of both eras', () => {
		expect(checkCharacter('201710601862')).toBe('3');
		expect(checkCharacter('95115608')).toBe('X');
	});

	it('accept CN and ZL forms, spaces and full-width digits, and normalise them', () => {
		expect(parsePatentNumber('CN201710601862.3')).toEqual({
			ok: true,
			applicationNumber: '201710601862.3',
			granted: false,
			type: 'invention'
		});
		expect(parsePatentNumber('zl 2017 1060 1862.3')).toMatchObject({
			ok: true,
			applicationNumber: '201710601862.3',
			granted: true
		});
		expect(parsePatentNumber('ZL95115608.X')).toEqual({
			ok: true,
			applicationNumber: '95115608.X',
			granted: true,
			type: 'invention'
		});
		expect(parsePatentNumber('２０１７１０６０１８６２．３')).toMatchObject({ ok: true });
	});

	it('refuses a wrong check character, a malformed number, and an unknown type digit', () => {
		expect(parsePatentNumber('CN201710601862.4')).toEqual({ ok: false, reason: 'check_character' });
		expect(parsePatentNumber('CN20171060186.3')).toEqual({ ok: false, reason: 'format' });
		expect(parsePatentNumber('US201710601862.3')).toEqual({ ok: false, reason: 'format' });
		expect(parsePatentNumber('')).toEqual({ ok: false, reason: 'format' });
		const typeFour = '201740601862';
		expect(parsePatentNumber(`${typeFour}.${checkCharacter(typeFour)}`)).toEqual({ ok: false, reason: 'format' });
	});

	it('checks the type digit against the chosen patent type', () => {
		expect(parsePatentNumber('CN201710601862.3', 'utility_model')).toEqual({ ok: false, reason: 'type_mismatch' });
		const utility = '202320123456';
		expect(parsePatentNumber(`CN${utility}.${checkCharacter(utility)}`, 'utility_model')).toMatchObject({
			ok: true,
			type: 'utility_model'
		});
		const design = '202330123456';
		expect(parsePatentNumber(`${design}.${checkCharacter(design)}`, 'design')).toMatchObject({
			ok: true,
			type: 'design'
		});
	});

	it('are shown with ZL once granted', () => {
		expect(displayPatentNumber('201710601862.3', 'granted')).toBe('ZL201710601862.3');
		expect(displayPatentNumber('201710601862.3', 'pending')).toBe('CN201710601862.3');
	});
});
