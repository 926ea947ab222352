import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as listings from '../../src/lib/server/listings.ts';
import * as profiles from '../../src/lib/server/profiles.ts';
import { publicContentVersionReader, readPublicContentVersion } from '../../src/lib/server/public-content.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// The page cache serves an anonymous page only while this version is unchanged: every change an
// anonymous visitor could see must raise it, as it commits; changes nobody public sees must not.
const submitted = '00000000-0000-4000-8001-000000000070';
const published = '00000000-0000-4000-8001-000000000002';
const draft = '00000000-0000-4000-8001-000000000071';

describe(`the public content version on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	/** How much the version rose while `change` ran. */
	async function raisedBy(change: () => Promise<unknown>): Promise<number> {
		const before = Number(await readPublicContentVersion(database));
		await change();
		return Number(await readPublicContentVersion(database)) - before;
	}

	it('rises once when an officer publishes a listing, and once when it is archived', async () => {
		const officer = asUser(database, demo.officer);
		expect(await raisedBy(() => listings.moveListingToStatus(officer, submitted, 'published'))).toBe(1);
		expect(await raisedBy(() => listings.moveListingToStatus(officer, submitted, 'archived'))).toBe(1);
	});

	it('rises when a published listing’s patents, inventors or researcher’s name change, not a draft’s', async () => {
		const patent = sql`update public.patents set title = title || '（修订）' where listing_id = ${published}`;
		expect(await raisedBy(() => database.query(patent))).toBe(1);
		const inventor = sql`update public.listing_inventors set name = name where listing_id = ${published}`;
		expect(await raisedBy(() => database.query(inventor))).toBe(1);
		expect(
			await raisedBy(() => profiles.updateDisplayName(asUser(database, demo.researcher), demo.researcher, '李明远教授'))
		).toBe(1);

		const autosave = sql`update public.listings set title = '草稿标题', draft_revision = draft_revision + 1 where id = ${draft}`;
		expect(await raisedBy(() => database.query(autosave))).toBe(0);
		const draftPatents = sql`update public.patents set title = title where listing_id = ${draft}`;
		expect(await raisedBy(() => database.query(draftPatents))).toBe(0);
	});

	it('rises when a portfolio patent’s legal status changes, not when its fee notice is marked', async () => {
		const [patent] = await database.query<{ id: string }>(
			sql`select id from public.portfolio_patents where legal_status = 'granted' order by id limit 1`
		);
		const notice = sql`update public.portfolio_patents set fee_notified_on = current_date, updated_at = now() where id = ${patent.id}`;
		expect(await raisedBy(() => database.query(notice))).toBe(0);
		const lapse = sql`update public.portfolio_patents set legal_status = 'lapsed' where id = ${patent.id}`;
		expect(await raisedBy(() => database.query(lapse))).toBe(1);
	});

	it('rises once for a transaction that changes many public rows, and not at all for one rolled back', async () => {
		const everyPublished = sql`update public.listings set pitch = pitch where status in ('published', 'licensed')`;
		expect(
			await raisedBy(() =>
				database.transaction(async (transaction) => {
					await transaction.query(everyPublished);
					await transaction.query(sql`update public.organizations set name_en = name_en`);
				})
			)
		).toBe(1);
		const rolledBack = () =>
			database
				.transaction(async (transaction) => {
					await transaction.query(everyPublished);
					throw new Error('changed my mind');
				})
				.catch(() => undefined);
		expect(await raisedBy(rolledBack)).toBe(0);
	});

	it('is read again by the page cache the moment any other call on the database ran', async () => {
		const read = publicContentVersionReader(database);
		const first = await read();
		expect(await read()).toBe(first);
		await database.query(sql`update public.organizations set name_en = name_en where id = ${demo.university}`);
		const raised = await read();
		expect(Number(raised)).toBeGreaterThan(Number(first));
		expect(await read()).toBe(raised);
		// Read while a write is on its way: never kept, so the write's commit is seen next time.
		const writing = database.query(
			sql`update public.organizations set name_en = name_en where id = ${demo.university}`
		);
		await read();
		await writing;
		expect(Number(await read())).toBeGreaterThan(Number(raised));
	});
});
