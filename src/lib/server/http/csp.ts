/**
 * Adds a Supabase project to a CSP: its https and wss origins to connect-src (Realtime's
 * socket, the token-free REST calls of supabase-js) and its https origin to img-src (images
 * come from short-lived signed Storage URLs). Every other directive, hashes included, is kept.
 */
export function withSupabaseSources(policy: string, projectUrl: string): string {
	const origin = new URL(projectUrl).origin;
	const socket = origin.replace(/^http/, 'ws');
	const extra: Record<string, string[]> = { 'connect-src': [origin, socket], 'img-src': [origin] };
	return policy
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			const added = extra[name];
			return added
				? [name, ...sources, ...added.filter((source) => !sources.includes(source))].join(' ')
				: directive.trim();
		})
		.filter(Boolean)
		.join('; ');
}
