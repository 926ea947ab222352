// Closed vocabularies of the listing domain, in the order forms and filters show them.
export const industries = [
	'automotive',
	'smart_manufacturing',
	'new_materials',
	'electronic_information',
	'biomedicine',
	'modern_agriculture',
	'energy_environment',
	'other'
] as const;
export type Industry = (typeof industries)[number];

export const cooperationModes = ['exclusive_license', 'non_exclusive_license', 'assignment', 'equity', 'joint_development', 'option'] as const;
export type CooperationMode = (typeof cooperationModes)[number];

export const patentTypes = ['invention', 'utility_model', 'design'] as const;
export const legalStatuses = ['pending', 'granted', 'lapsed'] as const;
export type LegalStatus = (typeof legalStatuses)[number];

export const listingStatuses = ['draft', 'submitted', 'changes_requested', 'rejected', 'published', 'licensed', 'archived'] as const;
export type ListingStatus = (typeof listingStatuses)[number];
