import { m } from '$lib/paraglide/messages';
import type { IncomeKind, Recipient } from '$lib/rules/reward-policy';

/** The words for the kinds of income and the recipients of a reward policy. */
export const kindLabels: Record<IncomeKind, () => string> = {
	transfer: m.reward_policy_kind_transfer,
	equity: m.reward_policy_kind_equity,
	own: m.reward_policy_kind_own
};

export const recipientLabels: Record<Recipient, () => string> = {
	inventors: m.reward_policy_recipient_inventors,
	college: m.reward_policy_recipient_college,
	university: m.reward_policy_recipient_university,
	office: m.reward_policy_recipient_office
};
