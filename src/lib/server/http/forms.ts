import type { z } from 'zod';
import { error, fail, isHttpError } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { hasUnstorableCharacters } from '$lib/rules/stored-text';

export type FieldErrors = Record<string, string>;
export type FormResult<Output> =
	{ ok: true; data: Output } | { ok: false; values: Record<string, string>; errors: FieldErrors };

// Never echoed back to the page, whatever the outcome.
const secretFields = /password/i;

/**
 * How every form action reads its body (ESLint refuses `request.formData()` in routes). A body
 * that is no form at all (text/plain, broken multipart) is the sender's mistake: 400, not 500.
 * A body over BODY_SIZE_LIMIT keeps the framework's own answer, 413.
 */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (caught) {
		if (isHttpError(caught) || hasStatus(caught)) throw caught;
		error(400, m.error_request_refused());
	}
}

function hasStatus(caught: unknown): boolean {
	return typeof caught === 'object' && caught !== null && typeof (caught as { status?: unknown }).status === 'number';
}

/**
 * The input rule every form shares: a field holding a control character other than tab, LF or
 * CR is refused with its own message (Postgres cannot store NUL; see $lib/rules/stored-text), and
 * what was typed is kept for the page to show again. `values` may nest rows, whose fields are
 * named like the page names them (`inventors.0.name`).
 */
export function unstorableFields(values: unknown, path = ''): FieldErrors {
	if (typeof values === 'string')
		return hasUnstorableCharacters(values) ? { [path || 'form']: 'error_unstorable_characters' } : {};
	if (typeof values !== 'object' || values === null) return {};
	const errors: FieldErrors = {};
	for (const [name, value] of Object.entries(values))
		Object.assign(errors, unstorableFields(value, path ? `${path}.${name}` : name));
	return errors;
}

/** Reads text fields (files and repeated keys are ignored) so a form can be re-rendered. */
export function formValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string' && !(name in values)) values[name] = value;
	}
	return values;
}

/**
 * Parses a submitted form. Errors come back as one message key per field (the first, and the
 * shared input rule before the schema's), and the typed values without secrets, ready for
 * `rejectForm(400, …)`. Only the first of repeated keys is read, so only it is checked.
 */
export function parseForm<Schema extends z.ZodType>(
	schema: Schema,
	formData: FormData,
	extra: Record<string, unknown> = {}
): FormResult<z.output<Schema>> {
	const values = formValues(formData);
	const parsed = schema.safeParse({ ...values, ...extra });
	const unstorable = unstorableFields(values);
	if (parsed.success && Object.keys(unstorable).length === 0) return { ok: true, data: parsed.data };
	const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues)), ...unstorable };
	return { ok: false, values: withoutSecrets(values), errors };
}

/** One message key per field path ("email", "patents.0.number"), the first issue winning. */
export function fieldErrors(
	issues: readonly z.core.$ZodIssue[],
	pathFor = (path: PropertyKey[]) => path.join('.')
): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const field = issue.path.length > 0 ? pathFor(issue.path) : 'form';
		if (!(field in errors)) errors[field] = messageKey(issue);
	}
	return errors;
}

/** A schema's own message key: a shared one (`error_…`) or an area's (`interests_error_…`, `closing_error_…`, `income_error_…`, `open_licence_error_…`, `valuation_error_…`, `case_error_…`, `pledge_error_…`, `portfolio_error_…`, `proposal_error_…`, `alerts_error_…`). */
const schemaMessageKey =
	/^(error_|interests_error_|closing_error_|income_error_|open_licence_error_|valuation_error_|case_error_|pledge_error_|portfolio_error_|proposal_error_|alerts_error_)/;

function messageKey(issue: z.core.$ZodIssue): string {
	if (schemaMessageKey.test(issue.message)) return issue.message;
	// A field missing from the request altogether (a hand-made POST) reads as empty.
	return issue.code === 'invalid_type' ? 'error_required' : 'error_invalid';
}

export function withoutSecrets<Values extends object>(values: Values): Values {
	return Object.fromEntries(Object.entries(values).filter(([name]) => !secretFields.test(name))) as Values;
}

/**
 * A refused form whose hidden fields (ones the page sets, which nobody types) do not parse was
 * altered or is out of date; the page shows no field for them, so the refusal also gets a
 * form-level message saying to reload.
 */
export function withHiddenFieldError(errors: FieldErrors, hidden: readonly string[]): FieldErrors {
	if (errors.form || !hidden.some((name) => name in errors)) return errors;
	return { ...errors, form: 'error_form_tampered' };
}

/** `{}` (nothing typed to keep) has no field at all, so pages read the other failures' fields unchanged. */
type ShownValues<Values> = [keyof Values] extends [never] ? Record<string, never> : Values;

/**
 * The one way a form action fails: every failure has this shape, so pages read
 * `form.errors.<field>` (a message key) and re-render `form.values` (what was typed, no secrets).
 */
export function rejectForm<Values extends object, Extra extends Record<string, unknown> = Record<never, never>>(
	status: number,
	values: Values,
	errors: FieldErrors,
	extra: Extra = {} as Extra
) {
	return fail(status, { ...extra, values: withoutSecrets(values) as ShownValues<Values>, errors });
}
