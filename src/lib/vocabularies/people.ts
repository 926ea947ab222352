import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Accounts and organisations. SQL: public.user_role, organization_kind.
// (Relative imports: scripts run these under plain Node.)

export const roles = /* @__PURE__ */ defineVocabulary({
	researcher: m.role_researcher,
	company: m.role_company,
	officer: m.role_officer,
	admin: m.role_admin,
	provider: m.role_provider
});
export type Role = ValueOf<typeof roles>;

export const organizationKinds = /* @__PURE__ */ defineVocabulary({
	university: m.organization_kind_university,
	college: m.organization_kind_college,
	company: m.organization_kind_company,
	agency: m.organization_kind_agency,
	bank: m.organization_kind_bank
});
export type OrganizationKind = ValueOf<typeof organizationKinds>;

// A researcher's membership of their college, confirmed by the university (issue #24). SQL: public.membership_status.
export const membershipStatuses = /* @__PURE__ */ defineVocabulary({
	pending: m.members_status_pending,
	confirmed: m.members_status_confirmed,
	declined: m.members_status_declined
});
