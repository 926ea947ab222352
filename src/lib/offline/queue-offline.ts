import { outboxSyncTag } from '$lib/offline/cache-policy';
import type { OfflineHandler } from '../client/pending.svelte';
import type { OutboxEntry } from './outbox';

/**
 * An offline handler for pendingForm that puts the submission in the outbox with its
 * idempotency key, and asks for a Background Sync (the layout's online listener covers
 * browsers without it). `textField` names what the user wrote, to copy back if refused.
 */
export function queueOffline(
	kind: OutboxEntry['kind'],
	textField: string,
	userId: () => string | undefined,
	afterQueued?: (form: HTMLFormElement) => void
): OfflineHandler {
	return async (formData, form, action) => {
		const user = userId();
		const fields = Object.fromEntries(
			[...formData].filter((pair): pair is [string, string] => typeof pair[1] === 'string')
		);
		if (!user || !fields.idempotencyKey) return;
		const { putOutboxEntry } = await import('./outbox');
		await putOutboxEntry({
			key: fields.idempotencyKey,
			kind,
			action: action.pathname + action.search,
			fields,
			text: fields[textField] ?? '',
			userId: user,
			state: 'pending',
			createdAt: Date.now()
		});
		afterQueued?.(form);
		const registration = await navigator.serviceWorker?.ready;
		await (
			registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined
		)?.sync
			?.register(outboxSyncTag)
			.catch(() => undefined);
	};
}
