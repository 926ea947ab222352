import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as deals from '../../src/lib/server/deals.ts';
import * as interests from '../../src/lib/server/interests.ts';
import { buildComplianceRecord, loadRecordData } from '../../src/lib/server/pdf/compliance-record.ts';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

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
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBeGreaterThan(0);
		const decoded: string[] = [];
		const baseFonts: string[] = [];
		let fontFiles = 0;
		for (const [, object] of pdf.context.enumerateIndirectObjects()) {
			const text = object.toString();
			if (/\/FontFile[23] \d+ 0 R/.test(text)) fontFiles++;
			baseFonts.push(...[...text.matchAll(/\/BaseFont \/([A-Z]{6}\+NotoSansSC-Regular)/g)].map((match) => match[1]));
			if (object instanceof PDFRawStream) {
				if (object.dict.toString().includes('/Length1') || object.dict.toString().includes('/Subtype /OpenType'))
					fontFiles++;
				decoded.push(new TextDecoder('latin1').decode(decodePDFRawStream(object).decode()));
			}
		}
		expect(baseFonts.length).toBeGreaterThan(0);
		expect(fontFiles).toBeGreaterThan(0);
		const cmaps = decoded.filter((text) => text.includes('beginbfchar') || text.includes('beginbfrange')).join('\n');
		expect(/[\u4e00-\u9fff]/.test(title)).toBe(true);
		for (const char of new Set([...title].filter((char) => char.codePointAt(0)! > 0x7f))) {
			const hex = char.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase();
			expect(cmaps.toUpperCase(), `${char} (${hex})`).toContain(`<${hex}>`);
		}
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
		const pdf = await PDFDocument.load(await buildComplianceRecord(data!));
		expect(pdf.getPageCount()).toBeGreaterThan(0);
	});

	it('is read through RLS: someone outside the deal gets no record', async () => {
		expect(await loadRecordData(asUser(database, otherCompanyUser), dealId)).toBeNull();
	});
});
