import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import * as attachments from '../../src/lib/server/listing-attachments.ts';
import * as dealDocuments from '../../src/lib/server/deal-documents.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';
import { memoryStorage } from './setup/storage.ts';

const draft = '00000000-0000-4000-8001-000000000071';
const published = '00000000-0000-4000-8001-000000000001';
const deal = '00000000-0000-4000-8004-000000000001';
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe(`uploaded files on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('store the sent name without control characters (Postgres cannot hold NUL), cut to 200 characters', async () => {
		const researcher = asUser(database, demo.researcher);
		const storage = memoryStorage();
		const added = await attachments.addAttachment(researcher, storage, {
			listingId: draft,
			fileName: 'scan\u0000\r\n\u0007.png',
			bytes: png,
			confidential: false
		});
		expect(added.ok).toBe(true);
		const stored = added.ok ? await attachments.getAttachment(researcher, added.id) : null;
		expect(stored?.fileName).toBe('scan.png');

		const company = asUser(database, demo.company);
		expect(
			await dealDocuments.addDealDocument(company, storage, {
				dealId: deal,
				uploaderId: demo.company,
				fileName: `${'合'.repeat(250)}\u0000`,
				bytes: png
			})
		).toMatchObject({ ok: true });
		const [document] = await dealDocuments.listDealDocuments(company, deal);
		expect(document.fileName).toBe('合'.repeat(200));
	});

	it('remove a file only through the listing it belongs to', async () => {
		const researcher = asUser(database, demo.researcher);
		const storage = memoryStorage();
		const added = await attachments.addAttachment(researcher, storage, {
			listingId: draft,
			fileName: 'a.png',
			bytes: png,
			confidential: false
		});
		if (!added.ok) throw new Error(added.reason);
		expect(await attachments.removeAttachment(researcher, storage, published, added.id)).toBe(false);
		expect(storage.keys()).toHaveLength(1);
		expect(await attachments.removeAttachment(researcher, storage, draft, added.id)).toBe(true);
		expect(storage.keys()).toEqual([]);
	});
});
