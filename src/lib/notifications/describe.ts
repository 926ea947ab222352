import { m } from '../paraglide/messages.js';
import { filingKinds } from '../vocabularies/closing.ts';
import { notificationKinds } from '../vocabularies/activity.ts';
import { serviceCaseStatuses } from '../vocabularies/service-case.ts';
import { pledgeEvents } from '../vocabularies/pledge.ts';

/** What a notification row holds that its wording and link depend on. */
export interface DescribedNotification {
	kind: string;
	listingId: string | null;
	listingTitle: string | null;
	dealId: string | null;
	/** A service case's move: `message` is the status it entered. */
	serviceCaseId: string | null;
	/** A pledge loan application's notice links to the application. */
	pledgeId: string | null;
	/** A proposal's notice: its need, whose page the company answers it on. */
	proposalId: string | null;
	needId: string | null;
	/** The need a proposal answers, named in its link; null where the reader may not see it. */
	needTitle?: string | null;
	message: string | null;
}

/**
 * A notification in words, in the current Paraglide locale: what happened, the page it leads
 * to and that link's text, and a detail line. One wording for the inbox, the email and the push
 * message, so the three never disagree. The path is relative to the app's origin.
 */
export interface NotificationDescription {
	title: string;
	link: { path: string; text: string } | null;
	detail: string | null;
}

function linkOf(notification: DescribedNotification): NotificationDescription['link'] {
	const { kind } = notification;
	// A new need matching the researcher's listing leads to the need (docs/domain.md, "Alerts").
	if (kind === 'listing_need_match' && notification.needId)
		return { path: `/needs/${notification.needId}`, text: m.alerts_notification_need_link() };
	if (notification.proposalId)
		return {
			path:
				kind === 'proposal_received' && notification.needId ? `/needs/${notification.needId}#proposals` : '/proposals',
			text: notification.needTitle || m.proposal_notification_link()
		};
	if (notification.serviceCaseId)
		return {
			path: `/cases/${notification.serviceCaseId}`,
			text: kind === 'service_case' ? serviceCaseStatuses.label(notification.message) : m.case_notification_open()
		};
	const listingText = notification.listingTitle || m.listing_untitled();
	if (notification.dealId) return { path: `/deals/${notification.dealId}`, text: listingText };
	if (notification.listingId) return { path: `/listings/${notification.listingId}`, text: listingText };
	if (notification.pledgeId) return { path: `/pledges/${notification.pledgeId}`, text: m.pledge_notification_link() };
	if (kind === 'portfolio_fee_due') return { path: '/portfolio/watch', text: m.portfolio_watch_title() };
	if (kind === 'organization_awaiting')
		return { path: '/admin/organizations?show=unverified', text: m.admin_notification_verify_link() };
	return null;
}

// An overdue filing's message is the filing's kind, a pledge notice's its event, stored as keys:
// shown in words. A case move's message is its status, shown in the link instead.
function detailOf({ kind, message }: DescribedNotification): string | null {
	if (!message || kind === 'service_case') return null;
	if (kind === 'filing_overdue') return filingKinds.label(message);
	if (kind.startsWith('pledge_')) return pledgeEvents.label(message);
	if (kind === 'portfolio_fee_due') return m.portfolio_notification_fees({ count: message });
	// An alert's message is the saved search's name or the need's title.
	if (kind === 'saved_search_match') return m.alerts_notification_search_detail({ name: message });
	if (kind === 'need_listing_match' || kind === 'listing_need_match')
		return m.alerts_notification_need_detail({ title: message });
	return message;
}

export function describeNotification(notification: DescribedNotification): NotificationDescription {
	return {
		title: notificationKinds.label(notification.kind),
		link: linkOf(notification),
		detail: detailOf(notification)
	};
}
