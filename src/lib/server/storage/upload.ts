import { hasErrorCode } from '../db/port.ts';
import { postgresErrors } from '../../contracts/database-errors.ts';
import { checkUpload } from '../../rules/file-type.ts';
import type { Storage } from './port.ts';

export interface StoredFile {
	id: string;
	key: string;
	kind: 'image' | 'document';
	contentType: string;
}

export type UploadOutcome =
	{ ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' | 'refused' };

/**
 * Checks the bytes by content, stores them under `folder/<new id>`, then lets `record` write the
 * row. If the database refuses the row (RLS, or the parent is gone) the stored file is removed
 * again, so storage never keeps a file no row points to.
 */
export async function storeUpload(
	storage: Storage,
	folder: string,
	bytes: Uint8Array,
	record: (file: StoredFile) => Promise<unknown>
): Promise<UploadOutcome> {
	const check = checkUpload(bytes);
	if (!check.ok) return check;
	const id = crypto.randomUUID();
	const key = `${folder}/${id}`;
	await storage.put(key, bytes, check.contentType);
	try {
		await record({ id, key, kind: check.kind, contentType: check.contentType });
		return { ok: true, id };
	} catch (error) {
		await storage.remove(key);
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.foreignKeyViolation))
			return { ok: false, reason: 'refused' };
		throw error;
	}
}
