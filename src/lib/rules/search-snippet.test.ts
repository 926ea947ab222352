import { describe, expect, it } from 'vitest';
import { joinPitchAndSummary, snippet } from './search-snippet';

const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const marked = (parts: { text: string; match: boolean }[]) =>
	parts.filter((part) => part.match).map((part) => part.text);

describe('snippets', () => {
	it('marks the matched words without producing HTML', () => {
		const parts = snippet('一种基于钙钛矿的高效太阳能电池<script>', ['太阳能电池']);
		expect(marked(parts).join('')).toBe('太阳能电池');
		expect(text(parts)).toContain('<script>');
	});

	it('matches normalised text but shows the original characters (℃, mAh/g, 2C, full-width punctuation)', () => {
		const source = '经 1400℃ 碳化制备硬碳。材料可逆比容量 330 mAh/g、首效 88%，在 18650 钠离子电池中 2C 循环 2000 次';
		const parts = snippet(source, ['1400°c', 'mah/g', '2c'], 200);
		expect(text(parts)).toBe(source);
		expect(marked(parts)).toEqual(['1400℃', 'mAh/g', '2C']);
		expect(text(snippet(source, ['硬碳'], 200))).toContain('88%，在');
		expect(text(snippet('ＡＢＣ电池', ['abc']))).toBe('ＡＢＣ电池');
		expect(marked(snippet('ＡＢＣ电池', ['abc']))).toEqual(['ＡＢＣ']);
	});

	it('starts after a clause end near the match, with an ellipsis', () => {
		const source =
			'针对商用车和乘用车电池包快充温升过高的问题，本成果将蛇形流道液冷板与相变材料耦合，并由电池管理系统实时调节冷却液流量，无需改动电池包结构即可导入量产';
		const parts = snippet(source, ['相变材料'], 40);
		expect(parts[0].text).toBe('…');
		expect(parts[1].text.startsWith('本成果')).toBe(true);
		expect(parts.at(-1)?.text).toBe('…');
	});

	it('never starts or ends inside a Latin word', () => {
		const source =
			'Power batteries in cold regions cannot be fast-charged until the cells warm up. This method drives an alternating pulse current through the pack using the existing motor inverter, so the cells heat from the inside.';
		const parts = snippet(source, ['inverter'], 60);
		const shown = text(parts).replace(/^…|…$/g, '');
		expect(source.includes(shown)).toBe(true);
		const start = source.indexOf(shown);
		expect(start === 0 || /[\s.,]/.test(source[start - 1])).toBe(true);
		const end = start + shown.length;
		expect(end === source.length || /[\s.,]/.test(source[end])).toBe(true);
		expect(marked(parts)).toEqual(['inverter']);
	});

	it('shows the beginning when nothing matches', () => {
		expect(text(snippet('短文本', ['无关']))).toBe('短文本');
	});
});

describe('joining pitch and summary', () => {
	it('puts a visible separator between them unless the pitch ends a sentence', () => {
		expect(joinPitchAndSummary('比容量 1500 mAh/g', '以生物质衍生多孔碳为骨架')).toBe(
			'比容量 1500 mAh/g · 以生物质衍生多孔碳为骨架'
		);
		expect(joinPitchAndSummary('温升降低 9℃。', '本成果……')).toBe('温升降低 9℃。本成果……');
		expect(joinPitchAndSummary('Extends stack life.', 'Heavy-duty stacks')).toBe(
			'Extends stack life. Heavy-duty stacks'
		);
		expect(joinPitchAndSummary('Pitch only', '  ')).toBe('Pitch only');
	});
});
