import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseForm, unstorableFields } from '$lib/server/http/forms';
import { readListingForm } from '$lib/server/http/listing-form';
import { signInSchema, signUpSchema, profileSchema, changePasswordSchema, emailCodeSchema } from '$lib/schemas/auth';
import { changeRoleSchema, publicNoticeSchema, userSearchSchema } from '$lib/schemas/admin';
import {
	declineSchema,
	interestReferenceSchema,
	interestSchema,
	messageSchema,
	planSchema,
	stageMoveSchema,
	termsSchema
} from '$lib/schemas/deal';
import { removeFileSchema, reviewSchema } from '$lib/schemas/listing';
import { needSchema } from '$lib/schemas/need';
import { markReadSchema } from '$lib/schemas/notification';
import { readSearchParameters } from '$lib/schemas/search';
import { hasUnstorableCharacters } from '$lib/rules/stored-text';
import { isCalendarDate } from '$lib/rules/calendar-date';

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

/** Every string in parsed data, however deep. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value !== 'object' || value === null) return [];
	return Object.values(value).flatMap(strings);
}

describe('the shared rule for text fields', () => {
	it('refuses a field with NUL by name, keeps what was typed, and still reports the other fields', () => {
		const result = parseForm(
			signInSchema,
			form([
				['email', 'li\u0000@example.cn'],
				['password', '']
			])
		);
		expect(result).toEqual({
			ok: false,
			values: { email: 'li\u0000@example.cn' },
			errors: { email: 'error_unstorable_characters', password: 'error_required' }
		});
	});

	it('names the field even when it is a password, which is never echoed', () => {
		const result = parseForm(
			changePasswordSchema,
			form([
				['currentPassword', 'old\u0001'],
				['newPassword', 'long enough']
			])
		);
		expect(result).toEqual({ ok: false, values: {}, errors: { currentPassword: 'error_unstorable_characters' } });
	});

	it('keeps tabs and the newlines browsers send from a textarea (a message stores CRLF as LF, counted once)', () => {
		const result = parseForm(
			messageSchema,
			form([
				['idempotencyKey', crypto.randomUUID()],
				['body', '第一行\r\n\tsecond line']
			])
		);
		expect(result.ok && result.data.body).toBe('第一行\n\tsecond line');
	});

	it('reads only the first of repeated keys, so a later copy cannot smuggle anything in', () => {
		const result = parseForm(
			profileSchema,
			form([
				['displayName', 'Li'],
				['displayName', '\u0000']
			])
		);
		expect(result).toEqual({ ok: true, data: { displayName: 'Li' } });
	});

	it('names rows as the listing editor renumbers them (blank rows dropped)', () => {
		const result = readListingForm(
			form([
				['inventors.3.name', 'Li\u0000'],
				['inventors.3.share', '100'],
				['patents.1.title', 'x\u007f'],
				['patents.1.number', '202110420380.4']
			]),
			{ forSubmission: false }
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toMatchObject({
			'inventors.0.name': 'error_unstorable_characters',
			'patents.0.title': 'error_unstorable_characters'
		});
	});

	it('walks nested values', () => {
		expect(unstorableFields({ a: 'ok\r\n', rows: [{ b: 'x\u0000' }], modes: ['y', '\u001b'] })).toEqual({
			'rows.0.b': 'error_unstorable_characters',
			'modes.1': 'error_unstorable_characters'
		});
	});
});

const id = '00000000-0000-4000-8000-000000000101';
/** Each form schema with a form it accepts; the property below changes one field at a time. */
const accepted = [
	[
		signUpSchema,
		{
			email: 'a@b.cn',
			password: 'long enough',
			displayName: 'Li',
			role: 'company',
			companyName: 'Co',
			organizationId: ''
		}
	],
	[signInSchema, { email: 'a@b.cn', password: 'x' }],
	[profileSchema, { displayName: 'Li' }],
	[changePasswordSchema, { currentPassword: 'x', newPassword: 'long enough' }],
	[emailCodeSchema, { email: 'a@b.cn', code: '123456' }],
	[changeRoleSchema, { userId: id, role: 'company' }],
	[publicNoticeSchema, { organizationId: id, days: '15' }],
	[
		interestSchema,
		{
			idempotencyKey: id,
			wantedMode: 'exclusive_license',
			fieldOfUse: '',
			territory: '',
			budgetMin: '',
			budgetMax: '',
			timeline: '',
			message: ''
		}
	],
	[interestReferenceSchema, { interest: id }],
	[declineSchema, { reason: 'price', note: '' }],
	[stageMoveSchema, { stage: 'nda', reason: '' }],
	[
		termsSchema,
		{
			mode: '',
			fieldOfUse: '',
			territory: '',
			termMonths: '',
			upfrontFee: '',
			royaltyPercent: '',
			milestones: '',
			equityPercent: '',
			sublicenceSharePercent: ''
		}
	],
	[planSchema, { officerId: '', nextAction: '', nextActionOn: '' }],
	[messageSchema, { idempotencyKey: id, body: 'hi' }],
	[removeFileSchema, { fileId: id }],
	[reviewSchema, { decision: 'publish', comment: '' }],
	[needSchema, { title: 't', problem: 'p', industry: 'automotive', budget: '', deadline: '' }],
	[markReadSchema, { id: '1' }]
] as const;

// Short texts over a small alphabet with control characters in it, so that values which pass a
// schema (an email, a name, a number) often carry one; plus any code point, and hostile constants.
const someText = fc.oneof(
	fc.string({
		unit: fc.constantFrom(...'a中 @.-09', '\u0000', '\u0001', '\u007f', '\u0085', '\r', '\n', '\t'),
		maxLength: 12
	}),
	fc.string({ unit: 'binary' }),
	fc.constantFrom('2024-02-30', '0000-01-01', '1e309', '2024-02-29', 'a@b.cn', 'a\u0000@b.cn', 'Li\u0000')
);

describe('what passes form parsing', () => {
	it('is accepted as it stands, for every form below', () => {
		for (const [schema, fields] of accepted)
			expect(parseForm(schema, form(Object.entries(fields)), { locale: 'en' }).ok, JSON.stringify(fields)).toBe(true);
	});

	it.each(accepted.map(([schema, fields]) => [Object.keys(fields).join(', '), schema, fields] as const))(
		'(%s) holds no character the rule refuses, whichever field is changed to whatever, and nothing throws',
		(_names, schema, fields) => {
			fc.assert(
				fc.property(fc.constantFrom(...Object.keys(fields)), someText, (name, text) => {
					const result = parseForm(schema, form(Object.entries({ ...fields, [name]: text })), { locale: 'en' });
					if (result.ok) for (const value of strings(result.data)) expect(hasUnstorableCharacters(value)).toBe(false);
				})
			);
		}
	);

	it('the listing form: the same, whichever of its fields or rows is changed', () => {
		const draft: Record<string, string> = {
			title: 't',
			pitch: '',
			summary: '',
			advantages: '',
			applications: '',
			ipcCodes: '',
			'inventors.0.name': 'Li',
			'inventors.0.share': '100',
			'inventors.0.email': '',
			'patents.0.number': '202110420380.4',
			'patents.0.type': 'invention',
			'patents.0.legalStatus': 'pending',
			'patents.0.title': 't',
			'patents.0.filedOn': ''
		};
		expect(readListingForm(form(Object.entries(draft)), { forSubmission: false }).ok).toBe(true);
		fc.assert(
			fc.property(fc.constantFrom(...Object.keys(draft)), someText, (name, text) => {
				const result = readListingForm(form(Object.entries({ ...draft, [name]: text })), { forSubmission: false });
				if (result.ok) for (const value of strings(result.data)) expect(hasUnstorableCharacters(value)).toBe(false);
			})
		);
	});
});

describe('dates in forms', () => {
	it.each([
		['a next action', planSchema, 'nextActionOn', { officerId: '', nextAction: '' }],
		['a need deadline', needSchema, 'deadline', { title: 't', problem: 'p', industry: 'automotive', budget: '' }]
	] as const)('%s is a real day or nothing', (_what, schema, field, rest) => {
		const parse = (date: string) => schema.safeParse({ ...rest, [field]: date });
		for (const impossible of ['2024-02-30', '0000-01-01', '2023-02-29', '9999-12-31', '2024-1-1'])
			expect(parse(impossible).error?.issues[0]).toMatchObject({ path: [field], message: 'error_date_invalid' });
		// A leap day still to come: a need's deadline may not be in the past.
		expect(parse('2028-02-29').data).toMatchObject({ [field]: '2028-02-29' });
		expect(parse(' ').data).toMatchObject({ [field]: null });
	});

	it('a need deadline before today is refused at its field', () => {
		const result = needSchema.safeParse({
			title: 't',
			problem: 'p',
			industry: 'automotive',
			budget: '',
			deadline: '2024-02-29'
		});
		expect(result.error?.issues).toMatchObject([{ path: ['deadline'], message: 'error_deadline_past' }]);
	});

	it('a patent filing date too, by the same schema', () => {
		const result = readListingForm(
			form([
				['patents.0.number', '202110420380.4'],
				['patents.0.type', 'invention'],
				['patents.0.legalStatus', 'pending'],
				['patents.0.filedOn', '2021-02-29']
			]),
			{ forSubmission: false }
		);
		expect(!result.ok && result.errors['patents.0.filedOn']).toBe('error_date_invalid');
	});

	it('whatever passes is a calendar day', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-') }), (text) => {
				const parsed = planSchema.safeParse({ officerId: '', nextAction: '', nextActionOn: text });
				if (parsed.success && parsed.data.nextActionOn !== null)
					expect(isCalendarDate(parsed.data.nextActionOn)).toBe(true);
			})
		);
	});
});

describe('numbers and text from URLs and hidden fields', () => {
	it('a notification id is digits only, within what JavaScript counts exactly', () => {
		for (const bad of ['1e309', '-1', '0', 'NaN', '1.5', '0x10', ' 7', '9'.repeat(16)])
			expect(markReadSchema.safeParse({ id: bad }).success, bad).toBe(false);
		expect(markReadSchema.parse({ id: '42' })).toEqual({ id: 42 });
	});

	it('a user search with control characters is no search; a listing search reads them as spaces', () => {
		expect(userSearchSchema.parse({ q: 'a\u0000' }).q).toBe('');
		expect(readSearchParameters(new URLSearchParams('q=%00水处理')).q).toBe('水处理');
		expect(readSearchParameters(new URLSearchParams('q=水处理')).q).toBe('水处理');
	});

	it('a listing search over 200 characters is cut there, between characters, and says so', () => {
		const long = readSearchParameters(new URLSearchParams({ q: '电池'.repeat(2500) }));
		expect(long).toMatchObject({ q: '电池'.repeat(100), shortened: true });
		const emoji = readSearchParameters(new URLSearchParams({ q: '😀'.repeat(201) }));
		expect(emoji).toMatchObject({ q: '😀'.repeat(200), shortened: true });
		expect(readSearchParameters(new URLSearchParams({ q: ` ${'x'.repeat(200)} ` }))).toMatchObject({
			q: 'x'.repeat(200),
			shortened: false
		});
	});
});
