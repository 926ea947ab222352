import { describe, expect, it } from 'vitest';
import { deviceLabel, isPushAuthSecret, isPushEndpoint, isPushPublicKey } from './push-subscription.ts';

const publicKey = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');
const authSecret = Buffer.alloc(16, 9).toString('base64url');

describe('push subscriptions', () => {
	it('accepts a push service’s https address, and loopback http only when allowed', () => {
		const fcm = 'https://fcm.googleapis.com/fcm/send/abc:APA91b-x_y';
		expect(isPushEndpoint(fcm, false)).toBe(true);
		expect(isPushEndpoint('https://updates.push.services.mozilla.com/wpush/v2/gAAA', false)).toBe(true);
		expect(isPushEndpoint('http://127.0.0.1:5301/push/1', false)).toBe(false);
		expect(isPushEndpoint('http://127.0.0.1:5301/push/1', true)).toBe(true);
		expect(isPushEndpoint('http://localhost/push', true)).toBe(true);
		// Never clear text elsewhere, not even with the flag; no credentials, spaces or relative paths.
		for (const endpoint of [
			'http://push.example.com/x',
			'http://127.0.0.1.example.com/x',
			'http://localhost@evil.example/x',
			'https://user:secret@push.example.com/x',
			'https://push.example.com',
			'https://push.example.com/a b',
			'/push/1',
			'javascript:alert(1)',
			`https://push.example.com/${'a'.repeat(2048)}`
		])
			expect(isPushEndpoint(endpoint, true), endpoint).toBe(false);
	});

	it('checks the browser’s keys by their decoded length', () => {
		expect(isPushPublicKey(publicKey)).toBe(true);
		expect(isPushPublicKey(publicKey.slice(1))).toBe(false);
		expect(isPushPublicKey(Buffer.alloc(65, 4).toString('base64url').replace(/^B/, 'A'))).toBe(false);
		expect(isPushPublicKey(`${publicKey.slice(0, -1)}=`)).toBe(false);
		expect(isPushAuthSecret(authSecret)).toBe(true);
		expect(isPushAuthSecret(Buffer.alloc(17).toString('base64url'))).toBe(false);
		expect(isPushAuthSecret(`${authSecret.slice(0, -1)}B`)).toBe(false);
		expect(isPushAuthSecret('not base64url!!!!!!!!!')).toBe(false);
	});

	it('names a device by browser and system', () => {
		expect(
			deviceLabel(
				'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'
			)
		).toBe('Chrome · Android');
		expect(
			deviceLabel(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'
			)
		).toBe('Safari · iOS');
		expect(
			deviceLabel(
				'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0'
			)
		).toBe('Edge · Windows');
		expect(deviceLabel('curl/8.0')).toBeNull();
		expect(deviceLabel(null)).toBeNull();
	});
});
