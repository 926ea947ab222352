import { rejectRefusal } from '$lib/server/http/refusals';
import type { CaseRefusal } from '$lib/server/service-cases';

// A refused case write: its message is `case_refusal_<reason>`.
export const rejectCaseRefusal = (
	refusal: CaseRefusal,
	values: Record<string, string>,
	action: string,
	extra: Record<string, unknown> = {}
) => rejectRefusal('case_refusal_', refusal, values, action, extra);
