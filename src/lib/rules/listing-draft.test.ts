import { describe, expect, it } from 'vitest';
import {
	draftValuesFromEntries,
	parseDraftValues,
	sameDraft,
	deviceCopyOnOpen,
	storableDraft
} from './listing-draft.ts';

const typed = draftValuesFromEntries([
	['title', '低碳曝气'],
	['applications', '污水处理'],
	['cooperationModes', 'exclusive_license'],
	['cooperationModes', 'joint_development'],
	['negotiable', 'on'],
	['patents.0.number', 'CN202110420380.5'],
	['patents.0.type', 'invention'],
	['patents.0.legalStatus', 'pending'],
	['patents.1.type', 'invention'],
	['patents.1.legalStatus', 'pending'],
	['inventors.0.name', '李明远'],
	['inventors.0.share', '100']
]);

describe('listing drafts', () => {
	it('read the form as typed, leaving out rows with nothing typed', () => {
		expect(typed).toMatchObject({
			title: '低碳曝气',
			cooperationModes: ['exclusive_license', 'joint_development'],
			negotiable: true,
			patents: [{ number: 'CN202110420380.5', type: 'invention' }],
			inventors: [{ name: '李明远', share: '100', email: '' }]
		});
	});

	it('cut each field at its maximum and drop control characters, naming the fields', () => {
		const stored = storableDraft({ ...typed, title: 'a'.repeat(130), pitch: 'x\u0000y' });
		expect(stored.values.title).toHaveLength(120);
		expect(stored.values.pitch).toBe('xy');
		expect(stored.cut).toEqual(['title']);
		expect(stored.cleaned).toEqual(['pitch']);
		expect(storableDraft(typed)).toEqual({ values: typed, cut: [], cleaned: [] });
	});

	it('read back only what is shaped like a draft', () => {
		expect(parseDraftValues(JSON.parse(JSON.stringify(typed)))).toEqual(typed);
		expect(parseDraftValues(null)).toBeNull();
		expect(parseDraftValues([1, 2])).toBeNull();
		expect(parseDraftValues({ title: 5, patents: 'x' })).toMatchObject({ title: '', patents: [] });
	});

	it('count line endings and the order of modes as no change', () => {
		expect(sameDraft({ ...typed, applications: 'a\r\nb' }, { ...typed, applications: 'a\nb' })).toBe(true);
		expect(sameDraft(typed, { ...typed, cooperationModes: ['joint_development', 'exclusive_license'] })).toBe(true);
		expect(sameDraft(typed, { ...typed, title: '另一个' })).toBe(false);
	});

	it('restore a device copy typed over the current revision, offer one the server has moved on from, drop one it holds', () => {
		const server = { values: typed, revision: 3 };
		const copy = { values: { ...typed, title: '离线时输入' }, revision: 3, changedAt: 1 };
		expect(deviceCopyOnOpen(null, server)).toBe('none');
		expect(deviceCopyOnOpen(copy, server)).toBe('restore');
		// Typed offline, then saved from elsewhere: the text may be all the user has of it.
		expect(deviceCopyOnOpen(copy, { ...server, revision: 4 })).toBe('offer');
		// What the server holds already, whatever the revision: nothing to ask about.
		expect(deviceCopyOnOpen({ ...copy, values: typed }, server)).toBe('drop');
		expect(deviceCopyOnOpen({ ...copy, values: typed }, { ...server, revision: 4 })).toBe('drop');
	});

	it('store text with lone surrogates where the browser lacks toWellFormed (before Chrome 111)', () => {
		const toWellFormed = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed');
		// @ts-expect-error -- removed to stand for an older browser
		delete String.prototype.toWellFormed;
		try {
			const stored = storableDraft({ ...typed, title: '低碳\uD83D曝气', pitch: '🔬' });
			expect(stored.values.title).toBe('低碳\uFFFD曝气');
			expect(stored.values.pitch).toBe('🔬');
			expect(stored.cleaned).toEqual([]);
		} finally {
			Object.defineProperty(String.prototype, 'toWellFormed', toWellFormed!);
		}
	});
});
