import { m } from '$lib/paraglide/messages';
import { formatDay } from '$lib/i18n/format';
import { incomeLineKinds } from '$lib/vocabularies/income';
import type { ScheduleLine } from '$lib/server/payment-schedules';

/** How a schedule line is named on the page and in its selects: its kind, and its milestone or period. */
export function lineLabel(line: Pick<ScheduleLine, 'kind' | 'description' | 'periodStart' | 'periodEnd'>): string {
	const kind = incomeLineKinds.label(line.kind);
	if (line.description) return `${kind} · ${line.description}`;
	if (line.periodStart && line.periodEnd)
		return `${kind} · ${m.income_line_period({ start: formatDay(line.periodStart), end: formatDay(line.periodEnd) })}`;
	return kind;
}
