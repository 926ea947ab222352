import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/i18n/format';
import { labelled } from '$lib/i18n/lists';
import type { MetricsSheets } from '$lib/server/exports/metrics-tables';
import type { Sheet } from '$lib/server/exports/xlsx';
import { cellNumber as number, cellText } from '$lib/i18n/cells';
import { PdfWriter } from './document';

/**
 * A university's annual technology-transfer report (docs/domain.md, "Office metrics"): A4, in the
 * reader's language (the officers' is zh-CN), the same tables as the metrics page, and the funnel
 * and the stage times drawn as bars (vector shapes). Loaded only by its route, with a dynamic import.
 */
export async function buildAnnualReportPdf(
	report: { university: string; year: number; scope: string; sheets: MetricsSheets },
	now = new Date()
): Promise<Uint8Array> {
	const title = m.metrics_report_title({ university: report.university, year: String(report.year) });
	const pdf = await PdfWriter.create(title);
	await pdf.heading(title, 18);
	await pdf.paragraph(m.metrics_report_scope({ scope: report.scope }));
	await pdf.paragraph(m.closing_pdf_generated({ date: formatDateTime(now) }), { muted: true });
	await pdf.paragraph(m.metrics_report_note(), { muted: true });

	const { funnel, breakdown, stages, yearly, modes } = report.sheets;
	await pdf.heading(funnel.name);
	await pdf.bars(
		funnel.rows.map((row) => ({ label: cellText(row[0]), value: number(row[1]), text: cellText(row[1]) }))
	);
	await table(pdf, funnel);
	await table(pdf, breakdown);
	await pdf.heading(stages.name);
	await pdf.bars(
		stages.rows.map((row) => ({ label: cellText(row[0]), value: number(row[2]), text: cellText(row[2]) }))
	);
	await table(pdf, stages);
	await table(pdf, yearly);
	await table(pdf, modes);
	return pdf.save();
}

async function table(pdf: PdfWriter, sheet: Sheet): Promise<void> {
	await pdf.heading(sheet.name, 12);
	if (sheet.rows.length === 0) {
		await pdf.paragraph(labelled(sheet.name, m.metrics_empty()), { muted: true });
		return;
	}
	const first = sheet.header.length > 5 ? 0.2 : 0.4;
	const widths = sheet.header.map((_, index) => (index === 0 ? first : (1 - first) / (sheet.header.length - 1)));
	await pdf.tableRow(sheet.header, widths, { header: true });
	for (const row of sheet.rows) await pdf.tableRow(row.map(cellText), widths);
}
