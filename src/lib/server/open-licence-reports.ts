import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import { checkPdfUpload } from '../rules/file-type.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import * as openLicences from './open-licences.ts';
import type { WriteResult } from './open-licences.ts';
import { openLicenceRefusal, refuseOpenLicence, type OpenLicenceRefusal } from './open-licence-refusals.ts';

// The patent evaluation report 专利权评价报告 of an open licence declaration (Patent Law Art. 50
// para. 1: a utility model or design is declared with it; the database refuses to submit one
// without it, ZQ322). The file lives in storage under `open-licences/<declaration>/<new id>`; the
// declaration's evaluation_report_key points at it. Frozen with the terms once submitted (ZQ324).

export type ReportResult =
	{ ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' } | OpenLicenceRefusal;

/**
 * Stores a PDF and points the draft at it. The key is written after the file, and a refused
 * update (not the caller's university per RLS, not a draft any more) removes the file again, so
 * storage keeps no file without its row. A replaced report's file is removed once the new key is
 * written; if that removal fails, the old file stays as an orphan no row points to (never read
 * again, never a dangling key).
 */
export async function attachEvaluationReport(
	db: Executor,
	storage: Storage,
	id: string,
	upload: { fileName: string; bytes: Uint8Array }
): Promise<ReportResult> {
	if (!isUuid(id)) return refuseOpenLicence('not_found', 'file');
	const held: { refusal: OpenLicenceRefusal | null; previousKey: string | null } = { refusal: null, previousKey: null };
	try {
		const outcome = await storeUpload(
			storage,
			`open-licences/${id}`,
			upload,
			async (file) => {
				const written = await replaceKey(db, id, file.key);
				if (!written.ok) {
					held.refusal = written;
					throw new NotKept();
				}
				held.previousKey = written.previousKey;
			},
			checkPdfUpload
		);
		// 'refused' is storeUpload's word for an RLS refusal it met itself; replaceKey reports its own.
		if (!outcome.ok) {
			const reason = outcome.reason;
			return reason === 'refused' ? refuseOpenLicence('not_allowed', 'file') : { ok: false, reason };
		}
	} catch (error) {
		if (error instanceof NotKept && held.refusal) return held.refusal;
		throw error;
	}
	if (held.previousKey) await storage.remove(held.previousKey).catch(() => undefined);
	return { ok: true, id };
}

/** Writes the new key, answering the key it replaced (the row locked so two uploads cannot both read the same old key). */
async function replaceKey(
	db: Executor,
	id: string,
	key: string
): Promise<{ ok: true; previousKey: string | null } | OpenLicenceRefusal> {
	try {
		const [row] = await db.query<{ previousKey: string | null }>(sql`
			with previous as (
				select id, evaluation_report_key from public.open_licence_declarations where id = ${id} for update
			)
			update public.open_licence_declarations d set evaluation_report_key = ${key}
			from previous where d.id = previous.id
			returning previous.evaluation_report_key as "previousKey"`);
		return row ? { ok: true, previousKey: row.previousKey } : refuseOpenLicence('not_found', 'file');
	} catch (error) {
		const refusal = openLicenceRefusal(error, { frozen: 'file', not_allowed: 'file', not_found: 'file' });
		if (refusal) return refusal;
		throw error;
	}
}

export interface ReportFile {
	storageKey: string;
	/** What the download is called: 专利权评价报告-<application number>.pdf */
	fileName: string;
}

/**
 * The report of a declaration, for the officers of its university only. RLS lets everybody read
 * announced declarations, so the officer test is made here too: a company or another university
 * gets null (404), as for a declaration it cannot see. Call only with a signed-in user's executor.
 */
export async function getEvaluationReport(db: Executor, id: string): Promise<ReportFile | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<ReportFile>(sql`
		select d.evaluation_report_key as "storageKey", '专利权评价报告-' || p.application_number || '.pdf' as "fileName"
		from public.open_licence_declarations d join public.patents p on p.id = d.patent_id
		where d.id = ${id} and d.evaluation_report_key is not null
		  and d.institution_id in (select app.officer_institutions())`);
	return row ?? null;
}

/**
 * Deletes a draft (openLicences.deleteDeclaration), then its report's file, which no row names
 * any more. A report replaced between the read and the delete stays behind as an orphan file.
 */
export async function deleteDraft(db: Executor, storage: Storage, id: string): Promise<WriteResult> {
	const [before] = isUuid(id)
		? await db.query<{ key: string | null }>(
				sql`select evaluation_report_key as key from public.open_licence_declarations where id = ${id}`
			)
		: [];
	const result = await openLicences.deleteDeclaration(db, id);
	if (result.ok && before?.key) await storage.remove(before.key).catch(() => undefined);
	return result;
}

/** Rolls the stored file back with its refused key. */
class NotKept extends Error {}
