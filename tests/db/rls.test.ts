import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as profiles from '../../src/lib/server/profiles.ts';
import * as organizations from '../../src/lib/server/organizations.ts';
import * as audit from '../../src/lib/server/audit.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

describe(`row level security on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
		// A live session and a throttle row, so "reads nothing" is not vacuous.
		await asService(database).query(sql`
			insert into public.sessions (id, user_id, expires_at) values (${'a'.repeat(64)}, ${demo.researcher}, now() + interval '1 day')`);
		await asService(database).query(sql`
			insert into public.login_throttle (key, failures, window_started_at) values ('ip:203.0.113.9', 2, now())`);
	});
	afterAll(() => database.close());

	it('lets anon read organisations but no credentials, sessions, profiles, throttle state or audit log', async () => {
		const anon = asAnon(database);
		expect((await anon.query(sql`select id from public.organizations`)).length).toBeGreaterThan(5);
		for (const table of ['local_credentials', 'sessions', 'profiles', 'login_throttle', 'audit_events']) {
			expect(await sqlState(anon.query(sql([`select * from public.${table}`])))).toBe('42501');
		}
		expect(await sqlState(anon.query(sql`select * from auth.users`))).toBe('42501');
	});

	it('never shows a signed-in user credentials or throttle state, and only their own sessions', async () => {
		const researcher = asUser(database, demo.researcher);
		expect(await sqlState(researcher.query(sql`select password_hash from public.local_credentials`))).toBe('42501');
		expect(await sqlState(researcher.query(sql`select * from public.login_throttle`))).toBe('42501');
		expect(await researcher.query(sql`select user_id from public.sessions`)).toEqual([{ user_id: demo.researcher }]);
		expect(await asUser(database, demo.company).query(sql`select user_id from public.sessions`)).toEqual([]);
	});

	it('shows a user only their own profile, with its private fields', async () => {
		const rows = await asUser(database, demo.company).query<{ id: string; email: string }>(
			sql`select id, email from public.profiles`
		);
		expect(rows).toEqual([{ id: demo.company, email: 'company@demo.zhiqiao.cn' }]);
	});

	it('lets a user edit their own display name and nobody else’s', async () => {
		const company = asUser(database, demo.company);
		expect(await profiles.updateDisplayName(company, demo.company, '王思琪（测试）')).toBe(true);
		expect(await profiles.updateDisplayName(company, demo.researcher, '被改名')).toBe(false);
		const [researcher] = await asService(database).query<{ display_name: string }>(
			sql`select display_name from public.profiles where id = ${demo.researcher}`
		);
		expect(researcher.display_name).toBe('李明远 教授');
	});

	it('refuses columns a user may not write at all, such as email', async () => {
		const company = asUser(database, demo.company);
		expect(
			await sqlState(company.query(sql`update public.profiles set email = 'x@example.com' where id = ${demo.company}`))
		).toBe('42501');
	});

	it('lets only admins change roles, never their own, and audits who changed what', async () => {
		expect(
			await profiles.changeRole(asUser(database, demo.researcher), { userId: demo.researcher, role: 'admin' })
		).toBe('forbidden');
		expect(await profiles.changeRole(asUser(database, demo.officer), { userId: demo.company, role: 'officer' })).toBe(
			'not_found'
		);
		const admin = asUser(database, demo.admin);
		expect(await profiles.changeRole(admin, { userId: demo.admin, role: 'company' })).toBe('forbidden');
		expect(await profiles.changeRole(admin, { userId: demo.company, role: 'officer' })).toBe('changed');
		expect(await profiles.changeRole(admin, { userId: demo.company, role: 'officer' })).toBe('unchanged');

		const { events } = await audit.listAuditEvents(admin, 1);
		const change = events.find((event) => event.entityId === demo.company);
		expect(change).toMatchObject({
			action: 'profiles.update',
			actorName: '平台管理员',
			before: { role: 'company' },
			after: { role: 'officer' }
		});
		await profiles.changeRole(admin, { userId: demo.company, role: 'company' });
	});

	it('lets only admins verify organisations, audited', async () => {
		expect(await organizations.setVerified(asUser(database, demo.officer), demo.unverifiedCompany, true)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await sqlState(organizations.setVerified(asAnon(database), demo.unverifiedCompany, true))).toBe('42501');
		const admin = asUser(database, demo.admin);
		expect(await organizations.setVerified(admin, demo.unverifiedCompany, true)).toEqual({ ok: true });
		const { events } = await audit.listAuditEvents(admin, 1);
		expect(events[0]).toMatchObject({
			entityType: 'organizations',
			before: { verified: false },
			after: { verified: true }
		});
	});

	it('keeps the audit log append-only, even for admins, and hidden from everyone else', async () => {
		const admin = asUser(database, demo.admin);
		await profiles.changeRole(admin, { userId: demo.researcher, role: 'officer' });
		expect(await sqlState(admin.query(sql`delete from public.audit_events`))).toBe('42501');
		expect(await sqlState(admin.query(sql`update public.audit_events set actor_id = null`))).toBe('42501');
		// The owner connection cannot rewrite history either: the trigger guards every role.
		expect(await sqlState(database.query(sql`delete from public.audit_events`))).toBe('42501');
		expect((await audit.listAuditEvents(asUser(database, demo.officer), 1)).events).toEqual([]);
	});

	it('lists users only to admins, and searches names and emails literally', async () => {
		const admin = asUser(database, demo.admin);
		const [everyone] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.profiles`
		);
		expect((await profiles.searchUsers(admin, { query: '', page: 1 })).total).toBe(everyone.count);
		expect((await profiles.searchUsers(admin, { query: 'researcher@', page: 1 })).users.map((user) => user.id)).toEqual(
			[demo.researcher]
		);
		expect((await profiles.searchUsers(admin, { query: '%', page: 1 })).total).toBe(0);
		expect((await profiles.searchUsers(asUser(database, demo.company), { query: '', page: 1 })).total).toBe(1);
	});
});
