/**
 * A Chinese patent's term and annual fees (Patent Law as amended in 2020, Art. 42 and 43; CNIPA's
 * fee rules). Dates are calendar days 'YYYY-MM-DD'. The same rules run in SQL
 * (app.patent_expires_on, app.next_annual_fee_on), compared in tests/db/portfolio.test.ts.
 */
import type { PatentType } from './patent-number.ts';

export type LegalStatus = 'pending' | 'granted' | 'lapsed';

/** Designs filed on or after this day have 15 years (the 2020 amendment in force 2021-06-01). */
export const designFifteenYearsFrom = '2021-06-01';

export function termYears(type: PatentType, filedOn: string): number {
	if (type === 'invention') return 20;
	if (type === 'design' && filedOn >= designFifteenYearsFrom) return 15;
	return 10;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(day: string, years: number): string {
	const [year, month, date] = day.split('-').map(Number);
	const target = year + years;
	const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
	return `${pad(target, 4)}-${pad(month)}-${pad(Math.min(date, lastDay))}`;
}

function dayBefore(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** The last day the patent is in force: the day before the term's anniversary of filing. */
export function expiresOn(type: PatentType, filedOn: string): string {
	return dayBefore(addYears(filedOn, termYears(type, filedOn)));
}

export interface FeePatent {
	type: PatentType;
	filedOn: string;
	grantedOn: string | null;
	legalStatus: LegalStatus;
}

/**
 * The next annual fee date on or after `today`: an anniversary of the filing date while the
 * patent is in force. None before grant (the grant year's fee is paid with the registration, so
 * the first is the first anniversary after the grant), none once lapsed or expired.
 */
export function nextAnnualFeeOn(patent: FeePatent, today: string): string | null {
	if (patent.legalStatus !== 'granted' || !patent.grantedOn) return null;
	const expiry = expiresOn(patent.type, patent.filedOn);
	for (let years = 1; years <= 20; years++) {
		const anniversary = addYears(patent.filedOn, years);
		if (anniversary > expiry) return null;
		if (anniversary >= today && anniversary > patent.grantedOn) return anniversary;
	}
	return null;
}

/** Whole days from `today` to `day` (negative when past). */
export function daysUntil(day: string, today: string): number {
	return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
