import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Proposals answering needs (docs/domain.md, "Needs"). SQL: the enum public.proposal_status, in
// the same order (tests/db/vocabularies.test.ts). (Relative imports: scripts run these under plain Node.)

export const proposalStatuses = /* @__PURE__ */ defineVocabulary({
	submitted: m.proposal_status_submitted,
	shortlisted: m.proposal_status_shortlisted,
	declined: m.proposal_status_declined,
	converted: m.proposal_status_converted,
	withdrawn: m.proposal_status_withdrawn
});
export type ProposalStatus = ValueOf<typeof proposalStatuses>;
