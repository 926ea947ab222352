import type { Actions, PageServerLoad } from './$types';
import { changeRoleSchema, userSearchSchema } from '$lib/schemas/admin';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as profiles from '$lib/server/profiles';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'admin');
	const search = userSearchSchema.parse(Object.fromEntries(url.searchParams));
	const result = await profiles.searchUsers(locals.db, { query: search.q, page: search.page });
	return { ...result, query: search.q, page: search.page };
};

const roleChangeErrors = {
	not_found: 'error_user_not_found',
	forbidden: 'error_forbidden'
} as const;

export const actions: Actions = {
	role: async ({ request, locals, url }) => {
		const admin = requireRole(locals, url, 'admin');
		const form = parseForm(changeRoleSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { userId: form.values.userId });
		if (form.data.userId === admin.id) {
			return rejectForm(400, {}, { role: 'error_own_role' }, { userId: form.data.userId });
		}
		const result = await profiles.changeRole(locals.db, form.data);
		if (result === 'not_found' || result === 'forbidden') {
			return rejectForm(
				result === 'forbidden' ? 403 : 404,
				{},
				{ role: roleChangeErrors[result] },
				{ userId: form.data.userId }
			);
		}
		return { userId: form.data.userId, success: result === 'changed' ? 'admin_role_changed' : 'admin_role_unchanged' };
	}
};
