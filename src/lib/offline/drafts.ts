import { parseDraftValues, type DeviceCopy } from '$lib/rules/listing-draft';
import { deviceCopyPrefix } from './signed-out';

// A listing draft's copy on this device (localStorage), kept from the first keystroke until the
// server confirms a save, so a failed save, a lost connection or a closed tab loses nothing. Keyed
// by user id: on a shared device one user never sees another's copy, and an explicit sign-out
// removes every copy (`forgetDeviceCopiesAfterSignOut`). A listing has two places: `typing`, which follows
// the editor, and `offered`, where a copy the server moved on from waits while the user is asked
// whether to restore it, so typing meanwhile cannot overwrite it.
type CopySlot = 'typing' | 'offered';
const copyKey = (userId: string, listingId: string, slot: CopySlot) =>
	`${deviceCopyPrefix}${userId}:${listingId}${slot === 'offered' ? ':offered' : ''}`;

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
