import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { acceptOpenLicenceSchema } from '$lib/schemas/open-licence-take';
import { parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import * as openLicences from '$lib/server/open-licences';
import * as openLicencePublic from '$lib/server/open-licence-public';

// Taking an open licence (Patent Law Art. 51): the company confirms the announced terms and its
// post is the written notice. Security invariant: app.accept_open_licence checks the caller is a
// company member and the declaration announced; the checks here only make the messages clear.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const declaration = await openLicencePublic.getPublicDeclaration(locals.db, params.id);
	if (!declaration) error(404, m.error_not_found());
	const companyId = user.role === 'company' ? user.organizationId : null;
	return {
		declaration,
		company: companyId ? await openLicencePublic.getCompanyName(locals.db, companyId) : null,
		taken: companyId ? await openLicencePublic.getTakenLicence(locals.db, declaration.id, companyId) : null,
		// Made once per rendered form: sent again (Back, reload, a double tap) it finds the deal it made.
		acceptanceKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const user = requireUser(locals, url);
		const form = parseForm(acceptOpenLicenceSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['acceptanceKey']));
		const { acceptanceKey } = form.data;
		if (user.role !== 'company' || !user.organizationId)
			return rejectForm(403, form.data, { form: 'open_licence_company_only' });
		const taken = await openLicencePublic.getTakenLicence(locals.db, params.id, user.organizationId);
		if (taken?.acceptanceKey === acceptanceKey) redirect(303, `/deals/${taken.dealId}`);
		if (taken)
			return rejectForm(409, form.data, { form: 'open_licence_error_already_accepted' }, { dealId: taken.dealId });
		const result = await openLicences.acceptOpenLicence(locals.db, params.id, acceptanceKey);
		if (!result.ok) {
			const [status, key] =
				result.reason === 'not_announced'
					? [409, 'open_licence_error_not_announced']
					: result.reason === 'key_reused'
						? [409, 'error_idempotency_key_reused']
						: result.reason === 'pledged'
							? [409, 'open_licence_refusal_pledged']
							: [403, 'open_licence_company_only'];
			return rejectForm(status, form.data, { form: key });
		}
		redirect(303, `/deals/${result.dealId}`);
	}
};
