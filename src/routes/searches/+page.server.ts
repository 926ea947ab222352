import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import { parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import {
	deleteSearchSchema,
	maximumSavedSearches,
	renameSearchSchema,
	saveSearchSchema
} from '$lib/schemas/saved-search';
import * as savedSearches from '$lib/server/saved-searches';
import { filterChips } from '$lib/rules/filter-chips';
import { filterLabel } from '$lib/i18n/filter-labels';
import { filterLabelContext } from '$lib/server/search-labels';

// Saved searches (docs/domain.md, "Alerts"). The catalogue's "save this search" form posts here
// (?/create) without scripts; a failure re-renders this page with what was typed.

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const [searches, labels] = await Promise.all([
		savedSearches.listSavedSearches(locals.db),
		filterLabelContext(locals.publicDb)
	]);
	return {
		searches: searches.map((search) => {
			const parameters = savedSearches.savedSearchParameters(search);
			return {
				...search,
				words: parameters.q,
				filters: filterChips(parameters).map((chip) => filterLabel(chip, labels))
			};
		}),
		maximum: maximumSavedSearches,
		saved: url.searchParams.get('saved'),
		// The search was saved before, under another name: say which, or the user looks for the new one.
		already: url.searchParams.has('already')
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const form = parseForm(saveSearchSchema, await readForm(request));
		if (!form.ok)
			return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['query']), { action: 'create' });
		const result = await savedSearches.saveSearch(locals.db, form.data);
		if (!result.ok) return rejectForm(409, form.data, { name: result.reason }, { action: 'create' });
		redirect(303, `/searches?saved=${result.id}${result.savedAs === undefined ? '' : '&already=1'}`);
	},
	rename: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const form = parseForm(renameSearchSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['id']), { action: 'rename' });
		if (!(await savedSearches.renameSavedSearch(locals.db, form.data.id, form.data.name)))
			return rejectForm(404, form.data, { form: 'alerts_error_search_gone' }, { action: 'rename' });
		return { action: 'rename', id: form.data.id, success: 'alerts_search_renamed' };
	},
	delete: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const form = parseForm(deleteSearchSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'error_form_tampered' }, { action: 'delete' });
		await savedSearches.deleteSavedSearch(locals.db, form.data.id);
		return { action: 'delete', success: 'alerts_search_deleted' };
	}
};
