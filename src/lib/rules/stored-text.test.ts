import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	fileNameLength,
	hasInvisibleFormatting,
	hasUnstorableCharacters,
	storedFileName,
	withoutLoneSurrogates
} from './stored-text';

const controls = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index)].map((code) =>
	String.fromCharCode(code)
);
const typed = ['\t', '\n', '\r'];

describe('text the database can store', () => {
	it('refuses NUL and every other C0 or C1 control character, and DEL', () => {
		for (const control of controls.filter((character) => !typed.includes(character)))
			expect(hasUnstorableCharacters(`a${control}b`), JSON.stringify(control)).toBe(true);
	});

	it('keeps tab, newlines as browsers send them (CRLF) and every printable character', () => {
		expect(hasUnstorableCharacters('第一行\r\n第二行\tend\n')).toBe(false);
		expect(hasUnstorableCharacters('\u00a0 non-breaking, 全角　空格, emoji 🔬, ZWJ \u200d, BOM \ufeff')).toBe(false);
	});

	it('find one such character wherever it sits in any text', () => {
		const unstorable = controls.filter((character) => !typed.includes(character));
		fc.assert(
			fc.property(fc.string(), fc.constantFrom(...unstorable), fc.string(), (before, control, after) => {
				expect(hasUnstorableCharacters(before + control + after)).toBe(true);
			})
		);
	});
});

describe('uploaded file names', () => {
	it('drop control characters, newlines included, instead of refusing the file', () => {
		expect(storedFileName('re\u0000port\r\n\t.pdf')).toBe('report.pdf');
		expect(storedFileName('  合同\u0085草稿.pdf ')).toBe('合同草稿.pdf');
	});

	it('become "file" when nothing is left', () => {
		expect(storedFileName('')).toBe('file');
		expect(storedFileName('\u0000\u0001 ')).toBe('file');
	});

	it('are cut to the stored length without splitting a character', () => {
		const name = storedFileName('🔬'.repeat(300));
		expect(Array.from(name)).toHaveLength(fileNameLength);
		expect(name.isWellFormed()).toBe(true);
		expect(storedFileName('a\ud800b')).toBe('a\ufffdb');
	});

	it('are always storable, non-empty and within the length, whatever was sent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (sent) => {
				const name = storedFileName(sent);
				expect(hasUnstorableCharacters(name)).toBe(false);
				expect(name).not.toMatch(/[\t\n\r]/);
				expect(name.length).toBeGreaterThan(0);
				expect(Array.from(name).length).toBeLessThanOrEqual(fileNameLength);
				expect(name.isWellFormed()).toBe(true);
			})
		);
	});
});

describe('lone surrogates', () => {
	it('are replaced by U+FFFD, pairs kept, exactly as toWellFormed does', () => {
		expect(withoutLoneSurrogates('a\uD83Db')).toBe('a\uFFFDb');
		expect(withoutLoneSurrogates('\uDC2C🔬\uD83D')).toBe('\uFFFD🔬\uFFFD');
		expect(withoutLoneSurrogates('\uDC2C\uD83D')).toBe('\uFFFD\uFFFD');
		expect(withoutLoneSurrogates('专利 🔬 ok')).toBe('专利 🔬 ok');
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				expect(withoutLoneSurrogates(text)).toBe(text.toWellFormed());
			})
		);
	});
});

describe('one-line names', () => {
	it('hold no direction override, isolate or zero-width space, but keep emoji joiners and any script', () => {
		for (const hidden of ['\u202e', '\u2066', '\u200b', '\ufeff', '\u2060'])
			expect(hasInvisibleFormatting(`储能${hidden}材料`)).toBe(true);
		expect(hasInvisibleFormatting('储能材料 · battery 👩\u200d🔬')).toBe(false);
	});
});
