/**
 * The Storage port: where uploaded files live. Local files under DATA_DIR by default, or a
 * private Supabase Storage bucket; the domain code does not notice which.
 */
export interface Storage {
	put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
	get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
	remove(key: string): Promise<void>;
	/**
	 * Adapters whose files the browser may fetch directly (Supabase) give a short-lived URL,
	 * null when the file is missing; without it the server streams the bytes. Call only after
	 * RLS has admitted the request to the file's row.
	 */
	signedUrl?(key: string, options: { fileName: string; download: boolean }): Promise<string | null>;
}
