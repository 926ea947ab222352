import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Closing a deal: the NDA record and the filings after signing. SQL: the check constraints on
// public.deal_ndas.kind, public.deal_filings.kind and public.deal_filings.status.
// (Relative imports: scripts run these under plain Node.)

export const ndaKinds = /* @__PURE__ */ defineVocabulary({
	accepted: m.closing_nda_kind_accepted,
	offline: m.closing_nda_kind_offline
});
export type NdaKind = ValueOf<typeof ndaKinds>;

/** In checklist order. */
export const filingKinds = /* @__PURE__ */ defineVocabulary({
	licence_recordal: m.closing_filing_licence_recordal,
	assignment_registration: m.closing_filing_assignment_registration,
	technical_contract_registration: m.closing_filing_technical_contract_registration,
	share_registration: m.closing_filing_share_registration
});
export type FilingKind = ValueOf<typeof filingKinds>;

export const filingStatuses = /* @__PURE__ */ defineVocabulary({
	pending: m.closing_filing_status_pending,
	done: m.closing_filing_status_done,
	waived: m.closing_filing_status_waived
});
export type FilingStatus = ValueOf<typeof filingStatuses>;
