import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { caseDeclineSchema, quoteSchema, ratingSchema } from '$lib/schemas/service-case';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import { messageAction, uploadAction } from '$lib/server/http/thread-actions';
import * as cases from '$lib/server/service-cases';
import * as caseReads from '$lib/server/service-case-reads';
import * as caseRoom from '$lib/server/service-case-room';
import { realtimeHub, storage } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';
import { rejectCaseRefusal } from '../refusals';

// One service case: its facts, the forms for whoever may act, messages, documents and timeline.
// Who reads it is RLS's (404 for everyone else); who moves it is the database's
// (app.quote_service_case, app.move_service_case, app.deliver_service_case, app.close_service_case).
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	const user = requireUser(locals, url);
	depends(reloadKeys.serviceCase);
	const serviceCase = await caseReads.getCase(locals.db, params.id);
	if (!serviceCase) error(404, m.error_not_found());
	const [timeline, documents] = await Promise.all([
		caseRoom.listCaseTimeline(locals.db, params.id),
		caseRoom.listCaseDocuments(locals.db, params.id)
	]);
	return {
		serviceCase,
		timeline,
		documents,
		messageKey: crypto.randomUUID(),
		topics: [topics.user(user.id)],
		since: (await realtimeHub()).latestId
	};
};

const refusedKey = (reason: string) => `case_refusal_${reason}`;
const refusedStatus = (reason: string) => (reason === 'not_found' ? 404 : reason === 'not_allowed' ? 403 : 409);

type Event = { locals: App.Locals; params: { id: string }; request: Request; url: URL };

const move =
	(target: 'accepted' | 'quote_declined' | 'withdrawn') =>
	async ({ locals, params, url }: Event) => {
		requireUser(locals, url);
		const result = await cases.moveCase(locals.db, params.id, target);
		if (!result.ok) return rejectCaseRefusal(result, {}, target);
		return { action: target, success: `case_done_${target}` };
	};

export const actions: Actions = {
	accept: move('accepted'),
	declineQuote: move('quote_declined'),
	withdraw: move('withdrawn'),
	quote: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(quoteSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'quote' });
		const result = await cases.quoteCase(locals.db, params.id, form.data);
		if (!result.ok) return rejectCaseRefusal(result, formValues(formData), 'quote');
		return { action: 'quote', success: 'case_done_quoted' };
	},
	decline: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(caseDeclineSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'decline' });
		const result = await cases.moveCase(locals.db, params.id, 'declined', form.data.reason);
		if (!result.ok) return rejectCaseRefusal(result, formValues(formData), 'decline');
		return { action: 'decline', success: 'case_done_declined' };
	},
	close: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(ratingSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'close' });
		const result = await cases.closeCase(locals.db, params.id, form.data);
		if (!result.ok) return rejectCaseRefusal(result, formValues(formData), 'close');
		return { action: 'close', success: 'case_done_closed' };
	},
	// The delivery: the agency's document and the move in one transaction (no file kept if refused).
	deliver: uploadAction(
		async (db, upload) => caseRoom.deliverWithDocument(db, await storage(), { ...upload, caseId: upload.parentId }),
		refusedKey,
		'case_done_delivered',
		{ action: 'deliver', refusedStatus }
	),
	message: messageAction(caseRoom.caseThread, 'case_refusal_not_allowed'),
	upload: uploadAction(
		async (db, upload) => caseRoom.addCaseDocument(db, await storage(), { ...upload, caseId: upload.parentId }),
		refusedKey,
		'case_document_uploaded',
		{ refusedStatus }
	)
};
