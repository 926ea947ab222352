import { overwriteGetLocale } from '$lib/paraglide/runtime';

// The page's language was decided by the server and written into <html lang>; it changes only
// through /locale, which loads a new document. Read once, instead of Paraglide parsing the cookie
// and the URL again for every message and number on the page (hundreds of calls while hydrating).
const pageLocale = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
overwriteGetLocale(() => pageLocale);
