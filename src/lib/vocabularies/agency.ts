import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// The IP service cluster (docs/domain.md, "Service providers"). SQL: the enums
// public.agency_type and public.agency_service, in the same order
// (tests/db/vocabularies.test.ts). (Relative imports: scripts run these under plain Node.)

export const agencyTypes = /* @__PURE__ */ defineVocabulary({
	patent_agency: m.provider_type_patent_agency,
	valuation_firm: m.provider_type_valuation_firm,
	law_firm: m.provider_type_law_firm,
	technology_broker: m.provider_type_technology_broker
});
export type AgencyType = ValueOf<typeof agencyTypes>;

export const agencyServices = /* @__PURE__ */ defineVocabulary({
	application_drafting: m.agency_service_application_drafting,
	fto_search: m.agency_service_fto_search,
	valuation: m.agency_service_valuation,
	negotiation_support: m.agency_service_negotiation_support,
	licence_drafting: m.agency_service_licence_drafting,
	litigation_advice: m.agency_service_litigation_advice
});
export type AgencyService = ValueOf<typeof agencyServices>;
