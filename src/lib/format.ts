import { getLocale } from '$lib/paraglide/runtime';

// Dates, numbers and money always through Intl, in the reader's language and China's time zone.
const timeZone = 'Asia/Shanghai';

export function formatDateTime(value: Date | string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatDate(value: Date | string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone }).format(new Date(value));
}

export function formatNumber(value: number): string {
	return new Intl.NumberFormat(getLocale()).format(value);
}

export function formatMoney(value: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'currency', currency: 'CNY' }).format(value);
}

/** Today's calendar date in Asia/Shanghai (YYYY-MM-DD), for due dates. */
export function todayInShanghai(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
