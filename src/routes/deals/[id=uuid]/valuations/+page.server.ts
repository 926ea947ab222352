import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '$lib/paraglide/messages';
import { todayInShanghai } from '$lib/i18n/format';
import { uuid } from '$lib/schemas/fields';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import { rejectRefusal } from '$lib/server/http/refusals';
import * as deals from '$lib/server/deals';
import * as dealValuations from '$lib/server/deal-valuations';

// The deal's valuations (docs/domain.md, "Valuations"): the participants of the deal only, like
// the deal room (a 404 for anyone else). Either side attaches a delivered valuation of the deal's
// patents that it may read, which shares it with the other side while they negotiate the price.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const deal = await deals.getDeal(locals.db, params.id);
	if (!deal) error(404, m.error_not_found());
	const [attached, attachable] = await Promise.all([
		dealValuations.listDealValuations(locals.db, deal.id),
		dealValuations.listAttachableValuations(locals.db, deal.id)
	]);
	return { deal, attached, attachable, today: todayInShanghai() };
};

const valuationSchema = z.object({ valuationId: uuid });

async function change({ locals, params, request, url }: RequestEvent, attach: boolean) {
	requireUser(locals, url);
	const deal = await deals.getDeal(locals.db, params.id);
	if (!deal) error(404, m.error_not_found());
	const form = parseForm(valuationSchema, await readForm(request));
	if (!form.ok) return rejectForm(400, form.values, { valuationId: 'deal_valuation_choose' });
	const result = attach
		? await dealValuations.attachValuation(locals.db, deal.id, form.data.valuationId)
		: await dealValuations.detachValuation(locals.db, deal.id, form.data.valuationId);
	// Detaching what is gone already (a replayed form) leaves the page as the reader wants it.
	if (result.ok || (!attach && result.reason === 'not_found')) return { done: attach ? 'attached' : 'detached' };
	return rejectRefusal('deal_valuation_refusal_', result, form.data, attach ? 'attach' : 'detach');
}

export const actions: Actions = {
	attach: (event) => change(event, true),
	detach: (event) => change(event, false)
};
