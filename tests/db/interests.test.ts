import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql, type SqlFragment } from '../../src/lib/server/db/sql.ts';
import { constraintName } from '../../src/lib/server/db/port.ts';
import * as interests from '../../src/lib/server/interests.ts';
import { databaseConstraints, postgresErrors } from '../../src/lib/contracts/database-errors.ts';
import { asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

// Issue #17: a company has at most one open interest per listing; what it adds goes to that one.
const companyOrganization = '00000000-0000-4000-8000-000000000201';
const companyUser = { id: demo.company, organizationId: companyOrganization };
/** Published, Jinyun's, and without any interest in the demo data. */
const listing = '00000000-0000-4000-8001-000000000003';
const interestInput = (message = '希望洽谈') => ({
	idempotencyKey: crypto.randomUUID(),
	wantedMode: 'non_exclusive_license' as const,
	fieldOfUse: '',
	territory: '',
	budgetMin: null,
	budgetMax: null,
	timeline: null,
	message
});

describe(`one open interest per company and listing on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	const count = async (statement: SqlFragment) =>
		(await asService(database).query<{ count: number }>(statement))[0].count;
	const interestsInListing = () =>
		count(sql`select count(*)::int as count from public.interests
			where listing_id = ${listing} and company_id = ${companyOrganization}`);
	const officerNotifications = (kind: string) =>
		count(sql`select count(*)::int as count from public.notifications
			where user_id = ${demo.officer} and listing_id = ${listing} and kind = ${kind}`);

	it('refuses a second open interest with the first one, stores nothing and notifies nobody again', async () => {
		const company = asUser(database, demo.company);
		const first = await interests.expressInterest(company, companyUser, listing, interestInput());
		expect(first).toMatchObject({ ok: true, replayed: false });
		const id = first.ok ? first.id : '';
		expect(await officerNotifications('interest_received')).toBe(1);

		const second = await interests.expressInterest(company, companyUser, listing, interestInput('再发一次'));
		expect(second).toEqual({ ok: false, reason: 'already_open', open: { id, status: 'new' } });
		expect(await interestsInListing()).toBe(1);
		expect(await officerNotifications('interest_received')).toBe(1);
		expect(await interests.getOpenInterest(company, companyOrganization, listing)).toEqual({ id, status: 'new' });

		// The index itself, whoever writes: the database names it, on both drivers.
		const error = await asService(database)
			.query(
				sql`insert into public.interests (listing_id, company_id, created_by, idempotency_key, wanted_mode)
				values (${listing}, ${companyOrganization}, ${demo.company}, ${crypto.randomUUID()}, 'option')`
			)
			.catch((caught: unknown) => caught);
		expect((error as { code?: string }).code).toBe(postgresErrors.uniqueViolation);
		expect(constraintName(error)).toBe(databaseConstraints.oneOpenInterest);
	});

	it('takes a new interest once the open one is withdrawn', async () => {
		const company = asUser(database, demo.company);
		const open = await interests.getOpenInterest(company, companyOrganization, listing);
		expect(open).not.toBeNull();
		expect(await interests.withdrawInterest(company, open!.id)).toEqual({ ok: true });
		const again = await interests.expressInterest(company, companyUser, listing, interestInput('重新发送'));
		expect(again).toMatchObject({ ok: true, replayed: false });
		expect(await interestsInListing()).toBe(2);
	});

	it('keeps exactly one interest when sends with different keys race', async () => {
		const racing = '00000000-0000-4000-8001-000000000004';
		const results = await Promise.all(
			Array.from({ length: 6 }, () =>
				interests.expressInterest(asUser(database, demo.company), companyUser, racing, interestInput())
			)
		);
		const created = results.filter((result) => result.ok);
		expect(created).toHaveLength(1);
		const createdId = created[0].ok ? created[0].id : '';
		for (const result of results.filter((result) => !result.ok)) {
			expect(result).toEqual({ ok: false, reason: 'already_open', open: { id: createdId, status: 'new' } });
		}
		expect(
			await count(sql`select count(*)::int as count from public.interests
				where listing_id = ${racing} and company_id = ${companyOrganization}`)
		).toBe(1);
	});

	it('adds a message to the open interest once per key, notifying the officer once per message', async () => {
		const company = asUser(database, demo.company);
		const open = (await interests.getOpenInterest(company, companyOrganization, listing))!;
		const before = await officerNotifications('interest_message');
		const input = { idempotencyKey: crypto.randomUUID(), interest: open.id, message: '补充：样品已准备好' };
		const replays = await Promise.all(
			Array.from({ length: 4 }, () => interests.addInterestMessage(company, companyUser, listing, input))
		);
		expect(replays.filter((result) => result.ok && !result.replayed)).toHaveLength(1);
		expect(replays.every((result) => result.ok)).toBe(true);
		expect(await officerNotifications('interest_message')).toBe(before + 1);
		const shown = await interests.getInterest(asUser(database, demo.officer), open.id);
		expect(shown?.messages.map((message) => message.body)).toEqual(['补充：样品已准备好']);
	});

	it('refuses a message to the open interest of another listing, whatever the hidden field says', async () => {
		const company = asUser(database, demo.company);
		const open = (await interests.getOpenInterest(company, companyOrganization, listing))!;
		const elsewhere = '00000000-0000-4000-8001-000000000002';
		const input = { idempotencyKey: crypto.randomUUID(), interest: open.id, message: '发错了地方' };
		expect(await interests.addInterestMessage(company, companyUser, elsewhere, input)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		const shown = await interests.getInterest(company, open.id);
		expect(shown?.messages.map((message) => message.body)).not.toContain('发错了地方');
	});

	it('takes at most 10 messages an hour on one interest, and still answers a replay of a stored one', async () => {
		const company = asUser(database, demo.company);
		const open = (await interests.getOpenInterest(company, companyOrganization, listing))!;
		const stored = (await interests.getInterest(company, open.id))!.messages.length;
		const inputs = Array.from({ length: 12 - stored }, (_, index) => ({
			idempotencyKey: crypto.randomUUID(),
			interest: open.id,
			message: `第 ${index} 条`
		}));
		const results = await Promise.all(
			inputs.map((input) => interests.addInterestMessage(asUser(database, demo.company), companyUser, listing, input))
		);
		expect(results.filter((result) => result.ok)).toHaveLength(10 - stored);
		expect(results.filter((result) => !result.ok)).toEqual([
			{ ok: false, reason: 'too_many' },
			{ ok: false, reason: 'too_many' }
		]);
		expect((await interests.getInterest(company, open.id))!.messages).toHaveLength(10);
		const first = inputs[results.findIndex((result) => result.ok)];
		expect(await interests.addInterestMessage(company, companyUser, listing, first)).toEqual({
			ok: true,
			replayed: true
		});
		// An hour later there is room again.
		await asService(database).query(
			sql`update public.interest_messages set created_at = created_at - interval '61 minutes' where interest_id = ${open.id}`
		);
		expect(
			await interests.addInterestMessage(company, companyUser, listing, {
				...first,
				idempotencyKey: crypto.randomUUID()
			})
		).toEqual({
			ok: true,
			replayed: false
		});
	});

	it('refuses messages to a closed interest, from another company and from researchers', async () => {
		const company = asUser(database, demo.company);
		const open = (await interests.getOpenInterest(company, companyOrganization, listing))!;
		const input = () => ({ idempotencyKey: crypto.randomUUID(), interest: open.id, message: '你好' });
		const otherCompany = '00000000-0000-4000-8000-000000002101';
		expect(
			await interests.addInterestMessage(
				asUser(database, otherCompany),
				{ id: otherCompany, organizationId: companyOrganization },
				listing,
				input()
			)
		).toEqual({ ok: false, reason: 'not_allowed' });
		expect(
			await interests.addInterestMessage(
				asUser(database, demo.researcher),
				{ id: demo.researcher, organizationId: companyOrganization },
				listing,
				input()
			)
		).toEqual({ ok: false, reason: 'not_allowed' });
		await interests.withdrawInterest(company, open.id);
		expect(await interests.addInterestMessage(company, companyUser, listing, input())).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(
			await sqlState(
				asUser(database, demo.company)
					.query(sql`insert into public.interest_messages (interest_id, author_id, idempotency_key, body)
					values (${open.id}, ${demo.company}, ${crypto.randomUUID()}, '直接写入')`)
			)
		).toBe(postgresErrors.insufficientPrivilege);
	});
});
