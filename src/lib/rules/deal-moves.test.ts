import { describe, expect, it } from 'vitest';
import { isClosingMove, nextStep, noticeDaysLeft, possibleMoves } from './deal-moves.ts';

const now = new Date('2026-12-05T04:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000);

describe('deal moves', () => {
	it('offers officers the next stage and abandoning, and nobody else anything', () => {
		expect(possibleMoves({ stage: 'inquiry', role: 'officer', noticeEndsAt: null, now })).toEqual([
			'nda',
			'closed_lost'
		]);
		for (const role of ['company', 'researcher', 'admin'] as const)
			expect(possibleMoves({ stage: 'inquiry', role, noticeEndsAt: null, now })).toEqual([]);
		expect(possibleMoves({ stage: 'closed_won', role: 'officer', noticeEndsAt: null, now })).toEqual([]);
	});

	it('does not offer signing while the notice runs, and offers it from the moment it ends', () => {
		const running = { stage: 'public_notice', role: 'officer', noticeEndsAt: inDays(15), now } as const;
		expect(possibleMoves(running)).toEqual(['closed_lost']);
		expect(possibleMoves({ ...running, noticeEndsAt: now })).toEqual(['signed', 'closed_lost']);
		expect(possibleMoves({ ...running, noticeEndsAt: inDays(-1) })).toEqual(['signed', 'closed_lost']);
	});

	it('does not offer signing while an objection to the notice is open, and says why', () => {
		const ended = { stage: 'public_notice', role: 'officer', noticeEndsAt: inDays(-1), now } as const;
		expect(possibleMoves({ ...ended, openObjections: 2 })).toEqual(['closed_lost']);
		expect(nextStep({ ...ended, openObjections: 2 })).toEqual({ kind: 'objections', count: 2 });
		expect(nextStep({ ...ended, role: 'company', openObjections: 1 })).toEqual({ kind: 'objections', count: 1 });
		// During the period the countdown still comes first; with none open, signing is offered.
		expect(nextStep({ ...ended, noticeEndsAt: inDays(3), openObjections: 1 })).toMatchObject({ kind: 'notice' });
		expect(possibleMoves({ ...ended, openObjections: 0 })).toEqual(['signed', 'closed_lost']);
	});

	it('puts the forward move first, the countdown during the notice', () => {
		expect(nextStep({ stage: 'negotiation', role: 'officer', noticeEndsAt: null, now })).toEqual({
			kind: 'move',
			stage: 'term_sheet'
		});
		expect(nextStep({ stage: 'negotiation', role: 'company', noticeEndsAt: null, now })).toEqual({
			kind: 'wait',
			stage: 'term_sheet'
		});
		const notice = { stage: 'public_notice', noticeEndsAt: new Date('2026-12-20T04:00:00Z'), now } as const;
		expect(nextStep({ ...notice, role: 'officer' })).toEqual({ kind: 'notice', daysLeft: 15, endsOn: '2026-12-20' });
		expect(nextStep({ ...notice, role: 'researcher' })).toEqual({ kind: 'notice', daysLeft: 15, endsOn: '2026-12-20' });
		expect(nextStep({ ...notice, role: 'officer', now: new Date('2026-12-20T04:00:00Z') })).toEqual({
			kind: 'move',
			stage: 'signed'
		});
		expect(nextStep({ stage: 'signed', role: 'officer', noticeEndsAt: inDays(-1), now })).toEqual({
			kind: 'move',
			stage: 'closed_won'
		});
		expect(nextStep({ stage: 'closed_lost', role: 'officer', noticeEndsAt: null, now })).toEqual({
			kind: 'closed',
			stage: 'closed_lost'
		});
	});

	it('counts a started day as a whole one', () => {
		expect(noticeDaysLeft(new Date(now.getTime() + 1000), now)).toBe(1);
		expect(noticeDaysLeft(inDays(14.5), now)).toBe(15);
		expect(noticeDaysLeft(inDays(-3), now)).toBe(0);
	});

	it('needs a reason for closing moves only', () => {
		expect(isClosingMove('closed_won')).toBe(true);
		expect(isClosingMove('closed_lost')).toBe(true);
		expect(isClosingMove('signed')).toBe(false);
	});
});
