import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster } from '../../scripts/lib/postgres-cluster.js';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../src/lib/server/db/seed.ts';
import { accessClaims, sessionBody, signingKey } from '../support/gotrue.ts';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { postForm } from './http.ts';

// The built app started with a whole Supabase configuration on a real PostgreSQL, its Auth
// calls answered by a local HTTP server that replays GoTrue's API shape with a real ES256 key.
// It shows the wiring (start-up, hooks, cookies, CSP, what reaches the browser); it is not
// Supabase (README "What was verified").
const company = { id: '00000000-0000-4000-8000-000000001002', email: 'company@demo.zhiqiao.cn' };
const publicKey = 'sb_publishable_zhiqiao_test';
const serviceKey = 'sb_secret_never_in_a_page';

describe('the app on a Supabase configuration', () => {
	let server: ServerProcess;
	let gotrue: Server;
	let projectUrl: string;
	let stopCluster: () => void;
	const folder = mkdtempSync(join(tmpdir(), 'zhiqiao-supabase-'));
	const asked: string[] = [];
	const changedPasswords: string[] = [];

	beforeAll(async () => {
		const key = await signingKey('test-key');
		const token = await key.sign(accessClaims(company.id, { email: company.email }));
		const recoveryToken = await key.sign(
			accessClaims(company.id, {
				email: company.email,
				amr: [{ method: 'recovery', timestamp: Math.floor(Date.now() / 1000) }]
			})
		);
		const emailToken = await key.sign(
			accessClaims(company.id, {
				email: company.email,
				amr: [{ method: 'otp', timestamp: Math.floor(Date.now() / 1000) }]
			})
		);
		gotrue = createServer((request, response) => {
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				asked.push(`${request.method} ${request.url}`);
				const send = (status: number, value: unknown) =>
					response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
				if (request.url === '/auth/v1/.well-known/jwks.json') return send(200, key.jwks);
				if (request.url === '/auth/v1/token?grant_type=password') {
					const { email, password } = JSON.parse(body);
					return email === company.email && password === 'right password'
						? send(200, sessionBody(token, company))
						: send(400, { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
				}
				if (request.url?.startsWith('/auth/v1/otp') || request.url?.startsWith('/auth/v1/recover'))
					return send(200, {});
				if (request.url === '/auth/v1/user' && request.method === 'PUT') {
					changedPasswords.push(JSON.parse(body).password);
					return send(200, sessionBody(recoveryToken, company).user);
				}
				if (request.url?.startsWith('/auth/v1/logout')) return response.writeHead(204).end();
				if (request.url?.startsWith('/auth/v1/signup')) {
					// Confirmations on: GoTrue answers with the user and no session.
					return send(200, {
						id: crypto.randomUUID(),
						aud: 'authenticated',
						role: 'authenticated',
						email: JSON.parse(body).email,
						identities: [{}]
					});
				}
				if (request.url === '/auth/v1/verify') {
					const { token, token_hash: tokenHash } = JSON.parse(body);
					if (tokenHash === 'recovery-hash') return send(200, sessionBody(recoveryToken, company));
					return token === '123456' || tokenHash === 'hash-from-the-email'
						? send(200, sessionBody(emailToken, company))
						: send(403, { code: 403, error_code: 'otp_expired', msg: 'Token has expired or is invalid' });
				}
				send(404, { code: 404, msg: 'not recorded' });
			});
		});
		await new Promise<void>((done) => gotrue.listen(0, '127.0.0.1', done));
		const address = gotrue.address();
		projectUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

		const cluster = await startPostgresCluster();
		stopCluster = cluster.stop;
		const database = openPostgres(cluster.url, { maxConnections: 1 });
		await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
		await seedDatabase(database, resolve('supabase/seed.sql'));
		await database.close();
		server = await startServer(folder, {
			DATABASE_URL: cluster.url,
			PUBLIC_SUPABASE_URL: projectUrl,
			PUBLIC_SUPABASE_PUBLISHABLE_KEY: publicKey,
			SUPABASE_SERVICE_ROLE_KEY: serviceKey
		});
		await waitUntilHealthy(server);
	});
	afterAll(() => {
		server?.child.kill('SIGKILL');
		gotrue?.close();
		stopCluster?.();
		rmSync(folder, { recursive: true, force: true });
	});

	it('starts, and sends browsers the project URL and public key but never the service key', async () => {
		const response = await fetch(`${server.url}/signin`);
		const html = await response.text();
		expect(response.status).toBe(200);
		expect(html).toContain(publicKey);
		expect(html).not.toContain(serviceKey);
		// With Supabase Auth the email-code sign-in is offered.
		expect(html).toContain('/signin/code');
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toMatch(new RegExp(`connect-src [^;]*${projectUrl.replace(/[.:/]/g, '\\$&')}`));
		expect(policy).toContain(projectUrl.replace('http:', 'ws:'));
		expect(policy).toMatch(/script-src [^;]*'sha256-/);
	});

	it('signs in through Supabase Auth and verifies the session cookie on the next request', async () => {
		const wrong = await postForm(server.url, '/signin', '', { email: company.email, password: 'wrong password' });
		expect(wrong.status).toBe(400);
		const signedIn = await postForm(server.url, '/signin', '', { email: company.email, password: 'right password' });
		expect(signedIn.status).toBe(303);
		const cookies = signedIn.headers.getSetCookie().filter((cookie) => cookie.startsWith('sb-'));
		// The name the forged-cookie test below uses, so that test reaches the signature check.
		expect(cookies[0]).toMatch(/^sb-127-auth-token=base64-/);
		expect(cookies.every((cookie) => /HttpOnly/i.test(cookie) && /SameSite=Lax/i.test(cookie))).toBe(true);
		const cookie = cookies.map((value) => value.split(';')[0]).join('; ');

		const account = await fetch(`${server.url}/account`, { headers: { cookie }, redirect: 'manual' });
		expect(account.status).toBe(200);
		expect(await account.text()).toContain(company.email);
		expect(asked).toContain('GET /auth/v1/.well-known/jwks.json');

		// The same request's claims reach RLS: the user's own events are readable, as JSON.
		const missed = await fetch(`${server.url}/api/events/missed?topic=user:${company.id}&after=0`, {
			headers: { cookie }
		});
		expect(missed.status).toBe(200);
		expect(await missed.json()).toMatchObject({ reset: false });
		const token = await fetch(`${server.url}/api/realtime/token`, { headers: { cookie } });
		expect(await token.json()).toMatchObject({ token: expect.stringMatching(/^ey/), expiresAt: expect.any(Number) });
	});

	it('treats a cookie with a forged token as signed out', async () => {
		const forger = await signingKey('test-key');
		const forged = await forger.sign(accessClaims('00000000-0000-4000-8000-000000001004'));
		const value = `base64-${Buffer.from(JSON.stringify(sessionBody(forged, { id: '00000000-0000-4000-8000-000000001004', email: 'admin@demo.zhiqiao.cn' }))).toString('base64url')}`;
		const response = await fetch(`${server.url}/admin`, {
			headers: { cookie: `sb-127-auth-token=${value}` },
			redirect: 'manual'
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toContain('/signin');
	});

	const cookiesOf = (response: Response) =>
		response.headers
			.getSetCookie()
			.filter((cookie) => cookie.startsWith('sb-'))
			.map((value) => value.split(';')[0])
			.join('; ');

	it('signs in with an emailed code: a wrong code stays on the form with the email kept', async () => {
		const requested = await postForm(server.url, '/signin/code?/request', '', { email: company.email });
		expect(requested.status).toBe(200);
		expect(asked.some((line) => line.startsWith('POST /auth/v1/otp'))).toBe(true);
		const wrong = await postForm(server.url, '/signin/code?/verify', '', { email: company.email, code: '654321' });
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain(company.email);
		const right = await postForm(server.url, '/signin/code?/verify', '', { email: company.email, code: '123456' });
		expect(right.status).toBe(303);
		// Signed in by email, the account page sets a new password without asking for the old one.
		const account = await fetch(`${server.url}/account`, { headers: { cookie: cookiesOf(right) } });
		const html = await account.text();
		expect(html).toContain(company.email);
		expect(html).not.toContain('name="currentPassword"');
	});

	it('lands a magic link on /auth/confirm, and an expired one back on sign-in', async () => {
		const landed = await fetch(`${server.url}/auth/confirm?token_hash=hash-from-the-email&type=email&next=/deals`, {
			redirect: 'manual'
		});
		expect(landed.status).toBe(303);
		expect(landed.headers.get('location')).toBe('/deals');
		expect(cookiesOf(landed)).toMatch(/^sb-127-auth-token=/);
		const expired = await fetch(`${server.url}/auth/confirm?token_hash=old&type=email&next=//evil.example`, {
			redirect: 'manual'
		});
		expect(expired.headers.get('location')).toBe('/signin?linkInvalid=1');
		const offsite = await fetch(
			`${server.url}/auth/confirm?token_hash=hash-from-the-email&type=email&next=//evil.example`,
			{ redirect: 'manual' }
		);
		expect(offsite.headers.get('location')).toBe('/');
	});

	it('signs up and asks for the emailed confirmation, refusing an unknown institution before GoTrue hears of it', async () => {
		const before = asked.filter((line) => line.startsWith('POST /auth/v1/signup')).length;
		const unknown = await postForm(server.url, '/signup', '', {
			email: 'prof@example.com',
			password: 'correct horse',
			displayName: '新教授',
			role: 'researcher',
			universityId: '00000000-0000-4000-8000-000000000100',
			organizationId: '00000000-0000-4000-8000-000000000201',
			locale: 'zh-CN'
		});
		expect(unknown.status).toBe(400);
		expect(asked.filter((line) => line.startsWith('POST /auth/v1/signup')).length).toBe(before);
		const signedUp = await postForm(server.url, '/signup', '', {
			email: 'prof@example.com',
			password: 'correct horse',
			displayName: '新教授',
			role: 'researcher',
			universityId: '00000000-0000-4000-8000-000000000100',
			organizationId: '00000000-0000-4000-8000-000000000101',
			locale: 'zh-CN'
		});
		expect(signedUp.status).toBe(200);
		expect(await signedUp.text()).toContain('快完成了：请打开我们发到 prof@example.com 的链接确认邮箱');
		expect(asked.filter((line) => line.startsWith('POST /auth/v1/signup')).length).toBe(before + 1);
	});

	it('resets a forgotten password: the emailed link signs in, the new password needs no old one, other sessions end', async () => {
		const requested = await postForm(server.url, '/reset-password', '', { email: company.email });
		expect(requested.status).toBe(200);
		expect(asked.some((line) => line.startsWith('POST /auth/v1/recover'))).toBe(true);
		const landed = await fetch(
			`${server.url}/auth/confirm?token_hash=recovery-hash&type=recovery&next=/account%23password`,
			{ redirect: 'manual' }
		);
		expect(landed.headers.get('location')).toBe('/account#password');
		const cookie = cookiesOf(landed);
		const tooShort = await postForm(server.url, '/account?/password', cookie, { newPassword: 'short' });
		expect(tooShort.status).toBe(400);
		const changed = await postForm(server.url, '/account?/password', cookie, { newPassword: 'a new long password' });
		expect(changed.status).toBe(200);
		expect(changedPasswords).toEqual(['a new long password']);
		expect(asked).toContain('POST /auth/v1/logout?scope=others');
	});
});
