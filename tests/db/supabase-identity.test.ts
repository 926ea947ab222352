import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { createSupabaseIdentity } from '../../src/lib/server/auth/supabase-adapter.ts';
import type { IdentityRequest } from '../../src/lib/server/auth/identity.ts';
import { accessClaims, cookieJar, recordedFetch, sessionBody, signingKey } from '../support/gotrue.ts';
import { asService, demo, driver, openTestDatabase } from './setup/database.ts';

// The Supabase Auth adapter against a real database (profiles, throttle) and GoTrue answers
// recorded from its API shape. Signatures are real (ES256); no Supabase project is involved.
describe(`Supabase identity adapter (${driver})`, () => {
	let database: Database;
	beforeAll(async () => (database = await openTestDatabase()));
	afterAll(() => database.close());

	const companyEmail = 'company@demo.zhiqiao.cn';
	let project = 0;
	/** A new project per test: supabase-js caches JWKS per project, as it should. */
	async function setup(answers: Parameters<typeof recordedFetch>[0] = {}) {
		project += 1;
		const url = `https://p${project}${driver}.supabase.co`;
		const key = await signingKey(`kid-${project}`);
		const gotrue = recordedFetch({ 'GET /auth/v1/.well-known/jwks.json': { status: 200, body: key.jwks }, ...answers });
		const identity = createSupabaseIdentity(asService(database), {
			url,
			publicKey: 'sb_publishable_test',
			signUpsPerAddress: 20,
			fetch: gotrue.fetch
		});
		const jar = cookieJar();
		const request: IdentityRequest = {
			cookies: jar.cookies,
			origin: 'https://zhiqiao.example',
			ipAddress: `10.0.${project}.1`,
			userAgent: 'test'
		};
		return { identity, gotrue, jar, request, key, url };
	}

	/** Signs in through the adapter, so the cookies are exactly what @supabase/ssr writes. */
	async function signedIn(
		claims: Record<string, unknown>,
		answers: Parameters<typeof recordedFetch>[0] = {},
		key?: Awaited<ReturnType<typeof signingKey>>
	) {
		const context = await setup();
		const token = await (key ?? context.key).sign(claims);
		context.gotrue.answers['POST /auth/v1/token'] = {
			status: 200,
			body: sessionBody(token, { id: String(claims.sub), email: companyEmail })
		};
		const result = await context.identity.signInWithPassword(context.request, {
			email: companyEmail,
			password: 'correct horse'
		});
		Object.assign(context.gotrue.answers, answers);
		return { ...context, token, result, signIn: context.gotrue.requests.splice(0) };
	}

	it('signs in with a password through GoTrue and keeps the session in httpOnly cookies', async () => {
		const { result, signIn, jar } = await signedIn(accessClaims(demo.company));
		expect(result).toEqual({ ok: true, userId: demo.company, locale: 'zh-CN' });
		expect(signIn).toHaveLength(1);
		expect(signIn[0]).toMatchObject({
			method: 'POST',
			path: '/auth/v1/token',
			search: '?grant_type=password',
			body: { email: companyEmail, password: 'correct horse' }
		});
		expect(signIn[0].headers.get('apikey')).toBe('sb_publishable_test');
		const [name, cookie] = [...jar.values][0];
		expect(name).toBe(`sb-p${project}${driver}-auth-token`);
		expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
	});

	it('resolves the user from a JWT whose signature it checked against the project’s JWKS', async () => {
		const claims = accessClaims(demo.company);
		const { identity, request, gotrue } = await signedIn(claims);
		const current = await identity.resolve(request);
		expect(current?.user).toMatchObject({ id: demo.company, role: 'company', email: companyEmail });
		expect(current?.session).toMatchObject({ id: claims.session_id, userId: demo.company, proof: 'password' });
		// Verified locally with the JWKS: no round trip to GoTrue's /user for each request.
		expect(gotrue.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /auth/v1/.well-known/jwks.json']);
	});

	it('refuses a token signed by another key under the project’s key id', async () => {
		const forger = await signingKey(`kid-${project + 1}`);
		const { identity, request } = await signedIn(accessClaims(demo.admin), {}, forger);
		expect(await identity.resolve(request)).toBeNull();
	});

	it('refuses an expired token whose refresh GoTrue refuses', async () => {
		const past = Math.floor(Date.now() / 1000) - 7200;
		const { identity, request, gotrue } = await signedIn(accessClaims(demo.company, { iat: past, exp: past + 3600 }), {
			'POST /auth/v1/token': {
				status: 400,
				body: { code: 400, error_code: 'refresh_token_not_found', msg: 'Invalid Refresh Token' }
			}
		});
		expect(await identity.resolve(request)).toBeNull();
		expect(gotrue.requests.some((r) => r.path === '/auth/v1/token' && r.search === '?grant_type=refresh_token')).toBe(
			true
		);
	});

	it('asks GoTrue about HS256 tokens (legacy JWT secret) and refuses one it does not know', async () => {
		const context = await setup({
			'GET /auth/v1/user': { status: 401, body: { code: 401, error_code: 'bad_jwt', msg: 'invalid JWT' } }
		});
		const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(accessClaims(demo.admin))}.c2ln`;
		context.gotrue.answers['POST /auth/v1/token'] = {
			status: 200,
			body: sessionBody(unsigned, { id: demo.admin, email: 'admin@demo.zhiqiao.cn' })
		};
		await context.identity.signInWithPassword(context.request, { email: 'admin@demo.zhiqiao.cn', password: 'x' });
		expect(await context.identity.resolve(context.request)).toBeNull();
		expect(context.gotrue.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /auth/v1/user');
	});

	it('treats a user signed in by email code as having proved the mailbox', async () => {
		const now = Math.floor(Date.now() / 1000);
		const { identity, request } = await signedIn(
			accessClaims(demo.company, { amr: [{ method: 'otp', timestamp: now }] })
		);
		expect((await identity.resolve(request))?.session.proof).toBe('email');
	});

	it('makes no request at all for a visitor without Supabase cookies', async () => {
		const { identity, request, gotrue } = await setup();
		expect(await identity.resolve(request)).toBeNull();
		expect(gotrue.requests).toEqual([]);
	});

	it('sends the sign-up form’s choices as metadata and waits for the confirmation link', async () => {
		const { identity, request, gotrue } = await setup({
			'POST /auth/v1/signup': {
				status: 200,
				body: {
					id: crypto.randomUUID(),
					aud: 'authenticated',
					role: 'authenticated',
					email: 'new@example.com',
					identities: [{}]
				}
			}
		});
		const result = await identity.signUp(request, {
			email: 'new@example.com',
			password: 'correct horse battery',
			displayName: '新用户',
			role: 'researcher',
			universityId: demo.university,
			organizationId: demo.college,
			companyName: '',
			providerName: '',
			providerType: '',
			locale: 'en'
		});
		expect(result).toEqual({ ok: true, signedIn: false });
		const signup = gotrue.requests.find((r) => r.path === '/auth/v1/signup')!;
		expect(signup.body).toMatchObject({
			email: 'new@example.com',
			data: {
				role: 'researcher',
				display_name: '新用户',
				organization_id: demo.college,
				university_id: demo.university,
				company_name: null,
				locale: 'en'
			}
		});
		expect(signup.search).toContain(encodeURIComponent('https://zhiqiao.example/auth/confirm'));
	});

	it('signs up through an invitation with the token’s hash and no role, and reads a trigger’s refusal as a used link', async () => {
		const { identity, request, gotrue } = await setup({
			'POST /auth/v1/signup': {
				status: 500,
				body: { code: 500, error_code: 'unexpected_failure', msg: 'Database error saving new user' }
			}
		});
		const result = await identity.signUp(request, {
			email: 'invited@example.com',
			password: 'correct horse battery',
			displayName: '新同事',
			role: 'company',
			universityId: '',
			organizationId: '',
			companyName: '',
			providerName: '',
			providerType: '',
			locale: 'zh-CN',
			invitationTokenHash: 'a'.repeat(64)
		});
		expect(result).toEqual({ ok: false, reason: 'invitation_invalid' });
		const signup = gotrue.requests.find((r) => r.path === '/auth/v1/signup')!;
		expect((signup.body as { data: unknown }).data).toEqual({
			display_name: '新同事',
			invitation_token_hash: 'a'.repeat(64),
			locale: 'zh-CN'
		});
	});

	it('tells a right password on an unconfirmed address to confirm, and a project’s stricter password rule to the field', async () => {
		const { identity, request } = await setup({
			'POST /auth/v1/token': {
				status: 400,
				body: { code: 400, error_code: 'email_not_confirmed', msg: 'Email not confirmed' }
			},
			'POST /auth/v1/signup': {
				status: 422,
				body: {
					code: 422,
					error_code: 'weak_password',
					msg: 'Password is known to be weak',
					weak_password: { reasons: ['pwned'] }
				}
			}
		});
		expect(await identity.signInWithPassword(request, { email: 'new@example.com', password: 'pw' })).toEqual({
			ok: false,
			reason: 'unconfirmed'
		});
		const signUp = await identity.signUp(request, {
			email: 'new@example.com',
			password: 'password1',
			displayName: 'x',
			role: 'company',
			universityId: '',
			organizationId: '',
			companyName: 'X',
			providerName: '',
			providerType: '',
			locale: 'en'
		});
		expect(signUp).toEqual({ ok: false, reason: 'weak_password' });
	});

	it('answers a code request for an unknown address exactly like one for a known address', async () => {
		const { identity, request, gotrue } = await setup({
			'POST /auth/v1/otp': {
				status: 422,
				body: { code: 422, error_code: 'otp_disabled', msg: 'Signups not allowed for otp' }
			}
		});
		expect(await identity.requestEmailCode(request, 'nobody@example.com')).toBe('sent');
		expect(gotrue.requests.find((r) => r.path === '/auth/v1/otp')?.body).toMatchObject({
			email: 'nobody@example.com',
			create_user: false
		});
	});

	it('stops guessing at the shared limit, without asking GoTrue again', async () => {
		const { identity, request, gotrue } = await setup({
			'POST /auth/v1/token': {
				status: 400,
				body: { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' }
			}
		});
		const attempts = [];
		for (let attempt = 0; attempt < 6; attempt += 1)
			attempts.push(
				await identity.signInWithPassword(request, { email: 'target@example.com', password: `guess ${attempt}` })
			);
		expect(attempts.slice(0, 5).every((result) => !result.ok && result.reason === 'invalid')).toBe(true);
		expect(attempts[5]).toEqual({ ok: false, reason: 'throttled' });
		expect(gotrue.requests.filter((r) => r.path === '/auth/v1/token')).toHaveLength(5);
	});

	it('signs out through GoTrue and removes the session cookies', async () => {
		const { identity, request, jar } = await signedIn(accessClaims(demo.company), {
			'POST /auth/v1/logout': { status: 204 }
		});
		const current = await identity.resolve(request);
		await identity.signOut(request, current, 'everywhere');
		expect([...jar.values.keys()].filter((name) => name.startsWith('sb-'))).toEqual([]);
	});

	it('does not report "signed out everywhere" when GoTrue failed to revoke the sessions', async () => {
		const { identity, request, jar } = await signedIn(accessClaims(demo.company), {
			'POST /auth/v1/logout': {
				status: 500,
				body: { code: 500, error_code: 'unexpected_failure', msg: 'database unavailable' }
			}
		});
		const current = await identity.resolve(request);
		await expect(identity.signOut(request, current, 'everywhere')).rejects.toThrow(/Supabase Auth refused/);
		// Still signed in here, so the user sees the failure and can try again.
		expect([...jar.values.keys()].some((name) => name.startsWith('sb-'))).toBe(true);
	});
});
