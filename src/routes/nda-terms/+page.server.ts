import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { ndaTermsSchema } from '$lib/schemas/closing';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as nda from '$lib/server/nda';
import * as organizations from '$lib/server/organizations';

// An officer publishes their university's standard NDA terms (docs/domain.md, "NDA gate").
// Who may publish is RLS's (nda_terms_insert_officer); this page only names the university.

async function university(locals: App.Locals, url: URL): Promise<string> {
	const user = requireRole(locals, url, 'officer');
	const institution = await organizations.institutionOf(locals.db, user.organizationId);
	if (!institution) error(404, m.error_not_found());
	return institution;
}

export const load: PageServerLoad = async ({ locals, url }) => ({
	versions: await nda.listTermsVersions(locals.db, await university(locals, url))
});

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const institution = await university(locals, url);
		const formData = await readForm(request);
		const form = parseForm(ndaTermsSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await nda.publishTerms(locals.db, institution, form.data);
		if (!result.ok) return rejectForm(403, formValues(formData), { form: 'error_forbidden' });
		return { published: result.version };
	}
};
