import { isUuid } from '../rules/uuid.ts';

/**
 * Realtime topics and the reload keys of live pages, named once. The database publishes on
 * these topics (app.publish, called by the triggers on interests, deal messages, deal events and
 * notifications as 'user:' || id, 'deal:' || id, 'institution:' || id; public notices and their
 * objections as 'notices:all') and decides who may read
 * one (app.can_read_topic); browsers subscribe with them. tests/db/contracts.test.ts checks that
 * every topic the database publishes parses here.
 */
export const topicKinds = ['user', 'deal', 'institution', 'notices'] as const;
export type TopicKind = (typeof topicKinds)[number];
export type Topic = `${TopicKind}:${string}`;

export const topics = {
	/** A user's notifications, their own interests and, for an inventor, their new rewards. */
	user: (userId: string): Topic => `user:${userId}`,
	/** A deal room: messages and deal events, for its participants. */
	deal: (dealId: string): Topic => `deal:${dealId}`,
	/** A university's interests and deal moves, for its officers. */
	institution: (organizationId: string): Topic => `institution:${organizationId}`,
	/** The public notices (/notices): anyone may read it, signed in or not. */
	notices: (): Topic => 'notices:all'
};

/** Topics anyone may read; a stream of only these needs no sign-in. */
export function isPublicTopic(topic: string): boolean {
	return topic === topics.notices();
}

/** A topic's kind and id, or null for anything that is not one of ours. */
export function parseTopic(text: string): { kind: TopicKind; id: string } | null {
	const separator = text.indexOf(':');
	const kind = text.slice(0, separator);
	const id = text.slice(separator + 1);
	if (kind === 'notices') return id === 'all' ? { kind, id } : null;
	if (!(topicKinds as readonly string[]).includes(kind) || !isUuid(id)) return null;
	return { kind: kind as TopicKind, id };
}

/**
 * What a live page declares with `depends(…)` in its load and passes to `liveReload`, which
 * re-runs that load when an event arrives on the page's topics.
 */
export const reloadKeys = {
	notifications: 'app:notifications',
	interests: 'app:interests',
	deals: 'app:deals',
	deal: 'app:deal',
	notices: 'app:notices',
	/** A deal's income page (reports, receipts, distributions on the deal's topic). */
	income: 'app:income',
	/** An inventor's "My rewards" (their new distribution lines on their own topic). */
	rewards: 'app:rewards',
	/**
	 * The officer's open licence declarations and one declaration's licensees (a company took one,
	 * or a declaration moved, on the university's topic).
	 */
	openLicences: 'app:open-licences',
	/**
	 * A service case: the other side's moves and messages reach the reader as notifications, on
	 * their own topic (a case has no topic of its own).
	 */
	serviceCase: 'app:service-case'
} as const;
