import { hasErrorCode } from '../db/port.ts';
import { postgresErrors } from '../../contracts/database-errors.ts';
import { checkUpload, type UploadCheck } from '../../rules/file-type.ts';
import { storedFileName } from '../../rules/stored-text.ts';
import type { Storage } from './port.ts';

export interface StoredFile {
	id: string;
	key: string;
	/** The sent name made storable: no control characters, at most 200 characters. */
	name: string;
	kind: 'image' | 'document';
	contentType: string;
}

export type UploadOutcome =
	{ ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' | 'refused' };

/**
 * Checks the bytes by content, stores them under `folder/<new id>`, then lets `record` write the
 * row with the name cleaned by `storedFileName` (a browser sends whatever the file system had). If the database refuses the row (RLS, or the parent is gone) the stored file is removed
 * again, so storage never keeps a file no row points to. `check` narrows what is accepted
 * (checkPdfUpload where only a PDF will do).
 */
export async function storeUpload(
	storage: Storage,
	folder: string,
	upload: { fileName: string; bytes: Uint8Array },
	record: (file: StoredFile) => Promise<unknown>,
	checkBytes: (bytes: Uint8Array) => UploadCheck = checkUpload
): Promise<UploadOutcome> {
	const check = checkBytes(upload.bytes);
	if (!check.ok) return check;
	const id = crypto.randomUUID();
	const key = `${folder}/${id}`;
	await storage.put(key, upload.bytes, check.contentType);
	try {
		await record({ id, key, name: storedFileName(upload.fileName), kind: check.kind, contentType: check.contentType });
		return { ok: true, id };
	} catch (error) {
		await storage.remove(key);
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.foreignKeyViolation))
			return { ok: false, reason: 'refused' };
		throw error;
	}
}
