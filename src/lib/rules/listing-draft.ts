// A listing draft as typed. Saving a draft must never lose what the researcher typed, so the raw
// form values are stored as they are (only their shape and size are bounded here); validation
// that blocks is for submitting. The same rules decide, in the browser, whether a copy kept on
// the device holds work the server never got.

import { withoutLoneSurrogates, withoutUnstorableCharacters } from './stored-text.ts';

/** The listing form as typed, rows included: what the editor shows and a draft stores. */
export interface ListingDraftValues {
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

type TextField = Exclude<keyof ListingDraftValues, 'cooperationModes' | 'negotiable' | 'inventors' | 'patents'>;

/**
 * The listing form's limits, once: the schema that validates a listing (`schemas/listing.ts`), the
 * editor's fields and a draft's storage all read them from here. Lengths are in characters.
 */
export const listingLimits = {
	title: 120,
	pitch: 200,
	summary: 5000,
	applications: 2000,
	/** 量化优势: one advantage per line. */
	advantages: { lines: 10, lineLength: 300 },
	/** IPC symbols, comma- or line-separated. */
	ipcCodes: { text: 600, codes: 20 },
	cooperationModes: 6,
	inventor: { name: 80, share: 20, email: 254 },
	patent: { number: 40, type: 20, legalStatus: 20, title: 200, filedOn: 20, grantedOn: 20 },
	/** Inventor rows, and patent rows. */
	rows: 50
} as const;

/** The most characters a draft keeps per field: each column's own limit, or the form's. */
export const draftFieldLimits: Record<TextField, number> = {
	title: listingLimits.title,
	pitch: listingLimits.pitch,
	summary: listingLimits.summary,
	// Every line at its longest, each with its line break (CRLF, as forms send it).
	advantages: listingLimits.advantages.lines * (listingLimits.advantages.lineLength + 2),
	applications: listingLimits.applications,
	industry: 40,
	ipcCodes: listingLimits.ipcCodes.text,
	trl: 10,
	askingPrice: 40
};
const inventorLimits = listingLimits.inventor;
const patentLimits = listingLimits.patent;
const maximumRows = listingLimits.rows;
const maximumModes = listingLimits.cooperationModes;

const inventorFields = Object.keys(inventorLimits) as (keyof typeof inventorLimits)[];
const patentFields = Object.keys(patentLimits) as (keyof typeof patentLimits)[];
// Selects always send a value, so they do not make a patent row count as filled in.
const patentContentFields = ['number', 'title', 'filedOn', 'grantedOn'] as const;

/** Reads the editor's form entries (first of repeated keys, except the modes); blank rows are left out. */
export function draftValuesFromEntries(entries: Iterable<[string, unknown]>): ListingDraftValues {
	const first = new Map<string, string>();
	const modes: string[] = [];
	for (const [name, value] of entries) {
		if (typeof value !== 'string') continue;
		if (name === 'cooperationModes') modes.push(value);
		else if (!first.has(name)) first.set(name, value);
	}
	const text = (name: string) => first.get(name) ?? '';
	const rows = <Field extends string>(prefix: string, fields: readonly Field[], content: readonly Field[]) => {
		const indices = new Set<number>();
		const pattern = new RegExp(`^${prefix}\\.(\\d{1,2})\\.`);
		for (const name of first.keys()) {
			const match = pattern.exec(name);
			if (match) indices.add(Number(match[1]));
		}
		return [...indices]
			.sort((a, b) => a - b)
			.map((index) => Object.fromEntries(fields.map((field) => [field, text(`${prefix}.${index}.${field}`)])))
			.filter((row) => content.some((field) => row[field].trim() !== '')) as Record<Field, string>[];
	};
	return {
		title: text('title'),
		pitch: text('pitch'),
		summary: text('summary'),
		advantages: text('advantages'),
		applications: text('applications'),
		industry: text('industry'),
		ipcCodes: text('ipcCodes'),
		trl: text('trl'),
		cooperationModes: modes,
		negotiable: first.get('negotiable') === 'on',
		askingPrice: text('askingPrice'),
		inventors: rows('inventors', inventorFields, inventorFields),
		patents: rows('patents', patentFields, patentContentFields)
	};
}

export interface StorableDraft {
	values: ListingDraftValues;
	/** Fields cut at their maximum, by form name ("summary", "patents.0.title"). */
	cut: string[];
	/** Fields that held control characters, which were dropped (the input rule's characters). */
	cleaned: string[];
}

/** The draft as it can be stored: control characters dropped, each field cut at its maximum. */
export function storableDraft(values: ListingDraftValues): StorableDraft {
	const cut: string[] = [];
	const cleaned: string[] = [];
	const clean = (text: string, limit: number, name: string) => {
		const wellFormed = withoutLoneSurrogates(text);
		const withoutControls = withoutUnstorableCharacters(wellFormed);
		if (withoutControls !== wellFormed) cleaned.push(name);
		const characters = Array.from(withoutControls);
		if (characters.length <= limit) return withoutControls;
		cut.push(name);
		return characters.slice(0, limit).join('');
	};
	const row = <Field extends string>(item: Record<Field, string>, limits: Record<Field, number>, name: string) =>
		Object.fromEntries(
			(Object.keys(limits) as Field[]).map((field) => [
				field,
				clean(item[field] ?? '', limits[field], `${name}.${field}`)
			])
		) as Record<Field, string>;
	const stored = {} as ListingDraftValues;
	for (const field of Object.keys(draftFieldLimits) as TextField[])
		stored[field] = clean(values[field], draftFieldLimits[field], field);
	stored.cooperationModes = values.cooperationModes
		.slice(0, maximumModes)
		.map((mode) => clean(mode, 40, 'cooperationModes'));
	stored.negotiable = values.negotiable;
	stored.inventors = values.inventors
		.slice(0, maximumRows)
		.map((inventor, index) => row(inventor, inventorLimits, `inventors.${index}`));
	stored.patents = values.patents
		.slice(0, maximumRows)
		.map((patent, index) => row(patent, patentLimits, `patents.${index}`));
	if (values.inventors.length > maximumRows) cut.push('inventors');
	if (values.patents.length > maximumRows) cut.push('patents');
	return { values: stored, cut, cleaned };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** A stored or device-kept draft read back; anything not shaped like one is no draft (null). */
export function parseDraftValues(json: unknown): ListingDraftValues | null {
	if (!isRecord(json)) return null;
	const rows = <Field extends string>(list: unknown, fields: readonly Field[]) =>
		(Array.isArray(list) ? list : [])
			.filter(isRecord)
			.map((item) => Object.fromEntries(fields.map((field) => [field, asText(item[field])])) as Record<Field, string>);
	const values = {} as ListingDraftValues;
	for (const field of Object.keys(draftFieldLimits) as TextField[]) values[field] = asText(json[field]);
	values.cooperationModes = (Array.isArray(json.cooperationModes) ? json.cooperationModes : []).filter(
		(mode): mode is string => typeof mode === 'string'
	);
	values.negotiable = json.negotiable === true;
	values.inventors = rows(json.inventors, inventorFields);
	values.patents = rows(json.patents, patentFields);
	return storableDraft(values).values;
}

/** Whether two drafts hold the same content (what counts as a change worth saving). */
export function sameDraft(a: ListingDraftValues, b: ListingDraftValues): boolean {
	return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(values: ListingDraftValues) {
	const stored = storableDraft(values).values;
	// Line endings differ between what a textarea shows (LF) and what a form sends (CRLF).
	const lines = (text: string) => text.replace(/\r\n?/g, '\n');
	return {
		...stored,
		summary: lines(stored.summary),
		advantages: lines(stored.advantages),
		applications: lines(stored.applications),
		cooperationModes: [...stored.cooperationModes].sort()
	};
}

/** The copy a device keeps until the server confirms a save. */
export interface DeviceCopy {
	values: ListingDraftValues;
	/** The server revision the copy was typed over. */
	revision: number;
	/** When it was last typed in (milliseconds since 1970, the device's clock). */
	changedAt: number;
}

/**
 * What the editor does, on opening, with a copy this device kept:
 * - `none`: there is none;
 * - `drop`: it holds what the server holds (its save arrived, or it was typed back), so it goes
 *   without a word;
 * - `restore`: it differs and was typed over the revision the server still has, so it is work
 *   the server never got: it fills the form and is saved;
 * - `offer`: it differs, but the server has moved on since (a save from another tab or device, or
 *   a save whose answer never came back followed by more elsewhere). Either may be the one the
 *   user wants, so the copy is offered back ("restore" or "discard") and kept until they choose.
 */
export function deviceCopyOnOpen(
	copy: DeviceCopy | null,
	server: { values: ListingDraftValues; revision: number }
): 'none' | 'drop' | 'restore' | 'offer' {
	if (!copy) return 'none';
	if (sameDraft(copy.values, server.values)) return 'drop';
	return copy.revision === server.revision ? 'restore' : 'offer';
}
