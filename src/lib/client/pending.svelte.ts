import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement for a form: tracks the pending state for the submit button.
 * `reloadOnRedirect` makes a redirect a full page load, for sign-in/out where the language and
 * everything the layout shows may change.
 */
export function pendingForm(options: { reloadOnRedirect?: boolean; reset?: boolean } = {}) {
	let pending = $state(false);
	const enhance: SubmitFunction = ({ formElement }) => {
		pending = true;
		return async ({ result, update }) => {
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
