import { deviceCopyOnOpen, parseDraftValues, type DeviceCopy, type ListingDraftValues } from '$lib/rules/listing-draft';
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

/**
 * The editor's copies on this device when it opens on what the server holds (deviceCopyOnOpen
 * decides for each): `restore` is the typing copy to put back in the form; a copy the server
 * moved on from is set aside as `offered` before anything is typed over it, and waits for the
 * user's choice; an offered copy from an earlier visit is offered again unless the server now
 * holds it. Copies the server already holds are forgotten.
 */
export function settleDeviceCopiesOnOpen(
	userId: string,
	listingId: string,
	server: { values: ListingDraftValues; revision: number }
): { restore: DeviceCopy | null; offered: DeviceCopy | null } {
	const copy = readDeviceCopy(userId, listingId);
	let offered = readDeviceCopy(userId, listingId, 'offered');
	const onOpen = deviceCopyOnOpen(copy, server);
	if (copy && onOpen !== 'restore') {
		if (onOpen === 'offer') keepDeviceCopy(userId, listingId, (offered = copy), 'offered');
		forgetDeviceCopy(userId, listingId);
	}
	if (offered && deviceCopyOnOpen(offered, server) === 'drop') {
		forgetDeviceCopy(userId, listingId, 'offered');
		offered = null;
	}
	return { restore: onOpen === 'restore' ? copy : null, offered };
}
