import { error, redirect } from '@sveltejs/kit';
import type { SessionUser } from '../auth/sessions';
import type { Role } from '$lib/vocabularies/people';
import { m } from '$lib/paraglide/messages';

/** Sends a signed-out visitor to sign in, then back to where they were going. */
export function requireUser(locals: App.Locals, url: URL): SessionUser {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

/** A clear 403 for the wrong role; RLS refuses the same thing again underneath. */
export function requireRole(locals: App.Locals, url: URL, role: Role): SessionUser {
	const user = requireUser(locals, url);
	if (user.role !== role) error(403, m.error_forbidden());
	return user;
}

/** The same for a page several roles may open (the income report: officers and admins). */
export function requireRoles(locals: App.Locals, url: URL, ...roles: Role[]): SessionUser {
	const user = requireUser(locals, url);
	if (!roles.includes(user.role)) error(403, m.error_forbidden());
	return user;
}
