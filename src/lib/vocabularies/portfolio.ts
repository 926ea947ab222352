import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// A university's patent portfolio (docs/domain.md, "Patent portfolio"). SQL: public.portfolio_fee_decision.

export const feeDecisions = /* @__PURE__ */ defineVocabulary({
	keep: m.portfolio_decision_keep,
	let_lapse: m.portfolio_decision_let_lapse,
	open_licence: m.portfolio_decision_open_licence,
	offer: m.portfolio_decision_offer
});
export type FeeDecision = ValueOf<typeof feeDecisions>;

/** Why an imported row was refused (src/lib/rules/portfolio-row.ts, and a number twice in one file). */
export const importRowErrors = /* @__PURE__ */ defineVocabulary({
	number_missing: m.portfolio_row_number_missing,
	number_format: m.portfolio_row_number_format,
	number_check_character: m.portfolio_row_number_check_character,
	type_mismatch: m.portfolio_row_type_mismatch,
	type_unknown: m.portfolio_row_type_unknown,
	title_missing: m.portfolio_row_title_missing,
	title_too_long: m.portfolio_row_title_too_long,
	names_too_many: m.portfolio_row_names_too_many,
	filed_invalid: m.portfolio_row_filed_invalid,
	granted_invalid: m.portfolio_row_granted_invalid,
	grant_before_filing: m.portfolio_row_grant_before_filing,
	grant_date_missing: m.portfolio_row_grant_date_missing,
	status_unknown: m.portfolio_row_status_unknown,
	ipc_invalid: m.portfolio_row_ipc_invalid,
	duplicate: m.portfolio_row_duplicate
});
