import { m } from '$lib/paraglide/messages';
import { formatList } from '$lib/i18n/lists';
import { dealStages, dealTerms } from '$lib/vocabularies/deal';
import { filingKinds, filingStatuses, ndaKinds } from '$lib/vocabularies/closing';
import type { TimelineEntry } from '$lib/server/deal-messages';

type DealEvent = Extract<TimelineEntry, { type: 'event' }>;

/**
 * A deal event in words, as the deal room's timeline and the compliance record both tell it.
 * `officers` names an assignment's officer; an officer no longer listed reads as "—".
 */
export function describeDealEvent(entry: DealEvent, officers: readonly { id: string; displayName: string }[]): string {
	const before = entry.before ?? {};
	const after = entry.after ?? {};
	switch (entry.kind) {
		case 'created':
			return m.deal_event_created();
		case 'stage':
			return m.deal_event_stage({ from: dealStages.label(before.stage), to: dealStages.label(after.stage) });
		case 'terms':
			return m.deal_event_terms({ fields: formatList(Object.keys(after).map((key) => dealTerms.label(key))) });
		case 'assignment': {
			const officer = officers.find((candidate) => candidate.id === after.officer);
			return m.deal_event_assignment({ name: officer?.displayName ?? '—' });
		}
		case 'next_action':
			return m.deal_event_next_action({ text: String(after.text ?? '—'), date: after.on ? String(after.on) : '—' });
		case 'document':
			return entry.after
				? m.deal_event_document_added({ name: String(after.name ?? '—') })
				: m.deal_event_document_removed({ name: String(before.name ?? '—') });
		case 'nda':
			return m.closing_event_nda({ kind: ndaKinds.label(after.kind) });
		case 'filing':
			return m.closing_event_filing({
				filing: filingKinds.label(after.filing),
				status: filingStatuses.label(after.status)
			});
		default:
			return entry.kind;
	}
}
