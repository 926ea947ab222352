import { describe, expect, it } from 'vitest';
import { defineVocabulary } from './define.ts';
import { industries } from './listing.ts';
import { dealStages } from './deal.ts';

describe('a vocabulary table', () => {
	const colours = defineVocabulary({ red: () => '红', green: () => '绿' });

	it('lists its values in the table’s order and labels each', () => {
		expect(colours.values).toEqual(['red', 'green']);
		expect(colours.label('green')).toBe('绿');
	});

	it('reads an unknown or inherited value as itself rather than failing', () => {
		expect(colours.label('blue')).toBe('blue');
		expect(colours.has('toString')).toBe(false);
		expect(colours.label('toString')).toBe('toString');
		expect(colours.has(null)).toBe(false);
	});

	it('labels the project’s vocabularies in the reader’s language', () => {
		expect(industries.label('new_materials')).toBe('新材料');
		expect(dealStages.values[0]).toBe('inquiry');
		expect(dealStages.values.at(-1)).toBe('closed_lost');
	});
});
