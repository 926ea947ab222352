import type { SubmitFunction } from '@sveltejs/kit';

/** Where a form's submission goes when there is no network (see $lib/offline/queue-offline). */
export type OfflineHandler = (formData: FormData, form: HTMLFormElement, action: URL) => Promise<void>;

/**
 * Progressive enhancement for a form: tracks the pending state for the submit button.
 * `reloadOnRedirect` makes a redirect a full page load, for sign-in/out where the language and
 * everything the layout shows may change. `whenOffline` takes the submission instead of the
 * network when the browser is offline or the post cannot reach the server.
 */
let lastSubmitter: HTMLElement | null = null;
let lastSubmittedAt = 0;

/**
 * The button that sent the latest enhanced form, while it is still on the page: what a toast keeps
 * in sight. The focus is no proof of it (a button disabled while pending, or re-rendered, loses it).
 */
export function recentSubmitter(): HTMLElement | null {
	// Only just now: a toast shown later (an update offer) must not scroll to an old form.
	return lastSubmitter?.isConnected && Date.now() - lastSubmittedAt < 5000 ? lastSubmitter : null;
}

export function pendingForm(
	options: { reloadOnRedirect?: boolean; reset?: boolean; whenOffline?: OfflineHandler } = {}
) {
	let pending = $state(false);
	const enhance: SubmitFunction = ({ formElement, formData, action, cancel, submitter }) => {
		lastSubmitter = submitter instanceof HTMLElement ? submitter : null;
		lastSubmittedAt = Date.now();
		if (options.whenOffline && !navigator.onLine) {
			cancel();
			void options.whenOffline(formData, formElement, action);
			return;
		}
		pending = true;
		return async ({ result, update }) => {
			// fetch rejects with a TypeError when the request never reached a server.
			if (options.whenOffline && result.type === 'error' && result.error instanceof TypeError) {
				await options.whenOffline(formData, formElement, action);
				pending = false;
				return;
			}
			if (options.reloadOnRedirect && result.type === 'redirect') {
				window.location.assign(result.location);
				return;
			}
			await update({ reset: options.reset ?? true });
			// A refused form keeps what was typed, except passwords: the server never echoes those
			// back, and without scripts the page comes back with them empty too.
			if (result.type === 'failure') {
				for (const field of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) field.value = '';
			}
			pending = false;
		};
	};
	return {
		get pending() {
			return pending;
		},
		enhance
	};
}
