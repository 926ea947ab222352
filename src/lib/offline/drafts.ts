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
// removes every copy (`forgetDeviceCopies`).
const copyPrefix = 'zq-listing-draft:';
const copyKey = (userId: string, listingId: string) => `${copyPrefix}${userId}:${listingId}`;

export function readDeviceCopy(userId: string, listingId: string): DeviceCopy | null {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(copyKey(userId, listingId)) ?? 'null');
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { values, revision, changedAt } = parsed as Record<string, unknown>;
		const draft = parseDraftValues(values);
		if (!draft || typeof revision !== 'number' || typeof changedAt !== 'number') return null;
		return { values: draft, revision, changedAt };
	} catch {
		return null;
	}
}

export function keepDeviceCopy(userId: string, listingId: string, copy: DeviceCopy): void {
	try {
		localStorage.setItem(copyKey(userId, listingId), JSON.stringify(copy));
	} catch {
		// Storage full or refused (private mode): the server save is still attempted.
	}
}

export function forgetDeviceCopy(userId: string, listingId: string): void {
	localStorage.removeItem(copyKey(userId, listingId));
}

/** After an explicit sign-out: no draft of the user who left stays on the device. */
export function forgetDeviceCopies(): void {
	for (const key of Object.keys(localStorage)) if (key.startsWith(copyPrefix)) localStorage.removeItem(key);
}
