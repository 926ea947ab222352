// What the service worker does with a push message (docs/domain.md, "Web push"): pure, so it is
// tested without a worker. The payload comes from our server (src/lib/server/push/push-messages.ts),
// but the worker still trusts nothing in it that could take the user elsewhere.

export interface ShownNotification {
	title: string;
	options: NotificationOptions & { data: { url: string } };
}

/** Where a notification without a usable link leads. */
export const inboxPath = '/notifications';
const fallbackTitle = '知桥 Zhiqiao';

/**
 * A path of this app from `value`, or the inbox. Security invariant: only a same-origin path
 * ("/deals/…") is ever opened; an absolute URL, a protocol-relative "//host" or "/\host", and
 * anything that resolves to another origin become the inbox.
 */
export function samePath(value: unknown): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
		return inboxPath;
	const base = 'https://app.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return inboxPath;
	}
	return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : inboxPath;
}

const text = (value: unknown, limit: number) => (typeof value === 'string' ? value.slice(0, limit) : '');

/** The notification a push message's text becomes; a message that is not our JSON still shows something. */
export function notificationOf(message: string | null): ShownNotification {
	let payload: Record<string, unknown> = {};
	try {
		const parsed: unknown = message ? JSON.parse(message) : {};
		if (typeof parsed === 'object' && parsed !== null) payload = parsed as Record<string, unknown>;
	} catch {
		payload = {};
	}
	const tag = text(payload.tag, 64);
	return {
		title: text(payload.title, 200) || fallbackTitle,
		options: {
			body: text(payload.body, 500),
			icon: '/icons/icon-192.png',
			badge: '/icons/maskable-192.png',
			...(tag && { tag }),
			data: { url: samePath(payload.url) }
		}
	};
}
