/**
 * A redirect target taken from user input, kept on this site: a path that starts with one
 * slash. "//evil.example" and "/\evil.example" are protocol-relative in browsers, so refused.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate || candidate.length > 2000) return fallback;
	if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
	// Control characters are exactly what this refuses (a header split, a hidden newline).
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f]/.test(candidate)) return fallback;
	return candidate;
}
