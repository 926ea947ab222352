/**
 * The Storage port: where uploaded files live. Local files under DATA_DIR by default; a
 * Supabase Storage adapter can take its place without the domain code noticing.
 */
export interface Storage {
	put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
	get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
	remove(key: string): Promise<void>;
}
