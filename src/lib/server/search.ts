import type { Executor } from './db/port.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import { buildSearchQuery, normalize, snippet, type SnippetPart } from '../domain/search-text.ts';
import type { SearchParameters } from '../schemas/search.ts';

export const pageSize = 20;
/**
 * Ranking every match is what makes common words slow, so at most this many matching rows are
 * ranked, counted and faceted; above it the page says "more than N" instead of an exact total.
 */
export const candidateLimit = 200;
const trigramThreshold = 0.5;

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
	snippet: SnippetPart[];
}

export interface SearchOutcome {
	results: SearchResult[];
	total: number;
	/** True when more than `candidateLimit` listings match: `total` is then a lower bound. */
	totalIsLowerBound: boolean;
	/** True when nothing matched exactly and these are near matches (typos, partial words). */
	approximate: boolean;
	facets: Record<'industry' | 'mode' | 'patentType' | 'legalStatus' | 'institution', Record<string, number>>;
}

/**
 * Security is RLS's job; "published" here keeps owners and officers, who may read their
 * drafts, from finding them in public search.
 */
function filterConditions(parameters: SearchParameters): SqlFragment {
	const conditions = [sql`true`];
	if (parameters.industry.length) conditions.push(sql`l.industry::text = any(${parameters.industry}::text[])`);
	if (parameters.mode.length) conditions.push(sql`l.cooperation_modes::text[] && ${parameters.mode}::text[]`);
	if (parameters.patentType.length) conditions.push(sql`l.patent_types && ${parameters.patentType}::text[]`);
	if (parameters.legalStatus.length) conditions.push(sql`l.legal_statuses && ${parameters.legalStatus}::text[]`);
	if (parameters.trlMin !== undefined) conditions.push(sql`l.trl >= ${parameters.trlMin}`);
	if (parameters.trlMax !== undefined) conditions.push(sql`l.trl <= ${parameters.trlMax}`);
	if (parameters.institution) conditions.push(sql`l.institution_id = ${parameters.institution}`);
	return join(conditions, sql` and `);
}

/** The Latin words of a query, for trigram matching (which cannot use Han text). */
function latinText(query: string): string {
	return normalize(query).replace(/\p{Script=Han}+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The bounded candidate set, as a CTE body: ids with a rank (0 when there is no query). */
function candidates(parameters: SearchParameters, where: SqlFragment, mode: 'exact' | 'approximate'): SqlFragment | null {
	const query = buildSearchQuery(parameters.q);
	const limit = candidateLimit + 1;
	const filters = sql`${parameters.industry}::text[], ${parameters.mode}::text[], ${parameters.patentType}::text[],
		${parameters.legalStatus}::text[], ${parameters.trlMin ?? null}::integer, ${parameters.trlMax ?? null}::integer,
		${parameters.institution ?? null}::uuid`;
	if (!query.tsquery) return sql`select id, rank from app.browse_published_listings(${filters}, ${limit})`;
	if (mode === 'exact') return sql`select id, rank from app.search_published_listings(${query.tsquery}::tsquery, ${filters}, ${limit})`;
	// Near matches: filters apply to what the fallback found (it is a best effort for typos).
	return sql`select a.id, a.rank from app.search_published_listings_approximately(${query.typoTolerant}::tsquery,
			${query.anyTerm}::tsquery, ${latinText(parameters.q)}, ${trigramThreshold}::real, ${limit * 4}) a
		join public.listings l on l.id = a.id where ${where}`;
}

type PageRow = Omit<SearchResult, 'snippet' | 'publishedAt'> & { summary: string; publishedAt: string };
type OutputRow =
	| { kind: 'row'; position: number; data: PageRow }
	| { kind: 'facet'; position: number; data: { facet: keyof SearchOutcome['facets']; value: string; count: number } }
	| { kind: 'total'; position: number; data: number };

/**
 * One statement per search: the candidates are found once and feed the page, the total and
 * every facet count (a second statement would find them all again).
 */
async function runSearch(db: Executor, parameters: SearchParameters, mode: 'exact' | 'approximate') {
	const where = filterConditions(parameters);
	const body = candidates(parameters, where, mode);
	if (!body) return null;
	const order = parameters.sort === 'newest' || !parameters.q ? sql`d.published_at desc, d.id` : sql`d.rank desc, d.published_at desc, d.id`;
	return db.query<OutputRow>(sql`
		with c as materialized (${body}),
		d as materialized (
			select l.id, c.rank, l.published_at, l.industry::text as industry, l.cooperation_modes::text[] as modes,
			       l.institution_id, l.patent_types, l.legal_statuses
			from c join public.listings l on l.id = c.id),
		page as (
			select d.id, row_number() over (order by ${order}) as position
			from d order by ${order} limit ${pageSize} offset ${(parameters.page - 1) * pageSize})
		select 'row' as kind, page.position::int as position, jsonb_build_object(
			'id', l.id, 'title', l.title, 'pitch', l.pitch, 'summary', l.summary, 'industry', l.industry, 'trl', l.trl,
			'cooperationModes', l.cooperation_modes, 'publishedAt', l.published_at,
			'institutionNameZh', o.name_zh, 'institutionNameEn', o.name_en) as data
		from page join public.listings l on l.id = page.id join public.organizations o on o.id = l.institution_id
		union all select 'total', 0, to_jsonb((select count(*) from d))
		union all select 'facet', 0, jsonb_build_object('facet', 'industry', 'value', industry, 'count', count(*)) from d where industry is not null group by industry
		union all select 'facet', 0, jsonb_build_object('facet', 'mode', 'value', value, 'count', count(*)) from d, unnest(modes) value group by value
		union all select 'facet', 0, jsonb_build_object('facet', 'institution', 'value', institution_id, 'count', count(*)) from d group by institution_id
		union all select 'facet', 0, jsonb_build_object('facet', 'patentType', 'value', value, 'count', count(*)) from d, unnest(patent_types) value group by value
		union all select 'facet', 0, jsonb_build_object('facet', 'legalStatus', 'value', value, 'count', count(*)) from d, unnest(legal_statuses) value group by value`);
}

export async function searchListings(db: Executor, parameters: SearchParameters): Promise<SearchOutcome> {
	let approximate = false;
	let output = await runSearch(db, parameters, 'exact');
	if (output && !output.some((row) => row.kind === 'row') && parameters.q && parameters.page === 1) {
		approximate = true;
		output = await runSearch(db, parameters, 'approximate');
	}
	const facets: SearchOutcome['facets'] = { industry: {}, mode: {}, patentType: {}, legalStatus: {}, institution: {} };
	const rows: PageRow[] = [];
	let counted = 0;
	for (const row of [...(output ?? [])].sort((first, second) => first.position - second.position)) {
		if (row.kind === 'row') rows.push(row.data);
		else if (row.kind === 'facet') facets[row.data.facet][row.data.value] = Number(row.data.count);
		else counted = Number(row.data);
	}
	const { highlights } = buildSearchQuery(parameters.q);
	return {
		results: rows.map(({ summary, publishedAt, ...row }) => ({
			...row,
			publishedAt: new Date(publishedAt),
			snippet: snippet(highlights.length ? `${row.pitch} ${summary}` : row.pitch, highlights)
		})),
		total: Math.min(counted, candidateLimit),
		totalIsLowerBound: counted > candidateLimit,
		approximate,
		facets
	};
}
