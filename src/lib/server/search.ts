import type { Executor } from './db/port.ts';
import { join, sql, type SqlFragment } from './db/sql.ts';
import { buildSearchQuery, normalize, snippet, type SnippetPart } from '../domain/search-text.ts';
import type { SearchParameters } from '../schemas/search.ts';

export const pageSize = 20;
/**
 * Ranking every match is what makes common words slow, so at most this many matching rows are
 * ranked, counted and faceted; above it the page says "more than N" instead of an exact total.
 */
export const candidateLimit = 1000;
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

/** The bounded candidate set, as a CTE body: ids with a rank (0 when there is no query). */
function candidates(parameters: SearchParameters, where: SqlFragment, mode: 'exact' | 'approximate'): SqlFragment | null {
	const query = buildSearchQuery(parameters.q);
	const limit = candidateLimit + 1;
	if (!query.tsquery) {
		// Newest first straight from the partial index on published listings, through RLS.
		return sql`select l.id, 0::real as rank from public.listings l
			where l.status = 'published' and ${where} order by l.published_at desc limit ${limit}`;
	}
	if (mode === 'exact') {
		return sql`select id, rank from app.search_published_listings(${query.tsquery}::tsquery,
			${parameters.industry}::text[], ${parameters.mode}::text[], ${parameters.patentType}::text[], ${parameters.legalStatus}::text[],
			${parameters.trlMin ?? null}::integer, ${parameters.trlMax ?? null}::integer, ${parameters.institution ?? null}::uuid, ${limit})`;
	}
	// Near matches: filters apply to what the fallback found (it is a best effort for typos).
	const needed = Math.max(1, Math.ceil(query.lexemes.length / 2));
	return sql`select a.id, a.rank from app.search_published_listings_approximately(${query.anyTerm}::tsquery, ${query.lexemes}::text[],
			${needed}, ${normalize(parameters.q)}, ${trigramThreshold}::real, ${limit}) a
		join public.listings l on l.id = a.id where ${where}`;
}

async function runSearch(db: Executor, parameters: SearchParameters, mode: 'exact' | 'approximate') {
	const where = filterConditions(parameters);
	const body = candidates(parameters, where, mode);
	if (!body) return null;
	const order = parameters.sort === 'newest' || !parameters.q ? sql`l.published_at desc, l.id` : sql`c.rank desc, l.published_at desc, l.id`;
	return db.transaction(async (transaction) => {
		const rows = await transaction.query<Omit<SearchResult, 'snippet'> & { summary: string; total: number }>(sql`
			with c as materialized (${body})
			select l.id, l.title, l.pitch, l.summary, l.industry, l.trl, l.cooperation_modes::text[] as "cooperationModes",
			       l.published_at as "publishedAt", o.name_zh as "institutionNameZh", o.name_en as "institutionNameEn",
			       (select count(*) from c)::int as total
			from c join public.listings l on l.id = c.id join public.organizations o on o.id = l.institution_id
			order by ${order}
			limit ${pageSize} offset ${(parameters.page - 1) * pageSize}`);
		// One pass over the candidates; patent facets come from the copies on the listing row.
		const facetRows = await transaction.query<{ facet: keyof SearchOutcome['facets']; value: string; count: number }>(sql`
			with c as materialized (${body}),
			d as materialized (
				select l.industry::text as industry, l.cooperation_modes::text[] as modes, l.institution_id::text as institution,
				       l.patent_types, l.legal_statuses
				from c join public.listings l on l.id = c.id)
			select 'industry' as facet, industry as value, count(*)::int as count from d where industry is not null group by 2
			union all select 'mode', value, count(*)::int from d, unnest(modes) value group by 2
			union all select 'institution', institution, count(*)::int from d group by 2
			union all select 'patentType', value, count(*)::int from d, unnest(patent_types) value group by 2
			union all select 'legalStatus', value, count(*)::int from d, unnest(legal_statuses) value group by 2`);
		return { rows, facetRows };
	});
}

export async function searchListings(db: Executor, parameters: SearchParameters): Promise<SearchOutcome> {
	let approximate = false;
	let outcome = await runSearch(db, parameters, 'exact');
	if (outcome && outcome.rows.length === 0 && parameters.q && parameters.page === 1) {
		approximate = true;
		outcome = await runSearch(db, parameters, 'approximate');
	}
	const facets: SearchOutcome['facets'] = { industry: {}, mode: {}, patentType: {}, legalStatus: {}, institution: {} };
	for (const row of outcome?.facetRows ?? []) facets[row.facet][row.value] = Number(row.count);
	const rows = outcome?.rows ?? [];
	const counted = rows.length > 0 ? Number(rows[0].total) : 0;
	const { highlights } = buildSearchQuery(parameters.q);
	return {
		results: rows.map(({ summary, total: _total, ...row }) => ({
			...row,
			snippet: snippet(highlights.length ? `${row.pitch} ${summary}` : row.pitch, highlights)
		})),
		total: Math.min(counted, candidateLimit),
		totalIsLowerBound: counted > candidateLimit,
		approximate,
		facets
	};
}
