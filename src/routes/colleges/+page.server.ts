import type { Actions, PageServerLoad } from './$types';
import { collegeSchema, universitySchema } from '$lib/schemas/colleges';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole, requireRoles } from '$lib/server/http/guards';
import * as colleges from '$lib/server/colleges';
import * as organizations from '$lib/server/organizations';

// Universities and their colleges (docs/domain.md, "Roles and organisations"). An admin adds
// universities and colleges of any university; an officer adds colleges to their own university.
// app.create_university and app.create_college decide again, and audit.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'officer', 'admin');
	const universities = await colleges.listUniversitiesWithColleges(locals.db);
	const own = user.role === 'officer' ? await organizations.institutionOf(locals.db, user.organizationId) : null;
	return {
		isAdmin: user.role === 'admin',
		// An officer sees and adds to their own university only (none, without an organisation).
		universities: user.role === 'officer' ? universities.filter((university) => university.id === own) : universities
	};
};

const refusals = { not_allowed: 'error_college_not_allowed', name_taken: 'error_college_name_taken' } as const;

export const actions: Actions = {
	college: async ({ locals, request, url }) => {
		requireRoles(locals, url, 'officer', 'admin');
		const form = parseForm(collegeSchema, await readForm(request));
		const universityId = form.ok ? form.data.universityId : (form.values.universityId ?? '');
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'college', universityId });
		const result = await colleges.createCollege(locals.db, form.data);
		if (!result.ok) {
			const field = result.reason === 'name_taken' ? 'nameZh' : 'form';
			const status = result.reason === 'name_taken' ? 409 : 403;
			return rejectForm(status, form.data, { [field]: refusals[result.reason] }, { action: 'college', universityId });
		}
		return { action: 'college', universityId, success: 'colleges_created' };
	},
	university: async ({ locals, request, url }) => {
		requireRole(locals, url, 'admin');
		const form = parseForm(universitySchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'university', universityId: '' });
		const result = await colleges.createUniversity(locals.db, form.data);
		if (result.ok) return { action: 'university', universityId: result.id, success: 'colleges_created' };
		if (result.reason === 'name_taken')
			return rejectForm(
				409,
				form.data,
				{ nameZh: 'error_university_name_taken' },
				{ action: 'university', universityId: '' }
			);
		return rejectForm(403, form.data, { form: refusals[result.reason] }, { action: 'university', universityId: '' });
	}
};
