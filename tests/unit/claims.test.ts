import { describe, expect, it } from 'vitest';
import { claimsFor } from '$lib/server/db/request-role';

describe('request claims', () => {
	it('are anon without a user', () => {
		expect(claimsFor(null)).toEqual({ role: 'anon' });
	});

	it('carry the user id as sub and the session, as Supabase JWT claims do', () => {
		const claims = claimsFor({ id: '00000000-0000-4000-8000-000000001001', sessionId: 'abc' });
		expect(claims).toEqual({ role: 'authenticated', sub: '00000000-0000-4000-8000-000000001001', session_id: 'abc' });
		expect(JSON.parse(JSON.stringify(claims)).sub).toBe('00000000-0000-4000-8000-000000001001');
	});
});
