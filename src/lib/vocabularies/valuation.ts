import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Patent valuations (docs/domain.md, "Valuations"). SQL: the enums public.valuation_purpose,
// public.valuation_method and public.valuation_status, in the same order
// (tests/db/vocabularies.test.ts). (Relative imports: scripts run these under plain Node.)

export const valuationPurposes = /* @__PURE__ */ defineVocabulary({
	deal_pricing: m.valuation_purpose_deal_pricing,
	pledge_loan: m.valuation_purpose_pledge_loan,
	equity_contribution: m.valuation_purpose_equity_contribution
});
export type ValuationPurpose = ValueOf<typeof valuationPurposes>;

export const valuationMethods = /* @__PURE__ */ defineVocabulary({
	cost: m.valuation_method_cost,
	market: m.valuation_method_market,
	income: m.valuation_method_income
});
export type ValuationMethod = ValueOf<typeof valuationMethods>;

export const valuationStatuses = /* @__PURE__ */ defineVocabulary({
	requested: m.valuation_status_requested,
	accepted: m.valuation_status_accepted,
	declined: m.valuation_status_declined,
	delivered: m.valuation_status_delivered,
	withdrawn: m.valuation_status_withdrawn
});
export type ValuationStatus = ValueOf<typeof valuationStatuses>;
