import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as interests from '../../src/lib/server/interests.ts';
import { buildComplianceRecord, loadRecordData } from '../../src/lib/server/pdf/compliance-record.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import { readPdf } from '../support/pdf.ts';

// The compliance record is a real PDF: it parses, embeds subsets of the CJK font, and maps the
// Chinese listing title's glyphs back to text (ToUnicode), so the title can be searched and copied.
const listing = '00000000-0000-4000-8001-000000000001';
const otherCompanyUser = '00000000-0000-4000-8000-000000002101';

describe(`the compliance record on ${driver}`, () => {
	let database: Database;
	let dealId: string;
	let title: string;
	beforeAll(async () => {
		database = await openTestDatabase();
		const member = asUser(database, demo.company);
		await member.query(sql`update public.interests set status = 'withdrawn'
			where listing_id = ${listing} and status in ('new', 'in_review')`);
		const interest = await interests.expressInterest(
			member,
			{ id: demo.company, organizationId: '00000000-0000-4000-8000-000000000201' },
			listing,
			{
				idempotencyKey: crypto.randomUUID(),
				wantedMode: 'exclusive_license',
				fieldOfUse: '',
				territory: '',
				budgetMin: null,
				budgetMax: null,
				timeline: null,
				message: '希望获得独占许可'
			}
		);
		if (!interest.ok) throw new Error('interest refused');
		const deal = await deals.openDeal(asUser(database, demo.officer), interest.id, demo.officer);
		if (!deal.ok) throw new Error(deal.reason);
		dealId = deal.id;
		[{ title }] = await asService(database).query<{ title: string }>(
			sql`select title from public.listings where id = ${listing}`
		);
	});
	afterAll(() => database.close());

	it('is a PDF with embedded font subsets that map the Chinese title back to text', async () => {
		const data = await loadRecordData(asUser(database, demo.officer), dealId);
		const bytes = await buildComplianceRecord(data!);
		const pdf = await readPdf(bytes);
		expect(pdf.pages).toBeGreaterThan(0);
		expect(pdf.baseFonts.length).toBeGreaterThan(0);
		expect(pdf.fontFiles).toBeGreaterThan(0);
		expect(pdf.brokenGlyphs).toBe(0);
		expect(/[\u4e00-\u9fff]/.test(title)).toBe(true);
		expect(pdf.unmapped(title)).toEqual([]);
	});

	it('holds the public notice and its objections in full, with the decision', async () => {
		// The demo's exclusive licence: its notice passed after an objection the office dismissed.
		const data = await loadRecordData(asUser(database, demo.officer), '00000000-0000-4000-8004-000000000010');
		expect(data!.notices.map((notice) => notice.status)).toEqual(['passed']);
		expect(data!.objections).toMatchObject([
			{
				name: '王建华',
				contact: 'wangjh@example.cn',
				status: 'dismissed',
				resolution: expect.stringContaining('权属清楚')
			}
		]);
		expect((await readPdf(await buildComplianceRecord(data!))).pages).toBeGreaterThan(0);
	});

	it('is read through RLS: someone outside the deal gets no record', async () => {
		expect(await loadRecordData(asUser(database, otherCompanyUser), dealId)).toBeNull();
	});
});
