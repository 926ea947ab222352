import { m } from '$lib/paraglide/messages';
import { localName } from '$lib/i18n/local-name';
import { amountLabels } from '$lib/i18n/income-labels';
import { industries } from '$lib/vocabularies/listing';
import { amountColumns, reportTotal, rowAmounts, type Amounts, type ReportRow } from '$lib/rules/income-report';
import type { Cell } from '$lib/rules/csv';
import type { Statement } from '$lib/server/income-statements';
import type { Sheet } from './xlsx';

// The income report and a statement as tables, in the reader's language: the CSV and the XLSX
// download write the same table, so the finance office gets the same columns either way.

const fen = (amounts: Amounts) => amountColumns.map((column): Cell => ({ fen: amounts[column] }));
const inYuan = (label: string) => m.income_in_yuan({ label });

export function reportSheet(rows: readonly ReportRow[]): Sheet {
	const headers = amountLabels();
	const body = rows.map((row): Cell[] => [
		{ year: row.year },
		localName(row.university),
		row.college ? localName(row.college) : '',
		row.industry ? industries.label(row.industry) : '',
		row.dealTitle,
		localName(row.company),
		...fen(rowAmounts(row))
	]);
	return {
		name: m.income_report_title(),
		header: [
			m.income_year(),
			m.income_university(),
			m.income_college(),
			m.income_industry(),
			m.income_deal(),
			m.income_company(),
			...amountColumns.map((column) => inYuan(headers[column]))
		],
		rows: [...body, [m.income_total(), '', '', '', '', '', ...fen(reportTotal(rows))]],
		boldLastRows: 1
	};
}

export function statementSheet(statement: Statement): Sheet {
	const body = statement.lines.map((line): Cell[] => [
		statement.inventorName,
		line.receivedOn,
		line.dealTitle,
		localName(line.company),
		localName(line.university),
		{ fen: line.receiptFen },
		{ fen: line.amountFen },
		line.reversal ? m.income_statement_reversal() : '',
		line.paidOn ?? '',
		line.payoutReference ?? ''
	]);
	return {
		name: statement.inventorName,
		header: [
			m.income_inventor(),
			m.income_statement_received_on(),
			m.income_deal(),
			m.income_company(),
			m.income_university(),
			inYuan(m.income_statement_receipt()),
			inYuan(m.income_statement_share()),
			m.income_statement_reversal(),
			m.income_statement_paid_on(),
			m.income_statement_reference()
		],
		rows: [
			...body,
			[m.income_total(), '', '', '', '', '', { fen: statement.distributedFen }, '', '', ''],
			[m.income_paid(), '', '', '', '', '', { fen: statement.paidFen }, '', '', '']
		],
		boldLastRows: 2
	};
}
