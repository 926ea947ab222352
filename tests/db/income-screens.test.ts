import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as dealTerms from '../../src/lib/server/deal-terms.ts';
import * as dealMilestones from '../../src/lib/server/deal-milestones.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as distributions from '../../src/lib/server/distributions.ts';
import * as incomeEvidence from '../../src/lib/server/income-evidence.ts';
import * as reports from '../../src/lib/server/royalty-reports.ts';
import * as rewards from '../../src/lib/server/rewards.ts';
import type { Storage } from '../../src/lib/server/storage/port.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import { baseTerms, colleague, lineOf, negotiate, openIncomeDeal, signedIncomeDeal } from './setup/income.ts';

// The income screens' own modules: the terms form's save (terms and milestones, both or neither),
// a receipt with its evidence (one transaction with the deal document), and the deals behind "My
// rewards" with the reader's own figures.
const pdf = new TextEncoder().encode('%PDF-1.4\n%remittance advice\n');
const stored: string[] = [];
const removed: string[] = [];
const storage: Storage = {
	put: async (key) => void stored.push(key),
	get: async () => null,
	remove: async (key) => void removed.push(key)
};
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const row = { description: '样机验收', amountFen: 2_000_000, dueOn: null, dueTrigger: '验收合格后 30 日内' };

describe(`income screens' modules on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('saves terms and milestones together, and refuses both once the terms are frozen', async () => {
		const officer = asUser(database, demo.officer);
		const dealId = await openIncomeDeal(database);
		await negotiate(database, dealId);
		const saved = await dealTerms.saveTermsAndMilestones(officer, dealId, { ...baseTerms, upfrontFee: 123_400 }, [row]);
		expect(saved).toEqual({ ok: true });
		expect((await deals.getDeal(officer, dealId))?.upfrontFeeFen).toBe(123_400);
		expect(await dealMilestones.listMilestones(officer, dealId)).toMatchObject([
			{ position: 0, ...row, description: '样机验收' }
		]);

		// The company may not; nothing changes.
		const company = asUser(database, demo.company);
		expect(await dealTerms.saveTermsAndMilestones(company, dealId, baseTerms, [])).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		await deals.moveDealToStage(officer, dealId, 'public_notice', '');
		expect(await dealTerms.saveTermsAndMilestones(officer, dealId, baseTerms, [])).toEqual({
			ok: false,
			reason: 'notice_frozen'
		});
		expect(await dealMilestones.listMilestones(officer, dealId)).toHaveLength(1);
		expect((await deals.getDeal(officer, dealId))?.upfrontFeeFen).toBe(123_400);
	});

	it('says why the terms were refused inside a transaction the refusal aborted', async () => {
		const officer = asUser(database, demo.officer);
		// As the terms form does: the answer is read inside the transaction, which is then rolled back.
		const rolledBack = new Error('rolled back');
		const inTransaction = async (dealId: string) => {
			let answer: Awaited<ReturnType<typeof deals.updateTerms>> | undefined;
			await officer
				.transaction(async (transaction) => {
					answer = await deals.updateTerms(transaction, dealId, { ...baseTerms, upfrontFee: 1 });
					throw rolledBack;
				})
				.catch((error: unknown) => {
					if (error !== rolledBack) throw error;
				});
			return answer;
		};
		const noticed = await openIncomeDeal(database);
		await negotiate(database, noticed);
		await deals.moveDealToStage(officer, noticed, 'public_notice', '');
		expect(await inTransaction(noticed)).toEqual({ ok: false, reason: 'notice_frozen' });
		expect(await inTransaction(await signedIncomeDeal(database, '2026-01-05'))).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(await inTransaction(crypto.randomUUID())).toEqual({ ok: false, reason: 'not_allowed' });
	});

	it('records a receipt with its evidence once, and keeps no document for a refused or replayed one', async () => {
		const officer = asUser(database, demo.officer);
		const dealId = await signedIncomeDeal(database, '2026-01-05');
		const upfront = await lineOf(asService(database), dealId, 'upfront');
		const base = { idempotencyKey: crypto.randomUUID(), scheduleLineId: upfront, amount: 500_000 };
		const input = {
			...base,
			receivedOn: '2026-02-01',
			bankReference: 'ICBC-1',
			documentId: null,
			dealId,
			uploaderId: demo.officer
		};
		const documents = async () =>
			(
				await asService(database).query<{ count: number }>(
					sql`select count(*)::int as count from public.deal_documents where deal_id = ${dealId}`
				)
			)[0].count;
		const before = await documents();
		const first = await incomeEvidence.recordReceiptWithEvidence(officer, storage, input, {
			name: '到账回单.pdf',
			bytes: pdf
		});
		expect(first.ok).toBe(true);
		expect(await documents()).toBe(before + 1);
		const [receipt] = await asService(database).query<{ documentId: string | null }>(
			sql`select document_id as "documentId" from public.receipts where idempotency_key = ${input.idempotencyKey}`
		);
		expect(receipt.documentId).not.toBeNull();

		// The same form again: the first receipt, no second document, its file removed again.
		const removedBefore = removed.length;
		const replay = await incomeEvidence.recordReceiptWithEvidence(officer, storage, input, {
			name: '到账回单.pdf',
			bytes: pdf
		});
		expect(replay).toEqual(first);
		expect(await documents()).toBe(before + 1);
		expect(removed.length).toBe(removedBefore + 1);

		// A receipt dated after today is refused at its field, and its evidence is not kept.
		const refused = await incomeEvidence.recordReceiptWithEvidence(
			officer,
			storage,
			{ ...input, idempotencyKey: crypto.randomUUID(), receivedOn: '2199-01-01' },
			{ name: '到账回单.pdf', bytes: pdf }
		);
		expect(refused).toMatchObject({ ok: false, reason: 'future_date', field: 'receivedOn' });
		expect(await documents()).toBe(before + 1);

		// A file that is no PDF or image is refused at the file field.
		const wrongFile = await incomeEvidence.recordReceiptWithEvidence(
			officer,
			storage,
			{ ...input, idempotencyKey: crypto.randomUUID() },
			{ name: 'notes.txt', bytes: new TextEncoder().encode('just text') }
		);
		expect(wrongFile).toMatchObject({ ok: false, reason: 'unsupported_type', field: 'file' });
	});

	it('files a royalty report with its attachment once, and keeps no document for a refused one', async () => {
		const company = asUser(database, demo.company);
		const dealId = await signedIncomeDeal(database, '2025-01-01');
		const documents = async () =>
			(
				await asService(database).query<{ count: number }>(
					sql`select count(*)::int as count from public.deal_documents where deal_id = ${dealId}`
				)
			)[0].count;
		const input = {
			idempotencyKey: crypto.randomUUID(),
			scheduleLineId: await lineOf(asService(database), dealId, 'royalty', 0),
			sales: 1_000_000,
			statedRoyalty: 35_000,
			documentId: null,
			dealId,
			uploaderId: demo.company
		};
		const statement = { name: '销售报表.pdf', bytes: pdf };
		const first = await incomeEvidence.fileReportWithEvidence(company, storage, input, statement);
		expect(first).toMatchObject({ ok: true, computedRoyaltyFen: 35_000, mismatch: false });
		expect(await documents()).toBe(1);
		const [report] = await reports.listReports(company, dealId);
		expect(report).toMatchObject({ documentName: '销售报表.pdf' });
		expect(report.documentId).not.toBeNull();
		// The same form again: the first report, no second document.
		expect(await incomeEvidence.fileReportWithEvidence(company, storage, input, statement)).toEqual(first);
		expect(await documents()).toBe(1);
		// A period already reported is refused at its field, and its attachment is not kept.
		const again = { ...input, idempotencyKey: crypto.randomUUID() };
		expect(await incomeEvidence.fileReportWithEvidence(company, storage, again, statement)).toMatchObject({
			ok: false,
			reason: 'report_duplicate',
			field: 'scheduleLineId'
		});
		expect(await documents()).toBe(1);
	});

	it('lists an inventor’s deals with the deal’s totals and only their own share', async () => {
		const officer = asUser(database, demo.officer);
		const dealId = await signedIncomeDeal(database, '2026-01-05');
		const upfront = await lineOf(asService(database), dealId, 'upfront');
		const recorded = await incomeEvidence.recordReceiptWithEvidence(
			officer,
			storage,
			{
				idempotencyKey: crypto.randomUUID(),
				scheduleLineId: upfront,
				amount: 1_000_000,
				receivedOn: '2026-02-01',
				bankReference: 'ICBC-2',
				documentId: null,
				dealId,
				uploaderId: demo.officer
			},
			{ name: '回单.pdf', bytes: pdf }
		);
		if (!recorded.ok) throw new Error(recorded.reason);
		expect(await distributions.approveDistribution(officer, recorded.id, crypto.randomUUID())).toMatchObject({
			ok: true
		});

		const researcher = asUser(database, demo.researcher);
		const mine = (await rewards.listRewardDeals(researcher, demo.researcher, today())).find(
			(deal) => deal.id === dealId
		);
		// ¥10,000 net × 70 % (policy version 2) × the demo researcher's 50 %.
		expect(mine).toMatchObject({ share: '50.00', receivedFen: 1_000_000, distributedFen: 350_000, paidFen: 0 });
		expect(mine?.inventors.filter((inventor) => inventor.mine)).toHaveLength(1);

		// Another researcher is no inventor: the deal is not theirs, and asking as someone else shows nothing.
		const other = asUser(database, colleague);
		expect((await rewards.listRewardDeals(other, colleague, today())).map((deal) => deal.id)).not.toContain(dealId);
		expect(
			(await rewards.listRewardDeals(other, demo.researcher, today())).find((deal) => deal.id === dealId)
		).toBeUndefined();
	});
});
