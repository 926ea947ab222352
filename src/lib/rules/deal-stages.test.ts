import { describe, expect, it } from 'vitest';
import { canMoveDeal, isOverdue, nextStages } from './deal-stages.ts';

describe('deal stages', () => {
	it('moves one step forward or closes as lost', () => {
		expect(nextStages('inquiry')).toEqual(['nda', 'closed_lost']);
		expect(nextStages('public_notice')).toEqual(['signed', 'closed_lost']);
		expect(nextStages('signed')).toEqual(['closed_won', 'closed_lost']);
	});

	it('never skips a stage, goes back, or reopens a closed deal', () => {
		expect(canMoveDeal('inquiry', 'evaluation')).toBe(false);
		expect(canMoveDeal('negotiation', 'evaluation')).toBe(false);
		expect(canMoveDeal('term_sheet', 'signed')).toBe(false);
		expect(canMoveDeal('inquiry', 'closed_won')).toBe(false);
		expect(nextStages('closed_lost')).toEqual([]);
		expect(nextStages('closed_won')).toEqual([]);
	});

	it('marks a next action overdue only after its day', () => {
		expect(isOverdue('2026-11-24', '2026-11-25')).toBe(true);
		expect(isOverdue('2026-11-25', '2026-11-25')).toBe(false);
		expect(isOverdue(null, '2026-11-25')).toBe(false);
	});
});
