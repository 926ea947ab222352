import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Interests and deals. SQL: public.interest_status, interest_timeline, decline_reason, deal_stage.
// (Relative imports: scripts run these under plain Node.)

export const interestStatuses = /* @__PURE__ */ defineVocabulary({
	new: m.interest_status_new,
	in_review: m.interest_status_in_review,
	converted: m.interest_status_converted,
	declined: m.interest_status_declined,
	withdrawn: m.interest_status_withdrawn
});
export type InterestStatus = ValueOf<typeof interestStatuses>;

export const interestTimelines = /* @__PURE__ */ defineVocabulary({
	within_3_months: m.interest_timeline_within_3_months,
	within_6_months: m.interest_timeline_within_6_months,
	within_12_months: m.interest_timeline_within_12_months,
	later: m.interest_timeline_later
});
export type InterestTimeline = ValueOf<typeof interestTimelines>;

export const declineReasons = /* @__PURE__ */ defineVocabulary({
	too_early: m.decline_reason_too_early,
	benefit_unclear: m.decline_reason_benefit_unclear,
	route_to_market_unclear: m.decline_reason_route_to_market_unclear,
	price: m.decline_reason_price,
	other: m.decline_reason_other
});
export type DeclineReason = ValueOf<typeof declineReasons>;

/** In pipeline order; which moves are legal is a rule ($lib/rules/deal-stages). */
export const dealStages = /* @__PURE__ */ defineVocabulary({
	inquiry: m.deal_stage_inquiry,
	nda: m.deal_stage_nda,
	evaluation: m.deal_stage_evaluation,
	negotiation: m.deal_stage_negotiation,
	term_sheet: m.deal_stage_term_sheet,
	public_notice: m.deal_stage_public_notice,
	signed: m.deal_stage_signed,
	closed_won: m.deal_stage_closed_won,
	closed_lost: m.deal_stage_closed_lost
});
export type DealStage = ValueOf<typeof dealStages>;

/** The deal terms a terms event may name (the columns of public.deals it records). */
export const dealTerms = /* @__PURE__ */ defineVocabulary({
	mode: m.deal_term_mode,
	field_of_use: m.deal_term_field_of_use,
	territory: m.deal_term_territory,
	term_months: m.deal_term_term_months,
	upfront_fee_fen: m.deal_term_upfront_fee_cny,
	// The key terms events recorded before fees were kept in fen (2026-12-07); their history stays.
	upfront_fee_cny: m.deal_term_upfront_fee_cny,
	royalty_percent: m.deal_term_royalty_percent,
	milestones: m.deal_term_milestones,
	equity_percent: m.deal_term_equity_percent,
	sublicence_share_percent: m.deal_term_sublicence_share_percent,
	royalty_base: m.deal_term_royalty_base,
	royalty_period: m.deal_term_royalty_period,
	minimum_annual_royalty_fen: m.deal_term_minimum_annual_royalty
});
