import { error, redirect, type Action } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { todayInShanghai } from '$lib/i18n/format';
import { announcementSchema, declarationTermsSchema, withdrawalSchema } from '$lib/schemas/open-licences';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as openLicences from '$lib/server/open-licences';
import * as openLicenceReads from '$lib/server/open-licence-reads';
import * as evaluationReports from '$lib/server/open-licence-reports';
import { realtimeHub, storage } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';
import { rejectRefusal } from '../refusals';

// One declaration, step by step (docs/domain.md, "Open licences"): edit the draft, submit it,
// record CNIPA's announcement, record the withdrawal; its licensees. Every step is the database's
// to allow (the officer's university only, in order, terms frozen once submitted). Live: a company
// taking the licence publishes on the university's topic, which only its officers may read.
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	requireRole(locals, url, 'officer');
	depends(reloadKeys.openLicences);
	const declaration = await openLicenceReads.getDeclaration(locals.db, params.id);
	const licensees = declaration ? await openLicenceReads.listLicensees(locals.db, params.id) : [];
	if (!declaration) error(404, m.error_not_found());
	return {
		declaration,
		licensees,
		today: todayInShanghai(),
		topics: [topics.institution(declaration.institutionId)],
		since: (await realtimeHub()).latestId
	};
};

// Each form posts one step: parse, ask the database, answer with the step's name (the page shows
// the result beside that form) and, when refused, what was typed.
function formStep<Schema extends z.ZodType>(
	schema: Schema,
	action: string,
	success: string,
	run: (db: App.Locals['db'], id: string, data: z.output<Schema>) => Promise<openLicences.WriteResult>
): Action<{ id: string }> {
	return async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(schema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action });
		const result = await run(locals.db, params.id, form.data);
		if (!result.ok) return rejectRefusal(result, formValues(formData), action);
		return { action, success };
	};
}

export const actions: Actions = {
	update: formStep(declarationTermsSchema, 'update', 'open_licence_saved', openLicences.updateDeclaration),
	submit: formStep(z.object({}), 'submit', 'open_licence_submitted_done', openLicences.submitDeclaration),
	announce: formStep(announcementSchema, 'announce', 'open_licence_announced_done', openLicences.announceDeclaration),
	withdraw: formStep(withdrawalSchema, 'withdraw', 'open_licence_withdrawn_done', openLicences.withdrawDeclaration),
	// The evaluation report (Art. 50): a PDF, checked by its bytes; every refusal is the file field's.
	report: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'officer');
		const file = (await readForm(request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return rejectForm(400, {}, { file: 'error_file_required' }, { action: 'report' });
		const result = await evaluationReports.attachEvaluationReport(locals.db, await storage(), params.id, {
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		});
		if (!result.ok && 'field' in result) return rejectRefusal(result, {}, 'report');
		if (!result.ok) {
			const key = result.reason === 'unsupported_type' ? 'open_licence_report_not_pdf' : `error_file_${result.reason}`;
			return rejectForm(400, {}, { file: key }, { action: 'report' });
		}
		return { action: 'report', success: 'open_licence_report_saved' };
	},
	delete: async ({ locals, params, url }) => {
		requireRole(locals, url, 'officer');
		const result = await evaluationReports.deleteDraft(locals.db, await storage(), params.id);
		if (!result.ok) return rejectRefusal(result, {}, 'delete');
		redirect(303, '/open-licences/manage');
	}
};
