import type { HandleClientError } from '@sveltejs/kit';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { isModuleLoadFailure, maySelfReload } from '$lib/client/module-failure';

// The page's language was decided by the server and written into <html lang>; it changes only
// through /locale, which loads a new document. Read once, instead of Paraglide parsing the cookie
// and the URL again for every message and number on the page (hundreds of calls while hydrating).
const pageLocale = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
overwriteGetLocale(() => pageLocale);

const selfReloadKey = 'zq-self-reload-at';

function lastSelfReload(): number | null {
	const stored = sessionStorage.getItem(selfReloadKey);
	return stored === null ? null : Number(stored);
}

// A script that failed to load before the page hydrated (the root layout adds class "js" on
// mount) leaves a page without its scripts: it is loaded again, once a minute at most.
export const handleError: HandleClientError = ({ error }) => {
	if (!isModuleLoadFailure(error) || document.documentElement.classList.contains('js')) return;
	try {
		if (!maySelfReload(lastSelfReload(), Date.now())) return;
		sessionStorage.setItem(selfReloadKey, String(Date.now()));
	} catch {
		return; // No session storage (a locked-down browser): no way to stop a loop, so no reload.
	}
	location.reload();
};
