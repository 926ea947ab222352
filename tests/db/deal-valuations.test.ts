import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as valuations from '../../src/lib/server/valuations.ts';
import * as dealValuations from '../../src/lib/server/deal-valuations.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// Valuations attached to deals (supabase/migrations/…_deal_valuations.sql): attaching shares a
// valuation with the deal's participants and nobody else, only a delivered valuation of the
// deal's patents, before signing; detaching ends the sharing; a replay attaches once.
const firm = '00000000-0000-4000-8000-000000000400';
const valuer = '00000000-0000-4000-8000-000000001005';
const banker = '00000000-0000-4000-8000-000000001007';
const otherCompany = '00000000-0000-4000-8000-000000009211';
const negotiation = '00000000-0000-4000-8004-000000000001'; // the demo company's, listing 002
const casting = '00000000-0000-4000-8004-000000000010'; // the seed attached valuation …8037-…004 here
const signed = '00000000-0000-4000-8004-000000000012';
const heatPumpValuation = '00000000-0000-4000-8037-000000000001'; // delivered, of another listing
const waitingValuation = '00000000-0000-4000-8037-000000000002'; // requested, not delivered

describe(`valuations attached to deals on ${driver}`, () => {
	let database: Database;
	const as = (user: string) => asUser(database, user);
	const reads = async (who: Executor, id: string) => (await valuations.getValuation(who, id)) !== null;

	/** A delivered valuation the officer asked for, of the first patent of the deal's listing. */
	async function officersValuation(deal: string): Promise<string> {
		const [{ id: patent }] = await asService(database).query<{ id: string }>(sql`
			select p.id from public.patents p join public.deals d on d.listing_id = p.listing_id
			where d.id = ${deal} order by p.position limit 1`);
		const made = await valuations.requestValuation(as(demo.officer), {
			firmId: firm,
			patentIds: [patent],
			purpose: 'deal_pricing',
			preferredMethod: 'market',
			notes: '',
			wantedBy: null,
			creationKey: crypto.randomUUID()
		});
		if (!made.ok) throw new Error(made.reason);
		expect((await valuations.moveValuation(as(valuer), made.id, 'accepted')).ok).toBe(true);
		const delivered = await valuations.deliverValuation(as(valuer), made.id, {
			reportKey: `valuations/${made.id}/report`,
			low: 150_000_00,
			high: 210_000_00,
			methodUsed: 'market',
			baseDate: '2026-11-20',
			validUntil: '2027-11-19'
		});
		expect(delivered.ok).toBe(true);
		return made.id;
	}

	beforeAll(async () => {
		database = await openTestDatabase();
		const service = asService(database);
		await service.query(sql`insert into auth.users (id, email) values (${otherCompany}, 'dv-other@example.com')`);
		await service.query(sql`insert into public.profiles (id, role, organization_id, display_name, email) values
			(${otherCompany}, 'company', '00000000-0000-4000-8000-000000000200', '别家企业', 'dv-other@example.com')`);
	});
	afterAll(() => database.close());

	it('shares the seed’s attached valuation with the deal’s participants only', async () => {
		const attached = await dealValuations.listDealValuations(as(demo.company), casting);
		expect(attached.map((row) => [row.id, row.valueLowFen, row.valueHighFen])).toEqual([
			['00000000-0000-4000-8037-000000000004', 180_000_000, 240_000_000]
		]);
		expect(attached[0].mayDetach).toBe(true);
		expect((await dealValuations.listDealValuations(as(demo.officer), casting))[0].mayDetach).toBe(true);
		for (const outsider of [otherCompany, banker, demo.admin])
			expect(await dealValuations.listDealValuations(as(outsider), casting)).toEqual([]);
	});

	it('lets the officer share a valuation with the company, and detaching takes it back', async () => {
		const id = await officersValuation(negotiation);
		expect(await reads(as(demo.company), id)).toBe(false);
		const choices = await dealValuations.listAttachableValuations(as(demo.officer), negotiation);
		expect(choices.map((row) => row.id)).toContain(id);

		expect(await dealValuations.attachValuation(as(demo.officer), negotiation, id)).toEqual({ ok: true, id });
		expect(await dealValuations.attachValuation(as(demo.officer), negotiation, id)).toEqual({ ok: true, id });
		const [{ rows }] = await asService(database).query<{ rows: number }>(
			sql`select count(*)::int as rows from public.deal_valuations where valuation_id = ${id}`
		);
		expect(rows).toBe(1);
		expect(await reads(as(demo.company), id)).toBe(true);
		expect(await reads(as(demo.researcher), id)).toBe(true); // the listing's researcher takes part too
		for (const outsider of [otherCompany, banker, demo.admin]) expect(await reads(as(outsider), id)).toBe(false);
		expect(
			(await dealValuations.listAttachableValuations(as(demo.officer), negotiation)).map((row) => row.id)
		).not.toContain(id);

		// The researcher neither attached it nor is an officer; the company may not detach it either.
		expect(await dealValuations.detachValuation(as(demo.researcher), negotiation, id)).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await dealValuations.detachValuation(as(demo.company), negotiation, id)).toMatchObject({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await dealValuations.detachValuation(as(demo.officer), negotiation, id)).toEqual({ ok: true, id });
		expect(await reads(as(demo.company), id)).toBe(false);
		expect(await dealValuations.detachValuation(as(demo.officer), negotiation, id)).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
	});

	it('refuses what is not delivered, of other patents, unreadable, or for a signed deal', async () => {
		const refused = (who: string, deal: string, valuation: string) =>
			dealValuations.attachValuation(as(who), deal, valuation);
		expect(await refused(demo.company, negotiation, waitingValuation)).toMatchObject({
			ok: false,
			reason: 'not_delivered'
		});
		expect(await refused(demo.company, negotiation, heatPumpValuation)).toMatchObject({
			ok: false,
			reason: 'other_patents'
		});
		// Not a participant, or a valuation the caller may not read: answered as absent.
		expect(await refused(otherCompany, negotiation, heatPumpValuation)).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		expect(await refused(valuer, negotiation, heatPumpValuation)).toMatchObject({ ok: false, reason: 'not_found' });
		expect(await refused(demo.company, negotiation, 'not-a-uuid')).toMatchObject({ ok: false, reason: 'not_found' });
		const late = await officersValuation(signed);
		expect(await refused(demo.officer, signed, late)).toMatchObject({ ok: false, reason: 'closed' });
		const [{ rows }] = await asService(database).query<{ rows: number }>(
			sql`select count(*)::int as rows from public.deal_valuations where deal_id in (${negotiation}, ${signed})`
		);
		expect(rows).toBe(0);
	});

	it('gives nobody a write on the table itself', async () => {
		await expect(
			as(demo.officer).query(
				sql`insert into public.deal_valuations (deal_id, valuation_id) values (${negotiation}, ${heatPumpValuation})`
			)
		).rejects.toThrow();
	});
});
