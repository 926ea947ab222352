import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { addDealDocument } from './deal-documents.ts';
import type { NdaKind } from '../vocabularies/closing.ts';

// The NDA gate (docs/domain.md, "NDA gate"). Who may record which NDA, and what it unlocks (the
// listing's confidential attachments for the company's members), is decided by the database:
// app.prepare_deal_nda and app.can_see_confidential.

export interface NdaTerms {
	id: string;
	version: number;
	bodyZh: string;
	bodyEn: string;
}

export interface NdaRecord {
	kind: NdaKind;
	version: number | null;
	signedOn: string | null;
	documentId: string | null;
	documentName: string | null;
	recordedByName: string | null;
	recordedAt: Date;
}

/** The university's current standard terms, or null when it has published none. */
export async function getCurrentTerms(db: Executor, institutionId: string): Promise<NdaTerms | null> {
	const [row] = await db.query<NdaTerms>(sql`
		select id, version, body_zh as "bodyZh", body_en as "bodyEn" from public.nda_terms
		where institution_id = ${institutionId} order by version desc limit 1`);
	return row ?? null;
}

export interface NdaTermsVersion extends NdaTerms {
	publishedByName: string | null;
	publishedAt: Date;
}

/** Every version a university published, newest first (any signed-in user may read them). */
export function listTermsVersions(db: Executor, institutionId: string): Promise<NdaTermsVersion[]> {
	return db.query<NdaTermsVersion>(sql`
		select id, version, body_zh as "bodyZh", body_en as "bodyEn", app.public_display_name(created_by) as "publishedByName",
		       created_at as "publishedAt"
		from public.nda_terms where institution_id = ${institutionId} order by version desc limit 100`);
}

export type PublishTermsResult = { ok: true; version: number } | { ok: false; reason: 'not_allowed' };

/**
 * Publishes the next version of a university's terms. The database numbers it, records who and
 * when, audits it (app.audit_nda_terms) and admits only the university's officers (RLS). Deals
 * from now on accept this version; an NDA already accepted keeps the version it named.
 */
export async function publishTerms(
	db: Executor,
	institutionId: string,
	input: { bodyZh: string; bodyEn: string }
): Promise<PublishTermsResult> {
	try {
		const [row] = await db.query<{ version: number }>(sql`
			insert into public.nda_terms (institution_id, body_zh, body_en) values (${institutionId}, ${input.bodyZh}, ${input.bodyEn})
			returning version`);
		return { ok: true, version: row.version };
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

export async function getNdaRecord(db: Executor, dealId: string): Promise<NdaRecord | null> {
	const [row] = await db.query<NdaRecord>(sql`
		select n.kind, t.version, to_char(n.signed_on, 'YYYY-MM-DD') as "signedOn", n.document_id as "documentId",
		       d.file_name as "documentName", app.public_display_name(n.recorded_by) as "recordedByName",
		       n.recorded_at as "recordedAt"
		from public.deal_ndas n
		left join public.nda_terms t on t.id = n.terms_id
		left join public.deal_documents d on d.id = n.document_id
		where n.deal_id = ${dealId}`);
	return row ?? null;
}

export type NdaResult =
	{ ok: true } | { ok: false; reason: 'not_open' | 'outdated' | 'already' | 'not_allowed' | 'future_date' };

async function insertNda(db: Executor, statement: SqlFragment): Promise<NdaResult> {
	try {
		await db.query(statement);
		return { ok: true };
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.ndaNotOpen) return { ok: false, reason: 'not_open' };
		if (code === databaseErrors.ndaTermsOutdated) return { ok: false, reason: 'outdated' };
		if (code === databaseErrors.dayNotYetCome) return { ok: false, reason: 'future_date' };
		if (code === postgresErrors.uniqueViolation) return { ok: false, reason: 'already' };
		if (code === postgresErrors.insufficientPrivilege || code === postgresErrors.foreignKeyViolation)
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

/** The company accepts the version of the terms its page showed (refused if a newer one exists). */
export function acceptTerms(db: Executor, dealId: string, termsId: string): Promise<NdaResult> {
	return insertNda(
		db,
		sql`insert into public.deal_ndas (deal_id, kind, terms_id) values (${dealId}, 'accepted', ${termsId})`
	);
}

export type OfflineResult = NdaResult | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' };

/** An officer records an NDA signed on paper: the signed copy becomes a deal document. */
export async function recordOfflineNda(
	db: Executor,
	storage: Storage,
	input: { dealId: string; officerId: string; signedOn: string; fileName: string; bytes: Uint8Array }
): Promise<OfflineResult> {
	if (await getNdaRecord(db, input.dealId)) return { ok: false, reason: 'already' };
	const upload = await addDealDocument(db, storage, {
		dealId: input.dealId,
		uploaderId: input.officerId,
		fileName: input.fileName,
		bytes: input.bytes
	});
	if (!upload.ok) return upload;
	return insertNda(
		db,
		sql`insert into public.deal_ndas (deal_id, kind, signed_on, document_id)
			values (${input.dealId}, 'offline', ${input.signedOn}::date, ${upload.id})`
	);
}
