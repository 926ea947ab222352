import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import * as listings from '../../src/lib/server/listings.ts';
import * as listingDrafts from '../../src/lib/server/listing-drafts.ts';
import { draftFields } from '../../src/lib/schemas/listing.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { draftValuesFromEntries, type ListingDraftValues } from '../../src/lib/rules/listing-draft.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// What the tester typed: a patent number with the wrong check character, and the two fields
// that used to be lost with it.
const typed = draftValuesFromEntries([
	['title', '低碳曝气控制系统'],
	['advantages', '电耗降低 18%\n出水稳定达标'],
	['applications', '城镇污水处理厂'],
	['patents.0.number', 'CN202110420380.5'],
	['patents.0.type', 'invention'],
	['patents.0.legalStatus', 'pending'],
	['inventors.0.name', '李明远'],
	['inventors.0.share', '100']
]);

const readDraftFields = (raw: ListingDraftValues) => ({ raw, ...draftFields(raw) });

describe(`listing drafts on ${driver}`, () => {
	let database: Database;
	const owner = () => asUser(database, demo.researcher);
	const newDraft = async () =>
		(await listingDrafts.createDraft(owner(), { id: demo.researcher, organizationId: demo.college }, randomUUID()))!;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());
	const waitingForLock = async () =>
		(
			await database.query<{ waiting: number }>(sql`
				select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'`)
		)[0].waiting > 0;

	it('stores what was typed, invalid fields included, and fills only the valid columns', async () => {
		const id = await newDraft();
		const result = await listingDrafts.saveDraft(owner(), id, { ...readDraftFields(typed), revision: 0 });
		expect(result).toEqual({ ok: true, revision: 1, notices: {} });
		const listing = (await listings.getListing(owner(), id))!;
		expect(listing.draftInput).toEqual(typed);
		expect(listing.draftRevision).toBe(1);
		expect(listing).toMatchObject({
			title: '低碳曝气控制系统',
			advantages: ['电耗降低 18%', '出水稳定达标'],
			applications: '城镇污水处理厂'
		});
		// The invalid patent reached no column; the valid inventor did.
		expect(listing.patents).toEqual([]);
		expect(listing.inventors).toMatchObject([{ name: '李明远', share: 100 }]);
		// Nobody but the owner reads the raw input, not even the officer who reviews the listing.
		expect((await listings.getListing(asUser(database, demo.officer), id))?.draftInput).toBeNull();
	});

	it('refuses a save over a revision that is no longer current, keeping the newer one', async () => {
		const id = await newDraft();
		const first = await listingDrafts.saveDraft(owner(), id, { ...readDraftFields(typed), revision: 0 });
		expect(first).toMatchObject({ ok: true, revision: 1 });
		const otherTab = draftValuesFromEntries([['title', '另一个标签页的标题']]);
		expect(await listingDrafts.saveDraft(owner(), id, { ...readDraftFields(otherTab), revision: 0 })).toEqual({
			ok: false,
			reason: 'stale'
		});
		const listing = (await listings.getListing(owner(), id))!;
		expect(listing.title).toBe('低碳曝气控制系统');
		expect(listing.draftInput).toEqual(typed);
		// Someone else's draft is not theirs to save, whatever the revision.
		expect(
			await listingDrafts.saveDraft(asUser(database, demo.officer), id, { ...readDraftFields(otherTab), revision: 1 })
		).toEqual({ ok: false, reason: 'not_editable' });
	});

	it('makes one draft per creation key, however often the request is replayed', async () => {
		const key = randomUUID();
		const creator = { id: demo.researcher, organizationId: demo.college };
		const made = await Promise.all([1, 2, 3].map(() => listingDrafts.createDraft(owner(), creator, key)));
		expect(new Set(made).size).toBe(1);
		expect(await listingDrafts.createDraft(owner(), creator, key)).toBe(made[0]);
		const own = await listings.listOwnListings(owner());
		expect(own.filter((listing) => listing.id === made[0])).toHaveLength(1);
	});

	it('reuses the untouched empty draft instead of making another, even for two taps at once', async () => {
		const creator = { id: demo.researcher, organizationId: demo.college };
		const untouched = () =>
			owner().query<{ id: string }>(sql`
				select id from public.listings
				where owner_id = ${demo.researcher} and status = 'draft' and draft_revision = 0 and title = ''`);
		// Taps of 新建成果 in several tabs (a creation key each) at the same moment, then one more.
		const taps = await Promise.all(
			[1, 2, 3, 4, 5, 6].map(() => listingDrafts.createDraft(owner(), creator, randomUUID()))
		);
		expect(new Set(taps).size).toBe(1);
		expect(await listingDrafts.createDraft(owner(), creator, randomUUID())).toBe(taps[0]);
		expect(await untouched()).toEqual([{ id: taps[0] }]);
		// Once something was typed into it and saved, the next tap makes a new draft.
		const typedTitle = draftValuesFromEntries([['title', '只写了标题']]);
		await listingDrafts.saveDraft(owner(), taps[0]!, { ...readDraftFields(typedTitle), revision: 0 });
		const next = await listingDrafts.createDraft(owner(), creator, randomUUID());
		expect(next).not.toBe(taps[0]);
		expect(await untouched()).toEqual([{ id: next }]);
		await listingDrafts.saveDraft(owner(), next!, { ...readDraftFields(typedTitle), revision: 0 });

		// PostgreSQL runs two taps truly at once: the second arrives while the first one's draft is
		// made but not committed, so it cannot see it yet. It must wait and reuse it, not add one.
		if (driver !== 'postgres') return;
		let second: Promise<string | null> | undefined;
		const first = await owner().transaction(async (transaction) => {
			const id = await listingDrafts.createDraft(transaction, creator, randomUUID());
			second = listingDrafts.createDraft(owner(), creator, randomUUID());
			let finished = false;
			void second.finally(() => (finished = true));
			// Commit once the second tap waits for the first, or has finished without waiting.
			while (!finished && !(await waitingForLock())) await new Promise((resolve) => setTimeout(resolve, 10));
			return id;
		});
		expect(await second).toBe(first);
		expect(await untouched()).toEqual([{ id: first }]);
	});
});
