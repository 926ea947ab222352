import type { Actions, PageServerLoad } from './$types';
import { pageSchema, publicNoticeSchema, verifyOrganizationSchema } from '$lib/schemas/admin';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as organizations from '$lib/server/organizations';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'admin');
	const unverifiedOnly = url.searchParams.get('show') === 'unverified';
	const { page } = pageSchema.parse(Object.fromEntries(url.searchParams));
	return { ...(await organizations.listOrganizations(locals.db, { unverifiedOnly, page })), unverifiedOnly, page };
};

export const actions: Actions = {
	verify: async ({ request, locals, url }) => {
		requireRole(locals, url, 'admin');
		const formData = await readForm(request);
		const organization = await organizations.getOrganization(locals.db, String(formData.get('organizationId') ?? ''));
		const form = parseForm(verifyOrganizationSchema, formData, { kind: organization?.kind });
		if (!form.ok) return rejectForm(400, form.values, form.errors, { organizationId: form.values.organizationId });
		const { organizationId, verified, creditCode, confirmed } = form.data;
		// A checked code is shown back once, with the organisation's name, before it is stored (a
		// college has none: it is verified at once).
		if (verified && creditCode && !confirmed) return { organizationId, confirmCreditCode: creditCode };
		const result = await organizations.setVerified(locals.db, organizationId, verified, creditCode);
		if (!result.ok && result.reason === 'credit_code_taken')
			return rejectForm(
				409,
				{ creditCode: creditCode ?? '' } as Record<string, string>,
				{ creditCode: 'error_credit_code_taken' },
				{ organizationId }
			);
		if (!result.ok) return rejectForm(404, {}, { form: 'error_not_found' }, { organizationId });
		return { organizationId, success: verified ? 'admin_organization_verified' : 'admin_organization_unverified' };
	},
	notice: async ({ request, locals, url }) => {
		requireRole(locals, url, 'admin');
		const form = parseForm(publicNoticeSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { organizationId: form.values.organizationId });
		const updated = await organizations.setPublicNoticeDays(locals.db, form.data.organizationId, form.data.days);
		if (!updated) return rejectForm(404, {}, { form: 'error_not_found' }, { organizationId: form.data.organizationId });
		return { organizationId: form.data.organizationId, success: 'admin_notice_days_saved' };
	}
};
