import { describe, expect, it } from 'vitest';
import { milestonesLimit, termsSchema } from './deal.ts';

const terms = {
	mode: '',
	fieldOfUse: '',
	territory: '',
	termMonths: '',
	upfrontFee: '',
	royaltyPercent: '',
	milestones: '',
	equityPercent: '',
	sublicenceSharePercent: ''
};

describe('deal terms schema', () => {
	it('refuses milestones over 2,000 characters instead of cutting them, counting as the counter does', () => {
		// A line break is one character (the browser sends CRLF), an emoji is one, spaces around do not count.
		const full = `${'节'.repeat(milestonesLimit - 2)}\r\n😀`;
		expect(termsSchema.parse({ ...terms, milestones: `  ${full}  ` }).milestones).toBe(full.replace('\r\n', '\n'));
		const over = termsSchema.safeParse({ ...terms, milestones: '节'.repeat(milestonesLimit + 1) });
		expect(over.success).toBe(false);
		expect(over.error?.issues[0]).toMatchObject({ path: ['milestones'], message: 'error_milestones_too_long' });
	});
});
