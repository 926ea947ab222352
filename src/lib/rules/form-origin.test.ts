import { describe, expect, it } from 'vitest';
import { isRefusedCrossSiteForm, type FormRequest } from './form-origin.ts';

const base: FormRequest = {
	method: 'POST',
	contentType: 'application/x-www-form-urlencoded',
	origin: 'https://zhiqiao.example',
	appOrigin: 'https://zhiqiao.example',
	path: '/account/team',
	search: '',
	routeId: '/account/team'
};

describe('isRefusedCrossSiteForm', () => {
	it('lets same-origin form posts and non-form requests through', () => {
		expect(isRefusedCrossSiteForm(base)).toBe(false);
		expect(isRefusedCrossSiteForm({ ...base, origin: 'https://evil.example', contentType: 'application/json' })).toBe(
			false
		);
		expect(isRefusedCrossSiteForm({ ...base, origin: 'https://evil.example', method: 'GET' })).toBe(false);
	});

	it('refuses form posts from another origin or none, as SvelteKit does', () => {
		for (const contentType of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'TEXT/PLAIN'])
			expect(isRefusedCrossSiteForm({ ...base, contentType, origin: 'https://evil.example' })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...base, origin: null })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...base, method: 'DELETE', origin: null })).toBe(true);
	});

	it('lets a mail provider’s one-click unsubscribe POST through, and nothing else under that path', () => {
		const unsubscribe = { ...base, origin: null, path: '/unsubscribe/YWJj.ZGVm', routeId: '/unsubscribe/[token]' };
		expect(isRefusedCrossSiteForm(unsubscribe)).toBe(false);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, origin: 'https://mail.example' })).toBe(false);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, method: 'PUT' })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, path: '/unsubscribe/YWJj.ZGVm/more' })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, path: '/unsubscribe' })).toBe(true);
		// A named action, a data or remote call (no route given), or another route at that path.
		expect(isRefusedCrossSiteForm({ ...unsubscribe, search: '?/other' })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, routeId: null })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, routeId: '/unsubscribe/[token]/more' })).toBe(true);
		expect(isRefusedCrossSiteForm({ ...unsubscribe, path: '/unsubscribe/YWJj.ZGVm/__data.json' })).toBe(true);
		expect(
			isRefusedCrossSiteForm({ ...unsubscribe, contentType: 'application/x-sveltekit-formdata', method: 'PATCH' })
		).toBe(true);
	});
});
