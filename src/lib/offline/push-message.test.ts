import { describe, expect, it } from 'vitest';
import { inboxPath, notificationOf, samePath } from './push-message.ts';

describe('push messages in the service worker', () => {
	it('opens only paths of this app', () => {
		expect(samePath('/deals/00000000-0000-4000-8004-000000000010')).toBe('/deals/00000000-0000-4000-8004-000000000010');
		expect(samePath('/needs/1?tab=x#proposals')).toBe('/needs/1?tab=x#proposals');
		for (const value of [
			'https://evil.example/deals',
			'//evil.example/deals',
			'/\\evil.example',
			'javascript:alert(1)',
			'deals/1',
			'',
			42,
			null,
			undefined
		])
			expect(samePath(value), String(value)).toBe(inboxPath);
	});

	it('shows our message with its tag and link, and something for anything else', () => {
		const shown = notificationOf(
			JSON.stringify({ title: '有新的许可意向', body: '动力电池', url: '/listings/1', tag: 'notification-7' })
		);
		expect(shown).toEqual({
			title: '有新的许可意向',
			options: {
				body: '动力电池',
				icon: '/icons/icon-192.png',
				badge: '/icons/maskable-192.png',
				tag: 'notification-7',
				data: { url: '/listings/1' }
			}
		});
		expect(notificationOf(JSON.stringify({ title: 'x', url: 'https://evil.example/' })).options.data.url).toBe(
			inboxPath
		);
		for (const message of [null, 'not json', '[1]', '"text"'])
			expect(notificationOf(message)).toMatchObject({ title: '知桥 Zhiqiao', options: { data: { url: inboxPath } } });
		expect(notificationOf(null).options).not.toHaveProperty('tag');
	});
});
