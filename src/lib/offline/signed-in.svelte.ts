import type { Role } from '$lib/vocabularies/people';

// The offline page is rendered for nobody (cached at install, fetched without cookies), so on its
// own it shows the signed-out navigation. The device remembers which role was last signed in
// here, nothing else (no id, no name), so the offline page can show that role's navigation even
// before the worker has kept the user's own copy of it. Every page rendered online for a session
// writes it; every page rendered online for nobody (after sign-out, after expiry) removes it.
// The worker shows the offline page at the address asked for, where the router names that
// address's route, not /offline: so the page itself says it is shown (offlinePage).
const storageKey = 'zq-signed-in-role';
const roles: readonly Role[] = ['researcher', 'company', 'officer', 'admin'];

/** Notes what the server said about this device's session, from a page it rendered online. */
export function rememberSignedInRole(role: Role | null): void {
	try {
		if (role) localStorage.setItem(storageKey, role);
		else localStorage.removeItem(storageKey);
	} catch {
		// Storage refused (a private window, a full disk): the offline page shows the signed-out navigation.
	}
}

/** The role last signed in on this device, if any. */
function signedInRoleOnDevice(): Role | null {
	try {
		const role = localStorage.getItem(storageKey);
		return roles.find((known) => known === role) ?? null;
	} catch {
		return null;
	}
}

let offlinePageShown = false;
/** The role whose navigation the offline page in view shows (null: signed out, or no offline page). */
export const offlinePage = $state({ role: null as Role | null });

/** The offline page is starting (in the browser): the layout must not take it for a signed-out answer. */
export function markOfflinePage(): void {
	offlinePageShown = true;
}

/** The offline page is mounted: its navigation follows the role this device last saw signed in. */
export function showOfflineNavigation(): void {
	offlinePage.role = signedInRoleOnDevice();
}

export function leaveOfflinePage(): void {
	offlinePageShown = false;
	offlinePage.role = null;
}

export const isOfflinePageShown = () => offlinePageShown;
