import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as colleges from '../../src/lib/server/colleges.ts';
import * as memberships from '../../src/lib/server/memberships.ts';
import * as listings from '../../src/lib/server/listings.ts';
import * as listingDrafts from '../../src/lib/server/listing-drafts.ts';
import * as identity from '../../src/lib/server/auth/local-identity.ts';
import { draftValuesFromEntries } from '../../src/lib/rules/listing-draft.ts';
import { listingSchema } from '../../src/lib/schemas/listing.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// Universities, their colleges and researchers confirmed by their university (issue #24;
// supabase/migrations/20261213100000_colleges_and_confirmation.sql).

const other = {
	university: '00000000-0000-4000-8000-000000009600',
	college: '00000000-0000-4000-8000-000000009601',
	officer: '00000000-0000-4000-8000-000000009602'
};

const complete = listingSchema.parse({
	title: '高校科研人员身份确认测试成果',
	pitch: '确认之前只能保存草稿',
	summary: '一项用于检验成员确认规则的完整成果。',
	advantages: '完整',
	applications: '测试',
	industry: 'other',
	ipcCodes: 'G06F 21/00',
	trl: '4',
	cooperationModes: ['non_exclusive_license'],
	negotiable: true,
	askingPrice: '',
	inventors: [{ name: '新研究员', share: '100' }],
	patents: [
		{
			number: 'CN201710601862.3',
			type: 'invention',
			legalStatus: 'pending',
			title: '一种测试方法',
			filedOn: '2017-07-21',
			grantedOn: ''
		}
	]
});

async function signUpResearcher(database: Database, email: string, universityId: string, organizationId: string) {
	return identity.signUp(asService(database), {
		email,
		password: 'correct horse battery',
		displayName: '新研究员',
		role: 'researcher',
		universityId,
		organizationId,
		companyName: '',
		providerName: '',
		providerType: '',
		locale: 'zh-CN'
	});
}

async function completeDraft(owner: Executor, ownerId: string): Promise<string> {
	const id = (await listingDrafts.createDraft(owner, { id: ownerId, organizationId: demo.college }, randomUUID()))!;
	const raw = draftValuesFromEntries([['title', complete.title]]);
	const saved = await listingDrafts.saveDraft(
		owner,
		id,
		{ raw, fields: complete, complete, revision: 0 },
		{ strict: true }
	);
	expect(saved.ok).toBe(true);
	return id;
}

describe(`colleges and researchers' confirmation on ${driver}`, () => {
	let database: Database;
	let newResearcher: string;
	let draft: string;
	beforeAll(async () => {
		database = await openTestDatabase();
		// Another university, with a college and an officer of its own.
		await database.query(sql`insert into public.organizations (id, kind, parent_id, name_zh, name_en) values
			(${other.university}, 'university', null, '嘉陵理工大学', 'Jialing University of Technology'),
			(${other.college}, 'college', ${other.university}, '机械工程学院', 'School of Mechanical Engineering')`);
		await database.query(sql`insert into auth.users (id, email) values (${other.officer}, 'officer@jialing.example')`);
		await database.query(sql`insert into public.profiles (id, role, organization_id, display_name, email)
			values (${other.officer}, 'officer', ${other.university}, '嘉陵办公室', 'officer@jialing.example')`);
	});
	afterAll(() => database.close());

	it('keeps every researcher who was there before confirmed, and the seed’s newcomer pending', async () => {
		const rows = await database.query<{ status: string; count: number }>(sql`
			select membership_status as status, count(*)::int as count from public.profiles
			where role = 'researcher' group by 1 order by 1`);
		expect(rows).toEqual([
			{ status: 'pending', count: 1 },
			{ status: 'confirmed', count: 7 }
		]);
	});

	it('lets an admin create universities and colleges, an officer only colleges of their own university', async () => {
		const admin = asUser(database, demo.admin);
		const officer = asUser(database, demo.officer);
		const made = await colleges.createUniversity(admin, { nameZh: '缙云师范学院', nameEn: '' });
		if (!made.ok) throw new Error(made.reason);
		const college = await colleges.createCollege(admin, {
			universityId: made.id,
			nameZh: '计算机学院',
			nameEn: 'School of Computer Science'
		});
		expect(college.ok).toBe(true);
		const own = await colleges.createCollege(officer, {
			universityId: demo.university,
			nameZh: '新能源学院',
			nameEn: ''
		});
		expect(own.ok).toBe(true);

		expect(await colleges.createCollege(officer, { universityId: made.id, nameZh: '外校学院', nameEn: '' })).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await colleges.createUniversity(officer, { nameZh: '办公室自建大学', nameEn: '' })).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		for (const user of [demo.researcher, demo.company]) {
			const refused = await colleges.createCollege(asUser(database, user), {
				universityId: demo.university,
				nameZh: '冒名学院',
				nameEn: ''
			});
			expect(refused).toEqual({ ok: false, reason: 'not_allowed' });
		}
		// A college is under a university, never under a college.
		const nested = await colleges.createCollege(admin, { universityId: demo.college, nameZh: '二级学院', nameEn: '' });
		expect(nested).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await colleges.createCollege(admin, { universityId: made.id, nameZh: '计算机学院', nameEn: '' })).toEqual({
			ok: false,
			reason: 'name_taken'
		});
		// Nobody writes organisations directly but through these functions (and the admin's verification).
		expect(
			await sqlState(
				officer.query(sql`insert into public.organizations (kind, parent_id, name_zh, name_en)
					values ('college', ${demo.university}, '直接写入学院', 'x')`)
			)
		).toBe('42501');

		const listed = await colleges.listUniversitiesWithColleges(asAnon(database));
		const normal = listed.find((university) => university.id === made.id)!;
		expect(normal).toMatchObject({ nameZh: '缙云师范学院', nameEn: '缙云师范学院', verified: false });
		expect(normal.colleges.map((row) => [row.nameZh, row.nameEn])).toEqual([
			['计算机学院', 'School of Computer Science']
		]);
		const audited = await database.query<{ actor: string; after: { kind: string; name_zh: string } }>(sql`
			select actor_id as actor, after from public.audit_events
			where action = 'organizations.create' and entity_id in (${made.id}, ${college.ok ? college.id : ''}, ${own.ok ? own.id : ''})
			order by id`);
		expect(audited).toEqual([
			{ actor: demo.admin, after: { kind: 'university', name_zh: '缙云师范学院' } },
			{ actor: demo.admin, after: { kind: 'college', name_zh: '计算机学院' } },
			{ actor: demo.officer, after: { kind: 'college', name_zh: '新能源学院' } }
		]);
	});

	it('refuses a second university of the same name, in either language, also when two admins add it at once', async () => {
		const admin = asUser(database, demo.admin);
		const [first, second] = await Promise.all([
			colleges.createUniversity(admin, { nameZh: '渝北理工大学', nameEn: 'Yubei Tech' }),
			colleges.createUniversity(admin, { nameZh: '渝北理工大学', nameEn: 'Yubei Tech' })
		]);
		expect([first.ok, second.ok].sort()).toEqual([false, true]);
		expect(await colleges.createUniversity(admin, { nameZh: ' 渝北理工大学 ', nameEn: '' })).toEqual({
			ok: false,
			reason: 'name_taken'
		});
		expect(await colleges.createUniversity(admin, { nameZh: '渝北理工', nameEn: 'yubei tech' })).toEqual({
			ok: false,
			reason: 'name_taken'
		});
		const [row] = await database.query<{ n: number }>(
			sql`select count(*)::int as n from public.organizations where kind = 'university' and name_zh = '渝北理工大学'`
		);
		expect(row.n).toBe(1);
	});

	it('refuses a college of another university at sign-up, and starts a new researcher pending', async () => {
		expect(await colleges.isCollegeOf(asAnon(database), other.college, demo.university)).toBe(false);
		expect(await colleges.isCollegeOf(asAnon(database), demo.college, demo.university)).toBe(true);
		for (const organizationId of [other.college, demo.university]) {
			expect(await signUpResearcher(database, 'mixed@example.com', demo.university, organizationId)).toEqual({
				ok: false,
				reason: 'organization_invalid'
			});
		}
		const made = await signUpResearcher(database, 'newcomer@example.com', demo.university, demo.college);
		if (!made.ok) throw new Error(made.reason);
		newResearcher = made.userId;
		expect(await memberships.ownMembership(asUser(database, newResearcher))).toEqual({
			status: 'pending',
			declineReason: null
		});
		// Nor can the researcher confirm themselves by writing their profile.
		expect(
			await sqlState(
				asUser(database, newResearcher).query(
					sql`update public.profiles set membership_status = 'confirmed' where id = ${newResearcher}`
				)
			)
		).toBe('42501');
	});

	it('keeps an unconfirmed researcher’s listing a draft, whoever asks', async () => {
		const owner = asUser(database, newResearcher);
		draft = await completeDraft(owner, newResearcher);
		expect(await listings.moveListingToStatus(owner, draft, 'submitted')).toBe('unconfirmed');
		expect(
			await sqlState(database.query(sql`update public.listings set status = 'submitted' where id = ${draft}`))
		).toBe('ZQ600');
		expect(
			await sqlState(
				database.query(sql`insert into public.listings (owner_id, institution_id, college_id, status, title)
					values (${newResearcher}, ${demo.university}, ${demo.college}, 'published', '直接发布')`)
			)
		).toBe('ZQ600');
		expect((await listings.getListing(owner, draft))?.status).toBe('draft');
	});

	it('lets only an officer of the researcher’s university or an admin see and decide', async () => {
		const outsider = asUser(database, other.officer);
		for (const user of [other.officer, newResearcher, demo.company, demo.researcher]) {
			expect(await memberships.decideMembership(asUser(database, user), newResearcher, 'confirm', '')).toBe(
				'not_allowed'
			);
		}
		expect((await memberships.listUnconfirmed(outsider)).map((row) => row.id)).not.toContain(newResearcher);
		expect(await memberships.listUnconfirmed(asUser(database, newResearcher))).toEqual([]);
		const seen = await memberships.listUnconfirmed(asUser(database, demo.officer));
		expect(seen.find((row) => row.id === newResearcher)).toMatchObject({
			email: 'newcomer@example.com',
			status: 'pending',
			collegeNameZh: '材料与能源学院',
			universityNameZh: '缙云大学'
		});
		expect((await memberships.listUnconfirmed(asUser(database, demo.admin))).map((row) => row.id)).toContain(
			newResearcher
		);
		expect(await memberships.decideMembership(asUser(database, demo.officer), newResearcher, 'decline', ' ')).toBe(
			'reason_required'
		);
		expect(await memberships.ownMembership(asUser(database, newResearcher))).toMatchObject({ status: 'pending' });
	});

	it('confirms a declined researcher, who then submits and is published; every decision is audited', async () => {
		const officer = asUser(database, demo.officer);
		const owner = asUser(database, newResearcher);
		expect(await memberships.decideMembership(officer, newResearcher, 'decline', '查无此人，请联系学院')).toBe(
			'decided'
		);
		expect(await memberships.ownMembership(owner)).toEqual({
			status: 'declined',
			declineReason: '查无此人，请联系学院'
		});
		expect(await memberships.decideMembership(officer, newResearcher, 'decline', '再拒一次')).toBe('already_decided');
		expect(await listings.moveListingToStatus(owner, draft, 'submitted')).toBe('unconfirmed');

		expect(await memberships.decideMembership(officer, newResearcher, 'confirm', '')).toBe('decided');
		expect(await memberships.decideMembership(officer, newResearcher, 'confirm', '')).toBe('already_decided');
		expect(await memberships.ownMembership(owner)).toEqual({ status: 'confirmed', declineReason: null });
		expect(await listings.moveListingToStatus(owner, draft, 'submitted')).toBe('changed');
		expect(await listings.moveListingToStatus(officer, draft, 'published')).toBe('changed');
		expect((await memberships.listUnconfirmed(officer)).map((row) => row.id)).not.toContain(newResearcher);

		const audited = await database.query<{ actor: string; before: unknown; after: unknown }>(sql`
			select actor_id as actor, before, after from public.audit_events
			where action = 'profiles.membership' and entity_id = ${newResearcher} order by id`);
		expect(audited).toEqual([
			{
				actor: demo.officer,
				before: { membership_status: 'pending' },
				after: { membership_status: 'declined', reason: '查无此人，请联系学院' }
			},
			{ actor: demo.officer, before: { membership_status: 'declined' }, after: { membership_status: 'confirmed' } }
		]);
	});
});
