import { rejectRefusal } from '$lib/server/http/refusals';
import type { PledgeRefusal } from '$lib/server/pledge-refusals';

// A refused pledge write: its message is `pledge_refusal_<reason>`.
export const rejectPledgeRefusal = (
	refusal: PledgeRefusal,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) => rejectRefusal('pledge_refusal_', refusal, values, action, extra);
