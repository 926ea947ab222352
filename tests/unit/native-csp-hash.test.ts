import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nativeSha256, replaceKitSha256 } from '../../scripts/lib/native-csp-hash.js';

const kitFile = 'node_modules/@sveltejs/kit/src/runtime/server/page/crypto.js';
// SvelteKit's own function, from its source (it ships no types for this internal file).
const { sha256: kitSha256 } = (await import(/* @vite-ignore */ `../../${kitFile}`)) as {
	sha256: (data: string) => string;
};

describe('the CSP hash the server build uses', () => {
	it('is the digest SvelteKit’s own function gives, for any text a page inlines', () => {
		const texts = [
			'',
			'/* empty */',
			'a',
			'x'.repeat(55),
			'x'.repeat(64),
			'知桥 — 技术转移 🎓',
			'body{color:red}\n'.repeat(400)
		];
		for (const text of texts) expect(nativeSha256(text)).toBe(kitSha256(text));
	});

	it('replaces the export of SvelteKit’s file, and only of that file', () => {
		const code = readFileSync(kitFile, 'utf8');
		const replaced = replaceKitSha256(code, `/work/x/${kitFile}`);
		expect(replaced).toContain("nativeCreateHash('sha256').update(data, 'utf8').digest('base64')");
		expect(replaced?.match(/export function sha256\(/g)).toHaveLength(1);
		expect(replaceKitSha256(code, '/work/x/src/lib/server/auth/tokens.ts')).toBeUndefined();
	});

	it('fails the build when SvelteKit renames the function', () => {
		expect(() => replaceKitSha256('export function digest(data) {}', kitFile)).toThrow(/sha256/);
	});
});
