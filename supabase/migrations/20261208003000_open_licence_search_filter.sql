-- The catalogue's "open licence" filter (docs/domain.md, "Open licences: the public side"): listings
-- with a patent whose open licence declaration CNIPA has announced (Patent Law Art. 50). A filter
-- like the others, inside the search functions, so it narrows the candidates before their limit
-- rather than after (a filter applied to the first 201 candidates would lose the rest).
-- As in 20261202000200_search_plans_and_facet_keys and 20261205000300_forgiving_search, with one
-- more parameter, wanted_open_licence, after wanted_institution. app.listing_filter_query (the
-- indexed filter terms) is unchanged: it narrows by what it indexes, and the clause decides.

drop function app.search_published_listings(tsquery, tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.tiered_published_candidates(tsquery, tsquery, text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer);
drop function app.listing_filter_clause(text[], text[], text[], text[], integer, integer, uuid);

create function app.listing_filter_clause(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, wanted_open_licence boolean
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
    case when wanted_institution is not null then ' and l.institution_id = $8' end,
    -- Announced declarations are few (one per patent, each announced by CNIPA): a probe of the
    -- declarations' listing index per candidate.
    case when wanted_open_licence then ' and exists (select 1 from public.open_licence_declarations o
      where o.listing_id = l.id and o.status = ''announced'')' end);
end
$$;

create function app.browse_published_listings(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, wanted_open_licence boolean, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  return query execute
    'select ' || app.listing_candidate_columns() || ', 0::real from public.listings l where l.status = ''published'''
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution, wanted_open_licence)
    || ' order by l.published_at desc limit $9'
    using null::tsquery, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit;
end
$$;

create function app.tiered_published_candidates(
  match_query tsquery, rank_query tsquery, wanted_industries text[], wanted_modes text[],
  wanted_patent_types text[], wanted_legal_statuses text[], wanted_trl_min integer, wanted_trl_max integer,
  wanted_institution uuid, wanted_open_licence boolean, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real)
language plpgsql stable rows 50 set search_path = '' as $$
declare
  unfiltered boolean := cardinality(wanted_industries) = 0 and cardinality(wanted_modes) = 0
    and cardinality(wanted_patent_types) = 0 and cardinality(wanted_legal_statuses) = 0
    and wanted_trl_min is null and wanted_trl_max is null and wanted_institution is null
    and not wanted_open_licence;
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
                                 wanted_trl_min, wanted_trl_max, wanted_institution, wanted_open_licence);
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

create function app.search_published_listings(
  search_query tsquery, rank_query tsquery, typo_query tsquery, any_term tsquery, latin_words text[], threshold real,
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, wanted_open_licence boolean, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real, approximate boolean)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1
  set plan_cache_mode = force_generic_plan as $$
declare
  corrections tsquery;
begin
  return query select candidate.*, false from app.tiered_published_candidates(search_query, coalesce(rank_query, search_query),
    wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max,
    wanted_institution, wanted_open_licence, row_limit) candidate;
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
      wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, wanted_open_licence, row_limit) candidate;
    return;
  end if;
  return query
    select distinct on (candidate.id) candidate.*, true from (
      select * from app.tiered_published_candidates(typo_query, any_term || corrections, wanted_industries, wanted_modes,
        wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, wanted_open_licence, row_limit)
      union all
      select * from app.tiered_published_candidates(corrections, any_term || corrections, wanted_industries, wanted_modes,
        wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max, wanted_institution, wanted_open_licence, row_limit)) candidate
    order by candidate.id;
end
$$;

revoke all on function
  app.listing_filter_clause(text[], text[], text[], text[], integer, integer, uuid, boolean),
  app.tiered_published_candidates(tsquery, tsquery, text[], text[], text[], text[], integer, integer, uuid, boolean, integer),
  app.search_published_listings(tsquery, tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, boolean, integer),
  app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, boolean, integer)
  from public;
grant execute on function
  app.search_published_listings(tsquery, tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, boolean, integer),
  app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, boolean, integer)
  to anon, authenticated, service_role;
