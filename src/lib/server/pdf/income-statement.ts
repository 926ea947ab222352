import { m } from '$lib/paraglide/messages';
import { formatDateTime, formatDay } from '$lib/i18n/format';
import { formatMoney } from '$lib/i18n/format-money';
import { formatList, labelled } from '$lib/i18n/lists';
import { localName } from '$lib/i18n/local-name';
import type { Statement } from '$lib/server/income-statements';
import { PdfWriter } from './document';

/**
 * An inventor's statement (docs/domain.md, "Income report and statements") as a PDF in the
 * reader's language: who, which year or deal, each line with its receipt and payout, and the
 * totals. Loaded only by its route, with a dynamic import, like the compliance record.
 */
export async function buildStatementPdf(statement: Statement, now = new Date()): Promise<Uint8Array> {
	const first = statement.lines[0];
	const scope =
		'year' in statement.scope
			? m.income_statement_for_year({ year: String(statement.scope.year) })
			: m.income_statement_for_deal({ deal: first.dealTitle, company: localName(first.company) });
	const pdf = await PdfWriter.create(`${m.income_statement_title()} · ${statement.inventorName}`);
	await pdf.heading(m.income_statement_title(), 18);
	await pdf.heading(statement.inventorName, 14);
	await pdf.paragraph(scope);
	const universities = [...new Set(statement.lines.map((line) => localName(line.university)))];
	await pdf.paragraph(labelled(m.income_university(), formatList(universities)));
	await pdf.paragraph(m.closing_pdf_generated({ date: formatDateTime(now) }), { muted: true });

	await pdf.heading(m.income_statement_lines());
	for (const line of statement.lines) {
		await pdf.paragraph(
			m.income_statement_line_title({
				date: formatDay(line.receivedOn),
				deal: line.dealTitle,
				company: localName(line.company)
			})
		);
		const paid = line.paidOn
			? m.income_statement_paid_line({ date: formatDay(line.paidOn), reference: line.payoutReference ?? '' })
			: m.income_statement_unpaid();
		const detail = m.income_statement_line_detail({
			receipt: formatMoney(line.receiptFen),
			share: formatMoney(line.amountFen),
			paid
		});
		await pdf.paragraph(line.reversal ? labelled(m.income_statement_reversal(), detail) : detail, { muted: true });
	}

	await pdf.heading(m.income_total());
	await pdf.paragraph(labelled(m.income_distributed(), formatMoney(statement.distributedFen)));
	await pdf.paragraph(labelled(m.income_paid(), formatMoney(statement.paidFen)));
	await pdf.paragraph(labelled(m.income_unpaid(), formatMoney(statement.distributedFen - statement.paidFen)));
	await pdf.paragraph(m.income_statement_note(), { muted: true });
	return pdf.save();
}
