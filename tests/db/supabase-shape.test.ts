import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../src/lib/server/db/seed.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as interests from '../../src/lib/server/interests.ts';
import * as messages from '../../src/lib/server/deal-messages.ts';
import { sha256Hex } from '../../src/lib/server/auth/tokens.ts';
import { asAnon, asUser, demo, driver, openEmptyDatabase } from './setup/database.ts';

const demoCompany = '00000000-0000-4000-8000-000000000201';

// Our migrations on a database shaped like a new Supabase project (setup/supabase-shape.sql):
// they must apply on top of what Supabase creates, and broadcast through Realtime.
describe(`migrations on a Supabase-shaped database (${driver})`, () => {
	let database: Database;
	let dealId: string;
	const outsider = '00000000-0000-4000-8000-000000002101';
	let supabaseObjectsBefore: string[];
	let supabaseObjectsAfter: string[];
	let rowsBeforeSeed: Record<string, number>;

	// Every table, function, trigger and policy in the schemas Supabase owns.
	const supabaseObjects = async () =>
		(
			await database.query<{ name: string }>(sql`
			select n.nspname || '.' || c.relname || ' (' || c.relkind::text || ')' as name from pg_class c
			  join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('auth', 'realtime', 'storage')
			union all select n.nspname || '.' || p.proname || '()' from pg_proc p
			  join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('auth', 'realtime', 'storage')
			union all select 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass::text from pg_trigger t
			  join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
			  where n.nspname in ('auth', 'realtime', 'storage') and not t.tgisinternal
			union all select 'policy ' || policyname || ' on ' || schemaname || '.' || tablename from pg_policies
			  where schemaname in ('auth', 'realtime', 'storage')
			order by 1`)
		).map((row) => row.name);

	beforeAll(async () => {
		database = await openEmptyDatabase();
		await database.scriptTransaction((transaction) =>
			transaction.executeScript(readFileSync(resolve('tests/db/setup/supabase-shape.sql'), 'utf8'))
		);
		supabaseObjectsBefore = await supabaseObjects();
		await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
		supabaseObjectsAfter = await supabaseObjects();
		const [counts] = await database.query<Record<string, number>>(sql`
			select (select count(*)::int from auth.users) as users, (select count(*)::int from public.organizations) as organizations,
			       (select count(*)::int from public.profiles) as profiles, (select count(*)::int from public.listings) as listings`);
		rowsBeforeSeed = counts;
		await seedDatabase(database, resolve('supabase/seed.sql'));
		const interest = await interests.expressInterest(
			asUser(database, demo.company),
			{ id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' },
			'00000000-0000-4000-8001-000000000001',
			{
				idempotencyKey: crypto.randomUUID(),
				wantedMode: 'exclusive_license',
				fieldOfUse: '',
				territory: '',
				budgetMin: null,
				budgetMax: null,
				timeline: null,
				message: ''
			}
		);
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(asUser(database, demo.officer), interest.id, demo.officer);
		if (!deal.ok) throw new Error('deal refused');
		dealId = deal.id;
	});
	afterAll(() => database.close());

	it('adds to Supabase’s schemas only the profile triggers and the Realtime policy, and no demo data', () => {
		const added = supabaseObjectsAfter.filter((name) => !supabaseObjectsBefore.includes(name));
		const removed = supabaseObjectsBefore.filter((name) => !supabaseObjectsAfter.includes(name));
		expect(added).toEqual([
			'policy zhiqiao_topic_readers on realtime.messages',
			'trigger zhiqiao_create_profile on auth.users',
			'trigger zhiqiao_join_team on auth.users',
			// A researcher's college and pending membership (migration 20261213100000).
			'trigger zhiqiao_researcher_membership on auth.users'
		]);
		expect(removed).toEqual([]);
		// Data lives in seed.sql only: the migrations leave every table empty.
		expect(rowsBeforeSeed).toEqual({ users: 0, organizations: 0, profiles: 0, listings: 0 });
	});

	it('keeps Supabase’s own auth objects and adds nothing that clashes', async () => {
		const [{ users }] = await database.query<{ users: number }>(sql`select count(*)::int as users from auth.users`);
		expect(users).toBeGreaterThanOrEqual(4);
		const [{ policies }] = await database.query<{ policies: number }>(
			sql`select count(*)::int as policies from pg_policies where schemaname = 'realtime' and tablename = 'messages'`
		);
		expect(policies).toBe(1);
	});

	it('broadcasts a deal message exactly once, on the deal’s private topic', async () => {
		const countOnTopic = async () =>
			(
				await database.query<{ sent: number }>(
					sql`select count(*)::int as sent from realtime.messages where topic = ${`deal:${dealId}`}`
				)
			)[0].sent;
		const before = await countOnTopic();
		await messages.postMessage(asUser(database, demo.company), demo.company, dealId, {
			idempotencyKey: crypto.randomUUID(),
			body: '你好'
		});
		const sent = await database.query<{ topic: string; private: boolean; payload: { event_id: number } }>(
			sql`select topic, private, payload from realtime.messages where event = 'message' and topic = ${`deal:${dealId}`}`
		);
		expect(sent).toHaveLength(1);
		// Nothing else went to the deal's channel for this one message.
		expect(await countOnTopic()).toBe(before + 1);
		expect(sent[0]).toMatchObject({ topic: `deal:${dealId}`, private: true });
		const [event] = await database.query<{ id: number }>(
			sql`select id from public.realtime_events where kind = 'message' and topic = ${`deal:${dealId}`}`
		);
		expect(Number(sent[0].payload.event_id)).toBe(Number(event.id));
	});

	it('lets Realtime admit exactly the deal’s participants to its channel', async () => {
		const readable = (userId: string) =>
			asUser(database, userId).transaction(async (transaction) => {
				await transaction.query(sql`select set_config('realtime.topic', ${`deal:${dealId}`}, true)`);
				return transaction.query(sql`select event from realtime.messages where topic = ${`deal:${dealId}`}`);
			});
		for (const participant of [demo.company, demo.researcher, demo.officer])
			expect((await readable(participant)).length).toBeGreaterThan(0);
		expect(await readable(outsider)).toEqual([]);
		// Signed-out visitors hold the grant Supabase gives anon, and RLS still admits them to nothing.
		expect(await asAnon(database).query(sql`select event from realtime.messages`)).toEqual([]);
	});

	// GoTrue inserts the auth.users row itself, as its own database role; the metadata is what the
	// sign-up form (or anyone with the public key) sent.
	async function insertAuthUser(metadata: Record<string, unknown> | null) {
		const id = crypto.randomUUID();
		const email = `${id.slice(0, 8)}@example.com`;
		await database.query(sql`
			insert into auth.users (id, aud, role, email, raw_user_meta_data, raw_app_meta_data)
			values (${id}, 'authenticated', 'authenticated', ${email}, ${metadata === null ? null : JSON.stringify(metadata)}::text::jsonb, '{"provider":"email"}')`);
		const [profile] = await database.query<{
			role: string;
			organization_id: string;
			display_name: string;
			locale: string;
			email: string;
		}>(sql`select role, organization_id, display_name, locale, email from public.profiles where id = ${id}`);
		return { id, email, profile };
	}

	it('gives a researcher who signs up through Supabase Auth a profile keyed by auth.users.id', async () => {
		const { email, profile } = await insertAuthUser({
			role: 'researcher',
			display_name: '新 教授',
			organization_id: demo.college,
			locale: 'en'
		});
		expect(profile).toEqual({
			role: 'researcher',
			organization_id: demo.college,
			display_name: '新 教授',
			locale: 'en',
			email
		});
	});

	it('starts a Supabase researcher pending, only under a college of the university the form sent', async () => {
		const { id } = await insertAuthUser({
			role: 'researcher',
			organization_id: demo.college,
			university_id: demo.university
		});
		const [made] = await database.query<{ membership_status: string }>(
			sql`select membership_status from public.profiles where id = ${id}`
		);
		expect(made).toEqual({ membership_status: 'pending' });
		const [{ otherUniversity }] = await database.query<{ otherUniversity: string }>(sql`
			insert into public.organizations (kind, name_zh, name_en) values ('university', '他校', 'Another university')
			returning id as "otherUniversity"`);
		// A university is no college, and a college is not of another university.
		await expect(
			insertAuthUser({ role: 'researcher', organization_id: demo.university, university_id: demo.university })
		).rejects.toMatchObject({ code: 'ZQ602' });
		await expect(
			insertAuthUser({ role: 'researcher', organization_id: demo.college, university_id: otherUniversity })
		).rejects.toMatchObject({ code: 'ZQ602' });
	});

	it('gives a company that signs up its own unverified organisation', async () => {
		const { profile } = await insertAuthUser({
			role: 'company',
			display_name: '赵总',
			company_name: '新公司',
			locale: 'zh-CN'
		});
		expect(profile.role).toBe('company');
		const [organization] = await database.query<{ kind: string; name_zh: string; verified: boolean }>(
			sql`select kind, name_zh, verified from public.organizations where id = ${profile.organization_id}`
		);
		expect(organization).toEqual({ kind: 'company', name_zh: '新公司', verified: false });
	});

	it('makes a sign-up through an invitation a member of the inviting company, once per link', async () => {
		const token = 'supabase-invitation-token';
		const tokenHash = sha256Hex(token);
		await database.query(sql`
			insert into public.team_invitations (organization_id, token_hash) values (${demoCompany}, ${tokenHash})`);
		const { profile } = await insertAuthUser({ display_name: '新同事', invitation_token_hash: tokenHash });
		expect(profile).toMatchObject({ role: 'company', organization_id: demoCompany, display_name: '新同事' });
		// The link is used up: a second sign-up with it fails whole (GoTrue answers 500).
		await expect(insertAuthUser({ invitation_token_hash: tokenHash })).rejects.toThrow(/invitation:used/);
		// A role in the metadata keeps the ordinary path: its own company, the token ignored.
		const own = await insertAuthUser({ role: 'company', company_name: '另一家', invitation_token_hash: tokenHash });
		expect(own.profile.organization_id).not.toBe(demoCompany);
	});

	it('gives a valuation firm its own unverified agency with its profile, and a bank its bank', async () => {
		const firm = await insertAuthUser({
			role: 'provider',
			display_name: '评估师',
			provider_name: '新评估公司',
			provider_type: 'valuation_firm'
		});
		const bank = await insertAuthUser({ role: 'provider', provider_name: '新银行', provider_type: 'bank' });
		const organizations = await database.query<{ id: string; kind: string; verified: boolean; agency_type: string }>(
			sql`select o.id, o.kind, o.verified, a.agency_type from public.organizations o
				left join public.agency_profiles a on a.organization_id = o.id
				where o.id in (${firm.profile.organization_id}, ${bank.profile.organization_id}) order by o.kind`
		);
		expect(organizations.map(({ id, ...rest }) => ({ ...rest, firm: id === firm.profile.organization_id }))).toEqual([
			{ kind: 'agency', verified: false, agency_type: 'valuation_firm', firm: true },
			{ kind: 'bank', verified: false, agency_type: null, firm: false }
		]);
		expect([firm.profile.role, bank.profile.role]).toEqual(['provider', 'provider']);
	});

	it('refuses a self-chosen officer or admin role and an unknown institution, creating no user', async () => {
		await expect(insertAuthUser({ role: 'admin', display_name: 'x' })).rejects.toMatchObject({ code: '42501' });
		await expect(
			insertAuthUser({ role: 'researcher', display_name: 'x', organization_id: '00000000-0000-4000-8000-000000000201' })
		).rejects.toMatchObject({ code: '23503' });
		await expect(
			insertAuthUser({ role: 'researcher', display_name: 'x', organization_id: 'not-a-uuid' })
		).rejects.toMatchObject({ code: '23503' });
		await expect(
			insertAuthUser({ role: 'provider', provider_name: '某机构', provider_type: 'university' })
		).rejects.toMatchObject({ code: '23514' });
		await expect(insertAuthUser({ role: 'provider', provider_type: 'bank' })).rejects.toMatchObject({ code: '23514' });
		const [{ strays }] = await database.query<{ strays: number }>(
			sql`select count(*)::int as strays from auth.users where email like '%@example.com' and id not in (select id from public.profiles)`
		);
		expect(strays).toBe(0);
	});

	it('leaves accounts made outside the sign-up form (invites, seed) without a profile until one is written', async () => {
		const { profile } = await insertAuthUser(null);
		expect(profile).toBeUndefined();
	});

	it('creates one private bucket with the upload limits, which no browser role can read', async () => {
		const [bucket] = await database.query<{ public: boolean; file_size_limit: number; allowed_mime_types: string[] }>(
			sql`select public, file_size_limit, allowed_mime_types from storage.buckets where id = 'zhiqiao-files'`
		);
		expect(bucket).toEqual({
			public: false,
			file_size_limit: 20 * 1024 * 1024,
			allowed_mime_types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']
		});
		await database.query(
			sql`insert into storage.objects (bucket_id, name) values ('zhiqiao-files', ${`deals/${dealId}/x.pdf`})`
		);
		for (const executor of [asUser(database, demo.company), asAnon(database)]) {
			expect(await executor.query(sql`select name from storage.objects where bucket_id = 'zhiqiao-files'`)).toEqual([]);
		}
	});

	it('lets authenticator become each API role, as PostgREST and Realtime do', async () => {
		const memberships = await database.query<{ role: string }>(sql`
			select r.rolname as role from pg_auth_members m join pg_roles r on r.oid = m.roleid
			join pg_roles member on member.oid = m.member where member.rolname = 'authenticator' order by 1`);
		expect(memberships.map((row) => row.role)).toEqual(
			expect.arrayContaining(['anon', 'authenticated', 'service_role'])
		);
	});
});
