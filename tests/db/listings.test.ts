import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/lib/server/db/port.ts';
import { draftValuesFromEntries } from '../../src/lib/rules/listing-draft.ts';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as listings from '../../src/lib/server/listings.ts';
import * as listingDrafts from '../../src/lib/server/listing-drafts.ts';
import * as auditLog from '../../src/lib/server/audit.ts';
import { listingSchema, type ListingInput } from '../../src/lib/schemas/listing.ts';
import { asAnon, asService, asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

export function completeListing(overrides: Partial<Record<string, unknown>> = {}): ListingInput {
	return listingSchema.parse({
		title: '城市污水处理厂低碳曝气控制系统',
		pitch: '按需曝气，吨水电耗降低 18%',
		summary: '基于溶解氧与氨氮在线监测的模型预测控制，适用于城镇污水处理厂提标改造。',
		advantages: '电耗降低 18%\n出水氨氮稳定达标',
		applications: '城镇污水处理厂',
		industry: 'energy_environment',
		ipcCodes: 'C02F 3/00',
		trl: '6',
		cooperationModes: ['exclusive_license', 'joint_development'],
		negotiable: true,
		askingPrice: '',
		inventors: [
			{ name: '李明远', share: '60' },
			{ name: '赵小燕', share: '40' }
		],
		patents: [
			{
				number: 'CN201710601862.3',
				type: 'invention',
				legalStatus: 'pending',
				title: '一种曝气控制方法',
				filedOn: '2017-07-21',
				grantedOn: ''
			}
		],
		...overrides
	});
}

/** A whole valid listing saved as submitting saves it, over the revision the owner sees now. */
async function saveInput(db: Executor, id: string, input: ListingInput) {
	const revision = (await listings.getListing(db, id))?.draftRevision ?? 0;
	const raw = draftValuesFromEntries([['title', input.title]]);
	const result = await listingDrafts.saveDraft(
		db,
		id,
		{ raw, fields: input, complete: input, revision },
		{ strict: true }
	);
	if (result.ok) return 'saved';
	return result.reason === 'unknown_inventor_account' ? { unknownInventorAccount: result.position } : result.reason;
}

describe(`listings on ${driver}`, () => {
	let database: Database;
	const otherOfficer = '00000000-0000-4000-8000-000000009003';
	const otherResearcher = '00000000-0000-4000-8000-000000009001';
	beforeAll(async () => {
		database = await openTestDatabase();
		await asService(database).query(sql`
			with university as (
				insert into public.organizations (id, kind, name_zh, name_en, verified)
				values ('00000000-0000-4000-8000-000000009100', 'university', '嘉陵大学', 'Jialing University', true) returning id
			), users as (
				insert into auth.users (id, email) values (${otherOfficer}, 'o2@example.com'), (${otherResearcher}, 'r2@example.com') returning id
			)
			insert into public.profiles (id, role, organization_id, display_name, email)
			select ${otherOfficer}::uuid, 'officer'::public.user_role, id, '外校专员', 'o2@example.com' from university
			union all select ${otherResearcher}::uuid, 'researcher'::public.user_role, ${demo.college}::uuid, '同院研究员', 'r2@example.com' from university`);
	});
	afterAll(() => database.close());

	it('lets only researchers create drafts, under their university', async () => {
		expect(
			await sqlState(
				listingDrafts.createDraft(
					asUser(database, demo.company),
					{ id: demo.company, organizationId: demo.university },
					randomUUID()
				)
			)
		).toBe('42501');
		const id = await listingDrafts.createDraft(
			asUser(database, demo.researcher),
			{
				id: demo.researcher,
				organizationId: demo.college
			},
			randomUUID()
		);
		const listing = await listings.getListing(asUser(database, demo.researcher), id!);
		expect(listing).toMatchObject({ status: 'draft', institutionId: demo.university, ownerName: '李明远 教授' });
	});

	it('shows a draft to its owner and their officer only, and lets only the owner edit it', async () => {
		const owner = asUser(database, demo.researcher);
		const id = (await listingDrafts.createDraft(
			owner,
			{ id: demo.researcher, organizationId: demo.college },
			randomUUID()
		))!;
		expect(await saveInput(owner, id, completeListing())).toBe('saved');
		for (const stranger of [
			asAnon(database),
			asUser(database, demo.company),
			asUser(database, otherResearcher),
			asUser(database, otherOfficer)
		]) {
			expect(await listings.getListing(stranger, id)).toBeNull();
			expect(await stranger.query(sql`select 1 from public.patents where listing_id = ${id}`)).toEqual([]);
		}
		expect((await listings.getListing(asUser(database, demo.officer), id))?.patents).toHaveLength(1);
		expect(await saveInput(asUser(database, otherResearcher), id, completeListing({ title: '抢改' }))).toBe(
			'not_editable'
		);
		expect(await saveInput(asUser(database, demo.officer), id, completeListing({ title: '专员改' }))).toBe(
			'not_editable'
		);
		expect((await listings.getListing(owner, id))?.title).toBe('城市污水处理厂低碳曝气控制系统');
	});

	it('links a co-inventor by their account email at the same university only, showing the email to the editor alone', async () => {
		const owner = asUser(database, demo.researcher);
		const id = (await listingDrafts.createDraft(
			owner,
			{ id: demo.researcher, organizationId: demo.college },
			randomUUID()
		))!;
		const inventors = (email: string) => [
			{ name: '李明远 教授', share: '60' },
			{ name: '同院研究员', share: '40', email }
		];
		expect(await saveInput(owner, id, completeListing({ inventors: inventors('R2@example.com') }))).toBe('saved');
		const saved = await listings.getListing(owner, id);
		expect(saved?.inventors.map((inventor) => inventor.profileId)).toEqual([demo.researcher, otherResearcher]);
		expect(await listings.inventorAccountEmails(owner, id)).toEqual(
			new Map([
				[0, 'researcher@demo.zhiqiao.cn'],
				[1, 'r2@example.com']
			])
		);
		expect(await listings.inventorAccountEmails(asUser(database, demo.officer), id)).toEqual(new Map());

		// Not a researcher here (another university's officer, a company): refused, nothing changes.
		for (const email of ['o2@example.com', 'company@demo.zhiqiao.cn', 'nobody@example.com']) {
			expect(await saveInput(owner, id, completeListing({ inventors: inventors(email), title: '改' }))).toEqual({
				unknownInventorAccount: 1
			});
		}
		expect((await listings.getListing(owner, id))?.title).toBe('城市污水处理厂低碳曝气控制系统');
		expect(
			await sqlState(
				owner.query(
					sql`update public.listing_inventors set profile_id = ${otherOfficer} where listing_id = ${id} and position = 1`
				)
			)
		).toBe('42501');
	});

	it('walks the review flow, notifying and auditing, and refuses every illegal move', async () => {
		const owner = asUser(database, demo.researcher);
		const officer = asUser(database, demo.officer);
		const id = (await listingDrafts.createDraft(
			owner,
			{ id: demo.researcher, organizationId: demo.college },
			randomUUID()
		))!;
		expect(await listings.moveListingToStatus(owner, id, 'submitted')).toBe('incomplete');
		await saveInput(owner, id, completeListing({ inventors: [{ name: '李明远', share: '90' }] }));
		expect(await listings.moveListingToStatus(owner, id, 'submitted')).toBe('incomplete');
		await saveInput(owner, id, completeListing());
		expect(await listings.moveListingToStatus(owner, id, 'published')).toBe('not_allowed');
		expect(await listings.moveListingToStatus(owner, id, 'submitted')).toBe('changed');
		expect(await saveInput(owner, id, completeListing({ title: '提交后偷改' }))).toBe('not_editable');

		expect(await listings.moveListingToStatus(asUser(database, otherOfficer), id, 'published')).toBe('not_found');
		expect(await listings.moveListingToStatus(officer, id, 'changes_requested', '')).toBe('incomplete');
		expect(await listings.moveListingToStatus(officer, id, 'changes_requested', '请补充中试数据')).toBe('changed');
		const [note] = await owner.query<{ kind: string; message: string }>(
			sql`select kind, message from public.notifications where listing_id = ${id} order by id desc limit 1`
		);
		expect(note).toEqual({ kind: 'listing_changes_requested', message: '请补充中试数据' });
		expect((await listings.getListing(owner, id))?.reviewComment).toBe('请补充中试数据');

		expect(await saveInput(owner, id, completeListing({ summary: '补充了中试数据。' }))).toBe('saved');
		expect(await listings.moveListingToStatus(owner, id, 'submitted')).toBe('changed');
		expect(await listings.moveListingToStatus(officer, id, 'published')).toBe('changed');
		expect(await listings.moveListingToStatus(officer, id, 'draft')).toBe('not_allowed');
		expect(await listings.moveListingToStatus(owner, id, 'submitted')).toBe('not_allowed');

		const anon = asAnon(database);
		expect((await listings.getListing(anon, id))?.status).toBe('published');
		const audit = await asUser(database, demo.admin).query<{ after: { status: string } }>(
			sql`select after from public.audit_events where entity_type = 'listings' and entity_id = ${id} order by id`
		);
		expect(audit.map((event) => event.after.status)).toEqual([
			'submitted',
			'changes_requested',
			'submitted',
			'published'
		]);
		// The admin's audit page names the listing by its title, not its id.
		const { events } = await auditLog.listAuditEvents(asUser(database, demo.admin), 1);
		const published = events.find((event) => event.entityId === id && event.after?.status === 'published');
		expect(published?.entityLabel).toBe((await listings.getListing(anon, id))?.title);
	});

	it('hides confidential attachments from everyone but the owner and their officers', async () => {
		const owner = asUser(database, demo.researcher);
		const id = (await listingDrafts.createDraft(
			owner,
			{ id: demo.researcher, organizationId: demo.college },
			randomUUID()
		))!;
		await owner.query(sql`
			insert into public.listing_attachments (listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential)
			values (${id}, 'document', 'public.pdf', 'application/pdf', 10, ${`k-${id}-1`}, false),
			       (${id}, 'document', 'secret.pdf', 'application/pdf', 10, ${`k-${id}-2`}, true)`);
		await saveInput(owner, id, completeListing());
		await listings.moveListingToStatus(owner, id, 'submitted');
		await listings.moveListingToStatus(asUser(database, demo.officer), id, 'published');
		const names = (executor: ReturnType<typeof asAnon>) =>
			executor.query<{ file_name: string }>(
				sql`select file_name from public.listing_attachments where listing_id = ${id} order by file_name`
			);
		expect(await names(asAnon(database))).toEqual([{ file_name: 'public.pdf' }]);
		expect(await names(asUser(database, demo.company))).toEqual([{ file_name: 'public.pdf' }]);
		expect(await names(asUser(database, demo.officer))).toHaveLength(2);
		expect(await names(owner)).toHaveLength(2);
	});
});
