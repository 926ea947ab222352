import { describe, expect, it } from 'vitest';
import {
	citationComplete,
	inventorFloors,
	percentText,
	policyProblems,
	shareField,
	type Shares
} from './reward-policy.ts';
import { basisPoints } from './income.ts';

const atFloors: Shares = {
	transfer: { inventors: 5000, college: 1500, university: 2500, office: 1000 },
	equity: { inventors: 5000, college: 1500, university: 2500, office: 1000 },
	own: { inventors: 500, college: 1500, university: 7000, office: 1000 }
};

describe('reward policies', () => {
	it('take a policy at the Art. 45 floors, each kind summing to 100 %', () => {
		expect(inventorFloors).toEqual({ transfer: 5000, equity: 5000, own: 500 });
		expect(policyProblems(atFloors, false)).toEqual([]);
	});

	it('refuse a share total other than 100 %, over or under', () => {
		const over = { ...atFloors, transfer: { ...atFloors.transfer, office: 1001 } };
		const under = { ...atFloors, own: { ...atFloors.own, university: 6999 } };
		expect(policyProblems(over, false)).toEqual([{ kind: 'transfer', problem: 'total' }]);
		expect(policyProblems(under, true)).toEqual([{ kind: 'own', problem: 'total' }]);
	});

	it('refuse inventors below the floor unless the university’s own regulation is cited', () => {
		const below = {
			...atFloors,
			equity: { inventors: 4999, college: 1501, university: 2500, office: 1000 },
			own: { inventors: 499, college: 1501, university: 7000, office: 1000 }
		};
		expect(policyProblems(below, false)).toEqual([
			{ kind: 'equity', problem: 'below_floor' },
			{ kind: 'own', problem: 'below_floor' }
		]);
		expect(policyProblems(below, true)).toEqual([]);
	});

	it('know a citation as all three parts or none', () => {
		expect(citationComplete({ title: '', number: '', effectiveOn: '' })).toBe(false);
		expect(citationComplete({ title: '管理办法', number: '校发〔2025〕12号', effectiveOn: '2025-03-01' })).toBe(true);
		expect(citationComplete({ title: '管理办法', number: '', effectiveOn: '' })).toBeNull();
	});

	it('name the form field of each share', () => {
		expect(shareField('transfer', 'inventors')).toBe('transferInventors');
		expect(shareField('own', 'office')).toBe('ownOffice');
	});

	it('write basis points as the percentage the form reads back', () => {
		expect(percentText(7000)).toBe('70');
		expect(percentText(1250)).toBe('12.5');
		expect(percentText(5)).toBe('0.05');
		for (let points = 0; points <= 10_000; points += 7) expect(basisPoints(percentText(points))).toBe(points);
	});
});
