-- Faster public search, measured with `npm run bench:search` on 100 000 listings.
--
-- 1. Filters compare enum values as enums. Casting every row's enum array to text[] cost a
--    syscache lookup per element and hid the column statistics, so the planner guessed 100 rows
--    for a filter that matched 15 000 and chose a parallel sequential scan (195 ms → 4 ms).
-- 2. The candidate functions return every column the page order and the facet counts need, so
--    the caller no longer looks each candidate up again by primary key.
-- 3. A short GIN pending list: every search also scans the unsorted pending entries, which
--    grew to 2 500 rows (456 pages) after a bulk load and are only merged by (auto)vacuum, which
--    PGlite never runs. Without any pending list, loading 100k rows took over ten times longer.

alter index public.listings_search_idx set (gin_pending_list_limit = 128);
select pg_catalog.gin_clean_pending_list('public.listings_search_idx'::regclass);

drop function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.search_published_listings_approximately(tsquery, tsquery, text, real, integer);
drop function app.listing_filter_clause(text[], text[], text[], text[], integer, integer, uuid);

-- The filters as SQL text over parameters $2..$8 (never over values, so nothing typed can
-- reach the statement text); only the filters in use are added, which keeps plans simple.
create function app.listing_filter_clause(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid
) returns text
language sql immutable set search_path = '' as $$
  select concat(
    case when cardinality(wanted_industries) > 0 then ' and l.industry = any ($2::public.industry[])' end,
    case when cardinality(wanted_modes) > 0 then ' and l.cooperation_modes && $3::public.cooperation_mode[]' end,
    case when cardinality(wanted_patent_types) > 0 then ' and l.patent_types && $4' end,
    case when cardinality(wanted_legal_statuses) > 0 then ' and l.legal_statuses && $5' end,
    case when wanted_trl_min is not null then ' and l.trl >= $6' end,
    case when wanted_trl_max is not null then ' and l.trl <= $7' end,
    case when wanted_institution is not null then ' and l.institution_id = $8' end)
$$;

-- What every candidate function returns: the id, a rank, and the columns for ordering and facets.
create function app.listing_candidate_columns() returns text
language sql immutable set search_path = '' as $$
  select 'l.id, l.published_at, l.industry::text, l.cooperation_modes::text[], l.institution_id, l.patent_types, l.legal_statuses'
$$;

-- Each function runs its statement with EXECUTE so it is planned with the actual values on
-- every call; a generic plan chose sequential scans on PostgreSQL 15.
create function app.search_published_listings(
  search_query tsquery, wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, industry text, cooperation_modes text[], institution_id uuid,
                 patent_types text[], legal_statuses text[], rank real)
-- A realistic row estimate, so callers join the result by primary key instead of scanning.
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  return query execute
    'select ' || app.listing_candidate_columns() || ', ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $1)
     from (select l.* from public.listings l where l.status = ''published'' and l.search_vector @@ $1'
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution)
    || ' limit $9) l'
    using search_query, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit;
end
$$;

-- Browsing without a query, newest first, with the same filters: walking the published_at
-- index through RLS re-checked the policy on every row it passed.
create function app.browse_published_listings(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, industry text, cooperation_modes text[], institution_id uuid,
                 patent_types text[], legal_statuses text[], rank real)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  return query execute
    'select ' || app.listing_candidate_columns() || ', 0::real from public.listings l where l.status = ''published'''
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution)
    || ' order by l.published_at desc limit $9'
    using null::tsquery, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit;
end
$$;

-- The Latin words of published listings, for correcting typos. Matching the typed text by
-- trigrams against every listing's title read thousands of rows per query (30–50 ms at 100k
-- listings) and still missed a quarter of one-letter typos; finding the nearest known words
-- first and then searching for them uses the full-text index like any other query.
create table app.search_words (word text primary key);
create index search_words_trigram_idx on app.search_words using gin (word extensions.gin_trgm_ops);
revoke all on app.search_words from public, anon, authenticated;

create function app.collect_search_words() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into app.search_words (word)
  select distinct lexeme from changed, unnest(pg_catalog.tsvector_to_array(changed.search_vector)) lexeme
  where changed.status = 'published' and lexeme ~ '^[a-z][a-z0-9-]{3,40}$'
  on conflict do nothing;
  return null;
end
$$;
create trigger listings_collect_search_words_on_insert after insert on public.listings
  referencing new table as changed for each statement execute function app.collect_search_words();
create trigger listings_collect_search_words_on_update after update on public.listings
  referencing new table as changed for each statement execute function app.collect_search_words();

insert into app.search_words (word)
select distinct lexeme from public.listings l, unnest(pg_catalog.tsvector_to_array(l.search_vector)) lexeme
where l.status = 'published' and lexeme ~ '^[a-z][a-z0-9-]{3,40}$'
on conflict do nothing;

-- The trigram branch is gone (see above), and with it the only use of this index.
drop index public.listings_search_text_trgm_idx;

-- Near matches for a query that found nothing: every word with one wrong character allowed
-- (typo_query, built by the app: CJK bigrams leaving one out, Latin prefixes), or any known
-- word within trigram `threshold` for every typed Latin word. Ranked by the query's terms and the
-- corrections. The filters apply inside each branch, before its limit.
create function app.search_published_listings_approximately(
  typo_query tsquery, wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer,
  any_term tsquery, latin_words text[], threshold real
) returns table (id uuid, published_at timestamptz, industry text, cooperation_modes text[], institution_id uuid,
                 patent_types text[], legal_statuses text[], rank real)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
declare
  filters text := app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                            wanted_trl_min, wanted_trl_max, wanted_institution);
  corrections tsquery;
begin
  perform set_config('pg_trgm.similarity_threshold', threshold::text, true);
  -- Every typed word must match, as a prefix or as one of its three nearest known words.
  select string_agg(word_group, ' & ' order by position)::tsquery into corrections
  from (
    select typed.position, '(' || quote_literal(typed.word) || ':*' || coalesce((
      select string_agg(' | ' || quote_literal(nearest.word), '') from (
        select w.word from app.search_words w
        where length(typed.word) >= 4 and w.word operator(extensions.%) typed.word
        order by extensions.similarity(w.word, typed.word) desc, w.word limit 3) nearest), '') || ')' as word_group
    from unnest(latin_words) with ordinality typed (word, position)) groups;
  return query execute
    'select ' || app.listing_candidate_columns()
    || ', ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $10 || coalesce($11, $10))
     from (
       (select l.id from public.listings l where l.status = ''published'' and l.search_vector @@ $1' || filters || ' limit $9)'
    || case when corrections is not null then '
       union
       (select l.id from public.listings l where l.status = ''published'' and l.search_vector @@ $11' || filters || ' limit $9)'
       else '' end
    || ') candidate join public.listings l on l.id = candidate.id'
    using typo_query, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit, any_term, corrections;
end
$$;

revoke all on function app.listing_filter_clause(text[], text[], text[], text[], integer, integer, uuid),
  app.listing_candidate_columns() from public;
revoke all on function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer, tsquery, text[], real)
  from public;
grant execute on function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer, tsquery, text[], real)
  to anon, authenticated, service_role;
