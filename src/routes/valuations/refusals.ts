import { rejectForm } from '$lib/server/http/forms';
import type { ValuationRefusal } from '$lib/server/valuations';

// A refused valuation write as the page shows it: the message under the field it belongs to (the
// form's top otherwise), what was typed kept. not_found 404, not_allowed 403, the rest 409 (the
// database's answer to the valuation's current state or to what was named).
export function rejectRefusal(
	refusal: ValuationRefusal,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) {
	const status = refusal.reason === 'not_found' ? 404 : refusal.reason === 'not_allowed' ? 403 : 409;
	return rejectForm(status, values, { [refusal.field]: `valuation_refusal_${refusal.reason}` }, { action, ...extra });
}
