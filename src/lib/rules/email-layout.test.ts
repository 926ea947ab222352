import { describe, expect, it } from 'vitest';
import { checkedUrl, escapeHtml, layoutHtml, layoutText, subjectLine, type EmailContent } from './email-layout.ts';

const content: EmailContent = {
	lang: 'en',
	subject: 'Zhiqiao: New interest',
	greeting: 'Hello <b>Wang</b>,',
	paragraphs: ['There is news for you.'],
	sections: [
		{
			heading: 'New interest',
			items: [
				{
					text: 'Battery "cooling" & <script>',
					url: 'https://zhiqiao.example/listings/1',
					detail: 'Line one\nline two'
				},
				{ text: 'No link', url: null, detail: null }
			]
		}
	],
	action: { text: 'See all notifications', url: 'https://zhiqiao.example/notifications' },
	footer: ['You chose email for these.'],
	footerLinks: [{ text: 'Unsubscribe', url: 'https://zhiqiao.example/unsubscribe/abc' }]
};

describe('layoutText', () => {
	it('lays the content out as plain text, items with their links, the footer after the separator', () => {
		expect(layoutText(content)).toBe(
			[
				'Hello <b>Wang</b>,',
				'',
				'There is news for you.',
				'',
				'New interest (2)',
				'- Battery "cooling" & <script>',
				'  Line one line two',
				'  https://zhiqiao.example/listings/1',
				'- No link',
				'',
				'See all notifications:',
				'https://zhiqiao.example/notifications',
				'',
				'-- ',
				'You chose email for these.',
				'Unsubscribe: https://zhiqiao.example/unsubscribe/abc',
				''
			].join('\n')
		);
	});
});

describe('layoutHtml', () => {
	it('escapes every text, so typed names and titles add no markup', () => {
		const html = layoutHtml(content);
		expect(html).toContain('Hello &lt;b&gt;Wang&lt;/b&gt;,');
		expect(html).toContain('Battery &quot;cooling&quot; &amp; &lt;script&gt;');
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('<a href="https://zhiqiao.example/unsubscribe/abc" style="color:#555555">Unsubscribe</a>');
	});

	it('refuses a link that is not http(s)', () => {
		const bad = { ...content, action: { text: 'x', url: 'javascript:alert(1)' } };
		expect(() => layoutHtml(bad)).toThrow(/Not a web link/);
		expect(() => layoutText(bad)).toThrow(/Not a web link/);
	});
});

describe('small helpers', () => {
	it('escapes the five characters that matter in HTML', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});

	it('keeps a URL whole and normalised', () => {
		expect(checkedUrl('http://localhost:3000/a b')).toBe('http://localhost:3000/a%20b');
	});

	it('makes a subject one line of at most 200 characters', () => {
		expect(subjectLine('a\r\nb')).toBe('a b');
		expect(subjectLine('x'.repeat(300))).toHaveLength(200);
	});
});
