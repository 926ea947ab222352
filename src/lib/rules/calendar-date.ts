// A date a person can mean, as a date input sends it (YYYY-MM-DD). A pattern alone lets through
// 2024-02-30 and 0000-01-01, which Postgres refuses with an error; dates outside these years are
// typing mistakes in every field that takes one (patent filings, deadlines, next actions).

export const earliestDate = '1900-01-01';
export const latestDate = '2199-12-31';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real day of the Gregorian calendar between 1900-01-01 and 2199-12-31. */
export function isCalendarDate(text: string): boolean {
	const match = datePattern.exec(text);
	if (!match || text < earliestDate || text > latestDate) return false;
	const [year, month, day] = match.slice(1).map(Number);
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
