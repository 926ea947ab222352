import { rejectForm } from './forms';
import type { Refusal } from '$lib/server/db/refusals';

/**
 * A refused write as the page shows it: `${prefix}${reason}` under the field it belongs to (the
 * form's top otherwise), what was typed kept. not_found 404, not_allowed 403, the rest 409 (the
 * database's answer to the row's current state or to what was named).
 */
export function rejectRefusal(
	prefix: string,
	refusal: Refusal<string>,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) {
	const status = refusal.reason === 'not_found' ? 404 : refusal.reason === 'not_allowed' ? 403 : 409;
	return rejectForm(status, values, { [refusal.field]: `${prefix}${refusal.reason}` }, { action, ...extra });
}
