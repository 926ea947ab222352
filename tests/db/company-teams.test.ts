import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as identity from '../../src/lib/server/auth/local-identity.ts';
import * as teams from '../../src/lib/server/company-teams.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// Company teams (docs/domain.md, "Company teams"): invitations, joining at sign-up or signed in,
// owners and members, and what a member reads because they belong to the company.

const demoCompany = '00000000-0000-4000-8000-000000000201';
const otherCompanyUser = '00000000-0000-4000-8000-000000002101';
/** 林晓燕, who joined the demo company by invitation (supabase/seed.sql, "company teams"). */
const demoColleague = '00000000-0000-4000-8000-000000002201';

const newAccount = (email: string, token: string) => ({
	email,
	password: 'correct horse battery',
	displayName: `同事 ${email.slice(0, 4)}`,
	role: 'company' as const,
	universityId: '',
	organizationId: '',
	companyName: '',
	providerName: '',
	providerType: '',
	locale: 'zh-CN' as const,
	invitationTokenHash: teams.invitationTokenHash(token)
});

/** The invitation an invite made (the test fails on a refusal). */
function made(result: Awaited<ReturnType<typeof teams.inviteColleague>>): teams.InvitationMade {
	if ('refused' in result) throw new Error(`invitation refused: ${result.refused}`);
	return result;
}

/** A new invitation (a fresh creation key each time), its token known. */
async function invite(db: Executor, email: string | null): Promise<{ id: string; token: string }> {
	const { id, token } = made(await teams.inviteColleague(db, email, randomUUID()));
	if (!token) throw new Error('a fresh creation key made no invitation');
	return { id, token };
}

describe(`company teams on ${driver}`, () => {
	let database: Database;
	let service: Executor;
	let founder: Executor;
	let colleagueId: string;
	beforeAll(async () => {
		database = await openTestDatabase();
		service = asService(database);
		founder = asUser(database, demo.company);
	});
	afterAll(() => database.close());

	/** What a user reads of the company's work, through RLS. */
	async function companyReads(userId: string) {
		const [row] = await asUser(database, userId).query<{ deals: number; interests: number; invitations: number }>(sql`
			select (select count(*)::int from public.deals where company_id = ${demoCompany}) as deals,
			       (select count(*)::int from public.interests where company_id = ${demoCompany}) as interests,
			       (select count(*)::int from public.team_invitations) as invitations`);
		return row;
	}

	/** Signs up through a link and returns the new user's id (throws on a refusal). */
	async function joinAtSignUp(email: string, token: string): Promise<string> {
		const result = await identity.signUp(service, newAccount(email, token));
		if (!result.ok) throw new Error(result.reason);
		return result.userId;
	}

	it('makes the founder of the demo company its owner, and the colleague who joined a member', async () => {
		const members = await teams.listTeamMembers(founder);
		expect(members.map((member) => [member.id, member.teamRole])).toEqual([
			[demo.company, 'owner'],
			[demoColleague, 'member']
		]);
		// Colleagues' profiles stay private outside the team list.
		expect(await teams.listTeamMembers(asUser(database, otherCompanyUser))).toHaveLength(1);
	});

	it('lets a member invite by email or by a bare link, and shows the link to nobody else', async () => {
		const byEmail = await invite(founder, 'li.lei@example.com');
		const byLink = await invite(founder, null);
		expect(byEmail.token).toMatch(/^[a-z2-7]{32}$/);
		const pending = await teams.listPendingInvitations(founder);
		expect(pending.map((invitation) => invitation.email)).toEqual([null, 'li.lei@example.com', 'zhou.min@example.com']);
		expect(pending[0].invitedBy).toBe('王思琪');
		// Only the hash is stored.
		const stored = await database.query<{ token_hash: string }>(
			sql`select token_hash from public.team_invitations where id = ${byEmail.id}`
		);
		expect(stored[0].token_hash).toBe(teams.invitationTokenHash(byEmail.token));
		expect(await teams.listPendingInvitations(asUser(database, otherCompanyUser))).toEqual([]);
		expect(await asAnon(database).query(sql`select app.team_invitation(${stored[0].token_hash})`)).toHaveLength(1);
		expect(await teams.readInvitation(asAnon(database), byLink.token)).toMatchObject({
			organizationId: demoCompany,
			status: 'pending'
		});
	});

	it('finds the first invitation when its form is posted again, instead of making a second', async () => {
		const key = randomUUID();
		const first = made(await teams.inviteColleague(founder, 'replay@example.com', key));
		const again = await teams.inviteColleague(founder, 'replay@example.com', key);
		expect(first).toMatchObject({ created: true, token: expect.any(String) });
		expect(again).toEqual({ id: first.id, token: null, created: false });
		const [row] = await database.query<{ n: number }>(
			sql`select count(*)::int as n from public.team_invitations where email = 'replay@example.com'`
		);
		expect(row.n).toBe(1);
		// The key is the company's: another company's identical key makes its own invitation.
		const other = made(await teams.inviteColleague(asUser(database, otherCompanyUser), 'replay@example.com', key));
		expect(other.created).toBe(true);
	});

	it('keeps one pending invitation per address, and refuses a member’s address', async () => {
		const first = await invite(founder, 'Two.Links@example.com');
		const second = await invite(founder, 'two.links@example.com');
		const unrelated = await invite(founder, 'someone.else@example.com');
		// Inviting the address again replaces its invitation: the earlier link stops working.
		expect(await teams.readInvitation(asAnon(database), first.token)).toMatchObject({ status: 'revoked' });
		const [pending] = await database.query<{ n: number }>(sql`
			select count(*)::int as n from public.team_invitations
			where lower(email) = 'two.links@example.com' and accepted_at is null and revoked_at is null`);
		expect(pending.n).toBe(1);
		await joinAtSignUp('two.links@example.com', second.token);
		expect(await teams.readInvitation(asAnon(database), unrelated.token)).toMatchObject({ status: 'pending' });
		// Now a member (and the founder themself): refused, nothing made.
		for (const address of ['two.links@example.com', 'COMPANY@demo.zhiqiao.cn'])
			expect(await teams.inviteColleague(founder, address, randomUUID())).toEqual({ refused: 'already_member' });
		const [made] = await database.query<{ n: number }>(
			sql`select count(*)::int as n from public.team_invitations where lower(email) = 'company@demo.zhiqiao.cn'`
		);
		expect(made.n).toBe(0);
	});

	it('refuses an invitation from someone who is not a company member', async () => {
		const refused = invite(asUser(database, demo.researcher), null);
		await expect(refused).rejects.toMatchObject({ code: '42501' });
	});

	it('joins the inviting company at sign-up, and shows the new member its deals and interests', async () => {
		const before = await companyReads(demo.company);
		expect(before.deals).toBeGreaterThan(0);
		expect(before.interests).toBeGreaterThan(0);
		const { token } = await invite(founder, 'new.member@example.com');
		colleagueId = await joinAtSignUp('new.member@example.com', token);
		const [profile] = await database.query<{ organization_id: string; team_role: string; role: string }>(
			sql`select organization_id, team_role, role from public.profiles where id = ${colleagueId}`
		);
		expect(profile).toEqual({ organization_id: demoCompany, team_role: 'member', role: 'company' });
		expect(await companyReads(colleagueId)).toEqual({ ...before, invitations: before.invitations + 1 });
		expect(await teams.readInvitation(asAnon(database), token)).toMatchObject({ status: 'used' });
		const [audit] = await database.query<{ actor_id: string; entity_id: string; after: unknown }>(
			sql`select actor_id, entity_id, after from public.audit_events where action = 'team.join' order by id desc limit 1`
		);
		expect(audit).toEqual({ actor_id: colleagueId, entity_id: demoCompany, after: { member: '同事 new.' } });
	});

	it('refuses a used link at sign-up and when signed in, and keeps no half-made account', async () => {
		const { token } = await invite(founder, null);
		await joinAtSignUp('first.taker@example.com', token);
		expect(await identity.signUp(service, newAccount('second.taker@example.com', token))).toEqual({
			ok: false,
			reason: 'invitation_invalid'
		});
		const left = await database.query(sql`select 1 from auth.users where email = 'second.taker@example.com'`);
		expect(left).toEqual([]);
	});

	it('refuses expired, revoked, unknown and other-company acceptances with their reasons', async () => {
		const expired = await invite(founder, null);
		await database.query(
			sql`update public.team_invitations set expires_at = now() - interval '1 minute' where id = ${expired.id}`
		);
		const revoked = await invite(founder, null);
		expect(await teams.revokeInvitation(founder, revoked.id)).toBe('revoked');
		expect(await teams.revokeInvitation(founder, revoked.id)).toBe('not_pending');
		const fresh = await invite(founder, null);

		// A company user without an organisation (removed from another company) may accept.
		const outsider = await joinAtSignUp('outsider@example.com', (await invite(founder, null)).token);
		expect(await teams.removeMember(founder, outsider)).toBe('removed');
		const asOutsider = asUser(database, outsider);
		expect(await teams.acceptInvitation(asOutsider, expired.token)).toBe('expired');
		expect(await teams.acceptInvitation(asOutsider, revoked.token)).toBe('revoked');
		expect(await teams.acceptInvitation(asOutsider, 'no-such-token')).toBe('unknown');
		expect(await identity.signUp(service, newAccount('late@example.com', expired.token))).toEqual({
			ok: false,
			reason: 'invitation_invalid'
		});

		// A user of another company, a researcher and a member of this company are refused.
		expect(await teams.acceptInvitation(asUser(database, otherCompanyUser), fresh.token)).toBe('other_organization');
		expect(await teams.acceptInvitation(asUser(database, demo.researcher), fresh.token)).toBe('not_company');
		expect(await teams.acceptInvitation(asUser(database, colleagueId), fresh.token)).toBe('already_member');
		expect(await teams.readInvitation(asAnon(database), fresh.token)).toMatchObject({ status: 'pending' });

		expect(await teams.acceptInvitation(asOutsider, fresh.token)).toBe('joined');
		expect(await teams.acceptInvitation(asOutsider, fresh.token)).toBe('already_member');
		expect((await companyReads(outsider)).deals).toBeGreaterThan(0);
	});

	it('lets only the inviter or an owner revoke, and only within the company', async () => {
		const invitation = await invite(founder, null);
		expect(await teams.revokeInvitation(asUser(database, colleagueId), invitation.id)).toBe('not_allowed');
		expect(await teams.revokeInvitation(asUser(database, otherCompanyUser), invitation.id)).toBe('not_found');
		const own = await invite(asUser(database, colleagueId), null);
		expect(await teams.revokeInvitation(asUser(database, colleagueId), own.id)).toBe('revoked');
		expect(await teams.revokeInvitation(founder, invitation.id)).toBe('revoked');
	});

	it('shows a member the saved listings of their colleagues, and nobody else', async () => {
		const saved = sql`select user_id from public.saved_listings where user_id = ${demoColleague}`;
		expect(await founder.query(saved)).toHaveLength(1);
		expect(await asUser(database, otherCompanyUser).query(saved)).toEqual([]);
		expect(await asUser(database, demo.officer).query(saved)).toEqual([]);
		// Reading is all: a colleague's bookmark is theirs to remove.
		await founder.query(sql`delete from public.saved_listings where user_id = ${demoColleague}`);
		expect(await founder.query(saved)).toHaveLength(1);
	});

	it('lets an owner, and only an owner, remove a member, who then reads nothing of the company', async () => {
		const { token } = await invite(founder, null);
		const leaving = await joinAtSignUp('removed.member@example.com', token);
		expect((await companyReads(leaving)).interests).toBeGreaterThan(0);
		expect(await teams.removeMember(asUser(database, colleagueId), leaving)).toBe('not_allowed');
		// Another company's owner finds no such member in their own company.
		expect(await teams.removeMember(asUser(database, otherCompanyUser), leaving)).toBe('not_found');
		expect(await teams.removeMember(founder, demo.researcher)).toBe('not_found');
		expect(await teams.removeMember(founder, leaving)).toBe('removed');
		expect(await companyReads(leaving)).toEqual({ deals: 0, interests: 0, invitations: 0 });
		expect(await asUser(database, leaving).query(sql`select 1 from public.saved_listings`)).toEqual([]);
		expect(await teams.listTeamMembers(asUser(database, leaving))).toEqual([]);
	});

	it('keeps an owner: the last owner names a successor to leave, and the only member cannot leave', async () => {
		expect(await teams.leaveTeam(founder, null)).toBe('last_owner');
		expect(await teams.makeOwner(asUser(database, colleagueId), colleagueId)).toBe('not_allowed');
		expect(await teams.leaveTeam(asUser(database, colleagueId), null)).toBe('left');
		expect((await companyReads(colleagueId)).deals).toBe(0);

		const members = await teams.listTeamMembers(founder);
		const successor = members.find((member) => member.teamRole === 'member')!;
		expect(await teams.leaveTeam(founder, demo.researcher)).toBe('not_found');
		expect(await teams.makeOwner(founder, successor.id)).toBe('made_owner');
		expect(await teams.leaveTeam(founder, null)).toBe('left');
		expect(await teams.listTeamMembers(asUser(database, successor.id))).not.toContainEqual(
			expect.objectContaining({ id: demo.company })
		);

		// The remaining owner removes everyone else, then is the only member and stays.
		const owner = asUser(database, successor.id);
		for (const member of await teams.listTeamMembers(owner))
			if (member.id !== successor.id) expect(await teams.removeMember(owner, member.id)).toBe('removed');
		expect(await teams.leaveTeam(owner, null)).toBe('last_member');
		const actions = await database.query<{ action: string }>(
			sql`select distinct action from public.audit_events where action like 'team.%' order by action`
		);
		expect(actions.map((row) => row.action)).toEqual([
			'team.invite',
			'team.join',
			'team.leave',
			'team.make_owner',
			'team.remove',
			'team.revoke'
		]);
	});

	it('hands the last owner’s role to the named successor when leaving', async () => {
		const owner = await joinAtSignUp(
			'founder.two@example.com',
			(await invite(asUser(database, otherCompanyUser), null)).token
		);
		const asOwner = asUser(database, otherCompanyUser);
		expect(await teams.leaveTeam(asOwner, owner)).toBe('left');
		const [profile] = await database.query<{ team_role: string }>(
			sql`select team_role from public.profiles where id = ${owner}`
		);
		expect(profile.team_role).toBe('owner');
	});
});
