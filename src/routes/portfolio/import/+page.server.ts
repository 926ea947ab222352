import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { importTokenSchema } from '$lib/schemas/portfolio';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import { storedFileName } from '$lib/rules/stored-text';
import * as portfolio from '$lib/server/portfolio';
import * as imports from '$lib/server/portfolio-imports';
import * as batches from '$lib/server/portfolio-import-batches';
import { errorCode } from '$lib/server/db/port';

// Importing the portfolio from a CSV or XLSX export (docs/domain.md, "Patent portfolio"): upload →
// preview (GET ?token=, the parsed rows kept server-side under the token) → confirm, applied in
// batches while the same page shows the progress (polled with scripts, refreshed without). Plain posts and redirects, so it works without scripts; a replayed confirmation resumes
// or changes nothing.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	const token = url.searchParams.get('token');
	const preview = token ? await imports.getImport(locals.db, token) : null;
	// An import under way goes on from here, after its progress was read: the page a confirmation
	// lands on shows it running, and opening it again picks up one a restart interrupted. A stalled
	// one (a batch failed, or nothing for a while) waits for the officer's "resume".
	if (preview?.applying && !preview.stalled) batches.continueImport(locals.db, preview.id);
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
		let started;
		try {
			started = await batches.startImport(locals.db, form.data.token);
		} catch (error) {
			// A row the table refuses (its checks, which parsing mirrors, should not let one through):
			// the batches before it stay applied and the page says the import stopped.
			if (!errorCode(error)?.startsWith('23')) throw error;
			console.error(`portfolio import ${form.data.token}: a batch was refused`, error);
			return rejectForm(409, {}, { form: 'portfolio_import_stalled' }, { action: 'confirm' });
		}
		if (!started) return rejectForm(404, {}, { form: 'portfolio_error_import_missing' }, { action: 'confirm' });
		redirect(303, `/portfolio/import?token=${form.data.token}`);
	}
};
