import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as valuations from '../../src/lib/server/valuations.ts';
import * as valuationReports from '../../src/lib/server/valuation-reports.ts';
import type { ValuationRequestInput } from '../../src/lib/schemas/valuation.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { memoryStorage } from './setup/storage.ts';
import { confidenceFixture } from './setup/outsiders.ts';

// Patent valuations (supabase/migrations/…_valuations.sql): who may ask, who reads (RLS), the
// status moves and who makes them, the delivery's rules, and a replayed create making one row.
const firm = '00000000-0000-4000-8000-000000000400';
const patentAgency = '00000000-0000-4000-8000-000000000401';
const valuer = '00000000-0000-4000-8000-000000001005';
const agent = '00000000-0000-4000-8000-000000001006';
const banker = '00000000-0000-4000-8000-000000001007';
const otherCompany = '00000000-0000-4000-8000-000000009201'; // of 重庆两江智造 (…0200)
const colleague = '00000000-0000-4000-8000-000000009202'; // the demo company's second member
const otherOfficer = '00000000-0000-4000-8000-000000009203';
const heatPump = '00000000-0000-4000-8001-000000000003'; // published, Jinyun University
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

describe(`valuations on ${driver}`, () => {
	let database: Database;
	let patent: string;
	let hiddenPatent: string; // of a draft listing: nobody but its researcher and officers may name it
	const as = (user: string) => asUser(database, user);
	const request = (who: Executor, overrides: Partial<ValuationRequestInput> = {}) =>
		valuations.requestValuation(who, {
			firmId: firm,
			patentIds: [patent],
			purpose: 'pledge_loan',
			preferredMethod: 'income',
			notes: '用于专利权质押贷款',
			wantedBy: null,
			creationKey: crypto.randomUUID(),
			...overrides
		});
	const made = async (who: Executor, overrides: Partial<ValuationRequestInput> = {}) => {
		const result = await request(who, overrides);
		if (!result.ok) throw new Error(result.reason);
		return result.id;
	};
	const figures = {
		low: 800_000_00,
		high: 1_200_000_00,
		methodUsed: 'income' as const,
		baseDate: '2026-11-30',
		validUntil: '2027-11-29'
	};

	beforeAll(async () => {
		database = await openTestDatabase();
		({ patent, hiddenPatent } = await confidenceFixture(asService(database), {
			otherCompany,
			colleague,
			otherOfficer,
			university: '00000000-0000-4000-8000-000000009100',
			listing: heatPump,
			hiddenOf: demo.university
		}));
	});
	afterAll(() => database.close());

	it('reads only for the requester, company colleagues, the university’s officers and the firm', async () => {
		const id = await made(as(demo.company));
		const sees = async (who: Executor) => (await valuations.getValuation(who, id)) !== null;
		expect(await sees(as(demo.company))).toBe(true);
		expect(await sees(as(colleague))).toBe(true);
		expect(await sees(as(demo.officer))).toBe(true);
		expect(await sees(as(valuer))).toBe(true);
		for (const outsider of [otherOfficer, agent, banker, otherCompany, demo.admin, demo.researcher])
			expect(await sees(as(outsider)), outsider).toBe(false);
		expect(await sqlState(asAnon(database).query(sql`select id from public.valuation_requests`))).toBe('42501');
		// The timeline and the patents follow the request.
		expect(await as(otherCompany).query(sql`select 1 from public.valuation_events where valuation_id = ${id}`)).toEqual(
			[]
		);
		expect(
			await as(otherCompany).query(sql`select 1 from public.valuation_patents where valuation_id = ${id}`)
		).toEqual([]);
		expect(
			(await as(valuer).query(sql`select 1 from public.valuation_patents where valuation_id = ${id}`)).length
		).toBe(1);
		// A researcher's own request is theirs alone (no colleagues), plus the officers and the firm.
		const own = await made(as(demo.researcher));
		expect(await valuations.getValuation(as(demo.researcher), own)).not.toBeNull();
		expect(await valuations.getValuation(as(demo.company), own)).toBeNull();
		expect(await valuations.getValuation(as(demo.officer), own)).not.toBeNull();
	});

	it('is asked by researchers, officers and companies of a verified valuation firm, for patents they may name', async () => {
		expect(await request(as(banker))).toMatchObject({ ok: false, reason: 'not_allowed' });
		expect(await request(as(valuer))).toMatchObject({ ok: false, reason: 'not_allowed' });
		expect(await request(as(demo.admin))).toMatchObject({ ok: false, reason: 'not_allowed' });
		expect(await request(as(demo.company), { firmId: patentAgency })).toMatchObject({
			reason: 'firm_refused',
			field: 'firmId'
		});
		await asService(database).query(sql`update public.organizations set verified = false where id = ${firm}`);
		expect(await request(as(demo.company))).toMatchObject({ reason: 'firm_refused' });
		await asService(database).query(sql`update public.organizations set verified = true where id = ${firm}`);
		expect(await request(as(demo.company), { patentIds: [] })).toMatchObject({
			reason: 'patent_refused',
			field: 'patentIds'
		});
		expect(await request(as(demo.company), { patentIds: [hiddenPatent] })).toMatchObject({ reason: 'patent_refused' });
		expect(await request(as(otherOfficer), { patentIds: [hiddenPatent] })).toMatchObject({ reason: 'patent_refused' });
		expect(await request(as(demo.officer), { patentIds: [hiddenPatent] })).toMatchObject({ ok: true });
		// No table write outside the functions.
		expect(await sqlState(as(demo.company).query(sql`update public.valuation_requests set status = 'delivered'`))).toBe(
			'42501'
		);
	});

	it('a replayed create makes one request; another person’s key is refused', async () => {
		const creationKey = crypto.randomUUID();
		const first = await made(as(demo.company), { creationKey });
		expect(await request(as(demo.company), { creationKey })).toEqual({ ok: true, id: first });
		expect(await request(as(colleague), { creationKey })).toMatchObject({ ok: false, reason: 'not_allowed' });
		const [{ count }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.valuation_requests where creation_key = ${creationKey}`
		);
		expect(count).toBe(1);
	});

	it('moves requested → accepted → delivered by the firm; withdrawn by the requester only; declined with a reason', async () => {
		const id = await made(as(demo.company));
		expect(await valuations.moveValuation(as(agent), id, 'accepted')).toMatchObject({ reason: 'not_found' });
		expect(await valuations.moveValuation(as(demo.company), id, 'accepted')).toMatchObject({ reason: 'not_allowed' });
		expect(await valuations.moveValuation(as(colleague), id, 'withdrawn')).toMatchObject({ reason: 'not_allowed' });
		expect(await valuations.moveValuation(as(valuer), id, 'accepted')).toEqual({ ok: true, id });
		expect(await valuations.moveValuation(as(demo.company), id, 'withdrawn')).toMatchObject({ reason: 'move_illegal' });
		expect(await valuations.moveValuation(as(valuer), id, 'declined', '太忙')).toMatchObject({
			reason: 'move_illegal'
		});

		const declined = await made(as(demo.company));
		expect(await sqlState(as(valuer).query(sql`select app.move_valuation(${declined}, 'declined', '  ')`))).toBe(
			'23514'
		);
		expect(await valuations.moveValuation(as(valuer), declined, 'declined', '利益冲突')).toEqual({
			ok: true,
			id: declined
		});
		expect((await valuations.getValuation(as(demo.company), declined))?.declineReason).toBe('利益冲突');

		const withdrawn = await made(as(demo.company));
		expect(await valuations.moveValuation(as(demo.company), withdrawn, 'withdrawn')).toEqual({
			ok: true,
			id: withdrawn
		});
		expect(await valuations.moveValuation(as(valuer), withdrawn, 'accepted')).toMatchObject({ reason: 'move_illegal' });
		const events = (await valuations.getValuation(as(demo.company), id))?.events.map((event) => event.status);
		expect(events).toEqual(['requested', 'accepted']);
	});

	it('delivers a PDF report with a positive range, valid after its base date, by the firm only', async () => {
		const storage = memoryStorage();
		const id = await made(as(demo.company));
		const deliver = (who: Executor, bytes: Uint8Array, overrides: Partial<typeof figures> = {}) =>
			valuationReports.deliverReport(who, storage, id, { fileName: '报告.pdf', bytes }, { ...figures, ...overrides });
		expect(await deliver(as(valuer), pdf('early'))).toMatchObject({ reason: 'move_illegal' });
		await valuations.moveValuation(as(valuer), id, 'accepted');
		expect(await deliver(as(valuer), new TextEncoder().encode('not a pdf'))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(await deliver(as(valuer), pdf('x'), { low: 0 })).toMatchObject({ reason: 'range_invalid' });
		expect(await deliver(as(valuer), pdf('x'), { low: 300, high: 200 })).toMatchObject({
			reason: 'range_invalid',
			field: 'high'
		});
		expect(await deliver(as(valuer), pdf('x'), { validUntil: figures.baseDate })).toMatchObject({ reason: 'validity' });
		expect(await deliver(as(demo.company), pdf('x'))).toMatchObject({ reason: 'not_allowed' });
		expect(await deliver(as(agent), pdf('x'))).toMatchObject({ reason: 'not_found' });
		expect(storage.keys()).toEqual([]);
		// Straight to the function, no report: refused too.
		expect(
			await sqlState(
				as(valuer).query(sql`select app.deliver_valuation(${id}, null, 1, 2, 'cost', '2026-01-01', '2026-02-01')`)
			)
		).toBe('23502');

		expect(await deliver(as(valuer), pdf('final'))).toEqual({ ok: true, id });
		const [key] = storage.keys();
		expect(key).toMatch(new RegExp(`^valuations/${id}/[0-9a-f-]{36}$`));
		const detail = await valuations.getValuation(as(demo.company), id);
		expect(detail).toMatchObject({
			status: 'delivered',
			valueLowFen: figures.low,
			valueHighFen: figures.high,
			hasReport: true
		});
		expect(detail?.firm).toEqual({
			nameZh: '重庆渝信资产评估有限公司',
			nameEn: 'Chongqing Yuxin Asset Appraisal Co., Ltd.'
		});
		const listed = (await valuations.listValuations(as(valuer))).find((row) => row.id === id);
		expect(listed?.requester.nameZh).toBe('山城新能源汽车科技有限公司');
		expect(await valuationReports.getReport(as(demo.company), id)).toEqual({
			storageKey: key,
			fileName: expect.stringMatching(/^专利价值评估报告-.+\.pdf$/)
		});
		expect(await valuationReports.getReport(as(otherCompany), id)).toBeNull();
		expect(await valuationReports.getReport(as(banker), id)).toBeNull();
		// Delivered once: no second report.
		expect(await deliver(as(valuer), pdf('again'))).toMatchObject({ reason: 'move_illegal' });
		expect(storage.keys()).toEqual([key]);
	});

	it('keeps a valued patent’s number and title when its draft listing is deleted', async () => {
		const id = await made(as(demo.officer), { patentIds: [hiddenPatent] });
		const before = await valuations.getValuation(as(demo.officer), id);
		const service = asService(database);
		await service.query(
			sql`delete from public.listings where id = (select listing_id from public.patents where id = ${hiddenPatent})`
		);
		const after = await valuations.getValuation(as(demo.officer), id);
		expect(after?.patents).toEqual(before?.patents.map((named) => ({ ...named, patentId: null })));
		expect(after?.patents[0].applicationNumber).toMatch(/^\d{12}\.[\dX]$|^\d{8}\.[\dX]$/);
	});
});
