import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataMessages } from './data-messages';
import { tooLong, translate } from './translate';

const messageKeys = new Set(Object.keys(JSON.parse(readFileSync('messages/en.json', 'utf8'))));

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return path.includes('paraglide') ? [] : sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) && !name.includes('.test.') ? [path] : [];
	});
}

describe('messages that arrive as data', () => {
	it('include every message key a module names as a string', () => {
		// A key in quotes is a key passed around as data (a message shown directly is m.key()).
		const named = new Set<string>();
		for (const file of sourceFiles('src')) {
			for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][a-z0-9_]+)['"`]/g))
				if (messageKeys.has(key)) named.add(key);
		}
		expect([...named].filter((key) => !(key in dataMessages))).toEqual([]);
	});

	it('include every message a template names by prefix, such as `role_${role}`', () => {
		const prefixes = new Set<string>();
		for (const file of sourceFiles('src')) {
			for (const [, prefix] of readFileSync(file, 'utf8').matchAll(/`([a-z][a-z0-9_]*_)\$\{/g)) prefixes.add(prefix);
		}
		expect(prefixes.size).toBeGreaterThan(0);
		const wanted = [...messageKeys].filter((key) => [...prefixes].some((prefix) => key.startsWith(prefix)));
		expect(wanted.filter((key) => !(key in dataMessages))).toEqual([]);
	});

	it('translate a known key and fall back for an unknown or inherited one', () => {
		expect(translate('error_required')).toBe(dataMessages.error_required());
		expect(translate('no_such_message')).toBe(translate('error_invalid'));
		expect(translate('toString')).toBe(translate('error_invalid'));
	});

	it('say a field’s limit when its text is too long, where the field has one', () => {
		expect(tooLong('error_too_long', 120)).toContain('120');
		expect(tooLong('error_too_long', undefined)).toBeUndefined();
		expect(tooLong('error_required', 120)).toBeUndefined();
	});
});
