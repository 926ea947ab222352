// An explicit sign-out leaves none of the listing drafts kept on the device. Kept apart from the
// device copies themselves (drafts.ts): every page honours the mark, and the root layout should
// not load the draft rules to do it.

/** The prefix of every listing draft kept on this device (localStorage). */
export const deviceCopyPrefix = 'zq-listing-draft:';

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
	for (const key of Object.keys(localStorage)) if (key.startsWith(deviceCopyPrefix)) localStorage.removeItem(key);
	document.cookie = `${signedOutCookie}=; Max-Age=0; Path=/; SameSite=Lax`;
}
