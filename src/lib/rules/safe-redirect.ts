/**
 * A redirect target taken from user input, kept on this site: a path that starts with one
 * slash. "//evil.example" and "/\evil.example" are protocol-relative in browsers, so refused.
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate || candidate.length > 2000) return fallback;
	if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
	if (/[\u0000-\u001f]/.test(candidate)) return fallback;
	return candidate;
}
