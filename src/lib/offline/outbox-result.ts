import { parse } from 'devalue';

// What a replayed form post's answer means for the outbox entry. The post is a SvelteKit form
// action called with `x-sveltekit-action`, so the answer is an ActionResult in JSON.

export type ReplayOutcome = { state: 'sent' } | { state: 'refused'; reason: string } | { state: 'retry' };

interface ActionResultJson {
	type?: string;
	location?: string;
	data?: string;
}

/** Keys a refusal may carry: the shared errors, and the interests' own (`interests_error_…`). */
const refusalKey = /^(error_|interests_error_)/;

/** The first error key of a failed action's data ({ errors: { form | body | …: key } }). */
function firstErrorKey(data: string | undefined): string | null {
	if (!data) return null;
	try {
		const parsed = parse(data) as { errors?: Record<string, unknown> } | null;
		const errors = parsed?.errors ?? {};
		const key = errors.form ?? Object.values(errors)[0];
		return typeof key === 'string' && refusalKey.test(key) ? key : null;
	} catch {
		return null;
	}
}

export function replayOutcome(httpStatus: number, body: ActionResultJson | null): ReplayOutcome {
	if (body?.type === 'success') return { state: 'sent' };
	if (body?.type === 'redirect') {
		// The guards send a signed-out user to sign in: nothing was written.
		return body.location?.startsWith('/signin') ? { state: 'refused', reason: 'outbox_signed_out' } : { state: 'sent' };
	}
	if (body?.type === 'failure')
		return { state: 'refused', reason: firstErrorKey(body.data) ?? 'error_request_refused' };
	// A server error or a proxy's page: the write may succeed later, and its key keeps it single.
	if (httpStatus >= 500 || body === null) return { state: 'retry' };
	return { state: 'refused', reason: httpStatus === 404 ? 'error_not_found' : 'error_request_refused' };
}
