import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { importTokenSchema } from '$lib/schemas/portfolio';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import { storedFileName } from '$lib/rules/stored-text';
import * as portfolio from '$lib/server/portfolio';
import * as imports from '$lib/server/portfolio-imports';

// Importing the portfolio from a CSV or XLSX export (docs/domain.md, "Patent portfolio"): upload →
// preview (GET ?token=, the parsed rows kept server-side under the token) → confirm. Plain posts
// and redirects, so it works without scripts; a replayed confirmation changes nothing.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	const token = url.searchParams.get('token');
	const preview = token ? await imports.getImport(locals.db, token) : null;
	return { preview, maxRows: imports.maxImportRows };
};

async function officersUniversity(locals: App.Locals) {
	const { university } = await portfolio.resolveUniversity(locals.db, 'officer', null);
	return university;
}

export const actions: Actions = {
	upload: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const file = (await readForm(request)).get('file');
		if (!(file instanceof File) || file.size === 0) {
			return rejectForm(400, {}, { file: 'portfolio_error_file_required' }, { action: 'upload' });
		}
		const university = await officersUniversity(locals);
		if (!university) return rejectForm(403, {}, { form: 'portfolio_no_university' }, { action: 'upload' });
		const parsed = await imports.parseImportFile(new Uint8Array(await file.arrayBuffer()));
		if (!parsed.ok) return rejectForm(400, {}, { file: `portfolio_error_file_${parsed.reason}` }, { action: 'upload' });
		const token = await imports.storeImport(locals.db, university.id, storedFileName(file.name), parsed);
		redirect(303, `/portfolio/import?token=${token}`);
	},
	confirm: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const form = parseForm(importTokenSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'portfolio_error_import_missing' }, { action: 'confirm' });
		const done = await imports.confirmImport(locals.db, form.data.token);
		if (!done) return rejectForm(404, {}, { form: 'portfolio_error_import_missing' }, { action: 'confirm' });
		redirect(303, `/portfolio/import?token=${form.data.token}`);
	}
};
