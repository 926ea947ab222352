// Cross-site form posts (CSRF): refused, as SvelteKit's own origin check refuses them, with one
// exception: the one-click unsubscribe of RFC 8058. A mail provider POSTs `List-Unsubscribe=One-Click`
// to the link from its own servers, with no Origin of ours (or none at all), so SvelteKit's check
// (switched off in svelte.config.js for this) would refuse it. That POST needs no protection from
// CSRF: it carries no cookie authority. The HMAC token in its path is the authority, it can only
// turn emails off for the user it names, and doing it twice changes nothing.

const formTypes = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	// SvelteKit's own binary encoding of a form (remote form functions).
	'application/x-sveltekit-formdata'
]);
const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const oneClickUnsubscribe = /^\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export interface FormRequest {
	method: string;
	contentType: string | null;
	/** The Origin header, if any. */
	origin: string | null;
	/** The app's own origin, as the request URL has it. */
	appOrigin: string;
	/** The path and query string as the request sent them (not as SvelteKit rewrote them for data or remote calls). */
	path: string;
	search: string;
	/** The route SvelteKit matched, if any. */
	routeId: string | null;
}

export function isRefusedCrossSiteForm(request: FormRequest): boolean {
	const type = (request.contentType ?? '').split(';', 1)[0].trim().toLowerCase();
	if (!formTypes.has(type) || !writes.has(request.method) || request.origin === request.appOrigin) return false;
	return !isOneClickUnsubscribe(request);
}

/**
 * The link of the List-Unsubscribe header, posted as is: the unsubscribe page's default action.
 * The route is checked beside the path, so nothing else later added under that path (another
 * route, a named action `?/…`) loses its protection.
 */
function isOneClickUnsubscribe(request: FormRequest): boolean {
	return (
		request.method === 'POST' &&
		request.routeId === '/unsubscribe/[token]' &&
		request.search === '' &&
		oneClickUnsubscribe.test(request.path)
	);
}
