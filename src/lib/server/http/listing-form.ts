import { listingSchema, submissionProblems, type ListingInput } from '$lib/schemas/listing';
import { fieldErrors, unstorableFields, type FieldErrors } from './forms';

/** The listing form as typed, rows included: what the page re-renders after an error. */
export interface ListingFormValues {
	title: string;
	pitch: string;
	summary: string;
	advantages: string;
	applications: string;
	industry: string;
	ipcCodes: string;
	trl: string;
	cooperationModes: string[];
	negotiable: boolean;
	askingPrice: string;
	inventors: { name: string; share: string; email: string }[];
	patents: { number: string; type: string; legalStatus: string; title: string; filedOn: string; grantedOn: string }[];
}

const inventorFields = ['name', 'share', 'email'] as const;
const patentFields = ['number', 'type', 'legalStatus', 'title', 'filedOn', 'grantedOn'] as const;
// Selects always send a value, so they do not make a row count as filled in.
const patentContentFields = ['number', 'title', 'filedOn', 'grantedOn'] as const;

function text(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}

/** Rows named `prefix.<index>.<field>`, in index order; blank rows are left out. */
function rows<Field extends string>(
	formData: FormData,
	prefix: string,
	fields: readonly Field[],
	content: readonly Field[]
) {
	const indices = new Set<number>();
	for (const key of formData.keys()) {
		const match = new RegExp(`^${prefix}\\.(\\d{1,2})\\.`).exec(key);
		if (match) indices.add(Number(match[1]));
	}
	const items: Record<Field, string>[] = [];
	for (const index of [...indices].sort((a, b) => a - b)) {
		const row = Object.fromEntries(
			fields.map((field) => [field, text(formData, `${prefix}.${index}.${field}`)])
		) as Record<Field, string>;
		if (content.every((field) => row[field].trim() === '')) continue;
		items.push(row);
	}
	return items;
}

export type ListingFormResult =
	| { ok: true; data: ListingInput; values: ListingFormValues }
	| { ok: false; values: ListingFormValues; errors: FieldErrors };

export function readListingForm(formData: FormData, options: { forSubmission: boolean }): ListingFormResult {
	const inventors = rows(formData, 'inventors', inventorFields, inventorFields);
	const patents = rows(formData, 'patents', patentFields, patentContentFields);
	const values: ListingFormValues = {
		title: text(formData, 'title'),
		pitch: text(formData, 'pitch'),
		summary: text(formData, 'summary'),
		advantages: text(formData, 'advantages'),
		applications: text(formData, 'applications'),
		industry: text(formData, 'industry'),
		ipcCodes: text(formData, 'ipcCodes'),
		trl: text(formData, 'trl'),
		cooperationModes: formData.getAll('cooperationModes').filter((value): value is string => typeof value === 'string'),
		negotiable: formData.get('negotiable') === 'on',
		askingPrice: text(formData, 'askingPrice'),
		inventors,
		patents
	};
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
