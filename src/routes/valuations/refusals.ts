import { rejectRefusal as reject } from '$lib/server/http/refusals';
import type { ValuationRefusal } from '$lib/server/valuations';

// A refused valuation write: its message is `valuation_refusal_<reason>`.
export const rejectRefusal = (
	refusal: ValuationRefusal,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) => reject('valuation_refusal_', refusal, values, action, extra);
