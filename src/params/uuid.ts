import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/rules/uuid';

/** Ids in URLs: anything else is the router's 404, and never reaches a query as a bad uuid. */
export const match: ParamMatcher = (param) => isUuid(param);
