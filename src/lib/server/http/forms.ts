import type { z } from 'zod';
import { fail } from '@sveltejs/kit';

export type FieldErrors = Record<string, string>;
export type FormResult<Output> =
	{ ok: true; data: Output } | { ok: false; values: Record<string, string>; errors: FieldErrors };

// Never echoed back to the page, whatever the outcome.
const secretFields = /password/i;

/** Reads text fields (files and repeated keys are ignored) so a form can be re-rendered. */
export function formValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string' && !(name in values)) values[name] = value;
	}
	return values;
}

/**
 * Parses a submitted form. Errors come back as one message key per field (the first), and
 * the typed values without secrets, ready for `fail(400, …)`.
 */
export function parseForm<Schema extends z.ZodType>(
	schema: Schema,
	formData: FormData,
	extra: Record<string, unknown> = {}
): FormResult<z.output<Schema>> {
	const values = formValues(formData);
	const parsed = schema.safeParse({ ...values, ...extra });
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, values: withoutSecrets(values), errors: fieldErrors(parsed.error.issues) };
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

function messageKey(issue: z.core.$ZodIssue): string {
	if (issue.message.startsWith('error_')) return issue.message;
	// A field missing from the request altogether (a hand-made POST) reads as empty.
	return issue.code === 'invalid_type' ? 'error_required' : 'error_invalid';
}

export function withoutSecrets<Values extends object>(values: Values): Values {
	return Object.fromEntries(Object.entries(values).filter(([name]) => !secretFields.test(name))) as Values;
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
