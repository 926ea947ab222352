import { replayOutcome } from '$lib/offline/outbox-result';
import { cacheUserHeader, parseUserTag, userTagOf } from '$lib/offline/owner';

/**
 * Writes made offline (an interest, a deal message), kept in IndexedDB until the server has
 * answered. Used by the pages and by the service worker (Background Sync), so it touches
 * nothing but IndexedDB, fetch, locks and BroadcastChannel.
 * Each entry is keyed by the form's idempotency key and replayed with it: however often it is
 * sent (a flaky network, the page and the worker both trying), the server writes it once.
 */
export interface OutboxEntry {
	key: string;
	kind: 'interest' | 'message';
	/** The form action, path and query: `/listings/<id>/interest`, `/deals/<id>?/message`. */
	action: string;
	fields: Record<string, string>;
	/** What the user wrote, to copy back if the server refuses it. */
	text: string;
	userId: string;
	state: 'pending' | 'sent' | 'refused';
	reason?: string;
	createdAt: number;
}

const channelName = 'zq-outbox';
const store = 'entries';

function request<T>(operation: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		operation.onsuccess = () => resolve(operation.result);
		operation.onerror = () => reject(operation.error);
	});
}

function open(): Promise<IDBDatabase> {
	const opening = indexedDB.open('zq-outbox', 1);
	opening.onupgradeneeded = () => opening.result.createObjectStore(store, { keyPath: 'key' });
	return request(opening);
}

async function withStore<T>(mode: IDBTransactionMode, work: (entries: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await request(work(db.transaction(store, mode).objectStore(store)));
	} finally {
		db.close();
	}
}

function announce(): void {
	const channel = new BroadcastChannel(channelName);
	channel.postMessage('changed');
	channel.close();
}

export const listOutbox = () => withStore('readonly', (entries) => entries.getAll() as IDBRequest<OutboxEntry[]>);

export async function putOutboxEntry(entry: OutboxEntry): Promise<void> {
	await withStore('readwrite', (entries) => entries.put(entry));
	announce();
}

export async function removeOutboxEntry(key: string): Promise<void> {
	await withStore('readwrite', (entries) => entries.delete(key));
	announce();
}

/**
 * Entries the server has answered for are shown by the pages themselves by now: they all go in
 * one transaction, so a page left at once does not leave some of them behind.
 */
export async function removeSentEntries(): Promise<void> {
	const db = await open();
	try {
		const transaction = db.transaction(store, 'readwrite');
		const walk = transaction.objectStore(store).openCursor();
		walk.onsuccess = () => {
			const cursor = walk.result;
			if (!cursor) return;
			if ((cursor.value as OutboxEntry).state === 'sent') cursor.delete();
			cursor.continue();
		};
		await new Promise<void>((resolve, reject) => {
			transaction.oncomplete = () => resolve();
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		db.close();
	}
	announce();
}

/** Sign-out: nothing of the user who signed out may stay on the device, sent or not. */
export async function clearOutbox(): Promise<void> {
	await withStore('readwrite', (entries) => entries.clear());
	announce();
}

const belongsTo = async (entry: OutboxEntry, userTag: string) => (await userTagOf(entry.userId)) === userTag;

/** Another user signed in: every entry but theirs goes, sent or not (nothing is kept aside for later). */
export async function keepOnlyEntriesOf(userTag: string): Promise<void> {
	for (const entry of await listOutbox()) if (!(await belongsTo(entry, userTag))) await removeOutboxEntry(entry.key);
}

/** Calls `onChange` whenever any page or the worker changes the outbox; returns the unsubscribe. */
export function watchOutbox(onChange: () => void): () => void {
	const channel = new BroadcastChannel(channelName);
	channel.onmessage = onChange;
	return () => channel.close();
}

async function send(entry: OutboxEntry): Promise<'stop' | 'next'> {
	let response: Response;
	try {
		response = await fetch(entry.action, {
			method: 'POST',
			body: new URLSearchParams(entry.fields),
			headers: { 'x-sveltekit-action': 'true', accept: 'application/json' },
			credentials: 'same-origin'
		});
	} catch {
		return 'stop'; // Still offline: try again on the next sync or online event.
	}
	const body = await response.json().catch(() => null);
	const outcome = replayOutcome(response.status, body);
	if (outcome.state === 'retry') return 'next';
	await putOutboxEntry({
		...entry,
		state: outcome.state,
		reason: outcome.state === 'refused' ? outcome.reason : undefined
	});
	return 'next';
}

/** Whom the browser is signed in as now (a user tag, null for nobody), asked of the server; undefined offline. */
async function signedInAs(): Promise<string | null | undefined> {
	try {
		const response = await fetch('/api/health', { credentials: 'same-origin', cache: 'no-store' });
		return parseUserTag(response.headers.get(cacheUserHeader));
	} catch {
		return undefined;
	}
}

/**
 * Sends every pending entry of the user `userTag` names (userTagOf), oldest first.
 * Security invariant: an entry is only ever sent under its author's session. The caller's idea
 * of who is signed in can be stale (a tab left open across a sign-in, the worker after a
 * session expired offline), so the server is asked first: signed in as someone else or nobody,
 * nothing is sent and the entries wait. Another user's pending entry is dropped, never sent.
 */
export async function flushOutbox(userTag: string): Promise<void> {
	const run = async () => {
		const pending = (await listOutbox())
			.filter((entry) => entry.state === 'pending')
			.sort((a, b) => a.createdAt - b.createdAt);
		if (pending.length === 0 || (await signedInAs()) !== userTag) return;
		for (const entry of pending) {
			if (!(await belongsTo(entry, userTag))) {
				await removeOutboxEntry(entry.key);
				continue;
			}
			if ((await send(entry)) === 'stop') return;
		}
	};
	// One sender at a time across the pages and the worker.
	if (typeof navigator !== 'undefined' && navigator.locks) await navigator.locks.request('zq-outbox', run);
	else await run();
}
