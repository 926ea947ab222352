import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { m } from '$lib/paraglide/messages';
import { database, identity, startRuntime } from '$lib/server/app/runtime';
import { claimsFor, executorForRole } from '$lib/server/db/request-role';
import { identityRequest } from '$lib/server/auth/request';
import { securityHeaders } from '$lib/server/http/security-headers';
import { cacheScope } from '$lib/server/http/cache-scope';
import { compressPages } from '$lib/server/http/compression';
import { streamAdmission } from '$lib/server/http/stream-admission';
import { formOrigin } from '$lib/server/http/form-origin';
import { drainUnreadBody } from '$lib/server/http/request-body';
import { createPageCache } from '$lib/server/http/page-cache';
import { log } from '$lib/server/app/log';

export const init: ServerInit = async () => {
	try {
		await startRuntime(process.env);
	} catch (error) {
		// A locked data folder, a failing migration or a bad setting: say which, then stop.
		console.error(`\nZhiqiao cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	}
};

const requestId: Handle = async ({ event, resolve }) => {
	event.locals.requestId = crypto.randomUUID();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
		// The service worker files listing pages under the language they were rendered in.
		try {
			response.headers.set('content-language', locale);
		} catch {
			// Immutable headers (a fetch passed through): nothing the service worker files.
		}
		return response;
	});

// Security invariant: the identity adapter verifies the credential (session row, or the
// Supabase JWT's signature) before its user becomes the request's claims; nothing else does.
const session: Handle = async ({ event, resolve }) => {
	const current = await (await identity()).resolve(identityRequest(event));
	event.locals.user = current?.user ?? null;
	event.locals.session = current?.session ?? null;
	const opened = await database();
	event.locals.db = executorForRole(
		opened,
		claimsFor(current ? { id: current.user.id, sessionId: current.session.id } : null)
	);
	event.locals.publicDb = current ? executorForRole(opened, claimsFor(null)) : event.locals.db;
	const response = await resolve(event);
	// A response that sets auth cookies must never be stored by a shared cache.
	if (response.headers.has('set-cookie') && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	return response;
};

// 32 MB of pages (a catalogue page is about 60 KB, 12 KB gzipped); five minutes bounds what a
// page says about the clock (dates, "today"), the version bounds everything it says about data.
const anonymousPages = createPageCache({ maximumBytes: 32 * 1024 * 1024, maximumAgeMilliseconds: 5 * 60_000 });

export const handle = sequence(
	formOrigin,
	requestId,
	streamAdmission,
	i18n,
	anonymousPages.handle,
	session,
	securityHeaders,
	cacheScope,
	compressPages,
	drainUnreadBody
);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const id = event.locals.requestId ?? crypto.randomUUID();
	if (status >= 500) {
		log('error', 'unhandled error', {
			requestId: id,
			method: event.request.method,
			path: event.url.pathname,
			status,
			error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error)
		});
	}
	// The user sees a translated sentence and the id to quote; never the stack or the cause. A body
	// over the server's limit never reaches the form action: the sentence says what to do instead
	// (sent from here, so its words are not in every page's first-load JavaScript).
	const text =
		status === 404
			? m.error_not_found()
			: status === 413
				? m.error_too_large_body()
				: status >= 500
					? m.error_unexpected()
					: // A link cut or mangled by a mail client can hold bytes no URL may decode to
						// (SvelteKit refuses it before routing): say what the link's own page says.
						event.url.pathname.startsWith('/unsubscribe/')
						? m.email_unsubscribe_invalid()
						: m.error_request_refused();
	return { message: text, requestId: id };
};
