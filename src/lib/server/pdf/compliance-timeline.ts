import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/i18n/format';
import { describeDealEvent } from '$lib/i18n/deal-events';
import { dash, type Section } from './compliance-sections';

// The compliance record's last part: the deal's history in words, as the deal room tells it.
export const timeline: Section = async (pdf, { timeline: entries, officers }) => {
	await pdf.heading(m.closing_pdf_section_timeline());
	for (const entry of entries) {
		const text = entry.type === 'event' ? describeDealEvent(entry, officers) : entry.body;
		await pdf.paragraph(`${formatDateTime(entry.createdAt)} · ${dash(entry.authorName)}`, { muted: true });
		await pdf.paragraph(text);
	}
};
