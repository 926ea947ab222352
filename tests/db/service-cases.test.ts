import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as cases from '../../src/lib/server/service-cases.ts';
import * as caseReads from '../../src/lib/server/service-case-reads.ts';
import * as caseRoom from '../../src/lib/server/service-case-room.ts';
import { postThreadMessage } from '../../src/lib/server/threads.ts';
import type { CaseRequestInput } from '../../src/lib/schemas/service-case.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';
import { memoryStorage } from './setup/storage.ts';
import { confidenceFixture } from './setup/outsiders.ts';

// Service cases (supabase/migrations/…_service_cases.sql): who may ask and of whom, who reads
// (RLS), every status move legal and illegal with its code, replayed creates, the rating once,
// the room's messages and documents, the other side's notifications and the public rating.
const valuationFirm = '00000000-0000-4000-8000-000000000400';
const agency = '00000000-0000-4000-8000-000000000401';
const valuer = '00000000-0000-4000-8000-000000001005';
const agent = '00000000-0000-4000-8000-000000001006';
const banker = '00000000-0000-4000-8000-000000001007';
const otherCompany = '00000000-0000-4000-8000-000000009301'; // of 重庆两江智造 (…0200)
const colleague = '00000000-0000-4000-8000-000000009302'; // the demo company's second member
const otherOfficer = '00000000-0000-4000-8000-000000009303';
const heatPump = '00000000-0000-4000-8001-000000000003'; // published, Jinyun University
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe(`service cases on ${driver}`, () => {
	let database: Database;
	let patent: string;
	let hiddenPatent: string;
	const as = (user: string) => asUser(database, user);
	const request = (who: Executor, overrides: Partial<CaseRequestInput> = {}) =>
		cases.requestCase(who, {
			agencyId: agency,
			service: 'fto_search',
			scope: '新能源车热管理产品上市前的自由实施（FTO）检索',
			deadline: inDays(30),
			budget: 20_000_00,
			patentIds: [patent],
			creationKey: crypto.randomUUID(),
			...overrides
		});
	const made = async (who: Executor, overrides: Partial<CaseRequestInput> = {}) => {
		const result = await request(who, overrides);
		if (!result.ok) throw new Error(result.reason);
		return result.id;
	};
	const quote = { amount: 18_000_00, days: 20, note: '含中英文检索报告' };
	const quoted = async () => {
		const id = await made(as(demo.company));
		expect(await cases.quoteCase(as(agent), id, quote)).toEqual({ ok: true, id });
		return id;
	};
	const storage = memoryStorage();
	const deliver = (who: string, id: string, bytes = pdf('报告')) =>
		caseRoom.deliverWithDocument(as(who), storage, { caseId: id, uploaderId: who, fileName: '检索报告.pdf', bytes });
	const delivered = async () => {
		const id = await quoted();
		expect(await cases.moveCase(as(demo.company), id, 'accepted')).toEqual({ ok: true, id });
		expect(await deliver(agent, id)).toEqual({ ok: true, id });
		return id;
	};
	const statusOf = async (id: string) => (await caseReads.getCase(asService(database), id))?.status;

	beforeAll(async () => {
		database = await openTestDatabase();
		({ patent, hiddenPatent } = await confidenceFixture(asService(database), {
			otherCompany,
			colleague,
			otherOfficer,
			university: '00000000-0000-4000-8000-000000009110',
			listing: heatPump,
			hiddenOf: demo.university
		}));
	});
	afterAll(() => database.close());

	it('is read by the requester’s side, the agency’s staff and the named university’s officers only', async () => {
		const id = await made(as(demo.company));
		await postThreadMessage(as(agent), caseRoom.caseThread, agent, id, {
			idempotencyKey: crypto.randomUUID(),
			body: '已收到'
		});
		const sees = async (who: Executor) => (await caseReads.getCase(who, id)) !== null;
		for (const reader of [demo.company, colleague, agent, demo.officer])
			expect(await sees(as(reader)), reader).toBe(true);
		for (const outsider of [valuer, banker, otherCompany, otherOfficer, demo.admin, demo.researcher])
			expect(await sees(as(outsider)), outsider).toBe(false);
		for (const table of ['service_cases', 'service_case_events', 'service_case_messages', 'service_case_documents'])
			expect(await sqlState(asAnon(database).query(sql`select 1 from ${sql([`public.${table}`])}`)), table).toBe(
				'42501'
			);
		// The timeline, patents and messages follow the case.
		const rows = async (who: string) => [
			(await as(who).query(sql`select 1 from public.service_case_events where case_id = ${id}`)).length,
			(await as(who).query(sql`select 1 from public.service_case_patents where case_id = ${id}`)).length,
			(await as(who).query(sql`select 1 from public.service_case_messages where case_id = ${id}`)).length
		];
		expect(await rows(demo.officer)).toEqual([1, 1, 1]);
		expect(await rows(otherCompany)).toEqual([0, 0, 0]);
		// A researcher's own case is theirs alone, plus the officers of the patent's university and the agency.
		const own = await made(as(demo.researcher), { patentIds: [] });
		expect(await caseReads.getCase(as(demo.researcher), own)).not.toBeNull();
		expect(await caseReads.getCase(as(agent), own)).not.toBeNull();
		expect(await caseReads.getCase(as(demo.company), own)).toBeNull();
		expect(await caseReads.getCase(as(demo.officer), own)).toBeNull();
		expect((await caseReads.listCases(as(agent))).some((row) => row.id === own)).toBe(true);
	});

	it('is asked by researchers, officers and companies, of a verified agency offering the service', async () => {
		for (const who of [banker, agent, demo.admin])
			expect(await request(as(who)), who).toMatchObject({ ok: false, reason: 'not_allowed' });
		expect(await request(as(demo.company), { service: 'litigation_advice' })).toMatchObject({
			reason: 'agency_refused',
			field: 'service'
		});
		expect(
			await request(as(demo.company), { agencyId: valuationFirm, service: 'valuation' as 'fto_search' })
		).toMatchObject({ reason: 'agency_refused' });
		await asService(database).query(sql`update public.organizations set verified = false where id = ${agency}`);
		expect(await request(as(demo.company))).toMatchObject({ reason: 'agency_refused' });
		await asService(database).query(sql`update public.organizations set verified = true where id = ${agency}`);
		expect(await request(as(demo.company), { patentIds: [hiddenPatent] })).toMatchObject({
			reason: 'patent_refused',
			field: 'patentIds'
		});
		expect(await request(as(demo.officer), { patentIds: [hiddenPatent] })).toMatchObject({ ok: true });
		expect(await request(as(demo.company), { deadline: inDays(-2) })).toMatchObject({
			reason: 'deadline_past',
			field: 'deadline'
		});
		expect(await request(as(demo.company), { budget: 0 })).toMatchObject({ reason: 'budget_invalid', field: 'budget' });
		expect(
			await sqlState(
				as(demo.company).query(sql`select app.request_service_case(${agency}, 'fto_search', ' ', ${inDays(3)}::date,
					null, '{}', gen_random_uuid())`)
			)
		).toBe('23514');
		expect(await sqlState(as(demo.company).query(sql`update public.service_cases set status = 'closed'`))).toBe(
			'42501'
		);
	});

	it('a replayed create makes one case; another person’s key is refused', async () => {
		const creationKey = crypto.randomUUID();
		const first = await made(as(demo.company), { creationKey });
		expect(await request(as(demo.company), { creationKey })).toEqual({ ok: true, id: first });
		expect(await request(as(colleague), { creationKey })).toMatchObject({ ok: false, reason: 'not_allowed' });
		const [{ count }] = await asService(database).query<{ count: number }>(
			sql`select count(*)::int as count from public.service_cases where creation_key = ${creationKey}`
		);
		expect(count).toBe(1);
	});

	it('is quoted or declined by the agency only, while requested', async () => {
		const id = await made(as(demo.company));
		expect(await cases.quoteCase(as(valuer), id, quote)).toMatchObject({ reason: 'not_found' });
		expect(await cases.quoteCase(as(demo.company), id, quote)).toMatchObject({ reason: 'not_allowed' });
		expect(await cases.quoteCase(as(agent), id, { ...quote, amount: 0 })).toMatchObject({
			reason: 'quote_invalid',
			field: 'amount'
		});
		expect(await cases.quoteCase(as(agent), id, { ...quote, days: 0 })).toMatchObject({ reason: 'quote_invalid' });
		expect(await cases.moveCase(as(demo.company), id, 'declined', '不做')).toMatchObject({ reason: 'not_allowed' });
		expect(await sqlState(as(agent).query(sql`select app.move_service_case(${id}, 'declined', ' ')`))).toBe('23514');
		expect(await cases.moveCase(as(agent), id, 'declined', '利益冲突')).toEqual({ ok: true, id });
		expect(await cases.quoteCase(as(agent), id, quote)).toMatchObject({ reason: 'move_illegal' });
		expect(await cases.moveCase(as(demo.company), id, 'withdrawn')).toMatchObject({ reason: 'move_illegal' });
		expect((await caseReads.getCase(as(demo.company), id))?.declineReason).toBe('利益冲突');

		const again = await quoted();
		expect(await cases.quoteCase(as(agent), again, quote)).toMatchObject({ reason: 'move_illegal' });
		expect(await cases.moveCase(as(agent), again, 'declined', '太忙')).toMatchObject({ reason: 'move_illegal' });
		expect(await caseReads.getCase(as(demo.company), again)).toMatchObject({ quoteFen: 18_000_00, quoteDays: 20 });
	});

	it('has its quote accepted or declined by the requester’s side, and is withdrawn before acceptance', async () => {
		const accepted = await quoted();
		expect(await cases.moveCase(as(agent), accepted, 'accepted')).toMatchObject({ reason: 'not_allowed' });
		expect(await cases.moveCase(as(demo.officer), accepted, 'accepted')).toMatchObject({ reason: 'not_allowed' });
		expect(await cases.moveCase(as(colleague), accepted, 'accepted')).toEqual({ ok: true, id: accepted });
		expect(await cases.moveCase(as(demo.company), accepted, 'withdrawn')).toMatchObject({ reason: 'move_illegal' });
		expect(await cases.moveCase(as(demo.company), accepted, 'quote_declined')).toMatchObject({
			reason: 'move_illegal'
		});

		const turnedDown = await quoted();
		expect(await cases.moveCase(as(demo.company), turnedDown, 'quote_declined')).toEqual({ ok: true, id: turnedDown });
		expect(await cases.moveCase(as(demo.company), turnedDown, 'accepted')).toMatchObject({ reason: 'move_illegal' });

		const requested = await made(as(demo.company));
		expect(await cases.moveCase(as(demo.company), requested, 'accepted')).toMatchObject({ reason: 'move_illegal' });
		expect(await cases.moveCase(as(agent), requested, 'withdrawn')).toMatchObject({ reason: 'not_allowed' });
		expect(await cases.moveCase(as(demo.company), requested, 'withdrawn')).toEqual({ ok: true, id: requested });
		const withdrawnQuote = await quoted();
		expect(await cases.moveCase(as(demo.company), withdrawnQuote, 'withdrawn')).toEqual({
			ok: true,
			id: withdrawnQuote
		});
		expect(await sqlState(as(agent).query(sql`select app.move_service_case(${requested}, 'delivered')`))).toBe('42501');
	});

	it('is delivered by the agency with a document, only once accepted; a refused delivery keeps no file', async () => {
		const id = await quoted();
		const before = storage.keys().length;
		expect(await deliver(agent, id)).toMatchObject({ reason: 'move_illegal' });
		await cases.moveCase(as(demo.company), id, 'accepted');
		expect(await deliver(demo.company, id)).toMatchObject({ reason: 'not_allowed' });
		expect(await deliver(valuer, id)).toMatchObject({ reason: 'not_allowed' });
		expect(await deliver(agent, id, new TextEncoder().encode('not a file'))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(storage.keys().length).toBe(before);
		// A document the requester added is no delivery.
		await caseRoom.addCaseDocument(as(demo.company), storage, {
			caseId: id,
			uploaderId: demo.company,
			fileName: '技术交底.pdf',
			bytes: pdf('交底')
		});
		const [{ id: theirs }] = await as(agent).query<{ id: string }>(
			sql`select id from public.service_case_documents where case_id = ${id}`
		);
		expect(await cases.deliverCase(as(agent), id, theirs)).toMatchObject({ reason: 'delivery_document' });
		expect(await deliver(agent, id)).toEqual({ ok: true, id });
		expect(await statusOf(id)).toBe('delivered');
		expect(await deliver(agent, id)).toMatchObject({ reason: 'move_illegal' });
		expect((await caseRoom.listCaseDocuments(as(demo.officer), id)).length).toBe(2);
		expect(await caseRoom.getCaseDocument(as(otherCompany), id, theirs)).toBeNull();
	});

	it('is closed with a rating once, by the requester’s side, when delivered', async () => {
		const id = await delivered();
		const rate = (who: string, rating = 5, comment: string | null = '检索全面，报告清楚') =>
			cases.closeCase(as(who), id, { rating, comment });
		expect(await rate(agent)).toMatchObject({ reason: 'not_allowed' });
		expect(await rate(demo.officer)).toMatchObject({ reason: 'not_allowed' });
		expect(await rate(otherCompany)).toMatchObject({ reason: 'not_found' });
		expect(await rate(demo.company, 6)).toMatchObject({ reason: 'rating_invalid', field: 'rating' });
		expect(await rate(demo.company, 0)).toMatchObject({ reason: 'rating_invalid' });
		expect(await rate(demo.company, 4, '长'.repeat(501))).toMatchObject({ reason: 'rating_invalid' });
		expect(await rate(demo.company, 4)).toEqual({ ok: true, id });
		expect(await rate(demo.company, 1)).toMatchObject({ reason: 'move_illegal' });
		expect(await rate(colleague, 1)).toMatchObject({ reason: 'move_illegal' });
		expect(await caseReads.getCase(as(demo.company), id)).toMatchObject({ status: 'closed', rating: 4 });
		const early = await quoted();
		expect(await cases.closeCase(as(demo.company), early, { rating: 5, comment: null })).toMatchObject({
			reason: 'move_illegal'
		});
		const events = (await caseRoom.listCaseTimeline(as(demo.company), id)).map((entry) =>
			entry.type === 'event' ? entry.status : 'message'
		);
		expect(events).toEqual(['requested', 'quoted', 'accepted', 'delivered', 'closed']);
	});

	it('tells the other side of each move', async () => {
		const id = await quoted();
		const told = async (who: string) =>
			(
				await as(who).query<{ message: string }>(
					sql`select message from public.notifications where service_case_id = ${id} and kind = 'service_case' order by id`
				)
			).map((row) => row.message);
		await cases.moveCase(as(demo.company), id, 'accepted');
		expect(await told(agent)).toEqual(['requested', 'accepted']);
		expect(await told(demo.company)).toEqual(['quoted']);
	});

	it('takes messages and documents from the two sides only; a replayed message posts once', async () => {
		const id = await made(as(demo.company));
		const key = crypto.randomUUID();
		const post = (who: string, idempotencyKey = crypto.randomUUID()) =>
			postThreadMessage(as(who), caseRoom.caseThread, who, id, { idempotencyKey, body: '请补充产品结构图' });
		expect(await post(agent, key)).toEqual({ ok: true, replayed: false });
		expect(await post(agent, key)).toEqual({ ok: true, replayed: true });
		expect(await post(colleague)).toEqual({ ok: true, replayed: false });
		for (const outsider of [demo.officer, otherCompany, valuer])
			expect(await post(outsider), outsider).toEqual({ ok: false, reason: 'not_allowed' });
		expect(
			await caseRoom.addCaseDocument(as(demo.officer), storage, {
				caseId: id,
				uploaderId: demo.officer,
				fileName: 'x.pdf',
				bytes: pdf('x')
			})
		).toMatchObject({ ok: false, reason: 'not_allowed' });
		expect((await caseRoom.listCaseTimeline(as(demo.company), id)).filter((e) => e.type === 'message').length).toBe(2);
	});

	it('tells the other side of a message, once, and never its author', async () => {
		const id = await made(as(demo.company));
		const post = (who: string, body: string, idempotencyKey = crypto.randomUUID()) =>
			postThreadMessage(as(who), caseRoom.caseThread, who, id, { idempotencyKey, body });
		const told = async (who: string) =>
			(
				await as(who).query<{ message: string }>(
					sql`select message from public.notifications
					    where service_case_id = ${id} and kind = 'service_case_message' order by id`
				)
			).map((row) => row.message);
		const key = crypto.randomUUID();
		await post(agent, '请补充产品结构图', key);
		await post(agent, '请补充产品结构图', key);
		await post(colleague, '结构图已上传');
		await post(demo.company, `  ${'样'.repeat(300)}  `);
		expect(await told(demo.company)).toEqual(['请补充产品结构图', '结构图已上传']);
		expect(await told(agent)).toEqual(['结构图已上传', '样'.repeat(140)]);
		expect(await told(colleague)).toEqual([]);
	});

	it('shows a verified agency’s rating to anyone, the requester by role only', async () => {
		const id = await delivered();
		await cases.closeCase(as(demo.company), id, { rating: 2, comment: '交付晚了三天' });
		const rating = await caseReads.getAgencyRating(asAnon(database), agency);
		expect(rating.closedCases).toBeGreaterThanOrEqual(1);
		expect(rating.averageRating).toBeGreaterThan(0);
		expect(rating.comments[0]).toMatchObject({ rating: 2, comment: '交付晚了三天', requesterRole: 'company' });
		expect(Object.keys(rating.comments[0]).sort()).toEqual(['closedAt', 'comment', 'rating', 'requesterRole']);
	});
});
