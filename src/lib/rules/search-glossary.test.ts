import { describe, expect, it } from 'vitest';
import { glossary, parseGlossary, translations } from './search-glossary';

describe('the search glossary', () => {
	it('translates both ways, whatever the case or width typed', () => {
		expect(translations('battery')).toContain('电池');
		expect(translations('电池')).toEqual(expect.arrayContaining(['battery', 'batteries']));
		expect(translations('ＧＲＡＰＨＥＮＥ')).toEqual(['石墨烯']);
		expect(translations('Heat  Pump')).toEqual(['热泵']);
		expect(translations('sensor')).toContain('传感器');
		expect(translations('coating')).toEqual(expect.arrayContaining(['涂料', '涂层']));
		expect(translations('nothing here')).toEqual([]);
	});

	it('holds at least 100 pairs, each with both languages', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(100);
		for (const entry of glossary) {
			expect(entry.zh.length, JSON.stringify(entry)).toBeGreaterThan(0);
			expect(entry.en.length, JSON.stringify(entry)).toBeGreaterThan(0);
			for (const term of entry.zh) expect(term).toMatch(/\p{Script=Han}/u);
			for (const term of entry.en) expect(term).not.toMatch(/\p{Script=Han}/u);
		}
	});

	it('covers the subject of every industry the demo listings are in', () => {
		// One typical term of each of the eight industries of supabase/seed.sql.
		for (const [zh, en] of [
			['动力电池', 'power battery'],
			['工业机器人', 'industrial robot'],
			['石墨烯', 'graphene'],
			['传感器', 'sensor'],
			['敷料', 'dressing'],
			['柑橘', 'citrus'],
			['污水处理', 'wastewater treatment'],
			['混凝土', 'concrete']
		])
			expect(translations(zh)).toContain(en);
	});

	it('reads synonyms separated by a bar and ignores lines without a pair', () => {
		expect(parseGlossary('涂料 = coating | Paint\n# a note\n')).toEqual([{ zh: ['涂料'], en: ['coating', 'paint'] }]);
	});
});
