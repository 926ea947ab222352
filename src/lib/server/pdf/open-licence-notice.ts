import { m } from '$lib/paraglide/messages';
import { formatDateTime, formatDay } from '$lib/i18n/format';
import { labelled } from '$lib/i18n/lists';
import { openLicenceTerms, type OpenLicenceTermsInput } from '$lib/i18n/open-licence-terms';
import { localName } from '$lib/i18n/local-name';
import { patentTypes } from '$lib/vocabularies/listing';
import { displayPatentNumber } from '$lib/rules/patent-number';
import type { Executor } from '$lib/server/db/port';
import * as openLicencePublic from '$lib/server/open-licence-public';
import { PdfWriter } from './document';

/** What the written notice names; every field read through the reader's own RLS by its route. */
export interface OpenLicenceNotice {
	/** The licensee: the company that took the licence. */
	companyName: string;
	/** The patentee: the university that declared the open licence. */
	patenteeName: string;
	patentNumber: string;
	patentTitle: string;
	patentType: string;
	listingTitle: string;
	terms: OpenLicenceTermsInput;
	announcementNumber: string;
	/** YYYY-MM-DD. */
	announcedOn: string;
	/** The day the company accepted (YYYY-MM-DD, Asia/Shanghai): the date of its notice. */
	acceptedOn: string;
}

/** The notice of an open-licence deal as the reader may read it (RLS), or null (404). */
export async function loadOpenLicenceNotice(db: Executor, dealId: string): Promise<OpenLicenceNotice | null> {
	const row = await openLicencePublic.getNoticeRow(db, dealId);
	if (!row) return null;
	const { feeBasis, lumpSumFen, royaltyPercent, royaltyBase, royaltyPeriod, paymentMethod, termMonths, fieldLimits } =
		row;
	return {
		companyName: localName({ nameZh: row.companyNameZh, nameEn: row.companyNameEn }),
		patenteeName: localName({ nameZh: row.patenteeNameZh, nameEn: row.patenteeNameEn }),
		patentNumber: displayPatentNumber(row.patentNumber, row.patentLegalStatus),
		patentTitle: row.patentTitle,
		patentType: row.patentType,
		listingTitle: row.listingTitle,
		terms: { feeBasis, lumpSumFen, royaltyPercent, royaltyBase, royaltyPeriod, paymentMethod, termMonths, fieldLimits },
		announcementNumber: row.announcementNumber,
		announcedOn: row.announcedOn,
		acceptedOn: row.acceptedOn
	};
}

/**
 * The written notice (书面通知) by which a company takes an open licence (Patent Law Art. 51:
 * notify the patentee in writing and pay the announced fee): who notifies whom, the patent, the
 * announced terms and the announcement, dated the day of acceptance. Drawn like the compliance
 * record (docs/architecture.md, "Documents (PDF)") and loaded only by its route, with a dynamic import.
 */
export async function buildOpenLicenceNotice(notice: OpenLicenceNotice, now = new Date()): Promise<Uint8Array> {
	const pdf = await PdfWriter.create(`${m.open_licence_notice_title()} · ${notice.patentNumber}`);
	await pdf.heading(m.open_licence_notice_title(), 18);
	await pdf.paragraph(m.open_licence_notice_to({ patentee: notice.patenteeName }));
	await pdf.paragraph(
		m.open_licence_notice_body({
			company: notice.companyName,
			number: notice.announcementNumber,
			date: formatDay(notice.announcedOn)
		})
	);

	await pdf.heading(m.open_licence_patent());
	await pdf.paragraph(labelled(m.open_licence_patent_number(), notice.patentNumber));
	if (notice.patentTitle) await pdf.paragraph(labelled(m.field_patent_title(), notice.patentTitle));
	await pdf.paragraph(labelled(m.field_patent_type(), patentTypes.label(notice.patentType)));
	await pdf.paragraph(labelled(m.open_licence_listing(), notice.listingTitle));

	await pdf.heading(m.open_licence_terms_heading());
	for (const [label, value] of openLicenceTerms(notice.terms)) await pdf.paragraph(labelled(label, value));
	await pdf.paragraph(
		labelled(
			m.open_licence_announcement(),
			m.open_licence_announcement_value({ number: notice.announcementNumber, date: formatDay(notice.announcedOn) })
		)
	);

	await pdf.heading(m.open_licence_notice_signature());
	await pdf.paragraph(labelled(m.open_licence_licensee(), notice.companyName));
	await pdf.paragraph(labelled(m.open_licence_notice_date(), formatDay(notice.acceptedOn)));
	await pdf.paragraph(m.open_licence_notice_effect(), { muted: true });
	await pdf.paragraph(m.closing_pdf_generated({ date: formatDateTime(now) }), { muted: true });
	return pdf.save();
}
