import type { Storage } from '../../../src/lib/server/storage/port.ts';

/** A Storage kept in memory, with the keys it holds: tests see which files a write left behind. */
export function memoryStorage(): Storage & { keys: () => string[] } {
	const files = new Map<string, Uint8Array<ArrayBuffer>>();
	return {
		put: async (key, bytes) => void files.set(key, new Uint8Array(bytes)),
		get: async (key) => files.get(key) ?? null,
		remove: async (key) => void files.delete(key),
		keys: () => [...files.keys()]
	};
}
