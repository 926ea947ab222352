import type { Storage } from './port.ts';

export interface ServedFile {
	storageKey: string;
	fileName: string;
	contentType: string;
	/** Images show in the page; documents download. */
	inline: boolean;
	cacheControl: string;
}

/**
 * The response for a file whose row the request's RLS has already read: a redirect to a
 * signed URL (Supabase Storage, valid for a minute) or the bytes themselves (local files).
 * Null when storage has no such file.
 */
export async function fileResponse(storage: Storage, file: ServedFile): Promise<Response | null> {
	if (storage.signedUrl) {
		const url = await storage.signedUrl(file.storageKey, { fileName: file.fileName, download: !file.inline });
		return url
			? new Response(null, { status: 303, headers: { location: url, 'cache-control': 'private, no-store' } })
			: null;
	}
	const bytes = await storage.get(file.storageKey);
	if (!bytes) return null;
	return new Response(bytes, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(bytes.length),
			'content-disposition': `${file.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
			'cache-control': file.cacheControl,
			'x-content-type-options': 'nosniff'
		}
	});
}

/** A PDF the request's RLS has admitted it to, downloaded and never cached (reports, evaluations). */
export function privatePdfResponse(
	storage: Storage,
	file: { storageKey: string; fileName: string }
): Promise<Response | null> {
	return fileResponse(storage, {
		...file,
		contentType: 'application/pdf',
		inline: false,
		cacheControl: 'private, no-store'
	});
}

/** A thread's document (a deal room's, a service case's) the request's RLS has read: downloaded, never cached. */
export function privateDownload(
	storage: Storage,
	file: { storageKey: string; fileName: string; contentType: string }
): Promise<Response | null> {
	return fileResponse(storage, { ...file, inline: false, cacheControl: 'private, no-store' });
}
