import type { Cookies } from '@sveltejs/kit';
export { recordedFetch } from './recorded-fetch.ts';

/**
 * Test support for the Supabase Auth adapter: a real ES256 key pair (the JWT signatures are
 * checked for real by supabase-js), a fetch that answers GoTrue's endpoints with responses
 * shaped like GoTrue's and records every request, and a cookie jar with SvelteKit's interface.
 * This is not a running Supabase: it shows what the adapter asks for and how it treats answers.
 */
export async function signingKey(kid: string) {
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const jwk = {
		...(await crypto.subtle.exportKey('jwk', pair.publicKey)),
		kid,
		alg: 'ES256',
		use: 'sig',
		key_ops: ['verify']
	};
	async function sign(
		claims: Record<string, unknown>,
		header: Record<string, unknown> = { alg: 'ES256', typ: 'JWT', kid }
	): Promise<string> {
		const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const input = `${encode(header)}.${encode(claims)}`;
		const signature = await crypto.subtle.sign(
			{ name: 'ECDSA', hash: 'SHA-256' },
			pair.privateKey,
			new TextEncoder().encode(input)
		);
		return `${input}.${Buffer.from(signature).toString('base64url')}`;
	}
	return { jwks: { keys: [jwk] }, sign };
}

export function accessClaims(userId: string, overrides: Record<string, unknown> = {}) {
	const now = Math.floor(Date.now() / 1000);
	return {
		sub: userId,
		role: 'authenticated',
		aud: 'authenticated',
		email: 'user@example.com',
		session_id: crypto.randomUUID(),
		iat: now,
		exp: now + 3600,
		is_anonymous: false,
		amr: [{ method: 'password', timestamp: now }],
		...overrides
	};
}

/** GoTrue's session answer; its expires_at is the token's own exp, as GoTrue sends it. */
export function sessionBody(accessToken: string, user: { id: string; email: string }) {
	const exp = Number(JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).exp);
	return {
		access_token: accessToken,
		token_type: 'bearer',
		expires_in: exp - Math.floor(Date.now() / 1000),
		expires_at: exp,
		refresh_token: 'refresh-token-1',
		user: {
			id: user.id,
			aud: 'authenticated',
			role: 'authenticated',
			email: user.email,
			app_metadata: { provider: 'email' },
			user_metadata: {}
		}
	};
}

/** SvelteKit's Cookies over a plain map, keeping the options each cookie was last set with. */
export function cookieJar() {
	const values = new Map<string, { value: string; options: Record<string, unknown> }>();
	const cookies: Cookies = {
		get: (name) => values.get(name)?.value,
		getAll: () => [...values].map(([name, { value }]) => ({ name, value })),
		set: (name, value, options) => {
			if (value === '' || options.maxAge === 0) values.delete(name);
			else values.set(name, { value, options: { ...options } });
		},
		delete: (name) => void values.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
	return { cookies, values };
}
