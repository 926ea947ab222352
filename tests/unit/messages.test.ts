import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (locale: string): Record<string, string> => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const zh = read('zh-CN');
const en = read('en');
const keysOf = (messages: Record<string, string>) =>
	Object.keys(messages)
		.filter((key) => key !== '$schema')
		.sort();

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('UI messages', () => {
	it('exist in both zh-CN and en, with the same keys and placeholders', () => {
		expect(keysOf(en)).toEqual(keysOf(zh));
		for (const key of keysOf(zh)) {
			const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
			expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
			expect(en[key].trim(), key).not.toBe('');
			expect(zh[key].trim(), key).not.toBe('');
		}
	});

	it('cover every message key the code refers to', () => {
		const used = new Set<string>();
		for (const file of sourceFiles('src')) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) used.add(match[1]);
			for (const match of text.matchAll(/'((?:error|account|admin)_[a-z0-9_]+)'/g)) used.add(match[1]);
		}
		expect([...used].filter((key) => !(key in zh)).sort()).toEqual([]);
	});
});
