import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { objectionSchema, resolveObjectionSchema } from '$lib/schemas/notice';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import { storage } from '$lib/server/app/runtime';
import * as deals from '$lib/server/deals';
import * as notices from '$lib/server/notices';
import * as objections from '$lib/server/objections';

// Public: the notice and the summary of its objections (reference, status, decision). The
// objections in full only for the university's officers (RLS; anon has no grant, so not asked).
export const load: PageServerLoad = async ({ locals, params }) => {
	const notice = await notices.getNotice(locals.db, params.id);
	if (!notice) error(404, m.error_not_found());
	const officer = locals.user?.role === 'officer';
	return {
		notice,
		summaries: await notices.listObjectionSummaries(locals.db, notice.id),
		objections: officer ? await objections.listObjections(locals.db, [notice.id]) : [],
		// Only readers the deal admits (RLS: its company's members, the university's officers, the
		// listing's researchers) get its address.
		dealLink: locals.user ? (await deals.getDeal(locals.db, notice.dealId)) !== null : false,
		// Each rendered objection form is sent once: a replay of this key creates nothing.
		objectionKey: crypto.randomUUID()
	};
};

/** The sender's address for the throttle; behind a missing ADDRESS_HEADER, one shared bucket. */
function clientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress();
	} catch {
		return 'unknown';
	}
}

export const actions: Actions = {
	// Anyone, signed in or not. Whether the notice still takes objections is the database's.
	object: async ({ locals, params, request, getClientAddress }) => {
		const formData = await readForm(request);
		const form = parseForm(objectionSchema, formData);
		if (!form.ok)
			return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey']), { action: 'object' });
		const upload = formData.get('file');
		const file =
			upload instanceof File && upload.size > 0
				? { fileName: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
				: null;
		const result = await objections.submitObjection(
			locals.db,
			await storage(),
			params.id,
			form.data,
			objections.addressHash(clientAddress(getClientAddress)),
			file
		);
		if (result.ok) return { action: 'object', reference: result.reference };
		if (result.reason === 'key_reused') {
			// Other words under a used key: kept as typed, with a new key, so sending again files them.
			const values = { ...formValues(formData), idempotencyKey: crypto.randomUUID() };
			return rejectForm(409, values, {}, { action: 'object', sentAs: result.reference });
		}
		const refusals: Record<Exclude<typeof result.reason, 'key_reused'>, [number, string, string]> = {
			closed: [409, 'form', 'error_notice_closed'],
			too_many: [429, 'form', 'error_objections_too_many'],
			refused: [409, 'form', 'error_notice_closed'],
			empty: [400, 'file', 'error_file_empty'],
			unsupported_type: [400, 'file', 'error_file_unsupported_type'],
			too_large: [400, 'file', 'error_file_too_large']
		};
		const [status, field, key] = refusals[result.reason];
		return rejectForm(status, formValues(formData), { [field]: key }, { action: 'object' });
	},
	resolve: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(resolveObjectionSchema, formData);
		if (!form.ok) {
			// The objection's id travels back too: the list shows a refusal beside its own objection only.
			const sent = formData.get('objection');
			return rejectForm(400, form.values, form.errors, {
				action: 'resolve',
				objection: typeof sent === 'string' ? sent : null
			});
		}
		const { objection, decision, resolution } = form.data;
		const result = await objections.resolveObjection(locals.db, objection, { status: decision, resolution });
		if (!result.ok) {
			const key = result.reason === 'already_resolved' ? 'error_objection_resolved' : 'error_forbidden';
			return rejectForm(409, formValues(formData), { form: key }, { action: 'resolve', objection });
		}
		return { action: 'resolve', objection, success: 'objection_resolved' };
	}
};
