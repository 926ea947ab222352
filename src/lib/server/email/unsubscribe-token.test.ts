import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const secret = new Uint8Array(32).fill(7);
const userId = '6b1d3c1e-7a4e-4d35-9a53-0a7e4c1b2f10';

describe('unsubscribe tokens', () => {
	it('verify what they were signed for: a topic or the digest', () => {
		const topic = signUnsubscribeToken(secret, { userId, scope: { topic: 'interests' } });
		expect(topic).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
		expect(verifyUnsubscribeToken(secret, topic)).toEqual({ userId, scope: { topic: 'interests' } });
		const digest = signUnsubscribeToken(secret, { userId, scope: { digest: true } });
		expect(verifyUnsubscribeToken(secret, digest)).toEqual({ userId, scope: { digest: true } });
	});

	it('refuse another secret, a changed body, a changed MAC and garbage', () => {
		const token = signUnsubscribeToken(secret, { userId, scope: { topic: 'interests' } });
		expect(verifyUnsubscribeToken(new Uint8Array(32).fill(8), token)).toBeNull();
		const [, macPart] = token.split('.');
		const otherBody = Buffer.from(`${userId}.topic:deals`).toString('base64url');
		expect(verifyUnsubscribeToken(secret, `${otherBody}.${macPart}`)).toBeNull();
		const flipped = macPart.slice(0, -2) + (macPart.at(-2) === 'A' ? 'B' : 'A') + macPart.at(-1);
		expect(verifyUnsubscribeToken(secret, `${token.split('.')[0]}.${flipped}`)).toBeNull();
		for (const garbage of ['', '.', 'a.b', 'a.b.c', '%%%', 'x'.repeat(400), `${token}.x`])
			expect(verifyUnsubscribeToken(secret, garbage)).toBeNull();
	});

	it('refuse any spelling but the one signed, though it decodes to the same bytes', () => {
		const token = signUnsubscribeToken(secret, { userId, scope: { digest: true } });
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		// 32 bytes are 43 characters: the last one's two lowest bits are spare.
		const spareBitSet = alphabet[alphabet.indexOf(token.at(-1)!) ^ 1];
		const respelled = token.slice(0, -1) + spareBitSet;
		expect(Buffer.from(respelled.split('.')[1], 'base64url')).toEqual(Buffer.from(token.split('.')[1], 'base64url'));
		for (const variant of [respelled, `${token}=`, token.replace('.', '=.'), ` ${token}`])
			expect(verifyUnsubscribeToken(secret, variant)).toBeNull();
	});

	it('refuse to sign what could not be verified', () => {
		expect(() => signUnsubscribeToken(secret, { userId: 'nobody', scope: { digest: true } })).toThrow();
		expect(() => signUnsubscribeToken(secret, { userId, scope: { topic: 'Bad Topic' } })).toThrow();
	});
});
