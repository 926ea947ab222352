import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// The listing domain's closed vocabularies. SQL: public.industry, cooperation_mode, patent_type,
// patent_legal_status, listing_status. (Relative imports: scripts run these under plain Node.)

export const industries = /* @__PURE__ */ defineVocabulary({
	automotive: m.industry_automotive,
	smart_manufacturing: m.industry_smart_manufacturing,
	new_materials: m.industry_new_materials,
	electronic_information: m.industry_electronic_information,
	biomedicine: m.industry_biomedicine,
	modern_agriculture: m.industry_modern_agriculture,
	energy_environment: m.industry_energy_environment,
	other: m.industry_other
});
export type Industry = ValueOf<typeof industries>;

export const cooperationModes = /* @__PURE__ */ defineVocabulary({
	exclusive_license: m.mode_exclusive_license,
	non_exclusive_license: m.mode_non_exclusive_license,
	assignment: m.mode_assignment,
	equity: m.mode_equity,
	joint_development: m.mode_joint_development,
	option: m.mode_option
});
export type CooperationMode = ValueOf<typeof cooperationModes>;

export const patentTypes = /* @__PURE__ */ defineVocabulary({
	invention: m.patent_type_invention,
	utility_model: m.patent_type_utility_model,
	design: m.patent_type_design
});
export type PatentType = ValueOf<typeof patentTypes>;

export const legalStatuses = /* @__PURE__ */ defineVocabulary({
	pending: m.legal_status_pending,
	granted: m.legal_status_granted,
	lapsed: m.legal_status_lapsed
});
export type LegalStatus = ValueOf<typeof legalStatuses>;

export const listingStatuses = /* @__PURE__ */ defineVocabulary({
	draft: m.listing_status_draft,
	submitted: m.listing_status_submitted,
	changes_requested: m.listing_status_changes_requested,
	rejected: m.listing_status_rejected,
	published: m.listing_status_published,
	licensed: m.listing_status_licensed,
	transferred: m.listing_status_transferred,
	archived: m.listing_status_archived
});
export type ListingStatus = ValueOf<typeof listingStatuses>;
