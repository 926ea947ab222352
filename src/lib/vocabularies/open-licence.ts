import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Open licences 专利开放许可 (docs/domain.md, "Open licences"). SQL: the enums
// public.open_licence_status and public.open_licence_fee_basis, in the same order
// (tests/db/vocabularies.test.ts). (Relative imports: scripts run these under plain Node.)

export const openLicenceStatuses = /* @__PURE__ */ defineVocabulary({
	draft: m.open_licence_status_draft,
	submitted: m.open_licence_status_submitted,
	announced: m.open_licence_status_announced,
	withdrawn: m.open_licence_status_withdrawn
});
export type OpenLicenceStatus = ValueOf<typeof openLicenceStatuses>;

export const openLicenceFeeBases = /* @__PURE__ */ defineVocabulary({
	lump_sum: m.open_licence_fee_basis_lump_sum,
	royalty: m.open_licence_fee_basis_royalty,
	lump_sum_and_royalty: m.open_licence_fee_basis_lump_sum_and_royalty
});
export type OpenLicenceFeeBasis = ValueOf<typeof openLicenceFeeBases>;
