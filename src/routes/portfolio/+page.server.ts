import type { Actions, PageServerLoad } from './$types';
import { handOverSchema, readPortfolioFilter } from '$lib/schemas/portfolio';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole, requireRoles } from '$lib/server/http/guards';
import { todayInShanghai } from '$lib/i18n/format';
import * as portfolio from '$lib/server/portfolio';
import * as listingDrafts from '$lib/server/listing-drafts';

// A university's patent portfolio (docs/domain.md, "Patent portfolio"): officers see their
// university's, admins any university's (`?university=`). Filters and paging are GET links and a
// GET form, so the page works without scripts and can be bookmarked.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'officer', 'admin');
	const filter = readPortfolioFilter(url.searchParams);
	const { university, universities } = await portfolio.resolveUniversity(
		locals.db,
		user.role,
		url.searchParams.get('university')
	);
	const officer = user.role === 'officer';
	const [result, researchers] = university
		? await Promise.all([
				portfolio.listPortfolio(locals.db, university.id, filter, todayInShanghai()),
				officer ? portfolio.listResearchers(locals.db, university.id) : []
			])
		: [null, []];
	return {
		filter,
		university,
		universities,
		result,
		researchers,
		pageSize: portfolio.portfolioPageSize,
		canImport: officer,
		// A new key each time the page is shown: posting the hand-over twice makes one draft.
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	// Checked patents become a listing draft of the chosen researcher (docs/domain.md, "Patent portfolio").
	handOver: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const patents = formData.getAll('patents').filter((value) => typeof value === 'string');
		const form = parseForm(handOverSchema, formData, { patents });
		if (!form.ok) return rejectForm(400, form.values, form.errors, { patents });
		const { researcherId, creationKey } = form.data;
		const draft = await listingDrafts.handPortfolioPatents(locals.db, form.data.patents, researcherId, creationKey);
		if (!draft) return rejectForm(404, form.data, { form: 'portfolio_error_hand_over' }, { patents });
		return { success: 'portfolio_handed', patents: [] as string[] };
	}
};
