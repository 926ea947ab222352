-- Full-text candidates for public search. Under RLS Postgres may not push a non-leakproof
-- operator such as tsvector @@ tsquery or pg_trgm's <% into an index scan, so a search as
-- anon read every row. These functions run with the owner's rights to use the GIN indexes.
-- Security invariant: they return ids of *published* listings only, which every role may
-- read anyway, and callers still read the rows themselves through RLS.

-- Patent types and legal statuses copied onto the listing, so filters and facet counts read
-- one row per listing instead of joining patents for every candidate. Kept by the database.
alter table public.listings
  add column patent_types text[] not null default '{}',
  add column legal_statuses text[] not null default '{}';

create function app.sync_listing_patent_summary() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  target uuid := coalesce(new.listing_id, old.listing_id);
begin
  update public.listings l set
    patent_types = coalesce((select array_agg(distinct p.patent_type::text) from public.patents p where p.listing_id = target), '{}'),
    legal_statuses = coalesce((select array_agg(distinct p.legal_status::text) from public.patents p where p.listing_id = target), '{}')
  where l.id = target;
  return null;
end
$$;
create trigger patents_sync_listing after insert or update or delete on public.patents
  for each row execute function app.sync_listing_patent_summary();

update public.listings l set
  patent_types = coalesce((select array_agg(distinct p.patent_type::text) from public.patents p where p.listing_id = l.id), '{}'),
  legal_statuses = coalesce((select array_agg(distinct p.legal_status::text) from public.patents p where p.listing_id = l.id), '{}');

-- The filters as SQL text over parameters $2..$8 (never over values, so nothing typed can
-- reach the statement text); only the filters in use are added, which keeps plans simple.
create function app.listing_filter_clause(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid
) returns text
language sql immutable set search_path = '' as $$
  select concat(
    case when cardinality(wanted_industries) > 0 then ' and l.industry::text = any ($2)' end,
    case when cardinality(wanted_modes) > 0 then ' and l.cooperation_modes::text[] && $3' end,
    case when cardinality(wanted_patent_types) > 0 then ' and l.patent_types && $4' end,
    case when cardinality(wanted_legal_statuses) > 0 then ' and l.legal_statuses && $5' end,
    case when wanted_trl_min is not null then ' and l.trl >= $6' end,
    case when wanted_trl_max is not null then ' and l.trl <= $7' end,
    case when wanted_institution is not null then ' and l.institution_id = $8' end)
$$;

-- Each function runs its statement with EXECUTE so it is planned with the actual values on
-- every call; a generic plan chose sequential scans on PostgreSQL 15.
create function app.search_published_listings(
  search_query tsquery, wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, rank real)
-- A realistic row estimate, so callers join the result by primary key instead of scanning.
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  return query execute
    'select m.id, ts_rank(''{0.1, 0.2, 0.4, 1.0}'', m.search_vector, $1) from (
       select l.id, l.search_vector from public.listings l
       where l.status = ''published'' and l.search_vector @@ $1'
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution)
    || ' limit $9) m'
    using search_query, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit;
end
$$;

-- Browsing without a query, newest first, with the same filters: walking the published_at
-- index through RLS re-checked the policy on every row it passed.
create function app.browse_published_listings(
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, rank real)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  return query execute
    'select l.id, 0::real from public.listings l where l.status = ''published'''
    || app.listing_filter_clause(wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
                                 wanted_trl_min, wanted_trl_max, wanted_institution)
    || ' order by l.published_at desc limit $9'
    using null::tsquery, wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses,
          wanted_trl_min, wanted_trl_max, wanted_institution, row_limit;
end
$$;

-- Near matches for a query that found nothing: every word with one wrong character allowed
-- (typo_query, built by the app), or a title and pitch within trigram word-similarity
-- `threshold` of the typed text, each through its own index. Ranked by the query's terms
-- plus that similarity.
create function app.search_published_listings_approximately(
  typo_query tsquery, any_term tsquery, typed text, threshold real, row_limit integer
) returns table (id uuid, rank real)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1 as $$
begin
  perform set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
  -- Trigrams only for Latin text: under a C locale pg_trgm finds no trigrams in Han text and
  -- would scan the whole index; Han typos are the bigram branch's job.
  return query execute
    'select l.id, (ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $2) + extensions.word_similarity($3, l.search_text))::real
     from (
       (select l.id from public.listings l where l.status = ''published'' and l.search_vector @@ $1 limit $4)'
    || case when typed ~ '[a-z]{3}' then '
       union
       (select l.id from public.listings l where l.status = ''published'' and $3 operator(extensions.<%) l.search_text limit $4)'
       else '' end
    || ') candidate join public.listings l on l.id = candidate.id'
    using typo_query, any_term, typed, row_limit;
end
$$;

revoke all on function app.listing_filter_clause(text[], text[], text[], text[], integer, integer, uuid) from public;
revoke all on function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer) from public;
grant execute on function app.browse_published_listings(text[], text[], text[], text[], integer, integer, uuid, integer)
  to anon, authenticated, service_role;
revoke all on function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, tsquery, text, real, integer) from public;
grant execute on function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, tsquery, text, real, integer) to anon, authenticated, service_role;
