import { describe, expect, it } from 'vitest';
import { messageLength, messageLimit, normalizedMessage } from './message-text.ts';

describe('message text', () => {
	it('counts a line break once, however the browser sent it', () => {
		expect(messageLength('a\r\nb')).toBe(3);
		expect(messageLength('a\nb')).toBe(3);
	});

	it('does not count the spaces around the message', () => {
		expect(messageLength('  你好 \n')).toBe(2);
		expect(normalizedMessage(' a\r\n\r\nb ')).toBe('a\n\nb');
	});

	it('counts code points, as the database does: an emoji is one character', () => {
		expect(messageLength('😀')).toBe(1);
		expect(messageLength('👍🏽')).toBe(2);
		expect(messageLength('😀'.repeat(messageLimit))).toBe(messageLimit);
	});

	it('allows exactly the limit', () => {
		expect(messageLength('字'.repeat(messageLimit))).toBe(messageLimit);
	});
});
