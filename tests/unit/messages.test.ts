import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A message is its text, or (plural and other variants) a list of selectors with a text per case. */
type Message = string | { match: Record<string, string> }[];
const read = (locale: string): Record<string, Message> => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const zh = read('zh-CN');
const en = read('en');
/** Every text a message may show, one per variant. */
const texts = (message: Message) =>
	typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match));
const keysOf = (messages: Record<string, Message>) =>
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
			// Across its variants: English may leave the count out of "1 day", Chinese has one form.
			const placeholders = (message: Message) => [
				...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))
			];
			expect(placeholders(en[key]).sort(), key).toEqual(placeholders(zh[key]).sort());
			for (const text of [...texts(en[key]), ...texts(zh[key])]) expect(text.trim(), key).not.toBe('');
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
