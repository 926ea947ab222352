import { getLocale } from '$lib/paraglide/runtime';

// Lists and "label: value" pairs in the reader's language: Chinese joins with "、" and writes a
// full-width "：", English writes "a, b and c" and ": ". Written by hand for the two languages
// (as format.ts does for dates: the first Intl formatter a page makes starts ICU up, which is
// slow on phones); any other locale goes to Intl.ListFormat.

const listFormatters = new Map<string, Intl.ListFormat>();

/** "a、b、c" in Chinese, "a, b and c" in English. */
export function formatList(items: readonly string[], locale: string = getLocale()): string {
	if (locale === 'zh-CN') return items.join('、');
	if (locale === 'en') {
		if (items.length <= 2) return items.join(' and ');
		return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
	}
	if (!listFormatters.has(locale)) listFormatters.set(locale, new Intl.ListFormat(locale, { type: 'conjunction' }));
	return listFormatters.get(locale)!.format(items);
}

/** Codes and other items that are not words: "、" in Chinese, ", " in English (no "and"). */
export function formatCodeList(items: readonly string[], locale: string = getLocale()): string {
	return items.join(codeSeparator(locale));
}

/** What formatCodeList puts between codes, for markup that wraps each code in an element. */
export function codeSeparator(locale: string = getLocale()): string {
	return locale === 'zh-CN' ? '、' : ', ';
}

/** The separator after a label: "：" in Chinese, ": " in English. */
export function labelSeparator(locale: string = getLocale()): string {
	return locale === 'zh-CN' ? '：' : ': ';
}

/** "label：value" in Chinese, "label: value" in English. */
export function labelled(label: string, value: string, locale: string = getLocale()): string {
	return `${label}${labelSeparator(locale)}${value}`;
}
