-- Public search without filters, which is most searches, runs statements whose plans are kept.
-- Measured with pg_stat_statements at 100 000 listings: each tier statement built with EXECUTE
-- was planned again on every call (0.2–0.3 ms each), and a word found nowhere planned and ran
-- five of them before the near-match fallback ran more.
--
-- - Six tiers instead of five, finer at the top (1/64, 3/64, 1/16, 1/8, 1/4, 1/2): reading the
--   posting list itself costs about 0.5 µs an entry, and 技术, in 65% of the listings, read
--   4 100 entries in the old first tier (2.6 ms against 0.7 ms for 系统). Tiers 0 and 1 together
--   are the old tier 0, so a word in 3–13% of the listings reads the same entries as before.
-- - Without filters, tiers 0 and 1 are read by static statements with generic plans. A word
--   that is common fills the candidates in tier 0.
-- - When tier 0 holds few matches, the word is rare everywhere (tiers are an even hash
--   sample), so one more static statement reads all other tiers through the whole-table index:
--   two statements instead of five. The rule: at most four times the rows still wanted are
--   expected there; otherwise tier 1 and then the next tiers are read one by one.
-- - With filters the tier statements stay dynamic: their text depends on which filters are
--   set, and each filter's plan depends on its values.
-- - The near-match corrections statement keeps its plan too (force_generic_plan), and near
--   matches are deduplicated by id instead of by whole row (see below).
-- - Each candidate carries its facet values as one stored text, `facet_key`, instead of five
--   columns (three of them arrays). Measured at 100 000 listings: building that text for 201
--   candidates in the search statement, and copying the arrays through three result sets on
--   the way (tier statement, candidate function, search function), cost about 1 ms a search.
--   The format is the one `$lib/domain/search-facets` reads: `|` between the columns industry,
--   modes, institution, patent types, legal statuses; `,` inside a list; an empty industry for none.

drop index public.listings_search_tier0_idx, public.listings_search_tier1_idx, public.listings_search_tier2_idx,
  public.listings_search_tier3_idx, public.listings_search_tier4_idx;
alter table public.listings drop column search_tier;
alter table public.listings add column search_tier smallint not null
  generated always as (width_bucket(pg_catalog.hashtext(id::text) & 63, array[1, 4, 8, 16, 32])) stored;
do $$
begin
  for tier in 0..5 loop
    execute format('create index listings_search_tier%s_idx on public.listings using gin (search_vector, filter_terms)
      with (gin_pending_list_limit = 128) where status = ''published'' and search_tier = %s', tier, tier);
  end loop;
end
$$;

-- Declared immutable so the column can be generated; as with app.listing_filter_terms, a
-- migration that renames an enum label must rebuild this column.
create function app.listing_facet_key(
  industry public.industry, modes public.cooperation_mode[], institution uuid, patent_types text[], legal_statuses text[]
) returns text
language sql immutable set search_path = '' as $$
  select concat_ws('|', coalesce(industry::text, ''), coalesce(array_to_string(modes, ','), ''), institution::text,
                   coalesce(array_to_string(patent_types, ','), ''), coalesce(array_to_string(legal_statuses, ','), ''))
$$;
revoke all on function app.listing_facet_key(public.industry, public.cooperation_mode[], uuid, text[], text[]) from public;
grant execute on function app.listing_facet_key(public.industry, public.cooperation_mode[], uuid, text[], text[])
  to authenticated, service_role;

alter table public.listings add column facet_key text not null
  generated always as (app.listing_facet_key(industry, cooperation_modes, institution_id, patent_types, legal_statuses)) stored;

-- Browsing reads candidates from these indexes alone, so they carry the key too.
drop index public.listings_published_idx;
create index listings_published_idx on public.listings (published_at desc)
  include (id, industry, trl, cooperation_modes, institution_id, patent_types, legal_statuses, facet_key) where status = 'published';
drop index public.listings_published_by_industry_idx;
create index listings_published_by_industry_idx on public.listings (industry, published_at desc)
  include (id, trl, cooperation_modes, institution_id, patent_types, legal_statuses, facet_key) where status = 'published';

create or replace function app.listing_candidate_columns() returns text
language plpgsql immutable set search_path = '' as $$
begin
  return 'l.id, l.published_at, l.facet_key';
end
$$;

drop function app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.tiered_published_candidates(tsquery, tsquery, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer);

-- As in 20261125000400_search_speed, returning the key.
create function app.browse_published_listings(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real)
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

-- Tier 0 by a static statement, then the rest or tier by tier (see the top of this file).
create function app.tiered_published_candidates(
  match_query tsquery, rank_query tsquery, wanted_industries text[], wanted_modes text[],
  wanted_patent_types text[], wanted_legal_statuses text[], wanted_trl_min integer, wanted_trl_max integer,
  wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real)
language plpgsql stable rows 50 set search_path = '' as $$
declare
  unfiltered boolean := cardinality(wanted_industries) = 0 and cardinality(wanted_modes) = 0
    and cardinality(wanted_patent_types) = 0 and cardinality(wanted_legal_statuses) = 0
    and wanted_trl_min is null and wanted_trl_max is null and wanted_institution is null;
  filter_query tsquery;
  selection text;
  conditions text;
  found_rows integer;
  remaining integer := row_limit;
  first_tier integer := 0;
begin
  if match_query is null then
    return;
  end if;
  -- The three static statements are written out: each names its tiers as literals for its
  -- kept plan to choose the right index.
  if unfiltered then
    return query select l.id, l.published_at, l.facet_key, ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, rank_query)
      from public.listings l where l.status = 'published' and l.search_tier = 0 and l.search_vector @@ match_query
      limit row_limit;
    get diagnostics found_rows = row_count;
    remaining := row_limit - found_rows;
    -- Tier 0 is 1/64 of the listings: the other tiers hold about 63 times as many matches.
    if remaining > 0 and found_rows * 63 <= remaining * 4 then
      return query select l.id, l.published_at, l.facet_key, ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, rank_query)
        from public.listings l where l.status = 'published' and l.search_tier <> 0 and l.search_vector @@ match_query
        limit remaining;
      return;
    end if;
    if remaining > 0 then
      return query select l.id, l.published_at, l.facet_key, ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, rank_query)
        from public.listings l where l.status = 'published' and l.search_tier = 1 and l.search_vector @@ match_query
        limit remaining;
      get diagnostics found_rows = row_count;
      remaining := remaining - found_rows;
    end if;
    first_tier := 2;
  end if;
  -- A common word is done by now: no statement text to build.
  if remaining <= 0 then
    return;
  end if;
  filter_query := app.listing_filter_query(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                           wanted_trl_min, wanted_trl_max, wanted_institution);
  selection := 'select ' || app.listing_candidate_columns() || ', ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $10)
    from public.listings l where l.status = ''published'' and l.search_tier = ';
  conditions := ' and l.search_vector @@ $1'
    || case when filter_query is not null then ' and l.filter_terms @@ $11' else '' end
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution);
  for tier in first_tier..5 loop
    exit when remaining <= 0;
    return query execute selection || tier || conditions || ' limit $9'
      using match_query, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
            wanted_trl_min, wanted_trl_max, wanted_institution, remaining, rank_query, filter_query;
    get diagnostics found_rows = row_count;
    remaining := remaining - found_rows;
  end loop;
end
$$;

-- As in 20261201000400_search_tiers, keeping the plans of its static statements and those of
-- app.tiered_published_candidates (statements run with EXECUTE are planned with their values
-- anyway), and deduplicating near matches by id.
create function app.search_published_listings(
  search_query tsquery, typo_query tsquery, any_term tsquery, latin_words text[], threshold real,
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real, approximate boolean)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1
  set plan_cache_mode = force_generic_plan as $$
declare
  corrections tsquery;
begin
  return query select candidate.*, false from app.tiered_published_candidates(search_query, search_query, wanted_industries,
    wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, row_limit) candidate;
  if found or typo_query is null then
    return;
  end if;
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
  -- Both branches rank by the query's terms and the corrections, so a listing both find is one
  -- row. Chinese text has no trigram corrections: its typo branch alone needs no deduplication,
  -- which cost ≈ 1 ms for 201 rows of arrays; otherwise rows are deduplicated by id alone.
  if corrections is null then
    return query select candidate.*, true from app.tiered_published_candidates(typo_query, any_term, wanted_industries,
      wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, row_limit) candidate;
    return;
  end if;
  return query
    select distinct on (candidate.id) candidate.*, true from (
      select * from app.tiered_published_candidates(typo_query, any_term || corrections, wanted_industries, wanted_modes,
        wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, row_limit)
      union all
      select * from app.tiered_published_candidates(corrections, any_term || corrections, wanted_industries, wanted_modes,
        wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, row_limit)) candidate
    order by candidate.id;
end
$$;

revoke all on function app.tiered_published_candidates(tsquery, tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer)
  from public;
grant execute on function
  app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer)
  to anon, authenticated, service_role;
