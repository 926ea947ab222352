/// <reference lib="webworker" />
import { notificationOf, samePath } from '$lib/offline/push-message';

declare const self: ServiceWorkerGlobalScope;

// The service worker's side of web push (docs/domain.md, "Web push"): show what arrives, and open
// its page when the user taps it.

/** Shows a push message as a notification; its tag replaces an earlier one of the same message. */
export function showPush(event: PushEvent): Promise<void> {
	const shown = notificationOf(event.data?.text() ?? null);
	return self.registration.showNotification(shown.title, shown.options);
}

/**
 * Opens a tapped notification's page: in a window of the app already open (focused, then
 * navigated there), or a new one. Only a path of this origin is ever opened (samePath).
 */
export async function openNotification(event: NotificationEvent): Promise<void> {
	event.notification.close();
	const target = new URL(samePath((event.notification.data as { url?: unknown } | null)?.url), self.location.origin)
		.href;
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
	if (open) {
		const focused = await open.focus().catch(() => open);
		// navigate() works on a window this worker controls; otherwise a new window opens.
		const navigated = await focused.navigate(target).catch(() => null);
		if (navigated) return;
	}
	await self.clients.openWindow(target);
}
