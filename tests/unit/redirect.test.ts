import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '$lib/rules/safe-redirect';

describe('redirect targets from user input', () => {
	it('keeps paths on this site, with their query', () => {
		expect(safeRedirectPath('/deals?stage=nda&mine=1#board')).toBe('/deals?stage=nda&mine=1#board');
	});

	it('percent-encodes what a Location header cannot carry as typed', () => {
		expect(safeRedirectPath('/admin/users?q=李')).toBe('/admin/users?q=%E6%9D%8E');
		expect(safeRedirectPath('/中文')).toBe('/%E4%B8%AD%E6%96%87');
	});

	it('goes back to the page without its query when the query is too long to carry', () => {
		expect(safeRedirectPath(`/listings?q=${'钙'.repeat(3000)}`, '/account')).toBe('/listings');
		expect(safeRedirectPath(`//evil.example?q=${'a'.repeat(3000)}`, '/account')).toBe('/account');
	});

	it.each([
		['https://evil.example'],
		['//evil.example'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['/a\nb'],
		['/\t/evil.example'],
		['/a\u007fb'],
		['/a\u0085b'],
		[''],
		[null],
		['/' + 'a'.repeat(2001)]
	])('refuses %j', (candidate) => {
		expect(safeRedirectPath(candidate, '/account')).toBe('/account');
	});
});
