import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/i18n/format';
import { dealStages, dealTerms } from '$lib/vocabularies/deal';
import { filingKinds, filingStatuses, ndaKinds } from '$lib/vocabularies/closing';
import type * as messages from '$lib/server/deal-messages';
import { dash, type Section } from './compliance-sections';

// The compliance record's last part: the deal's history in words, as the deal room tells it.

function describeEvent(entry: Extract<messages.TimelineEntry, { type: 'event' }>): string {
	const before = entry.before ?? {};
	const after = entry.after ?? {};
	switch (entry.kind) {
		case 'stage':
			return m.deal_event_stage({ from: dealStages.label(before.stage), to: dealStages.label(after.stage) });
		case 'terms':
			return m.deal_event_terms({
				fields: Object.keys(after)
					.map((key) => dealTerms.label(key))
					.join(', ')
			});
		case 'nda':
			return m.closing_event_nda({ kind: ndaKinds.label(after.kind) });
		case 'filing':
			return m.closing_event_filing({
				filing: filingKinds.label(after.filing),
				status: filingStatuses.label(after.status)
			});
		case 'document':
			return entry.after
				? m.deal_event_document_added({ name: dash(after.name) })
				: m.deal_event_document_removed({ name: dash(before.name) });
		case 'created':
			return m.deal_event_created();
		default:
			return entry.kind;
	}
}

export const timeline: Section = async (pdf, { timeline: entries }) => {
	await pdf.heading(m.closing_pdf_section_timeline());
	for (const entry of entries) {
		const text = entry.type === 'event' ? describeEvent(entry) : entry.body;
		await pdf.paragraph(`${formatDateTime(entry.createdAt)} · ${dash(entry.authorName)}`, { muted: true });
		await pdf.paragraph(text);
	}
};
