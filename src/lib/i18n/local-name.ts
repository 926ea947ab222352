import { getLocale } from '$lib/paraglide/runtime';

/** The organisation name in the reader's language. */
export function localName(names: { nameZh: string; nameEn: string }): string {
	return getLocale() === 'en' ? names.nameEn : names.nameZh;
}
