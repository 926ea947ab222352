import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as openLicences from '../../src/lib/server/open-licences.ts';
import * as openLicenceReads from '../../src/lib/server/open-licence-reads.ts';
import * as evaluationReports from '../../src/lib/server/open-licence-reports.ts';
import { todayInShanghai } from '../../src/lib/i18n/format.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import { memoryStorage } from './setup/storage.ts';
import { declarationTerms } from './setup/open-licences.ts';

// The evaluation report of an open licence declaration (Patent Law Art. 50 para. 1;
// src/lib/server/open-licence-reports.ts): stored with its key or not at all, required to submit
// a utility model (ZQ322), frozen once submitted, read by the university's officers only.
const heatPump = '00000000-0000-4000-8001-000000000003'; // published; an invention and a utility model
const robots = '00000000-0000-4000-8001-000000000011'; // published; two inventions, a utility model
const otherOfficer = '00000000-0000-4000-8000-000000009003';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

describe(`open licence evaluation reports on ${driver}`, () => {
	let database: Database;
	let officer: Executor;
	beforeAll(async () => {
		database = await openTestDatabase();
		officer = asUser(database, demo.officer);
		await asService(database).query(sql`
			with university as (
				insert into public.organizations (id, kind, name_zh, name_en, verified)
				values ('00000000-0000-4000-8000-000000009100', 'university', '嘉陵大学', 'Jialing University', true) returning id
			), users as (insert into auth.users (id, email) values (${otherOfficer}, 'o2@example.com') returning id)
			insert into public.profiles (id, role, organization_id, display_name, email)
			select ${otherOfficer}::uuid, 'officer'::public.user_role, id, '外校专员', 'o2@example.com' from university`);
	});
	afterAll(() => database.close());

	const declare = async (listing: string, type: 'utility_model' | 'invention') => {
		const [patent] = await asService(database).query<{ id: string }>(sql`select id from public.patents
			where listing_id = ${listing} and patent_type = ${type}::public.patent_type order by position limit 1`);
		const made = await openLicences.createDeclaration(officer, declarationTerms(patent.id));
		if (!made.ok) throw new Error(made.reason);
		return made.id;
	};

	it('stores a PDF with its key, replaces it, and lets a utility model be submitted only with it', async () => {
		const storage = memoryStorage();
		const id = await declare(heatPump, 'utility_model');
		expect(await openLicences.submitDeclaration(officer, id)).toMatchObject({ ok: false, reason: 'report_missing' });

		// Checked by content: text named .pdf, an image, nothing at all; no file kept.
		const attach = (who: Executor, bytes: Uint8Array) =>
			evaluationReports.attachEvaluationReport(who, storage, id, { fileName: '评价报告.pdf', bytes });
		expect(await attach(officer, new TextEncoder().encode('not a pdf'))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(await attach(officer, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]))).toEqual({
			ok: false,
			reason: 'unsupported_type'
		});
		expect(await attach(officer, new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		expect(storage.keys()).toEqual([]);

		expect(await attach(officer, pdf('first'))).toEqual({ ok: true, id });
		const first = (await openLicenceReads.getDeclaration(officer, id))?.evaluationReportKey;
		expect(first).toMatch(new RegExp(`^open-licences/${id}/[0-9a-f-]{36}$`));
		expect(storage.keys()).toEqual([first]);
		const report = await evaluationReports.getEvaluationReport(officer, id);
		expect(report).toEqual({ storageKey: first, fileName: '专利权评价报告-202320161742.7.pdf' });

		// A second upload replaces the first: one file, the new one.
		expect(await attach(officer, pdf('second'))).toEqual({ ok: true, id });
		const second = (await openLicenceReads.getDeclaration(officer, id))?.evaluationReportKey;
		expect(second).not.toBe(first);
		expect(storage.keys()).toEqual([second]);
		expect(new TextDecoder().decode((await storage.get(second!))!)).toContain('second');

		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		// Frozen with the terms: refused, and the file sent is not kept.
		expect(await attach(officer, pdf('late'))).toMatchObject({ ok: false, reason: 'frozen', field: 'file' });
		expect(storage.keys()).toEqual([second]);
		expect(await openLicences.setEvaluationReport(officer, id, null)).toMatchObject({ ok: false, reason: 'frozen' });
	});

	it('is read and set by the university’s officers only, even once the declaration is public', async () => {
		const storage = memoryStorage();
		const id = await declare(robots, 'utility_model');
		expect(
			await evaluationReports.attachEvaluationReport(officer, storage, id, { fileName: 'r.pdf', bytes: pdf('r') })
		).toEqual({ ok: true, id });
		const kept = storage.keys();
		const stranger = asUser(database, otherOfficer);
		const company = asUser(database, demo.company);
		for (const who of [stranger, company]) {
			expect(
				await evaluationReports.attachEvaluationReport(who, storage, id, { fileName: 'x.pdf', bytes: pdf('x') })
			).toMatchObject({ ok: false, reason: 'not_found', field: 'file' });
			expect(await openLicences.setEvaluationReport(who, id, 'open-licences/forged')).toMatchObject({ ok: false });
			expect(await evaluationReports.getEvaluationReport(who, id)).toBeNull();
		}
		expect(storage.keys()).toEqual(kept);
		expect(await openLicences.submitDeclaration(officer, id)).toEqual({ ok: true, id });
		expect(
			await openLicences.announceDeclaration(officer, id, {
				announcementNumber: 'KF2026009101',
				announcedOn: todayInShanghai()
			})
		).toEqual({ ok: true, id });
		// Announced, the declaration is public (its key too), the report still is not.
		expect((await openLicenceReads.getDeclaration(company, id))?.evaluationReportKey).not.toBeNull();
		expect(await evaluationReports.getEvaluationReport(company, id)).toBeNull();
		expect(await evaluationReports.getEvaluationReport(stranger, id)).toBeNull();
		expect(await evaluationReports.getEvaluationReport(officer, id)).not.toBeNull();
		expect((await openLicenceReads.getDeclaration(asAnon(database), id))?.evaluationReportKey).toMatch(
			/^open-licences\//
		);
	});

	it('removes the report’s file with its draft', async () => {
		const storage = memoryStorage();
		const id = await declare(heatPump, 'invention');
		const bytes = pdf('draft');
		expect(await evaluationReports.attachEvaluationReport(officer, storage, id, { fileName: 'r.pdf', bytes })).toEqual({
			ok: true,
			id: id
		});
		expect(storage.keys()).toHaveLength(1);
		expect(await evaluationReports.deleteDraft(asUser(database, otherOfficer), storage, id)).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		expect(storage.keys()).toHaveLength(1);
		expect(await evaluationReports.deleteDraft(officer, storage, id)).toEqual({ ok: true, id: id });
		expect(storage.keys()).toEqual([]);
	});
});
