import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';
import type { NotificationKind } from './activity.ts';

// Alerts (docs/domain.md, "Alerts"): notification kinds grouped in topics, which users choose a
// frequency for per channel. SQL: app.alert_topic and app.alert_default_frequency
// (supabase/migrations/20261214100200_alert_topics.sql); tests/db/alert-topics.test.ts
// checks the two agree on every kind, topic and channel.

export const alertTopics = /* @__PURE__ */ defineVocabulary({
	saved_searches: m.alerts_topic_saved_searches,
	matches: m.alerts_topic_matches,
	deals: m.alerts_topic_deals,
	listings: m.alerts_topic_listings,
	other: m.alerts_topic_other
});
export type AlertTopic = ValueOf<typeof alertTopics>;

export const alertChannels = /* @__PURE__ */ defineVocabulary({
	email: m.alerts_channel_email,
	push: m.alerts_channel_push
});
export type AlertChannel = ValueOf<typeof alertChannels>;

export const alertFrequencies = /* @__PURE__ */ defineVocabulary({
	immediately: m.alerts_frequency_immediately,
	daily: m.alerts_frequency_daily,
	weekly: m.alerts_frequency_weekly,
	never: m.alerts_frequency_never
});
export type AlertFrequency = ValueOf<typeof alertFrequencies>;

/** The topic of each kind not in `other`: interests, deals, proposals and messages are `deals`. */
const topicKinds: Record<Exclude<AlertTopic, 'other'>, readonly NotificationKind[]> = {
	saved_searches: ['saved_search_match'],
	matches: ['need_listing_match', 'listing_need_match'],
	deals: [
		'interest_received',
		'interest_declined',
		'interest_message',
		'deal_opened',
		'proposal_received',
		'proposal_shortlisted',
		'proposal_declined',
		'proposal_converted'
	],
	listings: ['listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted']
};

export function alertTopicOf(kind: string): AlertTopic {
	for (const [topic, kinds] of Object.entries(topicKinds))
		if ((kinds as readonly string[]).includes(kind)) return topic as AlertTopic;
	return 'other';
}

/**
 * What a user gets without choosing: email at once for deals, a daily digest of saved searches and
 * matches, at once for the rest; push never (the device page turns it on).
 */
export function defaultAlertFrequency(topic: AlertTopic, channel: AlertChannel): AlertFrequency {
	if (channel === 'push') return 'never';
	return topic === 'saved_searches' || topic === 'matches' ? 'daily' : 'immediately';
}
