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
const topicOfKind: Partial<Record<NotificationKind, Exclude<AlertTopic, 'other'>>> = {
	saved_search_match: 'saved_searches',
	need_listing_match: 'matches',
	listing_need_match: 'matches',
	interest_received: 'deals',
	interest_declined: 'deals',
	interest_message: 'deals',
	deal_opened: 'deals',
	proposal_received: 'deals',
	proposal_shortlisted: 'deals',
	proposal_declined: 'deals',
	proposal_converted: 'deals',
	listing_published: 'listings',
	listing_changes_requested: 'listings',
	listing_rejected: 'listings',
	listing_submitted: 'listings'
};

export function alertTopicOf(kind: string): AlertTopic {
	return (Object.hasOwn(topicOfKind, kind) && topicOfKind[kind as NotificationKind]) || 'other';
}

/**
 * What a user gets without choosing: email at once for deals, a daily digest of saved searches and
 * matches, at once for the rest; push never (the device page turns it on).
 */
export function defaultAlertFrequency(topic: AlertTopic, channel: AlertChannel): AlertFrequency {
	if (channel === 'push') return 'never';
	return topic === 'saved_searches' || topic === 'matches' ? 'daily' : 'immediately';
}

/**
 * The topics whose push choice a user's first device turns on (to at once, where unset or
 * "never"): what someone expects a phone to ring for. Listing reviews and the rest stay as chosen.
 */
export const pushTopicsOnFirstDevice: readonly AlertTopic[] = ['deals', 'saved_searches', 'matches'];
