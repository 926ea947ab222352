const here = 'http://zhiqiao.invalid';

/**
 * A redirect target taken from user input, kept on this site: a path that starts with one
 * slash. "//evil.example" and "/\evil.example" are protocol-relative in browsers, so refused.
 * The path comes back percent-encoded as a Location header needs it: `/admin/users?q=李` is
 * fine in an address bar but not in a header, where it made SvelteKit's `redirect` throw.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate) return fallback;
	// An address with a pasted essay in its query (a search) goes back to its page without it.
	if (candidate.length > 2000)
		return candidate.includes('?') ? safeRedirectPath(candidate.split('?')[0], fallback) : fallback;
	if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
	// Control characters are exactly what this refuses (a header split, a hidden newline, and
	// tabs, which the URL parser drops: "/\t/evil.example" would become "//evil.example").
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f-\u009f]/.test(candidate)) return fallback;
	const url = new URL(candidate, here);
	if (url.origin !== here) return fallback;
	return url.pathname + url.search + url.hash;
}
