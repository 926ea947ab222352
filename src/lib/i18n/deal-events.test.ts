import { describe, expect, it } from 'vitest';
import { describeDealEvent } from './deal-events';

const event = (kind: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => ({
	type: 'event' as const,
	id: 'e1',
	authorId: null,
	authorName: null,
	kind,
	before,
	after,
	createdAt: new Date('2026-12-06T02:00:00Z')
});
const officers = [{ id: 'o1', displayName: '王专员' }];

// The deal room and the compliance PDF tell a deal's history with this one function.
describe('describeDealEvent', () => {
	it('names both stages of a move and every changed term, listed the Chinese way', () => {
		const move = describeDealEvent(event('stage', { stage: 'nda' }, { stage: 'evaluation' }), officers);
		expect(move).toContain('保密协议');
		expect(move).toContain('技术评估');
		const terms = describeDealEvent(event('terms', {}, { upfront_fee_fen: 1, royalty_percent: 2 }), officers);
		expect(terms).toMatch(/入门费.*、.*提成/);
	});

	it("names an assignment's officer, and a dash for one no longer listed", () => {
		expect(describeDealEvent(event('assignment', {}, { officer: 'o1' }), officers)).toContain('王专员');
		expect(describeDealEvent(event('assignment', {}, { officer: 'gone' }), officers)).toContain('—');
	});

	it('says which document was added or removed', () => {
		expect(describeDealEvent(event('document', null, { name: '评估报告.pdf' }), [])).toContain('评估报告.pdf');
		expect(describeDealEvent(event('document', { name: '旧版.pdf' }, null), [])).toContain('旧版.pdf');
	});
});
