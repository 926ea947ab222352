import { z } from 'zod';
import { searchText } from './fields.ts';
import { cooperationModes, industries, legalStatuses, patentTypes } from '../vocabularies/listing.ts';

// Search state lives in the URL so a search can be shared; anything malformed falls back to
// "no filter" rather than an error page.
const many = <Values extends readonly [string, ...string[]]>(values: Values) =>
	z
		.array(z.string())
		.transform((list) =>
			[...new Set(list)].filter((value): value is Values[number] => (values as readonly string[]).includes(value))
		);

const trl = z.coerce.number().int().min(1).max(9).optional().catch(undefined);

export const searchParametersSchema = z.object({
	q: searchText(200),
	industry: many(industries.values),
	mode: many(cooperationModes.values),
	patentType: many(patentTypes.values),
	legalStatus: many(legalStatuses.values),
	trlMin: trl,
	trlMax: trl,
	institution: z.uuid().optional().catch(undefined),
	sort: z.enum(['relevance', 'newest']).catch('relevance'),
	page: z.coerce.number().int().min(1).max(50).catch(1)
});
export type SearchParameters = z.infer<typeof searchParametersSchema>;

/** Reads repeated keys (?industry=a&industry=b) as lists. */
export function readSearchParameters(parameters: URLSearchParams): SearchParameters {
	return searchParametersSchema.parse({
		q: parameters.get('q') ?? '',
		industry: parameters.getAll('industry'),
		mode: parameters.getAll('mode'),
		patentType: parameters.getAll('patentType'),
		legalStatus: parameters.getAll('legalStatus'),
		trlMin: parameters.get('trlMin') || undefined,
		trlMax: parameters.get('trlMax') || undefined,
		institution: parameters.get('institution') || undefined,
		sort: parameters.get('sort') ?? undefined,
		page: parameters.get('page') ?? undefined
	});
}
