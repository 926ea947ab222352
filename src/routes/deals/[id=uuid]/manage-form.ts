import type { SubmitFunction } from '@sveltejs/kit';

/** What the deal room's plan and terms actions answer. */
export interface ActionResult {
	action?: string;
	values?: Record<string, string | number | null>;
	errors?: Record<string, string>;
	success?: string;
}

/** Enhanced, a saved form keeps what it shows (the page reloads the saved values under it). */
export const submitKeeping: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
