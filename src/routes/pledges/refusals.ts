import { rejectForm } from '$lib/server/http/forms';
import type { PledgeRefusal } from '$lib/server/pledge-refusals';

// A refused pledge write as the page shows it: the message under the field it belongs to (the
// form's top otherwise), what was typed kept. not_found 404, not_allowed 403, the rest 409.
export function rejectPledgeRefusal(
	refusal: PledgeRefusal,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) {
	const status = refusal.reason === 'not_found' ? 404 : refusal.reason === 'not_allowed' ? 403 : 409;
	return rejectForm(status, values, { [refusal.field]: `pledge_refusal_${refusal.reason}` }, { action, ...extra });
}
