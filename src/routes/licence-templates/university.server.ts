import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireRole } from '$lib/server/http/guards';
import * as licenceTemplates from '$lib/server/licence-templates';

/**
 * The university whose templates the signed-in officer manages. Only officers open these pages;
 * that they write only their own university's templates is RLS's (the migration), checked again here
 * for a clear message.
 */
export async function requireUniversity(locals: App.Locals, url: URL) {
	requireRole(locals, url, 'officer');
	const university = await licenceTemplates.managedUniversity(locals.db);
	if (!university) error(403, m.error_forbidden());
	return university;
}

/** Why a template or version write was refused, as field errors the form shows. */
export const writeRefusals = {
	stale: { form: 'express_error_stale' },
	not_allowed: { form: 'error_forbidden' }
} as const;
