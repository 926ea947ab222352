import { m } from '$lib/paraglide/messages';
import { formatDateTime, formatDay } from '$lib/i18n/format';
import { formatMoney } from '$lib/i18n/format-money';
import { labelled } from '$lib/i18n/lists';
import { cooperationModes } from '$lib/vocabularies/listing';
import { filingKinds, filingStatuses, ndaKinds } from '$lib/vocabularies/closing';
import { noticeStatuses, objectionStatuses } from '$lib/vocabularies/notice';
import type * as deals from '$lib/server/deals';
import type * as nda from '$lib/server/nda';
import type * as filings from '$lib/server/deal-filings';
import type * as messages from '$lib/server/deal-messages';
import type * as notices from '$lib/server/notices';
import type * as objections from '$lib/server/objections';
import type { PdfWriter } from './document';

// The parts of the compliance record (docs/domain.md, "Compliance record"), one function each,
// drawn in the order compliance-record.ts lists them; compliance-timeline.ts holds the last one.

export interface RecordData {
	deal: deals.Deal;
	nda: nda.NdaRecord | null;
	filings: filings.Filing[];
	timeline: messages.TimelineEntry[];
	/** The university's officers, who name an assignment in the timeline. */
	officers: { id: string; displayName: string }[];
	/** The deal's notices, newest first (a withdrawn one beside the one that replaced it). */
	notices: notices.Notice[];
	/** Their objections in full: the record is for the university's officers. */
	objections: objections.Objection[];
}

/** One section of the record: a heading and its lines, drawn in order. */
export type Section = (pdf: PdfWriter, data: RecordData) => Promise<void>;

export const dash = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));

export const signedTerms: Section = async (pdf, { deal }) => {
	await pdf.heading(m.closing_pdf_section_terms());
	const rows: [string, string][] = [
		[m.deal_term_mode(), deal.mode ? cooperationModes.label(deal.mode) : '—'],
		[m.deal_term_field_of_use(), dash(deal.fieldOfUse)],
		[m.deal_term_territory(), dash(deal.territory)],
		[m.deal_term_term_months(), dash(deal.termMonths)],
		[m.deal_term_upfront_fee_cny(), deal.upfrontFeeFen === null ? '—' : formatMoney(deal.upfrontFeeFen)],
		[m.deal_term_royalty_percent(), dash(deal.royaltyPercent)],
		[m.deal_term_equity_percent(), dash(deal.equityPercent)],
		[m.deal_term_sublicence_share_percent(), dash(deal.sublicenceSharePercent)],
		[m.deal_term_milestones(), dash(deal.milestones)]
	];
	for (const [label, value] of rows) await pdf.paragraph(labelled(label, value));
	if (deal.effectiveOn) await pdf.paragraph(m.closing_pdf_effective_on({ date: formatDay(deal.effectiveOn) }));
};

export const noticeRecord: Section = async (pdf, { notices: list, objections: received }) => {
	await pdf.heading(m.closing_pdf_section_notice());
	if (!list.length) return pdf.paragraph(m.closing_pdf_no_notice());
	for (const notice of list) {
		await pdf.paragraph(
			`${m.notices_period({ start: formatDateTime(notice.startsAt), end: formatDateTime(notice.endsAt) })} · ${noticeStatuses.label(notice.status)}`
		);
		const price = [
			notice.upfrontFeeFen === null ? null : labelled(m.notice_upfront_fee(), formatMoney(notice.upfrontFeeFen)),
			notice.royaltyPercent === null
				? null
				: labelled(m.notice_royalty(), m.notice_percent({ value: notice.royaltyPercent })),
			notice.equityPercent === null
				? null
				: labelled(m.notice_equity(), m.notice_percent({ value: notice.equityPercent }))
		];
		await pdf.paragraph(
			[labelled(m.notice_mode(), cooperationModes.label(notice.mode)), ...price].filter(Boolean).join(' · '),
			{ muted: true }
		);
		for (const objection of received.filter((candidate) => candidate.noticeId === notice.id)) {
			await pdf.paragraph(
				m.closing_pdf_objection_line({
					reference: objection.reference,
					status: objectionStatuses.label(objection.status),
					name: objection.name,
					contact: objection.contact,
					date: formatDateTime(objection.createdAt)
				})
			);
			await pdf.paragraph(labelled(m.objection_grounds(), objection.grounds), { muted: true });
			if (objection.resolution)
				await pdf.paragraph(labelled(m.objection_decision(), objection.resolution), { muted: true });
		}
	}
};

export const ndaRecord: Section = async (pdf, { nda: record }) => {
	await pdf.heading(m.closing_pdf_section_nda());
	if (!record) return pdf.paragraph(m.closing_pdf_none());
	await pdf.paragraph(ndaKinds.label(record.kind));
	await pdf.paragraph(
		record.kind === 'accepted'
			? m.closing_nda_accepted_by({
					name: dash(record.recordedByName),
					version: dash(record.version),
					date: formatDateTime(record.recordedAt)
				})
			: m.closing_nda_offline_on({ date: formatDay(record.signedOn ?? ''), name: dash(record.documentName) })
	);
};

export const filingList: Section = async (pdf, { filings: list }) => {
	await pdf.heading(m.closing_pdf_section_filings());
	if (!list.length) return pdf.paragraph(m.closing_pdf_none());
	for (const filing of list) {
		await pdf.paragraph(`${filingKinds.label(filing.kind)} · ${filingStatuses.label(filing.status)}`);
		const details = [
			m.closing_filing_due({ date: formatDay(filing.dueOn) }),
			m.closing_filing_owner({ name: dash(filing.ownerName) })
		];
		if (filing.status === 'done')
			details.push(
				m.closing_filing_done_line({ number: dash(filing.filingNumber), date: formatDay(filing.filedOn ?? '') })
			);
		if (filing.status === 'waived') details.push(m.closing_filing_waived_line({ reason: dash(filing.waiveReason) }));
		for (const line of details) await pdf.paragraph(line, { muted: true });
	}
};
