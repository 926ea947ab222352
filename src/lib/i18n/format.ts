import { getLocale } from '$lib/paraglide/runtime';
import { onShanghaiClock, shanghaiDay } from '$lib/rules/shanghai-clock';

// Dates, numbers and money in the reader's language and China's time zone.
//
// The first Intl formatter a page makes costs ~50 ms in Chromium (ICU starts up), and ~200 ms of
// blocking time on a mid-range phone: most of what hydrating /listings spent. The shapes these
// pages show (whole numbers, yuan amounts, calendar dates in Asia/Shanghai, which has had no
// daylight saving since 1991) are therefore written here for zh-CN and en, exactly as Intl
// writes them (format.test.ts compares both across many values); anything else goes to Intl.
const timeZone = 'Asia/Shanghai';
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const knownLocale = (locale: string): locale is 'zh-CN' | 'en' => locale === 'zh-CN' || locale === 'en';

// One formatter per language and kind, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function formatter<Format extends Intl.DateTimeFormat | Intl.NumberFormat>(
	kind: string,
	make: (locale: string) => Format
): Format {
	const key = `${kind}:${getLocale()}`;
	if (!formatters.has(key)) formatters.set(key, make(getLocale()));
	return formatters.get(key) as Format;
}

export function groupDigits(whole: number): string {
	return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatDateTime(value: Date | string): string {
	return formatter(
		'date-time',
		(locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
	).format(new Date(value));
}

export function formatDate(value: Date | string): string {
	const date = new Date(value);
	const locale = getLocale();
	const shanghai = onShanghaiClock(date);
	const [year, month, day] = [shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()];
	if (knownLocale(locale) && year >= 1992 && year <= 9999) {
		return locale === 'zh-CN' ? `${year}年${month + 1}月${day}日` : `${englishMonths[month]} ${day}, ${year}`;
	}
	return formatter('date', (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })).format(date);
}

/** A calendar day (YYYY-MM-DD, as Asia/Shanghai counts it) in the reader's date format. */
export function formatDay(day: string): string {
	// Noon in Shanghai falls on that day whatever the offset is taken as.
	return formatDate(`${day}T12:00:00+08:00`);
}

export function formatNumber(value: number): string {
	if (knownLocale(getLocale()) && Number.isSafeInteger(value))
		return (value < 0 ? '-' : '') + groupDigits(Math.abs(value));
	return formatter('number', (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** Today's calendar date in Asia/Shanghai (YYYY-MM-DD), for due dates. */
export function todayInShanghai(now = new Date()): string {
	return shanghaiDay(now);
}
