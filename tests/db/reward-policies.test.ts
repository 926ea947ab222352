import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as rewardPolicies from '../../src/lib/server/reward-policies.ts';
import { shanghaiDay } from '../../src/lib/rules/shanghai-clock.ts';
import type { Shares } from '../../src/lib/rules/reward-policy.ts';
import type { RewardPolicyInput } from '../../src/lib/schemas/reward-policy.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

const kind = (inventors: number, college: number, university: number, office: number) => ({
	inventors,
	college,
	university,
	office
});
const generous: Shares = {
	transfer: kind(8000, 500, 1000, 500),
	equity: kind(6000, 1000, 2000, 1000),
	own: kind(1000, 2000, 6000, 1000)
};
const belowFloors: Shares = { ...generous, transfer: kind(4000, 2000, 3000, 1000) };
const today = shanghaiDay(new Date());

describe(`reward policies on ${driver}`, () => {
	let database: Database;
	const input = (version: number, overrides: Partial<RewardPolicyInput> = {}): RewardPolicyInput => ({
		universityId: demo.university,
		version,
		submissionKey: crypto.randomUUID(),
		effectiveOn: today,
		shares: generous,
		citation: null,
		note: '',
		...overrides
	});
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('shows the seeded history to the university’s members and officers, and to nobody else', async () => {
		const history = await rewardPolicies.listPolicies(asUser(database, demo.officer), demo.university);
		expect(history.map((policy) => policy.version)).toEqual([2, 1]);
		expect(history[0].shares.transfer).toEqual(kind(7000, 1000, 1000, 1000));
		expect(history[1].shares.own.inventors).toBe(500);
		expect(await rewardPolicies.listPolicies(asUser(database, demo.researcher), demo.university)).toHaveLength(2);
		expect(await rewardPolicies.listPolicies(asUser(database, demo.admin), demo.university)).toHaveLength(2);
		expect(await rewardPolicies.listPolicies(asUser(database, demo.company), demo.university)).toEqual([]);
	});

	it('finds the version in force on a day: the latest to take effect on or before it', async () => {
		const officer = asUser(database, demo.officer);
		const on = async (day: string) => (await rewardPolicies.policyInForce(officer, demo.university, day))?.version;
		expect(await on('2023-12-31')).toBeUndefined();
		expect(await on('2024-01-01')).toBe(1);
		expect(await on('2025-12-31')).toBe(1);
		expect(await on('2026-01-01')).toBe(2);
		expect(
			await rewardPolicies.policyInForce(asUser(database, demo.company), demo.university, '2026-06-01')
		).toBeNull();
	});

	it('publishes the next version once, however often the form is posted, and audits it', async () => {
		const officer = asUser(database, demo.officer);
		const first = input(3, { note: '提高完成人比例' });
		expect(await rewardPolicies.publishPolicy(officer, first)).toEqual({ ok: true, version: 3 });
		expect(await rewardPolicies.publishPolicy(officer, first)).toEqual({ ok: true, version: 3 });
		expect(await rewardPolicies.listPolicies(officer, demo.university)).toHaveLength(3);
		expect(await rewardPolicies.policyInForce(officer, demo.university, today)).toMatchObject({
			version: 3,
			shares: generous,
			createdByName: expect.any(String)
		});
		const audit = await asService(database).query<{ actorId: string; after: Record<string, unknown> }>(sql`
			select actor_id as "actorId", after from public.audit_events
			where action = 'reward_policies.publish' and entity_id = ${demo.university} order by id desc limit 1`);
		expect(audit).toEqual([
			{
				actorId: demo.officer,
				after: expect.objectContaining({ version: 3, transfer_inventors: 80, note: '提高完成人比例' })
			}
		]);
		// A form opened before version 3 was published is stale, and stores nothing.
		expect(await rewardPolicies.publishPolicy(officer, input(3))).toEqual({ ok: false, reason: 'stale' });
		expect(await rewardPolicies.publishPolicy(officer, input(9))).toEqual({ ok: false, reason: 'stale' });
	});

	it('refuses a version taking effect in the past, and anyone but officers and admins', async () => {
		const officer = asUser(database, demo.officer);
		expect(await rewardPolicies.publishPolicy(officer, input(4, { effectiveOn: '2026-01-01' }))).toEqual({
			ok: false,
			reason: 'backdated'
		});
		for (const user of [demo.researcher, demo.company])
			expect(await rewardPolicies.publishPolicy(asUser(database, user), input(4))).toEqual({
				ok: false,
				reason: 'not_allowed'
			});
		expect(await rewardPolicies.publishPolicy(officer, input(4, { universityId: demo.college }))).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
	});

	it('refuses a policy below the Art. 45 floors in the database unless a regulation is cited', async () => {
		const admin = asUser(database, demo.admin);
		expect(await rewardPolicies.publishPolicy(admin, input(4, { shares: belowFloors }))).toEqual({
			ok: false,
			reason: 'below_floors'
		});
		const citation = {
			title: '缙云大学科技成果转化管理办法',
			number: '缙大校发〔2026〕8号',
			effectiveOn: '2026-03-01'
		};
		expect(await rewardPolicies.publishPolicy(admin, input(4, { shares: belowFloors, citation }))).toEqual({
			ok: true,
			version: 4
		});
		expect((await rewardPolicies.listPolicies(admin, demo.university))[0].citation).toEqual(citation);
	});

	it('keeps shares summing to 100 % and versions append-only, for everyone', async () => {
		const service = asService(database);
		expect(
			await sqlState(
				service.query(sql`insert into public.reward_policies (institution_id, version, effective_on, transfer_inventors,
					transfer_college, transfer_university, transfer_office, equity_inventors, equity_college, equity_university,
					equity_office, own_inventors, own_college, own_university, own_office, submission_key)
					values (${demo.university}, 5, ${today}::date, 60, 20, 20, 10, 50, 20, 20, 10, 5, 25, 60, 10, gen_random_uuid())`)
			)
		).toBe('23514');
		for (const executor of [service, asUser(database, demo.officer)]) {
			expect(
				await sqlState(executor.query(sql`update public.reward_policies set note = 'x' where version = 1`))
			).not.toBe(undefined);
			expect(await sqlState(executor.query(sql`delete from public.reward_policies where version = 1`))).not.toBe(
				undefined
			);
		}
		expect(await rewardPolicies.listPolicies(asUser(database, demo.officer), demo.university)).toHaveLength(4);
	});
});
