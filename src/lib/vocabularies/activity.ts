import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// What happened, as notifications and the audit log name it. SQL: the check constraint on
// public.notifications.kind; the audit log's actions and fields come from app.record_audit_event.
// (Relative imports: scripts run these under plain Node.)

export const notificationKinds = /* @__PURE__ */ defineVocabulary({
	listing_published: m.notification_listing_published,
	listing_changes_requested: m.notification_listing_changes_requested,
	listing_rejected: m.notification_listing_rejected,
	listing_submitted: m.notification_listing_submitted,
	interest_received: m.notification_interest_received,
	interest_declined: m.notification_interest_declined,
	deal_opened: m.notification_deal_opened,
	interest_message: m.interests_notification_message,
	filing_overdue: m.closing_notification_filing_overdue,
	objection_received: m.closing_notification_objection_received,
	income_overdue: m.income_notification_overdue,
	open_licence_taken: m.open_licence_notification_taken,
	service_case: m.case_notification,
	service_case_message: m.case_notification_message,
	pledge_received: m.pledge_notification_received,
	pledge_moved: m.pledge_notification_moved,
	portfolio_fee_due: m.portfolio_notification_fee_due,
	listing_handed: m.portfolio_notification_handed,
	proposal_received: m.proposal_notification_received,
	proposal_shortlisted: m.proposal_notification_shortlisted,
	proposal_declined: m.proposal_notification_declined,
	proposal_converted: m.proposal_notification_converted,
	saved_search_match: m.alerts_notification_saved_search_match,
	need_listing_match: m.alerts_notification_need_listing_match,
	listing_need_match: m.alerts_notification_listing_need_match,
	organization_awaiting: m.admin_notification_organization_awaiting
});
export type NotificationKind = ValueOf<typeof notificationKinds>;

export const auditActions = /* @__PURE__ */ defineVocabulary({
	'profiles.update': m.audit_action_profiles_update,
	'organizations.update': m.audit_action_organizations_update,
	'listings.update': m.audit_action_listings_update,
	'deal_filings.waive': m.closing_audit_action_filing_waive,
	'nda_terms.publish': m.closing_audit_action_nda_terms_publish,
	'reward_policies.publish': m.reward_policy_audit_action_publish,
	'open_licence_declarations.create': m.open_licence_audit_action_create,
	'open_licence_declarations.update': m.open_licence_audit_action_update,
	'open_licence_declarations.submit': m.open_licence_audit_action_submit,
	'open_licence_declarations.announce': m.open_licence_audit_action_announce,
	'open_licence_declarations.withdraw': m.open_licence_audit_action_withdraw,
	'open_licence_declarations.delete': m.open_licence_audit_action_delete,
	'licence_templates.create': m.express_audit_action_template_create,
	'licence_template_versions.publish': m.express_audit_action_version_publish,
	'express_listings.mark': m.express_audit_action_mark,
	'express_listings.unmark': m.express_audit_action_unmark,
	'portfolio_fee_decisions.decide': m.portfolio_audit_action_decide,
	'organizations.create': m.audit_action_organizations_create,
	'profiles.membership': m.audit_action_profiles_membership,
	'team.invite': m.team_audit_action_invite,
	'team.join': m.team_audit_action_join,
	'team.revoke': m.team_audit_action_revoke,
	'team.remove': m.team_audit_action_remove,
	'team.leave': m.team_audit_action_leave,
	'team.make_owner': m.team_audit_action_make_owner
});

export const auditFields = /* @__PURE__ */ defineVocabulary({
	role: m.audit_field_role,
	organization_id: m.audit_field_organization_id,
	verified: m.audit_field_verified,
	status: m.audit_field_status,
	review_comment: m.audit_field_review_comment,
	credit_code: m.homes_audit_field_credit_code,
	filing: m.closing_audit_field_filing,
	reason: m.closing_audit_field_reason,
	public_notice_days: m.audit_field_public_notice_days,
	version: m.closing_audit_field_version,
	effective_on: m.reward_policy_effective_on,
	regulation_title: m.reward_policy_regulation_title,
	regulation_number: m.reward_policy_regulation_number,
	regulation_effective_on: m.reward_policy_regulation_effective_on,
	decision: m.portfolio_field_decision,
	due_on: m.portfolio_field_due_on,
	note: m.portfolio_field_note,
	membership_status: m.audit_field_membership_status,
	kind: m.audit_field_kind,
	name_zh: m.audit_field_name_zh,
	email: m.field_email,
	member: m.team_audit_field_member
});
