import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/i18n/format';
import { labelled } from '$lib/i18n/lists';
import { dealStages } from '$lib/vocabularies/deal';
import type { Executor } from '$lib/server/db/port';
import * as deals from '$lib/server/deals';
import * as nda from '$lib/server/nda';
import * as filings from '$lib/server/deal-filings';
import * as messages from '$lib/server/deal-messages';
import * as notices from '$lib/server/notices';
import * as objections from '$lib/server/objections';
import { PdfWriter } from './document';
import { filingList, ndaRecord, noticeRecord, signedTerms, type RecordData, type Section } from './compliance-sections';
import { timeline } from './compliance-timeline';

/**
 * The compliance record of one deal (docs/domain.md, "Compliance record"): one PDF an auditor
 * can file, in the reader's language (the request's Paraglide locale). Loaded only by its route,
 * with a dynamic import, so pdf-lib and the font stay out of every other request.
 * Its parts are in compliance-sections.ts and compliance-timeline.ts.
 * Security invariant: everything is read through the requester's own RLS; the route admits
 * officers only, and an officer of another university reads no deal (404).
 */

export type { RecordData };

/** The record's sections in order. */
const sections: Section[] = [signedTerms, noticeRecord, ndaRecord, filingList, timeline];

export async function loadRecordData(db: Executor, dealId: string): Promise<RecordData | null> {
	const deal = await deals.getDeal(db, dealId);
	if (!deal) return null;
	const dealNotices = await notices.listDealNotices(db, deal.id);
	return {
		deal,
		notices: dealNotices,
		objections: await objections.listObjections(
			db,
			dealNotices.map((notice) => notice.id)
		),
		nda: await nda.getNdaRecord(db, deal.id),
		filings: await filings.listFilings(db, deal.id),
		timeline: await messages.listTimeline(db, deal.id),
		officers: await deals.listOfficers(db, deal.institutionId)
	};
}

export async function buildComplianceRecord(data: RecordData, now = new Date()): Promise<Uint8Array> {
	const title = `${m.closing_pdf_title()} · ${data.deal.listingTitle}`;
	const pdf = await PdfWriter.create(title);
	await pdf.heading(m.closing_pdf_title(), 18);
	await pdf.heading(data.deal.listingTitle, 14);
	await pdf.paragraph(m.closing_pdf_parties({ listing: data.deal.listingTitle, company: data.deal.companyNameZh }));
	await pdf.paragraph(labelled(m.dealroom_current_stage(), dealStages.label(data.deal.stage)));
	await pdf.paragraph(m.closing_pdf_generated({ date: formatDateTime(now) }), { muted: true });
	for (const section of sections) await section(pdf, data);
	return pdf.save();
}
