import { m } from '$lib/paraglide/messages';
import type { AmountColumn, ReportGrouping } from '$lib/rules/income-report';

/** The income report's amount columns by name: the page shows them, the downloads add "(yuan)". */
export const amountLabels = (): Record<AmountColumn, string> => ({
	receivedFen: m.income_received(),
	deductionsFen: m.income_deductions(),
	netFen: m.income_net(),
	distributedFen: m.income_distributed(),
	paidFen: m.income_paid()
});

export const groupingLabels: Record<ReportGrouping, () => string> = {
	year: m.income_group_year,
	university: m.income_group_university,
	college: m.income_group_college,
	industry: m.income_group_industry,
	deal: m.income_group_deal
};
