import { rejectForm } from '$lib/server/http/forms';
import type { OpenLicenceRefusal } from '$lib/server/open-licence-refusals';

// A refused open licence write as the page shows it: the message under the field the refusal
// belongs to (the form's top otherwise), with what was typed kept. Refusals of this kind are
// the database's answer to the current state, so 409; the module's not_found and not_allowed 404/403.
export function rejectRefusal(refusal: OpenLicenceRefusal, values: Record<string, string>, action: string) {
	const status = refusal.reason === 'not_found' ? 404 : refusal.reason === 'not_allowed' ? 403 : 409;
	return rejectForm(
		status,
		values,
		{ [refusal.field]: `open_licence_refusal_${refusal.reason}` },
		{ action, day: refusal.detail ?? null }
	);
}
