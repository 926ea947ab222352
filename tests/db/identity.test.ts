import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as identity from '../../src/lib/server/auth/local-identity.ts';
import * as sessions from '../../src/lib/server/auth/sessions.ts';
import { registerSignUp } from '../../src/lib/server/auth/throttle.ts';
import { demoPassword } from '../../src/lib/server/db/seed.ts';
import { asService, demo, driver, openTestDatabase } from './setup/database.ts';
import { createLocalIdentity } from '../../src/lib/server/auth/local-adapter.ts';
import { cookieJar } from '../support/gotrue.ts';

const signUpInput = (email: string) => ({
	email,
	password: 'correct horse battery',
	displayName: '测试用户',
	role: 'company' as const,
	universityId: '',
	organizationId: '',
	companyName: '测试科技有限公司',
	providerName: '',
	providerType: '',
	locale: 'en' as const
});

describe(`local identity on ${driver}`, () => {
	let database: Database;
	let service: Executor;
	beforeAll(async () => {
		database = await openTestDatabase();
		service = asService(database);
	});
	afterAll(() => database.close());

	it('signs up a company with its own unverified organisation and a profile', async () => {
		const result = await identity.signUp(service, signUpInput('founder@example.com'));
		expect(result.ok).toBe(true);
		const [profile] = await service.query<{ role: string; locale: string; verified: boolean; kind: string }>(sql`
			select p.role, p.locale, o.verified, o.kind from public.profiles p join public.organizations o on o.id = p.organization_id
			where p.email = 'founder@example.com'`);
		expect(profile).toEqual({ role: 'company', locale: 'en', verified: false, kind: 'company' });
	});

	it('refuses a second account for the same email in any letter case, even when both race', async () => {
		expect(await identity.signUp(service, signUpInput('FOUNDER@example.com'))).toEqual({
			ok: false,
			reason: 'email_taken'
		});
		const racing = await Promise.all([1, 2, 3].map(() => identity.signUp(service, signUpInput('race@example.com'))));
		expect(racing.filter((result) => result.ok)).toHaveLength(1);
		const [count] = await service.query<{ users: number; organizations: number }>(sql`
			select (select count(*)::int from auth.users where email = 'race@example.com') as users,
			       (select count(*)::int from public.organizations where name_zh = '测试科技有限公司') as organizations`);
		// The losers' organisations rolled back with them: one for founder@, one for race@.
		expect(count).toEqual({ users: 1, organizations: 2 });
	});

	it('signs a researcher up only into a college of the chosen university', async () => {
		const input = {
			...signUpInput('prof@example.com'),
			role: 'researcher' as const,
			companyName: '',
			universityId: demo.university
		};
		for (const organizationId of [demo.unverifiedCompany, demo.university]) {
			expect(await identity.signUp(service, { ...input, organizationId })).toEqual({
				ok: false,
				reason: 'organization_invalid'
			});
		}
		expect((await identity.signUp(service, { ...input, organizationId: demo.college })).ok).toBe(true);
	});

	it('gives the same answer for an unknown email and a wrong password', async () => {
		const wrong = await identity.signIn(service, {
			email: 'officer@demo.zhiqiao.cn',
			password: 'not it',
			ipAddress: '198.51.100.1'
		});
		const unknown = await identity.signIn(service, {
			email: 'nobody@demo.zhiqiao.cn',
			password: 'not it',
			ipAddress: '198.51.100.1'
		});
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
		const right = await identity.signIn(service, {
			email: ' Officer@Demo.zhiqiao.cn'.trim(),
			password: demoPassword,
			ipAddress: '198.51.100.1'
		});
		expect(right).toEqual({ ok: true, userId: demo.officer, locale: 'zh-CN' });
	});

	it('stops one device guessing an account after five failures, even for the right password', async () => {
		const attempt = (password: string, ipAddress: string) =>
			identity.signIn(service, { email: 'company@demo.zhiqiao.cn', password, ipAddress });
		for (let index = 0; index < 5; index++)
			expect(await attempt('guess', '198.51.100.10')).toMatchObject({ ok: false, reason: 'invalid' });
		expect(await attempt(demoPassword, '198.51.100.10')).toEqual({ ok: false, reason: 'throttled' });
		// A second server process shares the counter: a fresh executor on the same database.
		expect(
			await identity.signIn(asService(database), {
				email: 'company@demo.zhiqiao.cn',
				password: demoPassword,
				ipAddress: '198.51.100.10'
			})
		).toEqual({ ok: false, reason: 'throttled' });
		// The owner, elsewhere, is not locked out by the stranger.
		expect(await attempt(demoPassword, '203.0.113.50')).toMatchObject({ ok: true, userId: demo.company });
	});

	it('pauses an account for everyone when guesses come from many addresses', async () => {
		const attempt = (password: string, ipAddress: string) =>
			identity.signIn(service, { email: 'researcher@demo.zhiqiao.cn', password, ipAddress });
		for (let index = 0; index < 50; index++) {
			expect(await attempt('guess', `198.18.${Math.floor(index / 4)}.${index % 4}`)).toMatchObject({
				reason: 'invalid'
			});
		}
		expect(await attempt(demoPassword, '203.0.113.60')).toEqual({ ok: false, reason: 'paused' });
	});

	it('limits one address across many accounts', async () => {
		const ipAddress = '192.0.2.77';
		const results = [];
		for (let index = 0; index < 31; index++) {
			results.push(await identity.signIn(service, { email: `spray${index}@example.com`, password: 'x', ipAddress }));
		}
		expect(results.at(-1)).toEqual({ ok: false, reason: 'throttled' });
		expect(results.slice(0, 30).every((result) => !result.ok && result.reason === 'invalid')).toBe(true);
	});

	it('checks the current password under the same limits before changing it', async () => {
		const change = (currentPassword: string) =>
			identity.changePassword(service, {
				userId: demo.admin,
				email: 'admin@demo.zhiqiao.cn',
				ipAddress: '198.51.100.44',
				currentPassword,
				newPassword: 'a new password',
				keepSessionId: 'none'
			});
		for (let index = 0; index < 5; index++) expect(await change('guess')).toBe('wrong_password');
		expect(await change(demoPassword)).toBe('throttled');
	});

	it('limits sign-ups per address', async () => {
		const results = [];
		for (let index = 0; index < 21; index++) results.push(await registerSignUp(service, '192.0.2.88', 20));
		expect(results.slice(0, 20).every((blocked) => !blocked)).toBe(true);
		expect(results.at(-1)).toBe(true);
		expect(await registerSignUp(service, '192.0.2.89', 20)).toBe(false);
		// SIGNUPS_PER_ADDRESS raised for a campus behind one address
		for (let index = 0; index < 3; index++) expect(await registerSignUp(service, '192.0.2.90', 2)).toBe(index >= 2);
	});

	it('creates, validates, slides and ends sessions; the stored id is a hash, not the token', async () => {
		const { token, session } = await sessions.createSession(service, demo.researcher, 'Vitest');
		expect(session.id).not.toContain(token);
		const [stored] = await service.query<{ id: string }>(
			sql`select id from public.sessions where user_id = ${demo.researcher}`
		);
		expect(stored.id).toBe(session.id);
		const validation = await sessions.validateSessionToken(service, token);
		expect(validation?.user).toMatchObject({ id: demo.researcher, role: 'researcher', displayName: '李明远 教授' });
		expect(validation?.renewed).toBe(false);

		await service.query(
			sql`update public.sessions set expires_at = now() + interval '3 days' where id = ${session.id}`
		);
		const renewed = await sessions.validateSessionToken(service, token);
		expect(renewed?.renewed).toBe(true);
		expect(renewed!.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);

		await service.query(
			sql`update public.sessions set expires_at = now() - interval '1 second' where id = ${session.id}`
		);
		expect(await sessions.validateSessionToken(service, token)).toBeNull();
		expect(await service.query(sql`select id from public.sessions where id = ${session.id}`)).toEqual([]);
		expect(await sessions.validateSessionToken(service, 'not-a-token')).toBeNull();
	});

	it('signs out everywhere, and a password change ends every other session', async () => {
		const first = await sessions.createSession(service, demo.officer, null);
		const second = await sessions.createSession(service, demo.officer, null);
		expect(
			await identity.changePassword(service, {
				userId: demo.officer,
				email: 'officer@demo.zhiqiao.cn',
				ipAddress: '198.51.100.7',
				currentPassword: 'wrong',
				newPassword: 'new password 1',
				keepSessionId: first.session.id
			})
		).toBe('wrong_password');
		expect(
			await identity.changePassword(service, {
				userId: demo.officer,
				email: 'officer@demo.zhiqiao.cn',
				ipAddress: '198.51.100.7',
				currentPassword: demoPassword,
				newPassword: 'new password 1',
				keepSessionId: first.session.id
			})
		).toBe('changed');
		expect(await sessions.validateSessionToken(service, second.token)).toBeNull();
		expect(await sessions.validateSessionToken(service, first.token)).not.toBeNull();
		expect(
			(
				await identity.signIn(service, {
					email: 'officer@demo.zhiqiao.cn',
					password: 'new password 1',
					ipAddress: '198.51.100.50'
				})
			).ok
		).toBe(true);

		await sessions.invalidateUserSessions(service, demo.officer);
		expect(await sessions.validateSessionToken(service, first.token)).toBeNull();
	});
});

describe(`local identity adapter behind the port (${driver})`, () => {
	let database: Database;
	beforeAll(async () => (database = await openTestDatabase()));
	afterAll(() => database.close());

	const request = () => {
		const jar = cookieJar();
		return {
			jar,
			request: { cookies: jar.cookies, origin: 'http://localhost:3000', ipAddress: '10.9.0.1', userAgent: 'test' }
		};
	};

	it('signs in, resolves the session from its cookie, and signs out everywhere', async () => {
		const identity = createLocalIdentity(asService(database), { signUpsPerAddress: 20 });
		const { jar, request: phone } = request();
		expect(
			await identity.signInWithPassword(phone, { email: 'company@demo.zhiqiao.cn', password: demoPassword })
		).toMatchObject({ ok: true, userId: demo.company });
		expect(jar.values.get('session')?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
		const current = await identity.resolve(phone);
		expect(current?.user.id).toBe(demo.company);
		expect(current?.session.proof).toBe('password');
		await identity.signOut(phone, current, 'everywhere');
		expect(jar.values.has('session')).toBe(false);
		const [{ left }] = await database.query<{ left: number }>(
			sql`select count(*)::int as left from public.sessions where user_id = ${demo.company}`
		);
		expect(left).toBe(0);
	});

	it('says plainly that it sends no email, and drops an unknown session cookie', async () => {
		const identity = createLocalIdentity(asService(database), { signUpsPerAddress: 20 });
		expect(identity.features.email).toBe(false);
		const { jar, request: browser } = request();
		expect(await identity.requestEmailCode(browser, 'company@demo.zhiqiao.cn')).toBe('unavailable');
		expect(await identity.requestPasswordReset(browser, 'company@demo.zhiqiao.cn')).toBe('unavailable');
		jar.cookies.set('session', 'not-a-session', { path: '/' });
		expect(await identity.resolve(browser)).toBeNull();
		expect(jar.values.has('session')).toBe(false);
	});
});

describe(`operator password reset (${driver})`, () => {
	let database: Database;
	beforeAll(async () => (database = await openTestDatabase()));
	afterAll(() => database.close());

	it('replaces the password, ends every session, and knows no unknown address', async () => {
		const service = asService(database);
		await sessions.createSession(service, demo.researcher, 'phone');
		expect(await identity.resetPassword(service, 'RESEARCHER@demo.zhiqiao.cn', 'abcd-efgh-jkmn-pqrs')).toBe(true);
		const ip = '10.8.0.1';
		expect(
			await identity.signIn(service, { email: 'researcher@demo.zhiqiao.cn', password: demoPassword, ipAddress: ip })
		).toMatchObject({ ok: false });
		expect(
			await identity.signIn(service, {
				email: 'researcher@demo.zhiqiao.cn',
				password: 'abcd-efgh-jkmn-pqrs',
				ipAddress: ip
			})
		).toMatchObject({ ok: true });
		const [{ left }] = await database.query<{ left: number }>(
			sql`select count(*)::int as left from public.sessions where user_id = ${demo.researcher}`
		);
		expect(left).toBe(0);
		expect(await identity.resetPassword(service, 'nobody@example.com', 'abcd-efgh-jkmn-pqrs')).toBe(false);
	});
});
