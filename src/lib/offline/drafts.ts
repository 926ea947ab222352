import { parseDraftValues, type DeviceCopy } from '$lib/rules/listing-draft';

// Keeps what is typed in the page's forms across the reload into a new app version. Saved only
// when the user accepts the update, restored once on the same address, then deleted: drafts do
// not linger in storage (sessionStorage: this tab only).
const storageKey = 'zq-drafts';

type Draft = { path: string; forms: Array<Record<string, string>> };

function draftFields(form: HTMLFormElement) {
	return [...form.elements].filter(
		(element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
			(element instanceof HTMLTextAreaElement ||
				element instanceof HTMLSelectElement ||
				(element instanceof HTMLInputElement &&
					!['hidden', 'password', 'file', 'submit', 'checkbox', 'radio'].includes(element.type))) &&
			Boolean(element.name)
	);
}

export function saveDrafts(): void {
	const forms = [...document.querySelectorAll<HTMLFormElement>('main form')].map((form) =>
		Object.fromEntries(draftFields(form).map((field) => [field.name, field.value]))
	);
	const draft: Draft = { path: location.pathname + location.search, forms };
	sessionStorage.setItem(storageKey, JSON.stringify(draft));
}

export function restoreDrafts(): void {
	const saved = sessionStorage.getItem(storageKey);
	if (!saved) return;
	sessionStorage.removeItem(storageKey);
	const draft = JSON.parse(saved) as Draft;
	if (draft.path !== location.pathname + location.search) return;
	document.querySelectorAll<HTMLFormElement>('main form').forEach((form, index) => {
		const values = draft.forms[index] ?? {};
		for (const field of draftFields(form)) {
			if (values[field.name]) field.value = values[field.name];
		}
	});
}

// A listing draft's copy on this device (localStorage), kept from the first keystroke until the
// server confirms a save, so a failed save, a lost connection or a closed tab loses nothing. Keyed
// by user id: on a shared device one user never sees another's copy, and an explicit sign-out
// removes every copy (`forgetDeviceCopiesAfterSignOut`). A listing has two places: `typing`, which follows
// the editor, and `offered`, where a copy the server moved on from waits while the user is asked
// whether to restore it, so typing meanwhile cannot overwrite it.
const copyPrefix = 'zq-listing-draft:';
export type CopySlot = 'typing' | 'offered';
const copyKey = (userId: string, listingId: string, slot: CopySlot) =>
	`${copyPrefix}${userId}:${listingId}${slot === 'offered' ? ':offered' : ''}`;

export function readDeviceCopy(userId: string, listingId: string, slot: CopySlot = 'typing'): DeviceCopy | null {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(copyKey(userId, listingId, slot)) ?? 'null');
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { values, revision, changedAt } = parsed as Record<string, unknown>;
		const draft = parseDraftValues(values);
		if (!draft || typeof revision !== 'number' || typeof changedAt !== 'number') return null;
		return { values: draft, revision, changedAt };
	} catch {
		return null;
	}
}

export function keepDeviceCopy(userId: string, listingId: string, copy: DeviceCopy, slot: CopySlot = 'typing'): void {
	try {
		localStorage.setItem(copyKey(userId, listingId, slot), JSON.stringify(copy));
	} catch {
		// Storage full or refused (private mode): the server save is still attempted.
	}
}

export function forgetDeviceCopy(userId: string, listingId: string, slot: CopySlot = 'typing'): void {
	localStorage.removeItem(copyKey(userId, listingId, slot));
}

/**
 * Set by the server on the answer to an explicit sign-out (with or without scripts), and readable
 * by them: a link cannot set it, so no link can wipe someone's unsaved drafts.
 */
export const signedOutCookie = 'zq-signed-out';

/**
 * After an explicit sign-out, on the first page that runs scripts: no draft of the user who left
 * stays on the device. Session expiry sets no mark, so the same user finds their copies again.
 */
export function forgetDeviceCopiesAfterSignOut(): void {
	if (!document.cookie.split(/;\s*/).includes(`${signedOutCookie}=1`)) return;
	for (const key of Object.keys(localStorage)) if (key.startsWith(copyPrefix)) localStorage.removeItem(key);
	document.cookie = `${signedOutCookie}=; Max-Age=0; Path=/; SameSite=Lax`;
}
