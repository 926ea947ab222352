import { draftFields, listingSchema, submissionProblems, type ListingInput } from '$lib/schemas/listing';
import { fieldErrors, unstorableFields, type FieldErrors } from './forms';
import { draftValuesFromEntries, storableDraft, type ListingDraftValues } from '$lib/rules/listing-draft';

/** The listing form as typed, rows included: what the page re-renders after an error. */
export type ListingFormValues = ListingDraftValues;

export type ListingFormResult =
	| { ok: true; data: ListingInput; values: ListingFormValues }
	| { ok: false; values: ListingFormValues; errors: FieldErrors };

export function readListingForm(formData: FormData, options: { forSubmission: boolean }): ListingFormResult {
	const values = draftValuesFromEntries(formData);
	const inventors = values.inventors;
	const parsed = listingSchema.safeParse(values);
	// Errors are numbered like `values` (blank rows dropped), which is what the page re-renders.
	const unstorable = unstorableFields(values);
	if (!parsed.success || Object.keys(unstorable).length > 0) {
		const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues)), ...unstorable };
		// Show the share total too, so one round trip reveals every problem the user must fix.
		const total = inventors.reduce((sum, inventor) => sum + Math.round(Number(inventor.share) * 100), 0);
		if (options.forSubmission && !errors.inventors && inventors.length > 0 && total !== 10000)
			errors.inventors = 'error_inventor_shares';
		return { ok: false, values, errors };
	}
	if (options.forSubmission) {
		const problems = submissionProblems(parsed.data);
		if (Object.keys(problems).length > 0) return { ok: false, values, errors: problems };
	}
	return { ok: true, data: parsed.data, values };
}

/** A draft save: what was typed (stored as is), and the fields that pass validation now. */
export interface ListingDraftForm {
	values: ListingFormValues;
	/** Each field that is valid on its own; only these reach the listing's columns. */
	fields: Partial<ListingInput>;
	/** The whole form when every field is valid (the search index is rebuilt from it). */
	complete: ListingInput | null;
	/** Not refusals: what the save changed of the typed text (cut at a maximum, characters dropped). */
	notices: FieldErrors;
	/** The draft revision the editor was showing; null when the form names none. */
	revision: number | null;
}

export function readListingDraft(formData: FormData): ListingDraftForm {
	const { values, cut, cleaned } = storableDraft(draftValuesFromEntries(formData));
	const { fields, complete } = draftFields(values);
	const notices: FieldErrors = {};
	for (const name of cleaned) notices[name] = 'drafts_characters_removed';
	for (const name of cut) notices[name] = 'drafts_cut_to_maximum';
	const revision = formData.get('revision');
	return {
		values,
		fields,
		complete,
		notices,
		revision: typeof revision === 'string' && /^\d{1,9}$/.test(revision) ? Number(revision) : null
	};
}
