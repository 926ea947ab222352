/** A label as Paraglide compiles a message: a function of the reader's language. */
export type Label = () => string;

export interface Vocabulary<Value extends string> {
	/** Every value, in the order forms and filters show them (the table's order). */
	readonly values: readonly [Value, ...Value[]];
	/** The value's label in the reader's language; a value the table lacks reads as itself. */
	label(value: unknown): string;
	has(value: unknown): value is Value;
}

/**
 * A closed vocabulary from one table of value → label. Its values feed the zod enums and the
 * SQL enum is checked against them (tests/db/vocabularies.test.ts); its labels name each message
 * statically, so a page bundles the labels of the vocabularies it shows and no others.
 */
export function defineVocabulary<const Labels extends Record<string, Label>>(
	labels: Labels
): Vocabulary<keyof Labels & string> {
	type Value = keyof Labels & string;
	const values = Object.keys(labels) as unknown as readonly [Value, ...Value[]];
	const has = (value: unknown): value is Value => typeof value === 'string' && Object.hasOwn(labels, value);
	return { values, has, label: (value) => (has(value) ? labels[value]() : String(value)) };
}

export type ValueOf<Table> = Table extends Vocabulary<infer Value> ? Value : never;
