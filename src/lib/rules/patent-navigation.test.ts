import { describe, expect, it } from 'vitest';
import {
	byKeyAscending,
	hasIpcChildren,
	ipcAncestors,
	ipcNodePattern,
	navigationHref,
	tallies,
	type CountRow
} from './patent-navigation';

const rows: CountRow[] = [
	{ dimension: 'industry', key: 'new_materials', state: 'available', patents: 5 },
	{ dimension: 'industry', key: 'new_materials', state: 'licensed', patents: 2 },
	{ dimension: 'industry', key: 'biomedicine', state: 'open_licence', patents: 9 },
	{ dimension: 'year', key: '2021', state: 'available', patents: 1 },
	{ dimension: 'year', key: '', state: 'available', patents: 4 },
	{ dimension: 'year', key: '2019', state: 'licensed', patents: 3 },
	{ dimension: 'year', key: '2019', state: 'available', patents: 1 }
];

describe('tallies', () => {
	it('adds each state of a key into one tally, largest total first', () => {
		expect(tallies(rows, 'industry')).toEqual([
			{ key: 'biomedicine', available: 0, licensed: 0, openLicence: 9, total: 9 },
			{ key: 'new_materials', available: 5, licensed: 2, openLicence: 0, total: 7 }
		]);
	});

	it('reads only the dimension asked for', () => {
		expect(tallies(rows, 'university')).toEqual([]);
	});

	it('orders years ascending with the unknown year last', () => {
		expect(tallies(rows, 'year', byKeyAscending).map((tally) => [tally.key, tally.total])).toEqual([
			['2019', 4],
			['2021', 1],
			['', 4]
		]);
	});
});

describe('the IPC hierarchy', () => {
	it('accepts sections, classes, subclasses and main groups only', () => {
		for (const node of ['H', 'H01', 'H01M', 'H01M 10', 'A61K 9']) expect(ipcNodePattern.test(node)).toBe(true);
		for (const node of ['', 'I', 'H0', 'H01m', 'H01M10', 'H01M 10/052', "H%'", 'H01M 12345'])
			expect(ipcNodePattern.test(node)).toBe(false);
	});

	it('lists the ancestors of a node down to itself', () => {
		expect(ipcAncestors('H01M 10')).toEqual(['H', 'H01', 'H01M', 'H01M 10']);
		expect(ipcAncestors('C08')).toEqual(['C', 'C08']);
		expect(ipcAncestors(null)).toEqual([]);
		expect(ipcAncestors('nonsense')).toEqual([]);
	});
});

describe('navigationHref', () => {
	const here = { industry: 'new_materials', ipc: 'C08' };
	it('changes one choice and keeps the other', () => {
		expect(navigationHref(here, { ipc: 'C08K' })).toBe('/navigation?industry=new_materials&ipc=C08K');
		expect(navigationHref(here, { industry: null })).toBe('/navigation?ipc=C08');
	});
	it('encodes the space of a main group and drops empty choices', () => {
		expect(navigationHref({ industry: null, ipc: null }, { ipc: 'H01M 10' })).toBe('/navigation?ipc=H01M%2010');
		expect(navigationHref(here, { industry: null, ipc: null })).toBe('/navigation');
	});
});

describe('hasIpcChildren', () => {
	it('divides the map down to a subclass, and stops at a main group', () => {
		for (const node of [null, 'H', 'H01', 'H01M']) expect(hasIpcChildren(node), String(node)).toBe(true);
		expect(hasIpcChildren('H01M 10')).toBe(false);
	});
});
