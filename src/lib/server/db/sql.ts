/**
 * The only way SQL is written in this app: a tagged template whose interpolations become
 * numbered parameters. Nested fragments are inlined with their parameters renumbered, so
 * queries compose without ever concatenating user input into SQL text.
 */
const fragmentMarker: unique symbol = Symbol('sql fragment');

export interface SqlFragment {
	readonly [fragmentMarker]: true;
	readonly strings: readonly string[];
	readonly values: readonly unknown[];
}

export interface CompiledQuery {
	text: string;
	values: unknown[];
}

export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): SqlFragment {
	return { [fragmentMarker]: true, strings: [...strings], values };
}

function isFragment(value: unknown): value is SqlFragment {
	return typeof value === 'object' && value !== null && fragmentMarker in value;
}

/** Joins fragments with a separator fragment, e.g. `join(conditions, sql` and `)`. */
export function join(fragments: readonly SqlFragment[], separator: SqlFragment = sql`, `): SqlFragment {
	const values = fragments.flatMap((fragment, index) => (index === 0 ? [fragment] : [separator, fragment]));
	return sql(Array<string>(values.length + 1).fill(''), ...values);
}

export function compile(fragment: SqlFragment): CompiledQuery {
	const compiled: CompiledQuery = { text: '', values: [] };
	append(fragment, compiled);
	return compiled;
}

function append(fragment: SqlFragment, into: CompiledQuery): void {
	fragment.strings.forEach((text, index) => {
		into.text += text;
		if (index >= fragment.values.length) return;
		const value = fragment.values[index];
		if (isFragment(value)) {
			append(value, into);
		} else {
			into.values.push(value === undefined ? null : value);
			into.text += `$${into.values.length}`;
		}
	});
}
