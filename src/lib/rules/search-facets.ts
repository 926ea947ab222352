/** The facet columns of one candidate listing, as the search statement returns them. */
export type CandidateFacets = [
	industry: string | null,
	modes: string[],
	institution: string,
	patentTypes: string[],
	legalStatuses: string[]
];

const facetNames = ['industry', 'mode', 'patentType', 'legalStatus', 'institution'] as const;
export type FacetName = (typeof facetNames)[number];
export type FacetCounts = Record<FacetName, Record<string, number>>;

/**
 * The candidates' facet keys (`listings.facet_key`) as the search statement sends them: `;`
 * between listings, `|` between columns, `,` inside a list. Building JSON for 201 rows cost ≈ 1 ms in PostgreSQL,
 * this text ≈ 0.1 ms. Safe because every value is an enum label or a uuid, which hold none of
 * the separators.
 */
export function parseCandidateFacets(text: string): CandidateFacets[] {
	if (text === '') return [];
	const list = (part: string) => (part === '' ? [] : part.split(','));
	return text.split(';').map((listing) => {
		const [industry, modes, institution, patentTypes, legalStatuses] = listing.split('|');
		return [industry || null, list(modes), institution, list(patentTypes), list(legalStatuses)];
	});
}

/**
 * How many candidates carry each filter value. Counted here rather than in SQL: five GROUP BYs
 * over unnested arrays cost the search statement ≈ 1.5 ms on PostgreSQL; counting 201 rows
 * here takes microseconds.
 */
export function countFacets(candidates: readonly CandidateFacets[]): FacetCounts {
	const counts = new Map<FacetName, Map<string, number>>(facetNames.map((name) => [name, new Map()]));
	const add = (facet: FacetName, values: readonly string[]) => {
		const tally = counts.get(facet)!;
		// A value listed twice on one listing still counts that listing once.
		values.forEach((value, index) => values.indexOf(value) === index && tally.set(value, (tally.get(value) ?? 0) + 1));
	};
	for (const [industry, modes, institution, patentTypes, legalStatuses] of candidates) {
		if (industry !== null) add('industry', [industry]);
		add('mode', modes);
		add('institution', [institution]);
		add('patentType', patentTypes);
		add('legalStatus', legalStatuses);
	}
	return Object.fromEntries(facetNames.map((name) => [name, Object.fromEntries(counts.get(name)!)])) as FacetCounts;
}
