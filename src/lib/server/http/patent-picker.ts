import { hasUnstorableCharacters } from '../../rules/stored-text.ts';
import type { Executor } from '../db/port.ts';
import { isUuid } from '../../schemas/fields.ts';
import { formValues } from './forms.ts';
import * as valuablePatents from '../valuable-patents.ts';

// The server half of the patent picker ($lib/components/PatentPicker.svelte) that the valuation
// and service case requests share: what the form first shows, the ticked patents of a post, and
// the picker's search, a second submit button of the whole form (so nothing typed is lost).

const queryLimit = 100;

/** The form as first shown: a listing's patents ticked (?listing=), the reader's own suggested. */
export async function initialPatents(db: Executor, listingId: string | null) {
	const [ticked, suggestions] = await Promise.all([
		listingId && isUuid(listingId)
			? valuablePatents.findValuablePatents(db, { kind: 'listing', listingId })
			: Promise.resolve([]),
		valuablePatents.findValuablePatents(db, { kind: 'mine' })
	]);
	return { ticked, suggestions };
}

/** Every ticked box (parseForm reads only the first of a repeated key), with its label. */
export async function tickedPatents(db: Executor, formData: FormData) {
	const patentIds = formData.getAll('patentIds').filter((value) => typeof value === 'string');
	const known = patentIds.filter(isUuid);
	const ticked = known.length ? await valuablePatents.findValuablePatents(db, { kind: 'ticked', ids: known }) : [];
	return { patentIds, ticked };
}

/** The search action's answer: the whole form back, with the patents found. */
export async function searchPatents(db: Executor, formData: FormData) {
	const values = formValues(formData);
	// A query no stored text could match (NUL among them) is no search, as elsewhere (searchText).
	const typed = (values.patentQuery ?? '').trim().slice(0, queryLimit);
	const query = hasUnstorableCharacters(typed) ? '' : typed;
	const suggestions = await valuablePatents.findValuablePatents(
		db,
		query ? { kind: 'search', query } : { kind: 'mine' }
	);
	return { values, ...(await tickedPatents(db, formData)), suggestions, searched: query };
}
