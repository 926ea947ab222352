import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Income (docs/domain.md, "Income"): the income terms of a deal, its payment schedule, receipts'
// deductions and the recipients of a distribution. SQL: the enums public.royalty_base,
// public.royalty_period, public.income_line_kind, public.deduction_kind and
// public.distribution_recipient, in the same order (tests/db/vocabularies.test.ts).
// (Relative imports: scripts run these under plain Node.)

export const royaltyBases = /* @__PURE__ */ defineVocabulary({
	net_sales: m.income_royalty_base_net_sales,
	gross_sales: m.income_royalty_base_gross_sales
});
export type RoyaltyBase = ValueOf<typeof royaltyBases>;

export const royaltyPeriods = /* @__PURE__ */ defineVocabulary({
	quarter: m.income_royalty_period_quarter,
	half_year: m.income_royalty_period_half_year,
	year: m.income_royalty_period_year
});
export type RoyaltyPeriod = ValueOf<typeof royaltyPeriods>;

export const incomeLineKinds = /* @__PURE__ */ defineVocabulary({
	upfront: m.income_line_upfront,
	milestone: m.income_line_milestone,
	royalty: m.income_line_royalty,
	minimum_royalty: m.income_line_minimum_royalty,
	equity: m.income_line_equity
});
export type IncomeLineKind = ValueOf<typeof incomeLineKinds>;

export const deductionKindLabels = /* @__PURE__ */ defineVocabulary({
	patent_fees: m.income_deduction_patent_fees,
	agency_fees: m.income_deduction_agency_fees,
	taxes: m.income_deduction_taxes,
	other: m.income_deduction_other
});
export type DeductionKind = ValueOf<typeof deductionKindLabels>;

export const distributionRecipients = /* @__PURE__ */ defineVocabulary({
	inventor: m.income_recipient_inventor,
	college: m.income_recipient_college,
	university: m.income_recipient_university,
	office: m.income_recipient_office
});
export type DistributionRecipient = ValueOf<typeof distributionRecipients>;
