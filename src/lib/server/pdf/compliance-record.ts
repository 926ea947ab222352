import { m } from '$lib/paraglide/messages';
import { formatDateTime, formatDay, formatMoney } from '$lib/i18n/format';
import { labelled } from '$lib/i18n/lists';
import { dealStages, dealTerms } from '$lib/vocabularies/deal';
import { cooperationModes } from '$lib/vocabularies/listing';
import { filingKinds, filingStatuses, ndaKinds } from '$lib/vocabularies/closing';
import { noticeStatuses, objectionStatuses } from '$lib/vocabularies/notice';
import type { Executor } from '$lib/server/db/port';
import * as deals from '$lib/server/deals';
import * as nda from '$lib/server/nda';
import * as filings from '$lib/server/deal-filings';
import * as messages from '$lib/server/deal-messages';
import * as notices from '$lib/server/notices';
import * as objections from '$lib/server/objections';
import { PdfWriter } from './document';

/**
 * The compliance record of one deal (docs/domain.md, "Compliance record"): one PDF an auditor
 * can file, in the reader's language (the request's Paraglide locale). Loaded only by its route,
 * with a dynamic import, so pdf-lib and the font stay out of every other request.
 * Security invariant: everything is read through the requester's own RLS; the route admits
 * officers only, and an officer of another university reads no deal (404).
 */

export interface RecordData {
	deal: deals.Deal;
	nda: nda.NdaRecord | null;
	filings: filings.Filing[];
	timeline: messages.TimelineEntry[];
	/** The deal's notices, newest first (a withdrawn one beside the one that replaced it). */
	notices: notices.Notice[];
	/** Their objections in full: the record is for the university's officers. */
	objections: objections.Objection[];
}

/** One section of the record: a heading and its lines, drawn in order. */
type Section = (pdf: PdfWriter, data: RecordData) => Promise<void>;

const dash = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));

const signedTerms: Section = async (pdf, { deal }) => {
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

const noticeRecord: Section = async (pdf, { notices: list, objections: received }) => {
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

const ndaRecord: Section = async (pdf, { nda: record }) => {
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

const filingList: Section = async (pdf, { filings: list }) => {
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

const timeline: Section = async (pdf, { timeline: entries }) => {
	await pdf.heading(m.closing_pdf_section_timeline());
	for (const entry of entries) {
		const text = entry.type === 'event' ? describeEvent(entry) : entry.body;
		await pdf.paragraph(`${formatDateTime(entry.createdAt)} · ${dash(entry.authorName)}`, { muted: true });
		await pdf.paragraph(text);
	}
};

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
		timeline: await messages.listTimeline(db, deal.id)
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
