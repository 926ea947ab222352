import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import { buildSearchQuery, normalize, words, type SearchQuery } from '../rules/search-text.ts';
import { correctableWords, correctedQuery } from '../rules/search-corrections.ts';
import { joinPitchAndSummary, snippet, type SnippetPart } from '../rules/search-snippet.ts';
import { countFacets, parseCandidateFacets, type CandidateFacets, type FacetCounts } from '../rules/search-facets.ts';
import type { SearchParameters } from '../schemas/search.ts';

export const pageSize = 20;
/**
 * Ranking every match is what makes common words slow, so at most this many matching rows are
 * ranked, counted and faceted; above it the page says "more than N" instead of an exact total.
 */
export const candidateLimit = 200;
const trigramThreshold = 0.4;
/** With fewer exact results than this on the first page, a corrected spelling is suggested. */
const suggestBelow = 3;

export interface SearchResult {
	id: string;
	title: string;
	pitch: string;
	industry: string | null;
	trl: number | null;
	cooperationModes: string[];
	publishedAt: Date;
	institutionNameZh: string;
	institutionNameEn: string;
	/** A patent of the listing is open for licensing: CNIPA announced its declaration (Patent Law Art. 50). */
	openLicence: boolean;
	snippet: SnippetPart[];
}

export interface SearchOutcome {
	results: SearchResult[];
	total: number;
	/** True when more than `candidateLimit` listings match: `total` is then a lower bound. */
	totalIsLowerBound: boolean;
	/** True when nothing matched exactly and these are near matches (typos, partial words). */
	approximate: boolean;
	facets: FacetCounts;
	/**
	 * A spelling with one character corrected (石磨烯 → 石墨烯) when the query found few or no
	 * listings. `applied`: the query as typed found nothing, so the results are the correction's.
	 */
	suggestion: { query: string; applied: boolean } | null;
	/** The query holds text but no word to search by (only emoji or punctuation): nothing is shown. */
	unsearchable: boolean;
}

/** The Latin words of a query, for typo correction by trigrams (which cannot use Han text). */
function latinWords(query: string): string[] {
	return words(normalize(query).replace(/\p{Script=Han}+/gu, ' '))
		.filter((word) => /^[a-z][a-z0-9-]*$/.test(word))
		.slice(0, 12);
}

/**
 * The candidate set, as a CTE body: one row per listing with a rank, its facet key and
 * whether it is a near match (the function falls back to those itself when nothing matched).
 */
function candidates(parameters: SearchParameters, query: SearchQuery, nearMatches: boolean): SqlFragment {
	const limit = candidateLimit + 1;
	// Security is RLS's job (the page rows are read through it); the functions return published
	// listings only, which keeps owners and officers from finding their drafts in public search.
	const filters = sql`${parameters.industry}::text[], ${parameters.mode}::text[], ${parameters.patentType}::text[],
		${parameters.legalStatus}::text[], ${parameters.trlMin ?? null}::integer, ${parameters.trlMax ?? null}::integer,
		${parameters.institution ?? null}::uuid, ${parameters.openLicence}::boolean, ${limit}::integer`;
	if (!query.tsquery) return sql`select *, false as approximate from app.browse_published_listings(${filters})`;
	// Near matches stand in for an empty first page only; later pages of nothing stay empty.
	const typoQuery = parameters.page === 1 && nearMatches ? query.typoTolerant : null;
	return sql`select * from app.search_published_listings(${query.tsquery}::tsquery, ${query.rankQuery}::tsquery, ${typoQuery}::tsquery,
		${query.anyTerm}::tsquery, ${latinWords(parameters.q)}::text[], ${trigramThreshold}::real, ${filters})`;
}

type PageRow = Omit<SearchResult, 'snippet' | 'publishedAt'> & { summary: string; publishedAt: string };
type OutputRow =
	| { kind: 'row'; position: number; data: PageRow; facets: null; approximate: null }
	| { kind: 'candidates'; position: number; data: null; facets: string; approximate: boolean };

/**
 * One statement per search: the candidates are found once and feed the page, the total and
 * the facet keys of every candidate (a second statement would find them all again).
 */
async function runSearch(db: Executor, parameters: SearchParameters, query: SearchQuery, nearMatches: boolean) {
	const body = candidates(parameters, query, nearMatches);
	const order =
		parameters.sort === 'newest' || !parameters.q
			? sql`d.published_at desc, d.id`
			: sql`d.rank desc, d.published_at desc, d.id`;
	return db.query<OutputRow>(sql`
		with d as materialized (${body}),
		page as (
			select d.id, row_number() over (order by ${order}) as position
			from d order by ${order} limit ${pageSize} offset ${(parameters.page - 1) * pageSize})
		select 'row' as kind, page.position::int as position, jsonb_build_object(
			'id', l.id, 'title', l.title, 'pitch', l.pitch, 'summary', l.summary, 'industry', l.industry, 'trl', l.trl,
			'cooperationModes', l.cooperation_modes, 'publishedAt', l.published_at,
			'institutionNameZh', o.name_zh, 'institutionNameEn', o.name_en,
			'openLicence', exists (select 1 from public.open_licence_declarations ol
				where ol.listing_id = l.id and ol.status = 'announced')) as data, null as facets, null as approximate
		from page join public.listings l on l.id = page.id join public.organizations o on o.id = l.institution_id
		union all
		select 'candidates', 0, null, coalesce(string_agg(d.facet_key, ';'), ''), coalesce(bool_or(d.approximate), false)
		from d`);
}

async function searchAsTyped(
	db: Executor,
	parameters: SearchParameters,
	query = buildSearchQuery(parameters.q),
	nearMatches = true
): Promise<SearchOutcome> {
	const output = await runSearch(db, parameters, query, nearMatches);
	const rows: PageRow[] = [];
	let candidateFacets: CandidateFacets[] = [];
	let approximate = false;
	for (const row of [...output].sort((first, second) => first.position - second.position)) {
		if (row.kind === 'row') rows.push(row.data);
		else [candidateFacets, approximate] = [parseCandidateFacets(row.facets), row.approximate];
	}
	const counted = candidateFacets.length;
	const { highlights } = query;
	return {
		results: rows.map(({ summary, publishedAt, ...row }) => ({
			...row,
			publishedAt: new Date(publishedAt),
			snippet: snippet(highlights.length ? joinPitchAndSummary(row.pitch, summary) : row.pitch, highlights)
		})),
		total: Math.min(counted, candidateLimit),
		totalIsLowerBound: counted > candidateLimit,
		approximate,
		facets: countFacets(candidateFacets),
		suggestion: null,
		unsearchable: false
	};
}

const nothingSearchable = (): SearchOutcome => ({
	results: [],
	total: 0,
	totalIsLowerBound: false,
	approximate: false,
	facets: countFacets([]),
	suggestion: null,
	unsearchable: true
});

/** The query with each of its correctable words replaced by the nearest known word, or null if none is known. */
async function correctSpelling(db: Executor, text: string, typed: string[]): Promise<string | null> {
	const corrections = await db.query<{ typed: string; correction: string }>(
		sql`select typed, correction from app.han_corrections(${typed}::text[])`
	);
	return corrections.length > 0 ? correctedQuery(text, corrections) : null;
}

/**
 * Searches as typed; when that finds fewer than `suggestBelow` listings on the first page, a
 * misspelt three-character Chinese word is corrected. Nothing exact found: the correction's
 * results are shown instead, under a note; otherwise the correction is only suggested.
 */
export async function searchListings(db: Executor, parameters: SearchParameters): Promise<SearchOutcome> {
	// Typed text with no word in it (😀, %, a lone quote) finds nothing, with a note saying why,
	// rather than every listing: the reader asked to narrow the list, and the whole list under
	// their query would read as matches. The page offers the unfiltered list as a link instead.
	const query = buildSearchQuery(parameters.q);
	if (parameters.q && !query.tsquery) return nothingSearchable();
	const typed = correctableWords(parameters.q);
	if (parameters.page !== 1 || typed.length === 0) return searchAsTyped(db, parameters, query);
	// A query that may be corrected is searched without near matches first: when the correction's
	// results replace an empty page, near matches would have been found for nothing. They are
	// searched for only when the page shows them. (Looking the correction up beside this search
	// made every well-spelt three-character query pay for it: docs/performance.md.)
	const exactOutcome = await searchAsTyped(db, parameters, query, false);
	const exact = exactOutcome.results.length;
	if (exact >= suggestBelow) return exactOutcome;
	const corrected = await correctSpelling(db, parameters.q, typed);
	const suggested = (outcome: SearchOutcome): SearchOutcome =>
		corrected ? { ...outcome, suggestion: { query: corrected, applied: false } } : outcome;
	if (exact > 0) return suggested(exactOutcome);
	if (corrected) {
		const correctedOutcome = await searchAsTyped(db, { ...parameters, q: corrected });
		if (correctedOutcome.results.length > 0 && !correctedOutcome.approximate)
			return { ...correctedOutcome, suggestion: { query: corrected, applied: true } };
	}
	return suggested(await searchAsTyped(db, parameters, query));
}
