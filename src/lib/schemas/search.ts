import { z } from 'zod';
import { controlCharactersAsSpaces } from '../rules/stored-text.ts';
import { cooperationModes, industries, legalStatuses, patentTypes } from '../vocabularies/listing.ts';

// Search state lives in the URL so a search can be shared; anything malformed falls back to
// "no filter" rather than an error page.
const many = <Values extends readonly [string, ...string[]]>(values: Values) =>
	z
		.array(z.string())
		.transform((list) =>
			[...new Set(list)].filter((value): value is Values[number] => (values as readonly string[]).includes(value))
		);

/** Longer queries are cut here, and the page says so (nobody types more; the index is no faster). */
export const maximumQueryLength = 200;

const trl = z.coerce.number().int().min(1).max(9).optional().catch(undefined);

export const searchParametersSchema = z.object({
	q: z.string().catch(''),
	/** The query was cut to `maximumQueryLength` characters. */
	shortened: z.boolean().catch(false),
	industry: many(industries.values),
	mode: many(cooperationModes.values),
	patentType: many(patentTypes.values),
	legalStatus: many(legalStatuses.values),
	trlMin: trl,
	trlMax: trl,
	institution: z.uuid().optional().catch(undefined),
	/** Only listings open for licensing (?openLicence=1). */
	openLicence: z.boolean().catch(false),
	sort: z.enum(['relevance', 'newest']).catch('relevance'),
	page: z.coerce.number().int().min(1).max(50).catch(1)
});
export type SearchParameters = z.infer<typeof searchParametersSchema>;

/**
 * The query as it is searched: control characters (NUL among them, which no text column holds) become spaces,
 * and a query over `maximumQueryLength` characters is cut there (between characters, never inside
 * one), so a long paste still searches by its beginning instead of being dropped.
 */
function readQuery(typed: string): { q: string; shortened: boolean } {
	const characters = [...controlCharactersAsSpaces(typed).trim()];
	const shortened = characters.length > maximumQueryLength;
	return { q: characters.slice(0, maximumQueryLength).join('').trim(), shortened };
}

/** Reads repeated keys (?industry=a&industry=b) as lists. */
export function readSearchParameters(parameters: URLSearchParams): SearchParameters {
	return searchParametersSchema.parse({
		...readQuery(parameters.get('q') ?? ''),
		industry: parameters.getAll('industry'),
		mode: parameters.getAll('mode'),
		patentType: parameters.getAll('patentType'),
		legalStatus: parameters.getAll('legalStatus'),
		trlMin: parameters.get('trlMin') || undefined,
		trlMax: parameters.get('trlMax') || undefined,
		institution: parameters.get('institution') || undefined,
		openLicence: parameters.get('openLicence') === '1',
		sort: parameters.get('sort') ?? undefined,
		page: parameters.get('page') ?? undefined
	});
}
