import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '$lib/rules/safe-redirect';

describe('redirect targets from user input', () => {
	it('keeps paths on this site, with their query', () => {
		expect(safeRedirectPath('/admin/users?q=李')).toBe('/admin/users?q=李');
	});

	it.each([
		['https://evil.example'],
		['//evil.example'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['/a\nb'],
		[''],
		[null],
		['/' + 'a'.repeat(2001)]
	])('refuses %j', (candidate) => {
		expect(safeRedirectPath(candidate, '/account')).toBe('/account');
	});
});
