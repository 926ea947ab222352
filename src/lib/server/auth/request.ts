import type { RequestEvent } from '@sveltejs/kit';
import type { CurrentUser, IdentityRequest } from './identity.ts';

/** What the identity adapters need from a SvelteKit request, and nothing more. */
export function identityRequest(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'request' | 'getClientAddress'>
): IdentityRequest {
	return {
		cookies: event.cookies,
		origin: event.url.origin,
		// Read only by sign-in throttling. adapter-node throws from getClientAddress when
		// ADDRESS_HEADER is set but missing, which must not fail every page (or a health probe).
		get ipAddress() {
			return event.getClientAddress();
		},
		userAgent: event.request.headers.get('user-agent')
	};
}

export function currentUser(locals: App.Locals): CurrentUser | null {
	return locals.user && locals.session ? { user: locals.user, session: locals.session } : null;
}
