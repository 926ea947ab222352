import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as imports from '../../src/lib/server/portfolio-imports.ts';
import * as batches from '../../src/lib/server/portfolio-import-batches.ts';
import * as portfolio from '../../src/lib/server/portfolio.ts';
import * as watch from '../../src/lib/server/portfolio-watch.ts';
import * as listingDrafts from '../../src/lib/server/listing-drafts.ts';
import { checkCharacter } from '../../src/lib/rules/patent-number.ts';
import { expiresOn, nextAnnualFeeOn } from '../../src/lib/rules/patent-term.ts';
import { shanghaiDay } from '../../src/lib/rules/shanghai-clock.ts';
import { asAnon, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// A university's portfolio (supabase/migrations/20261211000000_portfolio.sql): who reads it, the
// import (preview, idempotent confirmation, status history), fee decisions, the watch's run, and
// the SQL term rules against src/lib/rules/patent-term.ts.
const otherUniversity = '00000000-0000-4000-8300-000000000100';
const otherOfficer = '00000000-0000-4000-8300-000000001003';
const otherCompany = '00000000-0000-4000-8000-000000009201';

const number = (serial: number, type = '1', year = 2016) => {
	const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
	return `${digits}.${checkCharacter(digits)}`;
};
const header = '申请号,发明名称,专利类型,申请(专利权)人,发明(设计)人,申请日,授权公告日,法律状态,IPC分类号';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
const today = '2026-12-07';
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe(`portfolio on ${driver}`, () => {
	let database: Database;
	const as = (user: string) => asUser(database, user);
	const ids: string[] = [];

	beforeAll(async () => {
		database = await openTestDatabase();
		await database.query(sql`
			insert into public.organizations (id, kind, name_zh, name_en, verified)
			values (${otherUniversity}, 'university', '巴渝大学', 'Bayu University', true)`);
		await database.query(sql`insert into auth.users (id, email) values (${otherOfficer}, 'officer@bayu.example.edu')`);
		await database.query(sql`
			insert into public.profiles (id, role, organization_id, display_name, email)
			values (${otherOfficer}, 'officer', ${otherUniversity}, '巴渝 officer', 'officer@bayu.example.edu')`);
	});
	afterAll(() => database?.close());

	async function importFile(bytes: Uint8Array, user = demo.officer) {
		const parsed = await imports.parseImportFile(bytes);
		if (!parsed.ok) throw new Error(parsed.reason);
		const token = await imports.storeImport(as(user), demo.university, 'export.csv', parsed);
		return { token, parsed };
	}

	it('previews an import with its row errors, confirms it once, and a replay changes nothing', async () => {
		const { token, parsed } = await importFile(
			csv(
				`${number(1)},一种钠离子电池正极材料,发明,缙云大学,李明；王芳,2016-03-01,2018-05-02,有权,H01M 4/36`,
				`${number(2).replace(/.$/, (c) => (c === '1' ? '2' : '1'))},坏号码,发明,缙云大学,李明,2016-04-01,,审中,`,
				`${number(3, '2')},一种温室卷帘机,实用新型,缙云大学,周强,2016/5/1,2016/11/1,未缴年费专利权终止,A01G 9/22`
			)
		);
		expect(parsed.errors).toEqual([{ row: 3, reason: 'number_check_character', number: expect.any(String) }]);
		const preview = await imports.getImport(as(demo.officer), token);
		expect(preview).toMatchObject({ rows: 2, added: 2, updated: 0, unchanged: 0, confirmed: false });
		expect(await batches.confirmImport(as(demo.officer), token)).toEqual({ added: 2, updated: 0, unchanged: 0 });
		expect(await batches.confirmImport(as(demo.officer), token)).toEqual({ added: 2, updated: 0, unchanged: 0 });
		const rows = await database.query<{ id: string; legal_status: string }>(
			sql`select id, legal_status from public.portfolio_patents where application_number in (${number(1)}, ${number(3, '2')})
			    order by application_number`
		);
		expect(rows.map((row) => row.legal_status)).toEqual(['granted', 'lapsed']);
		ids.push(...rows.map((row) => row.id));
	});

	it('re-importing updates on the application number and records the status change as an import', async () => {
		const { token } = await importFile(
			csv(
				`${number(1)},一种钠离子电池正极材料,发明,缙云大学,李明；王芳,2016-03-01,2018-05-02,未缴年费专利权终止,H01M 4/36`,
				`${number(3, '2')},一种温室卷帘机,实用新型,缙云大学,周强,2016/5/1,2016/11/1,未缴年费专利权终止,A01G 9/22`
			)
		);
		expect(await imports.getImport(as(demo.officer), token)).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
		expect(await batches.confirmImport(as(demo.officer), token)).toEqual({ added: 0, updated: 1, unchanged: 1 });
		const history = await database.query<{
			from_status: string | null;
			to_status: string;
			source: string;
			changed_by: string;
		}>(
			sql`select from_status, to_status, source, changed_by from public.portfolio_status_changes where patent_id = ${ids[0]} order by id`
		);
		expect(history).toEqual([
			{ from_status: null, to_status: 'granted', source: 'import', changed_by: demo.officer },
			{ from_status: 'granted', to_status: 'lapsed', source: 'import', changed_by: demo.officer }
		]);
		const count = await database.query<{ n: number }>(
			sql`select count(*)::int as n from public.portfolio_patents where application_number = ${number(1)}`
		);
		expect(count[0].n).toBe(1);
	});

	it('shows a portfolio to its officers and admins only', async () => {
		const visible = async (who: ReturnType<typeof as>) =>
			(
				await who.query<{ n: number }>(
					sql`select count(*)::int as n from public.portfolio_patents where id = any(${ids}::uuid[])`
				)
			)[0].n;
		expect(await visible(as(demo.officer))).toBe(2);
		expect(await visible(as(demo.admin))).toBe(2);
		for (const who of [as(otherOfficer), as(demo.researcher), as(demo.company), as(otherCompany)]) {
			expect(await visible(who)).toBe(0);
		}
		await expect(asAnon(database).query(sql`select count(*) from public.portfolio_patents`)).rejects.toMatchObject({
			code: '42501'
		});
		const history = await as(otherOfficer).query(
			sql`select 1 from public.portfolio_status_changes where patent_id = ${ids[0]}`
		);
		expect(history).toEqual([]);
	});

	it("refuses another university's officer an import into this portfolio, or its confirmation", async () => {
		const parsed = await imports.parseImportFile(csv(`${number(9)},题,发明,甲,乙,2016-01-01,,审中,`));
		if (!parsed.ok) throw new Error('unparsed');
		await expect(imports.storeImport(as(otherOfficer), demo.university, 'x.csv', parsed)).rejects.toMatchObject({
			code: '42501'
		});
		const { token } = await importFile(csv(`${number(9)},题,发明,甲,乙,2016-01-01,,审中,`));
		expect(await batches.confirmImport(as(otherOfficer), token)).toBeNull();
		expect(await batches.confirmImport(as(demo.researcher), token)).toBeNull();
		expect(await imports.getImport(as(otherOfficer), token)).toBeNull();
	});

	it('refuses files without the required headers or unreadable ones', async () => {
		expect(await imports.parseImportFile(bytesOf('申请号,名称\n1,2\n'))).toEqual({
			ok: false,
			reason: 'headers',
			missing: ['filedOn']
		});
		expect(await imports.parseImportFile(new Uint8Array([0, 1, 2, 3]))).toEqual({ ok: false, reason: 'unreadable' });
		// A NUL far into a CSV (Postgres stores none), and a ZIP that claims to inflate to 4 GB.
		const header = '申请号,发明名称,专利类型,申请人,发明人,申请日,授权公告日,法律状态,主分类号\n';
		const nul = bytesOf(`${header}${'x'.repeat(5000)}\u0000,题,发明,甲,乙,2016-01-01,,审中,\n`);
		expect(await imports.parseImportFile(nul)).toEqual({ ok: false, reason: 'unreadable' });
		const bomb = new Uint8Array(22 + 46);
		const view = new DataView(bomb.buffer);
		view.setUint32(0, 0x04034b50, true);
		view.setUint32(4, 0x02014b50, true);
		view.setUint32(4 + 24, 0xfffffff0, true);
		view.setUint32(46, 0x06054b50, true);
		view.setUint16(46 + 10, 1, true);
		view.setUint32(46 + 16, 4, true);
		expect(await imports.parseImportFile(bomb)).toEqual({ ok: false, reason: 'unreadable' });
		const gb = new Uint8Array(Buffer.from('c9eac7ebbac52cc3fbb3c62cc9eac7ebc8d50a', 'hex')); // 申请号,名称,申请日 in GB18030
		expect(await imports.parseImportFile(gb)).toEqual({ ok: false, reason: 'empty' });
	});

	it('records a fee decision once, audits it, and lapses the patent at once when asked', async () => {
		const { token } = await importFile(
			csv(
				`${number(11)},一种柔性传感器,发明,缙云大学,陈静,2016-12-20,2019-02-01,有权,G01L 1/18`,
				`${number(12)},一种水凝胶敷料,发明,缙云大学,陈静,2016-12-28,2019-02-01,有权,A61L 15/60`
			)
		);
		await batches.confirmImport(as(demo.officer), token);
		const { university } = await portfolio.resolveUniversity(as(demo.officer), 'officer', null);
		expect(university?.id).toBe(demo.university);
		const { fees: due } = await watch.listDueFees(as(demo.officer), demo.university, today, { pageSize: 500 });
		const first = due.find((fee) => fee.applicationNumber === number(11));
		const second = due.find((fee) => fee.applicationNumber === number(12));
		expect(first?.dueOn).toBe('2026-12-20');
		expect(first?.decision).toBeNull();
		const key = crypto.randomUUID();
		const keep = {
			patentId: first!.id,
			dueOn: '2026-12-20',
			decision: 'keep' as const,
			note: '继续维持',
			lapseNow: false,
			creationKey: key
		};
		expect(await watch.decideFee(as(demo.officer), keep, today)).toEqual({ ok: true });
		expect(await watch.decideFee(as(demo.officer), keep, today)).toEqual({ ok: true });
		expect(await watch.decideFee(as(demo.officer), { ...keep, creationKey: crypto.randomUUID() }, today)).toEqual({
			ok: false,
			reason: 'decided'
		});
		expect(await watch.decideFee(as(otherOfficer), { ...keep, creationKey: crypto.randomUUID() }, today)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const lapse = {
			...keep,
			patentId: second!.id,
			dueOn: '2026-12-21',
			decision: 'let_lapse' as const,
			lapseNow: true,
			creationKey: crypto.randomUUID()
		};
		expect(await watch.decideFee(as(demo.officer), lapse, today)).toEqual({ ok: false, reason: 'not_due' });
		expect(await watch.decideFee(as(demo.officer), { ...lapse, dueOn: '2026-12-28' }, today)).toEqual({ ok: true });
		const decided = await database.query<{ decision: string; decided_by: string }>(
			sql`select decision, decided_by from public.portfolio_fee_decisions where patent_id in (${first!.id}, ${second!.id}) order by decision`
		);
		expect(decided).toEqual([
			{ decision: 'keep', decided_by: demo.officer },
			{ decision: 'let_lapse', decided_by: demo.officer }
		]);
		const audited = await database.query<{ n: number }>(
			sql`select count(*)::int as n from public.audit_events where action = 'portfolio_fee_decisions.decide'
			    and entity_id in (${first!.id}, ${second!.id}) and actor_id = ${demo.officer}`
		);
		expect(audited[0].n).toBe(2);
		const [lapsed] = await database.query<{ legal_status: string; source: string }>(sql`
			select p.legal_status, (select source from public.portfolio_status_changes c where c.patent_id = p.id order by id desc limit 1) as source
			from public.portfolio_patents p where p.id = ${second!.id}`);
		expect(lapsed).toEqual({ legal_status: 'lapsed', source: 'decision' });
		const after = await portfolio.listPortfolio(
			as(demo.officer),
			demo.university,
			{ status: 'lapsed', type: null, q: number(12), page: 1 },
			today
		);
		expect(after.patents.map((p) => p.applicationNumber)).toEqual([number(12)]);
	});

	it('shows the due fees a page at a time, soonest first, with the counts of the whole window', async () => {
		// The demo's decisions are about the fees due from the day it was seeded: today's.
		const today = shanghaiDay(new Date());
		const officer = as(demo.officer);
		const everything = await watch.listDueFees(officer, demo.university, today, { pageSize: 500 });
		const first = await watch.listDueFees(officer, demo.university, today, { pageSize: 4 });
		const second = await watch.listDueFees(officer, demo.university, today, { pageSize: 4, page: 2 });
		expect(first.fees.map((fee) => fee.id)).toEqual(everything.fees.slice(0, 4).map((fee) => fee.id));
		expect(second.fees.map((fee) => fee.id)).toEqual(everything.fees.slice(4, 8).map((fee) => fee.id));
		expect(first).toMatchObject({ dueCount: everything.fees.length, hasMore: true });
		const undecided = everything.fees.filter((fee) => !fee.decision);
		expect(first.undecidedCount).toBe(undecided.length);
		expect(undecided.length).toBeLessThan(everything.fees.length);
		const onlyUndecided = await watch.listDueFees(officer, demo.university, today, {
			pageSize: 500,
			undecidedOnly: true
		});
		expect(onlyUndecided.fees.map((fee) => fee.id)).toEqual(undecided.map((fee) => fee.id));
		// Past the last page: no fees, the counts still there.
		const beyond = await watch.listDueFees(officer, demo.university, today, { page: 1000 });
		expect(beyond).toMatchObject({ fees: [], dueCount: everything.fees.length, hasMore: false });
		// Needs are matched for the undecided fees shown, never for decided ones.
		expect(everything.fees.filter((fee) => fee.decision && fee.needs.length > 0)).toEqual([]);
		// A colleague's decision names its officer, though profiles are private to their owner.
		const colleague = '00000000-0000-4000-8300-000000001004';
		await database.query(sql`insert into auth.users (id, email) values (${colleague}, 'colleague@jinyun.example.edu')`);
		await database.query(sql`
			insert into public.profiles (id, role, organization_id, display_name, email)
			values (${colleague}, 'officer', ${demo.university}, '同事', 'colleague@jinyun.example.edu')`);
		const seen = await watch.listDueFees(as(colleague), demo.university, today, { pageSize: 500 });
		const decided = seen.fees.filter((fee) => fee.decision);
		expect(decided.length).toBeGreaterThan(0);
		for (const fee of decided) expect(fee.decision?.decidedBy).toBe('陈晓东');
	});

	it('lapses a patent let lapse once its fee date passed, and announces due fees to the officers once', async () => {
		const { token } = await importFile(
			csv(
				`${number(21)},一种光伏清扫机器人,发明,缙云大学,刘洋,2016-12-30,2019-03-01,有权,B08B 1/00`,
				`${number(22)},一种智能灌溉控制器,发明,缙云大学,刘洋,2016-12-25,2019-03-01,有权,A01G 25/16`
			)
		);
		await batches.confirmImport(as(demo.officer), token);
		const [patent] = await database.query<{ id: string }>(
			sql`select id from public.portfolio_patents where application_number = ${number(21)}`
		);
		expect(
			await watch.decideFee(
				as(demo.officer),
				{
					patentId: patent.id,
					dueOn: '2026-12-30',
					decision: 'let_lapse',
					note: '',
					lapseNow: false,
					creationKey: crypto.randomUUID()
				},
				today
			)
		).toEqual({ ok: true });
		const first = await watch.watchPortfolios(database, new Date('2026-12-07T02:00:00Z'));
		expect(first.notified).toBeGreaterThan(0);
		const notices = await as(demo.officer).query<{ message: string }>(
			sql`select message from public.notifications where kind = 'portfolio_fee_due' and user_id = ${demo.officer}`
		);
		expect(notices).toEqual([{ message: expect.stringMatching(/^[1-9]\d*$/) }]);
		expect(await watch.watchPortfolios(database, new Date('2026-12-07T03:00:00Z'))).toEqual({ lapsed: 0, notified: 0 });
		const [still] = await database.query<{ legal_status: string }>(
			sql`select legal_status from public.portfolio_patents where id = ${patent.id}`
		);
		expect(still.legal_status).toBe('granted');
		const later = await watch.watchPortfolios(database, new Date('2026-12-31T02:00:00Z'));
		expect(later.lapsed).toBeGreaterThanOrEqual(1); // the demo's own "let lapse" may pass that day too
		const [gone] = await database.query<{ legal_status: string }>(
			sql`select legal_status from public.portfolio_patents where id = ${patent.id}`
		);
		expect(gone.legal_status).toBe('lapsed');
	});

	it("hands portfolio patents to a researcher of the university as the researcher's draft, once", async () => {
		const researchers = await portfolio.listResearchers(as(demo.officer), demo.university);
		expect(researchers.map((r) => r.id)).toContain(demo.researcher);
		expect(await portfolio.listResearchers(as(otherOfficer), demo.university)).toEqual([]);
		const key = crypto.randomUUID();
		const draft = await listingDrafts.handPortfolioPatents(as(demo.officer), ids, demo.researcher, key);
		expect(draft).toEqual(expect.any(String));
		expect(await listingDrafts.handPortfolioPatents(as(demo.officer), ids, demo.researcher, key)).toBe(draft);
		const [listing] = await as(demo.researcher).query<{
			owner_id: string;
			status: string;
			title: string;
			college_id: string;
		}>(sql`select owner_id, status, title, college_id from public.listings where id = ${draft}`);
		expect(listing).toEqual({
			owner_id: demo.researcher,
			status: 'draft',
			title: '一种钠离子电池正极材料',
			college_id: demo.college
		});
		const patents = await as(demo.researcher).query<{ application_number: string }>(
			sql`select application_number from public.patents where listing_id = ${draft} order by position`
		);
		expect(patents.map((p) => p.application_number)).toEqual([number(1), number(3, '2')]);
		const notified = await as(demo.researcher).query<{ kind: string }>(
			sql`select kind from public.notifications where listing_id = ${draft}`
		);
		expect(notified).toEqual([{ kind: 'listing_handed' }]);
		expect(
			await listingDrafts.handPortfolioPatents(as(otherOfficer), ids, demo.researcher, crypto.randomUUID())
		).toBeNull();
		expect(
			await listingDrafts.handPortfolioPatents(as(demo.officer), ids, demo.company, crypto.randomUUID())
		).toBeNull();
		expect(
			await listingDrafts.handPortfolioPatents(as(demo.researcher), ids, demo.researcher, crypto.randomUUID())
		).toBeNull();
	});

	it('computes expiry and the next fee date in SQL as the rule does', async () => {
		const cases = [];
		for (const type of ['invention', 'utility_model', 'design'] as const)
			for (const filedOn of ['2012-02-29', '2016-09-01', '2021-05-31', '2021-06-01'])
				for (const grantedOn of [null, '2017-04-01', '2023-02-28'])
					for (const legalStatus of ['pending', 'granted', 'lapsed'] as const)
						for (const on of ['2019-01-01', '2026-09-01', '2031-05-31', '2035-06-02'])
							if (!grantedOn || grantedOn >= filedOn) cases.push({ type, filedOn, grantedOn, legalStatus, on });
		const rows = await database.query<{ expires: string; next: string | null }>(sql`
			select app.patent_expires_on(c.type::public.patent_type, c.filed)::text as expires,
			       app.next_annual_fee_on(c.type::public.patent_type, c.filed, c.granted, c.status::public.patent_legal_status, c.on_day)::text as next
			from unnest(${cases.map((c) => c.type)}::text[], ${cases.map((c) => c.filedOn)}::date[],
			            ${cases.map((c) => c.grantedOn)}::date[], ${cases.map((c) => c.legalStatus)}::text[],
			            ${cases.map((c) => c.on)}::date[]) with ordinality as c(type, filed, granted, status, on_day, n)
			order by c.n`);
		expect(rows).toEqual(
			cases.map((c) => ({
				expires: expiresOn(c.type, c.filedOn),
				next: nextAnnualFeeOn(
					{ type: c.type, filedOn: c.filedOn, grantedOn: c.grantedOn, legalStatus: c.legalStatus },
					c.on
				)
			}))
		);
	});
});

describe(`the demo portfolio on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database?.close());

	it('holds a few hundred patents of the demo university, its listings among them, with fees due and decisions', async () => {
		const [row] = await database.query<{
			total: number;
			granted: number;
			lapsed: number;
			listed: number;
			decided: number;
			due: number;
		}>(sql`
			select count(*)::int as total, count(*) filter (where legal_status = 'granted')::int as granted,
			       count(*) filter (where legal_status = 'lapsed')::int as lapsed,
			       count(*) filter (where application_number in (select application_number from public.patents))::int as listed,
			       (select count(*)::int from public.portfolio_fee_decisions) as decided,
			       count(*) filter (where app.next_annual_fee_on(patent_type, filed_on, granted_on, legal_status, current_date)
			                          <= current_date + 90)::int as due
			from public.portfolio_patents where university_id = ${demo.university}`);
		expect(row.total).toBeGreaterThan(300);
		expect(row.listed).toBeGreaterThan(20);
		expect(row.granted).toBeGreaterThan(100);
		expect(row.lapsed).toBeGreaterThan(10);
		expect(row.due).toBeGreaterThan(10);
		expect(row.decided).toBe(3);
	});
});
