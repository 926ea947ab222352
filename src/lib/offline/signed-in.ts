import type { Role } from '$lib/vocabularies/people';

// The offline page is rendered for nobody (cached at install, fetched without cookies), so on its
// own it shows the signed-out navigation. The device remembers which role was last signed in
// here, nothing else (no id, no name), so the offline page can show that role's navigation even
// before the worker has kept the user's own copy of it. Every page rendered online for a session
// writes it; every page rendered online for nobody (after sign-out, after expiry) removes it.
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
export function signedInRoleOnDevice(): Role | null {
	try {
		const role = localStorage.getItem(storageKey);
		return roles.find((known) => known === role) ?? null;
	} catch {
		return null;
	}
}
