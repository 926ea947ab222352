import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import * as listings from '../../src/lib/server/listings.ts';
import * as listingDrafts from '../../src/lib/server/listing-drafts.ts';
import { draftFields } from '../../src/lib/schemas/listing.ts';
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
		expect(await listingDrafts.createDraft(owner(), creator, randomUUID())).not.toBe(made[0]);
		const own = await listings.listOwnListings(owner());
		expect(own.filter((listing) => listing.id === made[0])).toHaveLength(1);
	});
});
