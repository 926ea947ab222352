import { m } from '$lib/paraglide/messages';
import type { CooperationMode, Industry, LegalStatus, patentTypes } from '$lib/schemas/listing-fields';

// Labels of the listing vocabularies, each message named statically. Unlike translate(), which
// can reach any message and so ships them all, these let a page carry only the messages it shows
// (the discovery page's first JavaScript stays within its budget).

export const industryLabel: Record<Industry, () => string> = {
	automotive: m.industry_automotive,
	smart_manufacturing: m.industry_smart_manufacturing,
	new_materials: m.industry_new_materials,
	electronic_information: m.industry_electronic_information,
	biomedicine: m.industry_biomedicine,
	modern_agriculture: m.industry_modern_agriculture,
	energy_environment: m.industry_energy_environment,
	other: m.industry_other
};

export const modeLabel: Record<CooperationMode, () => string> = {
	exclusive_license: m.mode_exclusive_license,
	non_exclusive_license: m.mode_non_exclusive_license,
	assignment: m.mode_assignment,
	equity: m.mode_equity,
	joint_development: m.mode_joint_development,
	option: m.mode_option
};

export const patentTypeLabel: Record<(typeof patentTypes)[number], () => string> = {
	invention: m.patent_type_invention,
	utility_model: m.patent_type_utility_model,
	design: m.patent_type_design
};

export const legalStatusLabel: Record<LegalStatus, () => string> = {
	pending: m.legal_status_pending,
	granted: m.legal_status_granted,
	lapsed: m.legal_status_lapsed
};
