-- Faster public search on PostgreSQL, measured with `npm run bench:search -- --postgres` at
-- 100 000 listings (README "Search" has the numbers).
--
-- 1. Tiers. A GIN bitmap scan reads a term's whole posting list before any LIMIT applies: 系统
--    is in 15 600 listings and finding them cost ≈ 5 ms, though only `search.candidateLimit` + 1
--    are ranked. Published listings are split into five tiers of 1/16, 1/16, 1/8, 1/4 and 1/2 of
--    the rows, each with its own partial GIN index, and candidates are read tier by tier until
--    enough are found: a common word stops in the first tier, a rare one reads five short lists.
--    The tier is a hash of the id, not age or position, so every tier is an even sample and the
--    same query always finds the same candidates (pages stay consistent).
-- 2. Filters as index terms. With a query and filters (电池, automotive, TRL ≥ 4) every text
--    match was fetched from the heap to test the filters: 2 500 fetches for 200 candidates. The
--    filter values are now also lexemes of `filter_terms`, the second column of each tier's
--    index, so the index intersects them. The SQL conditions stay as the exact check.
-- 3. Browsing newest first with filters walked the published_at index and fetched each row to
--    test it (7 000 rows for 200 new-materials utility models). The index now carries the
--    filter columns (no heap fetches), and a second one walks a single industry's listings.
-- 4. One call per search. The near-match fallback for a query that found nothing runs in the
--    same function instead of as a second statement, and the helpers that build statement text
--    are PL/pgSQL: a SQL function with SET clauses is planned again in every transaction
--    (app.listing_filter_query written in SQL cost 0.45 ms per search).

-- Declared immutable so the column can be generated. enum_out is only stable because a label
-- can be renamed; a migration that renames one must rebuild this column.
create function app.listing_filter_terms(
  industry public.industry, trl smallint, institution uuid, modes public.cooperation_mode[], patent_types text[], legal_statuses text[]
) returns tsvector
language sql immutable set search_path = '' as $$
  select pg_catalog.array_to_tsvector(
    array_remove(array['industry:' || industry::text, 'trl:' || trl::text, 'institution:' || institution::text], null)
    || array(select 'mode:' || mode::text from unnest(modes) mode)
    || array(select 'patent:' || value from unnest(patent_types) value where value <> '')
    || array(select 'legal:' || value from unnest(legal_statuses) value where value <> ''))
$$;

alter table public.listings
  add column search_tier smallint not null
    generated always as (width_bucket(pg_catalog.hashtext(id::text) & 15, array[1, 2, 4, 8])) stored,
  add column filter_terms tsvector not null
    generated always as (app.listing_filter_terms(industry, trl, institution_id, cooperation_modes, patent_types, legal_statuses)) stored;

create index listings_search_tier0_idx on public.listings using gin (search_vector, filter_terms)
  with (gin_pending_list_limit = 128) where status = 'published' and search_tier = 0;
create index listings_search_tier1_idx on public.listings using gin (search_vector, filter_terms)
  with (gin_pending_list_limit = 128) where status = 'published' and search_tier = 1;
create index listings_search_tier2_idx on public.listings using gin (search_vector, filter_terms)
  with (gin_pending_list_limit = 128) where status = 'published' and search_tier = 2;
create index listings_search_tier3_idx on public.listings using gin (search_vector, filter_terms)
  with (gin_pending_list_limit = 128) where status = 'published' and search_tier = 3;
create index listings_search_tier4_idx on public.listings using gin (search_vector, filter_terms)
  with (gin_pending_list_limit = 128) where status = 'published' and search_tier = 4;

drop index public.listings_published_idx;
create index listings_published_idx on public.listings (published_at desc)
  include (id, industry, trl, cooperation_modes, institution_id, patent_types, legal_statuses) where status = 'published';
-- Browsing one industry (the most used filter) walks that industry's listings only.
create index listings_published_by_industry_idx on public.listings (industry, published_at desc)
  include (id, trl, cooperation_modes, institution_id, patent_types, legal_statuses) where status = 'published';

-- Filters as SQL text over parameters $2..$8 (never over values, so nothing typed can reach
-- the statement text); only the filters in use are added, which keeps plans simple.
create or replace function app.listing_filter_clause(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid
) returns text
language plpgsql immutable set search_path = '' as $$
begin
  return concat(
    -- One industry as an equality, so the planner knows the industry index returns newest first.
    case when cardinality(wanted_industries) = 1 then ' and l.industry = ($2::public.industry[])[1]'
         when cardinality(wanted_industries) > 1 then ' and l.industry = any ($2::public.industry[])' end,
    case when cardinality(wanted_modes) > 0 then ' and l.cooperation_modes && $3::public.cooperation_mode[]' end,
    case when cardinality(wanted_patent_types) > 0 then ' and l.patent_types && $4' end,
    case when cardinality(wanted_legal_statuses) > 0 then ' and l.legal_statuses && $5' end,
    case when wanted_trl_min is not null then ' and l.trl >= $6' end,
    case when wanted_trl_max is not null then ' and l.trl <= $7' end,
    case when wanted_institution is not null then ' and l.institution_id = $8' end);
end
$$;

create or replace function app.listing_candidate_columns() returns text
language plpgsql immutable set search_path = '' as $$
begin
  return 'l.id, l.published_at, l.industry::text, l.cooperation_modes::text[], l.institution_id, l.patent_types, l.legal_statuses';
end
$$;

-- One filter as tsquery text over filter_terms: any of the wanted values, each a quoted lexeme.
create function app.filter_terms_any(prefix text, wanted text[]) returns text
language plpgsql immutable set search_path = '' as $$
declare
  terms text[] := '{}';
  value text;
begin
  foreach value in array wanted loop
    terms := terms || ('''' || replace(replace(prefix || value, '\', '\\'), '''', '''''') || '''');
  end loop;
  return '(' || array_to_string(terms, ' | ') || ')';
end
$$;

-- The filters of app.listing_filter_clause that narrow a search, as a tsquery over filter_terms
-- (null: none). The SQL conditions still apply every filter exactly.
create function app.listing_filter_query(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid
) returns tsquery
language plpgsql immutable set search_path = '' as $$
declare
  groups text[] := '{}';
  levels text[] := '{}';
begin
  if cardinality(wanted_industries) > 0 then groups := groups || app.filter_terms_any('industry:', wanted_industries); end if;
  if cardinality(wanted_modes) > 0 then groups := groups || app.filter_terms_any('mode:', wanted_modes); end if;
  if cardinality(wanted_patent_types) > 0 then groups := groups || app.filter_terms_any('patent:', wanted_patent_types); end if;
  if cardinality(wanted_legal_statuses) > 0 then groups := groups || app.filter_terms_any('legal:', wanted_legal_statuses); end if;
  -- A wide TRL range passes most listings: reading its six posting lists cost more (0.5 ms a
  -- tier) than the heap checks it saved, so only a range of up to three levels goes in.
  if (wanted_trl_min is not null or wanted_trl_max is not null) and coalesce(wanted_trl_max, 9) - coalesce(wanted_trl_min, 1) < 3 then
    for level in greatest(coalesce(wanted_trl_min, 1), 1)..least(coalesce(wanted_trl_max, 9), 9) loop
      levels := levels || level::text;
    end loop;
    -- An empty range matches nothing, as the SQL conditions say too.
    groups := groups || app.filter_terms_any('trl:', case when cardinality(levels) > 0 then levels else array['none'] end);
  end if;
  if wanted_institution is not null then
    groups := groups || app.filter_terms_any('institution:', array[wanted_institution::text]);
  end if;
  return nullif(array_to_string(groups, ' & '), '')::tsquery;
end
$$;

-- Candidates matching `match_query` and the filters, ranked by `rank_query`, read tier after tier
-- until `row_limit` are found. One statement per tier, each planned with the actual values
-- (a generic plan chose sequential scans), so a common word plans and reads the first tier only.
create function app.tiered_published_candidates(
  match_query tsquery, rank_query tsquery, wanted_industries text[], wanted_modes text[],
  wanted_patent_types text[], wanted_legal_statuses text[], wanted_trl_min integer, wanted_trl_max integer,
  wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, industry text, cooperation_modes text[], institution_id uuid,
                 patent_types text[], legal_statuses text[], rank real)
language plpgsql stable rows 50 set search_path = '' as $$
declare
  filter_query tsquery := app.listing_filter_query(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                                   wanted_trl_min, wanted_trl_max, wanted_institution);
  selection text := 'select ' || app.listing_candidate_columns() || ', ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $10)
    from public.listings l where l.status = ''published'' and l.search_tier = ';
  conditions text := ' and l.search_vector @@ $1'
    || case when filter_query is not null then ' and l.filter_terms @@ $11' else '' end
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution);
  found_rows integer;
  remaining integer := row_limit;
begin
  if match_query is null then
    return;
  end if;
  for tier in 0..4 loop
    exit when remaining <= 0;
    return query execute selection || tier || conditions || ' limit $9'
      using match_query, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
            wanted_trl_min, wanted_trl_max, wanted_institution, remaining, rank_query, filter_query;
    get diagnostics found_rows = row_count;
    remaining := remaining - found_rows;
  end loop;
end
$$;

drop function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.search_published_listings_approximately(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer, tsquery, text[], real);

-- Public search: the listings matching `search_query` and the filters or, when none do and a
-- `typo_query` is given, near matches (as in 20261125000400_search_speed): every word with one
-- wrong character allowed (typo_query, built by the app), or any known word within trigram
-- `threshold` of each typed Latin word, ranked by the query's terms and the corrections.
create function app.search_published_listings(
  search_query tsquery, typo_query tsquery, any_term tsquery, latin_words text[], threshold real,
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, industry text, cooperation_modes text[], institution_id uuid,
                 patent_types text[], legal_statuses text[], rank real, approximate boolean)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
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
  -- Both branches rank by the query's terms and the corrections, so a listing both find is one row.
  return query
    select candidate.*, true from app.tiered_published_candidates(typo_query, any_term || coalesce(corrections, any_term),
      wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max,
      wanted_institution, row_limit) candidate
    union
    select candidate.*, true from app.tiered_published_candidates(corrections, any_term || coalesce(corrections, any_term),
      wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max,
      wanted_institution, row_limit) candidate;
end
$$;

-- Whoever writes a listing computes its generated column, so writers may run this pure function.
revoke all on function app.listing_filter_terms(public.industry, smallint, uuid, public.cooperation_mode[], text[], text[]) from public;
grant execute on function app.listing_filter_terms(public.industry, smallint, uuid, public.cooperation_mode[], text[], text[])
  to authenticated, service_role;
revoke all on function app.filter_terms_any(text, text[]),
  app.listing_filter_query(text[], text[], text[], text[], integer, integer, uuid),
  app.tiered_published_candidates(tsquery, tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer)
  from public;
grant execute on function
  app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer)
  to anon, authenticated, service_role;
