// SvelteKit hashes each inline script and style of a page for its CSP (`kit.csp`, mode "hash") with
// a SHA-256 written in JavaScript, on every response, the stylesheet it inlines included: 5 % of
// a signed-in page's CPU (profiled with `npm run profile:http`). The server build uses Node's
// native SHA-256 for it instead: the same digest, base64, as SvelteKit's own function returns
// (tests/unit/native-csp-hash.test.ts compares them).
import { createHash } from 'node:crypto';

const kitCrypto = '@sveltejs/kit/src/runtime/server/page/crypto.js';
const kitExport = 'export function sha256(';

/** What the server build's `sha256` is: SHA-256 of the UTF-8 text, base64. @param {string} data */
export function nativeSha256(data) {
	return createHash('sha256').update(data, 'utf8').digest('base64');
}

/**
 * Replaces the export in SvelteKit's file; any other file is left alone (undefined).
 * @param {string} code
 * @param {string} id
 * @returns {string | undefined}
 */
export function replaceKitSha256(code, id) {
	if (!id.replaceAll('\\', '/').split('?')[0].endsWith(kitCrypto)) return undefined;
	// A SvelteKit update that renames it must fail the build, not quietly keep the slow hash.
	if (!code.includes(kitExport)) throw new Error(`${kitCrypto} no longer has "${kitExport}…"`);
	return `${code.replace(kitExport, 'function javascriptSha256(')}
import { createHash as nativeCreateHash } from 'node:crypto';
export function sha256(data) {
	return nativeCreateHash('sha256').update(data, 'utf8').digest('base64');
}
`;
}

export const nativeCspHash = /** @type {const} */ ({
	name: 'zhiqiao:native-csp-hash',
	apply: 'build',
	/** @param {string} code @param {string} id */
	transform(code, id) {
		// @ts-expect-error Vite sets `this.environment`; the file is server-only, node:crypto too.
		if (this.environment?.config.consumer !== 'server') return undefined;
		return replaceKitSha256(code, id);
	}
});
