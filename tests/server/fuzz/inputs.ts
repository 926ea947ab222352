import fc from 'fast-check';

// What a form field may receive in the fuzz test: mostly something close to what the page would
// send (so requests get past validation and reach the database), and otherwise the inputs an
// outside walk found 500s with: control characters and NUL, huge strings, impossible dates,
// numbers Postgres cannot hold, random and other people's ids, missing and repeated fields, a
// file where text belongs and text where a file belongs.

export interface FileInput {
	name: string;
	bytes: Uint8Array<ArrayBuffer>;
}
export type Value = string | FileInput;
export type Entry = [name: string, value: Value];

export type Field =
	| { kind: 'text'; max: number; multiline?: boolean }
	| { kind: 'email' }
	| { kind: 'password' }
	| { kind: 'id'; pool: readonly string[] }
	| { kind: 'date' }
	| { kind: 'number'; min: number; max: number; decimals?: number }
	| { kind: 'choice'; values: readonly string[] }
	| { kind: 'pool'; values: readonly string[] }
	| { kind: 'file' };

const controls = [...'\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0085\u009f'];

/** Strings that broke or nearly broke parsers somewhere, whatever the field. */
const nasty = [
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\r\n',
	'\t',
	'null',
	'undefined',
	'true',
	'[object Object]',
	'{}',
	'[]',
	'NaN',
	'Infinity',
	'-Infinity',
	'1e309',
	'-1',
	'-0',
	'0',
	'0x1F',
	'1_000',
	'9'.repeat(40),
	'1.005',
	'2024-02-30',
	'0000-01-01',
	'1899-12-31',
	'2200-01-01',
	'9999-99-99',
	'2026-1-1',
	'00000000-0000-0000-0000-000000000000',
	'00000000-0000-4000-8000-00000000100',
	"' or 1=1 --",
	'%00',
	'%ZZ',
	'../../etc/passwd',
	'<script>alert(1)</script>',
	'\u202eevil',
	'\ufeff',
	'\ud83d',
	'𠮷🔬👩‍🔬',
	'ｆｕｌｌ　ｗｉｄｔｈ'
];

const hugeText = fc
	.tuple(fc.constantFrom('a', '中', '\u0000', '🔬', '\r\n'), fc.constantFrom(5_000, 70_000))
	.map(([unit, count]) => unit.repeat(count));

/** A string of about the sizes that matter for a limit: short, at the limit, just over it. */
function sized(max: number, unit: 'grapheme' | 'binary' = 'grapheme') {
	const length = fc.oneof(
		{ weight: 6, arbitrary: fc.integer({ min: 0, max: Math.min(max, 24) }) },
		{ weight: 1, arbitrary: fc.constantFrom(max, max + 1) },
		{ weight: 1, arbitrary: fc.integer({ min: 0, max: max + 1 }) }
	);
	return length.chain((count) => fc.string({ unit, minLength: count, maxLength: count }));
}

const withControl = (text: fc.Arbitrary<string>) =>
	fc
		.tuple(text, fc.constantFrom(...controls), fc.nat())
		.map(
			([value, control, at]) => value.slice(0, at % (value.length + 1)) + control + value.slice(at % (value.length + 1))
		);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function plausible(field: Field): fc.Arbitrary<Value> {
	switch (field.kind) {
		case 'text':
			return field.multiline
				? fc.array(sized(Math.min(field.max, 300)), { maxLength: 12 }).map((lines) => lines.join('\r\n'))
				: sized(field.max);
		case 'email':
			return fc.oneof(fc.emailAddress(), fc.constantFrom('company@demo.zhiqiao.cn', 'nobody@example.com', 'a@b'));
		case 'password':
			// Mostly refused before the 60 ms argon2 check, which would otherwise be most of the run.
			return fc.oneof(
				{ weight: 1, arbitrary: fc.constantFrom('zhiqiao-demo-2026', 'another good password') },
				{ weight: 3, arbitrary: fc.oneof(fc.string({ maxLength: 7 }), fc.constant('x'.repeat(257))) }
			);
		case 'id':
			return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...field.pool) }, { weight: 1, arbitrary: fc.uuid() });
		case 'date':
			return fc.oneof(
				{
					weight: 3,
					arbitrary: fc
						.date({ min: new Date('1850-01-01'), max: new Date('2250-12-31'), noInvalidDate: true })
						.map(isoDay)
				},
				// Shaped like a date, but perhaps no day at all: 2023-02-29, 0000-13-32.
				{
					weight: 2,
					arbitrary: fc
						.tuple(fc.nat(9999), fc.nat(13), fc.nat(32))
						.map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)
				}
			);
		case 'number':
			return fc.oneof(
				fc.integer({ min: field.min, max: Math.min(field.max, Number.MAX_SAFE_INTEGER) }).map(String),
				fc.double({ min: field.min, max: field.max, noNaN: true }).map((n) => n.toFixed(field.decimals ?? 0)),
				fc.constantFrom(field.min - 1, field.min, field.max, field.max + 1, field.max * 10).map(String)
			);
		case 'choice':
			return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...field.values) }, { weight: 1, arbitrary: sized(12) });
		case 'pool':
			return fc.constantFrom(...field.values);
		case 'file':
			return fileInput;
	}
}

const signatures = [
	[],
	[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
	[0xff, 0xd8, 0xff],
	[0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
	[...'%PDF-1.7\n'].map((character) => character.charCodeAt(0))
];

const fileName = fc.oneof(
	fc.constantFrom('photo.png', '合同草稿.pdf', 're\u0000port.pdf', 'a\r\nb.png', '"quoted".jpg', '🔬'.repeat(300), ''),
	fc.string({ unit: 'binary', maxLength: 40 })
);

// Over the 5 MB image limit: refused by its size, never stored. One buffer, sent now and then.
const tooLargeImage = new Uint8Array(5 * 1024 * 1024 + 1);
tooLargeImage.set(signatures[1]);

const fileBytes = fc.oneof(
	{
		weight: 60,
		arbitrary: fc.tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 2048 })).map(([signature, rest]) => {
			const bytes = new Uint8Array(signature.length + rest.length);
			bytes.set(signature);
			bytes.set(rest, signature.length);
			return bytes;
		})
	},
	{ weight: 1, arbitrary: fc.constant(tooLargeImage) }
);

export const fileInput: fc.Arbitrary<FileInput> = fc.record({ name: fileName, bytes: fileBytes });

/** One field's value: usually plausible, otherwise hostile. */
export function value(field: Field): fc.Arbitrary<Value> {
	const text = field.kind === 'file' ? fc.string() : (plausible(field) as fc.Arbitrary<string>);
	return fc.oneof(
		{ weight: 12, arbitrary: plausible(field) },
		{ weight: 2, arbitrary: fc.constantFrom(...nasty) },
		{ weight: 2, arbitrary: withControl(text) },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
		{ weight: 1, arbitrary: fc.uuid() },
		// The wrong type: a file where text belongs, text where a file belongs.
		{ weight: 1, arbitrary: field.kind === 'file' ? fc.string() : fileInput },
		{ weight: 1, arbitrary: fc.nat({ max: 39 }).chain((n) => (n === 0 ? hugeText : text)) }
	);
}

/** A field as sent: once (mostly), missing, or repeated with different values. */
export function entries(name: string, field: Field): fc.Arbitrary<Entry[]> {
	const one = value(field);
	return fc.oneof(
		{ weight: 14, arbitrary: one.map((v): Entry[] => [[name, v]]) },
		{ weight: 1, arbitrary: fc.constant<Entry[]>([]) },
		{ weight: 1, arbitrary: fc.array(one, { minLength: 2, maxLength: 3 }).map((vs) => vs.map((v): Entry => [name, v])) }
	);
}

/** A whole form: its fields in their order, sometimes with fields the form does not have. */
export function form(fields: Record<string, Field>, more?: fc.Arbitrary<Entry[]>): fc.Arbitrary<Entry[]> {
	const stranger = fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), value({ kind: 'text', max: 20 }));
	return fc
		.tuple(
			fc.tuple(...Object.entries(fields).map(([name, field]) => entries(name, field))),
			more ?? fc.constant([]),
			fc.oneof(
				{ weight: 9, arbitrary: fc.constant([]) },
				{ weight: 1, arbitrary: fc.array(stranger, { maxLength: 3 }) }
			)
		)
		.map(([known, extra, strangers]) => [...known.flat(), ...extra, ...(strangers as Entry[])]);
}

/** Numbered rows (`inventors.0.name`), as the listing editor sends them, with odd indices now and then. */
export function rows(prefix: string, fields: Record<string, Field>): fc.Arbitrary<Entry[]> {
	const index = fc.oneof(
		{ weight: 8, arbitrary: fc.nat({ max: 4 }).map(String) },
		{ weight: 1, arbitrary: fc.constantFrom('07', '99', '-1', '100', 'x') }
	);
	const row = fc
		.tuple(index, form(fields))
		.map(([at, row]) => row.map(([name, v]): Entry => [`${prefix}.${at}.${name}`, v]));
	return fc.array(row, { maxLength: 3 }).map((all) => all.flat());
}
