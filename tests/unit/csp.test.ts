import { describe, expect, it } from 'vitest';
import { withSupabaseSources } from '../../src/lib/server/http/csp.ts';

describe('CSP with Supabase configured', () => {
	const policy =
		"default-src 'self'; script-src 'self' 'sha256-abc123='; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

	it('admits the project over https and wss for connections, https for images, and keeps the hashes', () => {
		const result = withSupabaseSources(policy, 'https://abc.supabase.co');
		expect(result).toContain("connect-src 'self' https://abc.supabase.co wss://abc.supabase.co");
		expect(result).toContain("img-src 'self' data: blob: https://abc.supabase.co");
		expect(result).toContain("script-src 'self' 'sha256-abc123='");
		expect(result).toContain("frame-ancestors 'none'");
		expect(result).not.toMatch(/script-src[^;]*supabase/);
	});

	it('uses the origin only, whatever path the URL was given with', () => {
		expect(withSupabaseSources("connect-src 'self'", 'https://abc.supabase.co/')).toBe(
			"connect-src 'self' https://abc.supabase.co wss://abc.supabase.co"
		);
	});
});
