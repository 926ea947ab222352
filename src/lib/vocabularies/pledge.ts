import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Pledge loans (docs/domain.md, "Pledge loans"). SQL: the enum public.pledge_status, in the same
// order, and the events of public.pledge_events (its check). (Relative imports: scripts run these
// under plain Node.)

const statusLabels = {
	submitted: m.pledge_status_submitted,
	under_review: m.pledge_status_under_review,
	approved: m.pledge_status_approved,
	declined: m.pledge_status_declined,
	withdrawn: m.pledge_status_withdrawn,
	registered: m.pledge_status_registered,
	disbursed: m.pledge_status_disbursed,
	repaid: m.pledge_status_repaid,
	defaulted: m.pledge_status_defaulted
};

export const pledgeStatuses = /* @__PURE__ */ defineVocabulary(statusLabels);
export type PledgeStatus = ValueOf<typeof pledgeStatuses>;

/** The timeline's events: every status entered, the release and each consent. */
export const pledgeEvents = /* @__PURE__ */ defineVocabulary({
	...statusLabels,
	released: m.pledge_event_released,
	consented: m.pledge_event_consented
});
export type PledgeEvent = ValueOf<typeof pledgeEvents>;
