import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { isRefusedCrossSiteForm } from '../../rules/form-origin.ts';

/**
 * Security invariant: SvelteKit's origin check for form posts, done here instead (svelte.config.js
 * trusts every origin so that the one-click unsubscribe POST can arrive; src/lib/rules/form-origin.ts
 * says why that one is safe). Every other cross-site form post is refused with SvelteKit's answer.
 */
export const formOrigin: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	// event.url is rewritten for data requests (…/__data.json) and remote calls (a path from a
	// header): the exemption reads the address the request was sent to.
	const sent = new URL(request.url);
	if (
		!dev &&
		isRefusedCrossSiteForm({
			method: request.method,
			contentType: request.headers.get('content-type'),
			origin: request.headers.get('origin'),
			appOrigin: url.origin,
			path: sent.pathname,
			search: sent.search,
			routeId: event.isDataRequest || event.isRemoteRequest ? null : event.route.id
		})
	) {
		const message = `Cross-site ${request.method} form submissions are forbidden`;
		return request.headers.get('accept') === 'application/json'
			? Response.json({ message }, { status: 403 })
			: new Response(message, { status: 403, headers: { 'content-type': 'text/plain;charset=utf-8' } });
	}
	return resolve(event);
};
