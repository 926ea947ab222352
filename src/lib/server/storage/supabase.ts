import { createClient } from '@supabase/supabase-js';
import type { Storage } from './port.ts';

export const supabaseBucket = 'zhiqiao-files';
/** Seconds a signed URL stays valid: long enough to start a download, too short to pass around. */
export const signedUrlSeconds = 60;

/**
 * Files in a private Supabase Storage bucket (created by migration 20261201000200). The server
 * talks to Storage with the service key; browsers never list or read the bucket themselves,
 * they get a signed URL from a route that first read the file's row through RLS. Type and size
 * are checked by content before `put` (storeUpload), and the bucket enforces the same limits.
 */
export function openSupabaseStorage(options: { url: string; serviceKey: string; fetch?: typeof fetch }): Storage {
	const client = createClient(options.url, options.serviceKey, {
		global: { fetch: options.fetch ?? fetch },
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
	const bucket = () => client.storage.from(supabaseBucket);
	return {
		async put(key, bytes, contentType) {
			const { error } = await bucket().upload(key, bytes, { contentType, upsert: false, cacheControl: '3600' });
			if (error) throw new Error(`Supabase Storage refused ${key}: ${error.message}`);
		},
		async get(key) {
			const { data, error } = await bucket().download(key);
			if (error) {
				if (isNotFound(error)) return null;
				throw new Error(`Supabase Storage could not read ${key}: ${error.message}`);
			}
			return new Uint8Array(await data.arrayBuffer());
		},
		async remove(key) {
			const { error } = await bucket().remove([key]);
			if (error) throw new Error(`Supabase Storage could not remove ${key}: ${error.message}`);
		},
		async signedUrl(key, { fileName, download }) {
			const { data, error } = await bucket().createSignedUrl(key, signedUrlSeconds);
			if (error) {
				if (isNotFound(error)) return null;
				throw new Error(`Supabase Storage could not sign ${key}: ${error.message}`);
			}
			// Added here rather than through the `download` option: storage-js 2.119 encodes that
			// value twice, so a Chinese file name would arrive as %E5%90%88….
			return download ? `${data.signedUrl}&download=${encodeURIComponent(fileName)}` : data.signedUrl;
		}
	};
}

function isNotFound(error: { message: string; status?: number; statusCode?: string }): boolean {
	return (
		error.status === 404 || (error.status === 400 && /not found/i.test(error.message)) || error.statusCode === '404'
	);
}
