import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { listDemoFiles, writeDemoFiles } from '../../src/lib/server/db/seed-files.ts';
import { openLocalStorage } from '../../src/lib/server/storage/local.ts';
import { fileResponse } from '../../src/lib/server/storage/serve.ts';
import { detectFileType } from '../../src/lib/rules/file-type.ts';
import { driver, openTestDatabase } from './setup/database.ts';

// Every file the demo rows name must open: the seed writes real bytes through the Storage port.
describe(`demo files on ${driver}`, () => {
	let database: Database;
	const folder = mkdtempSync(join(tmpdir(), 'zhiqiao-seed-files-'));
	const storage = openLocalStorage(folder);
	beforeAll(async () => {
		database = await openTestDatabase();
		await writeDemoFiles(database, storage);
	});
	afterAll(async () => {
		await database.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('every file column of the schema is one the seed writes for', async () => {
		// A new table with a file column must be added to listDemoFiles, or its demo rows would 404.
		const columns = await database.query<{ name: string }>(sql`
			select table_name || '.' || column_name as name from information_schema.columns
			where table_schema = 'public' and column_name in ('storage_key', 'file_key') order by 1`);
		expect(columns.map((column) => column.name)).toEqual([
			'deal_documents.storage_key',
			'listing_attachments.storage_key',
			'need_proposals.file_key',
			'notice_objections.file_key',
			'service_case_documents.storage_key'
		]);
	});

	it('every seeded file reference downloads with its type and size', async () => {
		const references = await database.query<{ key: string; content_type: string; size_bytes: number | null }>(sql`
			select storage_key as key, content_type, size_bytes from public.listing_attachments
			union all select storage_key, content_type, size_bytes from public.deal_documents
			union all select file_key, content_type, null from public.notice_objections where file_key is not null
			union all select evaluation_report_key, 'application/pdf', null from public.open_licence_declarations
				where evaluation_report_key is not null
			union all select report_key, 'application/pdf', null from public.valuation_requests where report_key is not null
			union all select storage_key, content_type, size_bytes from public.service_case_documents
			union all select file_key, 'application/pdf', null from public.need_proposals where file_key is not null`);
		expect(references.length).toBeGreaterThanOrEqual(4);
		expect((await listDemoFiles(database)).map((row) => row.storage_key).sort()).toEqual(
			references.map((row) => row.key).sort()
		);
		for (const reference of references) {
			const bytes = await storage.get(reference.key);
			expect(bytes, reference.key).not.toBeNull();
			expect(detectFileType(bytes!), reference.key).toBe(reference.content_type);
			if (reference.size_bytes !== null) expect(Number(reference.size_bytes), reference.key).toBe(bytes!.length);
			const response = await fileResponse(storage, {
				storageKey: reference.key,
				fileName: 'x',
				contentType: reference.content_type,
				inline: false,
				cacheControl: 'private, no-store'
			});
			expect(response?.status, reference.key).toBe(200);
		}
	});

	it('writing them again (a data folder left from an earlier database) replaces the files', async () => {
		const count = await writeDemoFiles(database, storage);
		expect(count).toBe((await listDemoFiles(database)).length);
	});
});
