import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';
import type { AgencyService } from './agency.ts';

// Service cases (docs/domain.md, "Service cases"). SQL: the enum public.service_case_status, in
// the same order (tests/db/vocabularies.test.ts). (Relative imports: scripts run these under plain Node.)

export const serviceCaseStatuses = /* @__PURE__ */ defineVocabulary({
	requested: m.case_status_requested,
	quoted: m.case_status_quoted,
	declined: m.case_status_declined,
	accepted: m.case_status_accepted,
	quote_declined: m.case_status_quote_declined,
	delivered: m.case_status_delivered,
	closed: m.case_status_closed,
	withdrawn: m.case_status_withdrawn
});
export type ServiceCaseStatus = ValueOf<typeof serviceCaseStatuses>;

/** The agency services asked as cases: a valuation is asked on /valuations (app.offers_service). */
export const caseServices = [
	'application_drafting',
	'fto_search',
	'negotiation_support',
	'licence_drafting',
	'litigation_advice'
] as const satisfies readonly AgencyService[];
