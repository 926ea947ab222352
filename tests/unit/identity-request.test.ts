import { describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import { identityRequest } from '$lib/server/auth/request';

describe('the identity request', () => {
	// adapter-node throws from getClientAddress when ADDRESS_HEADER names a header the request lacks.
	const event = {
		cookies: {} as Cookies,
		url: new URL('https://zhiqiao.example/listings'),
		request: new Request('https://zhiqiao.example/listings', { headers: { 'user-agent': 'phone' } }),
		getClientAddress: () => {
			throw new Error('Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent from request');
		}
	};

	it('does not ask for the client address until sign-in throttling needs it', () => {
		const request = identityRequest(event);
		expect(request).toMatchObject({ origin: 'https://zhiqiao.example', userAgent: 'phone' });
		expect(() => request.ipAddress).toThrow(/ADDRESS_HEADER/);
	});

	it('gives the address the adapter reports', () => {
		expect(identityRequest({ ...event, getClientAddress: () => '203.0.113.7' }).ipAddress).toBe('203.0.113.7');
	});
});
