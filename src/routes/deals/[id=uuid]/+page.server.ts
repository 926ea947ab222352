import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { nextStep, possibleMoves } from '$lib/rules/deal-moves';
import { formatDateTime } from '$lib/i18n/format';
import { planSchema, stageMoveSchema } from '$lib/schemas/deal';
import {
	formValues,
	parseForm,
	readForm,
	rejectForm,
	withHiddenFieldError,
	type FieldErrors
} from '$lib/server/http/forms';
import { requireRole, requireUser } from '$lib/server/http/guards';
import { messageAction, uploadAction } from '$lib/server/http/thread-actions';
import * as dealDocuments from '$lib/server/deal-documents';
import * as deals from '$lib/server/deals';
import * as messages from '$lib/server/deal-messages';
import * as closing from './closing.server';
import * as terms from './terms.server';
import * as dealMilestones from '$lib/server/deal-milestones';
import { realtimeHub, storage } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';
import { pricingSchema } from '$lib/schemas/notice';
import * as dealPricing from '$lib/server/deal-pricing';
import * as notices from '$lib/server/notices';
import * as objections from '$lib/server/objections';
import * as openLicencePublic from '$lib/server/open-licence-public';
import * as pledges from '$lib/server/pledges';

// Security invariant: for a non-participant RLS returns no deal, and the page is a 404
// exactly like a deal that does not exist.
export const load: PageServerLoad = async ({ locals, params, url, depends }) => {
	const user = requireUser(locals, url);
	depends(reloadKeys.deal);
	const deal = await deals.getDeal(locals.db, params.id);
	if (!deal) error(404, m.error_not_found());
	const manages = user.role === 'officer';
	// Independent reads issued together go to the database as one batch (db/coalesced-queries.ts).
	const [
		dealNotices,
		pricing,
		declarationId,
		pledgedNumbers,
		timeline,
		documents,
		milestones,
		officers,
		closingData,
		hub
	] = await Promise.all([
		notices.listDealNotices(locals.db, deal.id),
		dealPricing.getPricing(locals.db, deal.id),
		openLicencePublic.getDealDeclarationId(locals.db, deal.id),
		// The listing's patents under a pledge in force (Civil Code Art. 444): the banner.
		pledges.pledgedNumbers(locals.db, deal.listingId),
		messages.listTimeline(locals.db, deal.id),
		dealDocuments.listDealDocuments(locals.db, deal.id),
		dealMilestones.listMilestones(locals.db, deal.id),
		manages ? deals.listOfficers(locals.db, deal.institutionId) : [],
		closing.loadClosing(locals.db, deal),
		realtimeHub()
	]);
	// Public notice (公示): the deal's notices (newest first), how it was priced, and the open
	// objections, which everyone may count (the public summary) but only officers read.
	const runningNotice = dealNotices.find((notice) => notice.withdrawnAt === null) ?? null;
	const [summaries, officerObjections] = await Promise.all([
		runningNotice ? notices.listObjectionSummaries(locals.db, runningNotice.id) : [],
		manages && dealNotices[0] ? objections.listObjections(locals.db, [dealNotices[0].id]) : []
	]);
	const openObjections = summaries.filter((row) => row.status === 'open').length;
	// Only the moves the database would accept now: no signing button while the notice runs.
	const moment = {
		stage: deal.stage,
		role: user.role,
		noticeEndsAt: deal.noticeEndsAt,
		now: new Date(),
		openObjections
	};
	return {
		notice: { latest: dealNotices[0] ?? null, pricing, objections: officerObjections },
		deal,
		// A deal made by taking an open licence: its kind, and its written notice for the company and officers.
		openLicence: declarationId !== null,
		pledgedNumbers,
		noticeDownload: user.role === 'company' || user.role === 'officer',
		timeline,
		documents,
		milestones,
		officers,
		manages,
		moves: possibleMoves(moment),
		nextStep: nextStep(moment),
		...closingData,
		messageKey: crypto.randomUUID(),
		topics: [topics.deal(deal.id)],
		since: hub.latestId
	};
};

export const actions: Actions = {
	message: messageAction(messages.dealThread, 'error_deal_not_participant'),
	move: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'officer');
		const form = parseForm(stageMoveSchema, await readForm(request));
		if (!form.ok)
			return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['stage', 'from']), { action: 'move' });
		const { stage, reason, from, effectiveOn } = form.data;
		const result = await deals.moveDealToStage(locals.db, params.id, stage, reason, from, effectiveOn);
		if (result.ok) return { action: 'move', success: 'deal_stage_moved' };
		if (result.reason === 'notice_running' && result.noticeEndsAt) {
			return rejectForm(
				409,
				form.data,
				{ form: 'error_notice_running' },
				{ action: 'move', noticeEnds: formatDateTime(result.noticeEndsAt) }
			);
		}
		const key = {
			reason_required: 'error_close_reason_required',
			already_moved: 'error_deal_already_moved',
			illegal_move: 'error_deal_move_not_allowed',
			not_allowed: 'error_deal_move_not_allowed',
			notice_running: 'error_deal_move_not_allowed',
			notice_needs_price: 'error_notice_needs_price',
			exchange_reference_required: 'error_exchange_reference_required',
			objection_open: 'error_objection_open',
			signing_terms_missing: 'closing_error_signing_terms_missing',
			filings_outstanding: 'closing_error_filings_outstanding',
			open_licence_standing: 'open_licence_refusal_standing',
			pledged_patent: 'pledge_error_deal_pledged'
		}[result.reason];
		return rejectForm(409, {}, { form: key }, { action: 'move' });
	},
	terms: terms.saveTerms,
	plan: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(planSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'plan' });
		const result = await deals.updatePlan(locals.db, params.id, form.data);
		if (!result.ok) {
			const errors: FieldErrors =
				result.reason === 'invalid_officer' ? { officerId: 'error_invalid' } : { form: 'error_deal_not_editable' };
			return rejectForm(409, formValues(formData), errors, { action: 'plan' });
		}
		return { action: 'plan', success: 'deal_plan_saved' };
	},
	// How the price was found: negotiated (the university's notice runs) or on an exchange.
	pricing: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(pricingSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'pricing' });
		const result = await dealPricing.updatePricing(locals.db, params.id, form.data);
		if (!result.ok)
			return rejectForm(409, formValues(formData), { form: 'error_deal_not_editable' }, { action: 'pricing' });
		return { action: 'pricing', success: 'pricing_saved' };
	},
	ndaAccept: closing.ndaAccept,
	ndaOffline: closing.ndaOffline,
	filingDone: closing.filingDone,
	filingWaive: closing.filingWaive,
	upload: uploadAction(
		async (db, upload) => dealDocuments.addDealDocument(db, await storage(), { ...upload, dealId: upload.parentId }),
		() => 'error_deal_not_participant',
		'deal_document_added'
	)
};
