import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Progressive enhancement for a form: tracks the pending state for the submit button.
 * `reloadOnRedirect` makes a redirect a full page load, for sign-in/out where the language and
 * everything the layout shows may change.
 */
export function pendingForm(options: { reloadOnRedirect?: boolean; reset?: boolean } = {}) {
	let pending = $state(false);
	const enhance: SubmitFunction = () => {
		pending = true;
		return async ({ result, update }) => {
			if (options.reloadOnRedirect && result.type === 'redirect') {
				window.location.assign(result.location);
				return;
			}
			await update({ reset: options.reset ?? true });
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
