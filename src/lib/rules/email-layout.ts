// The two parts of every email the app sends (docs/domain.md, "Email"): the same content laid out
// as plain text and as HTML. Templates fill an EmailContent with words and absolute links; only
// this module writes markup. Security invariant: every string is escaped on its way into the HTML
// (names, titles and messages are typed by users), and a link must be http(s), so no content can
// add markup, a script URL or an attribute.

export interface EmailLink {
	text: string;
	url: string;
}

export interface EmailItem {
	text: string;
	url: string | null;
	detail: string | null;
}

export interface EmailSection {
	heading: string | null;
	items: EmailItem[];
}

export interface EmailContent {
	lang: string;
	subject: string;
	greeting: string | null;
	paragraphs: string[];
	sections: EmailSection[];
	action: EmailLink | null;
	/** Small print: why this arrived, where the settings are. */
	footer: string[];
	footerLinks: EmailLink[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character]);
}

/** Throws on anything but an absolute http(s) URL: links are built by the app, never typed. */
export function checkedUrl(url: string): string {
	const parsed = new URL(url);
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Not a web link: ${url}`);
	return parsed.href;
}

/** Control characters and line breaks out of one-line texts (a subject, a link's text). */
function oneLine(text: string): string {
	// Control characters (a header's line breaks among them) become spaces.
	// eslint-disable-next-line no-control-regex -- matching them is the point
	return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

export function layoutText(content: EmailContent): string {
	// Chinese text takes the full-width colon; the link still starts on its own after a space or line.
	const colon = content.lang.startsWith('zh') ? '：' : ':';
	const blocks: string[] = [];
	if (content.greeting) blocks.push(content.greeting);
	blocks.push(...content.paragraphs);
	for (const section of content.sections) {
		const lines = section.heading ? [`${oneLine(section.heading)} (${section.items.length})`] : [];
		for (const item of section.items) {
			lines.push(`- ${oneLine(item.text)}`);
			if (item.detail) lines.push(`  ${oneLine(item.detail)}`);
			if (item.url) lines.push(`  ${checkedUrl(item.url)}`);
		}
		blocks.push(lines.join('\n'));
	}
	if (content.action) blocks.push(`${oneLine(content.action.text)}${colon}\n${checkedUrl(content.action.url)}`);
	const footer = [
		...content.footer,
		...content.footerLinks.map((link) => `${oneLine(link.text)}${colon} ${checkedUrl(link.url)}`)
	];
	// "-- " is the conventional signature separator: mail programs dim or fold what follows.
	if (footer.length) blocks.push(`-- \n${footer.join('\n')}`);
	return `${blocks.join('\n\n')}\n`;
}

function anchor(link: EmailLink, style = ''): string {
	return `<a href="${escapeHtml(checkedUrl(link.url))}"${style ? ` style="${style}"` : ''}>${escapeHtml(oneLine(link.text))}</a>`;
}

const buttonStyle =
	'display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px';

export function layoutHtml(content: EmailContent): string {
	const body: string[] = [];
	if (content.greeting) body.push(`<p>${escapeHtml(content.greeting)}</p>`);
	for (const paragraph of content.paragraphs) body.push(`<p>${escapeHtml(paragraph)}</p>`);
	for (const section of content.sections) {
		if (section.heading) body.push(`<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(section.heading)}</h2>`);
		const items = section.items.map((item) => {
			const text = item.url ? anchor({ text: item.text, url: item.url }) : escapeHtml(oneLine(item.text));
			const detail = item.detail ? `<br><span style="color:#555555">${escapeHtml(item.detail)}</span>` : '';
			return `<li style="margin:0 0 8px">${text}${detail}</li>`;
		});
		body.push(`<ul style="padding-left:20px">${items.join('')}</ul>`);
	}
	if (content.action) body.push(`<p style="margin:24px 0">${anchor(content.action, buttonStyle)}</p>`);
	const footer = [
		...content.footer.map((line) => escapeHtml(line)),
		...content.footerLinks.map((link) => anchor(link, 'color:#555555'))
	];
	const small = footer.length
		? `<hr style="border:0;border-top:1px solid #dddddd;margin:24px 0 12px"><p style="font-size:12px;color:#555555">${footer.join('<br>')}</p>`
		: '';
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(content.lang)}"><head><meta charset="utf-8">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(oneLine(content.subject))}</title></head>`,
		"<body style=\"margin:0;padding:16px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;font-size:15px;line-height:1.6;color:#1a1a1a\">",
		`<div style="max-width:560px;margin:0 auto">${body.join('\n')}${small}</div>`,
		'</body></html>'
	].join('\n');
}

/** The subject as one line of at most 200 characters (long listing titles are cut). */
export function subjectLine(text: string): string {
	const line = oneLine(text);
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
