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

create function app.search_published_listings(
  query tsquery, industries text[], modes text[], patent_types text[], legal_statuses text[],
  trl_min integer, trl_max integer, institution uuid, max_rows integer
) returns table (id uuid, rank real)
-- A realistic row estimate, so callers join the result by primary key instead of scanning.
language sql stable security definer rows 50 set search_path = '' as $$
  select m.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', m.search_vector, query)
  from (
    select l.id, l.search_vector from public.listings l
    where l.status = 'published' and l.search_vector @@ query
      and (cardinality(industries) = 0 or l.industry::text = any (industries))
      and (cardinality(modes) = 0 or l.cooperation_modes::text[] && modes)
      and (cardinality(patent_types) = 0 or l.patent_types && patent_types)
      and (cardinality(legal_statuses) = 0 or l.legal_statuses && legal_statuses)
      and (trl_min is null or l.trl >= trl_min)
      and (trl_max is null or l.trl <= trl_max)
      and (institution is null or l.institution_id = institution)
    limit max_rows
  ) m
$$;

-- Near matches for a query that found nothing: at least `needed` of its terms, or a title and
-- pitch within trigram word-similarity `threshold` of the typed text.
create function app.search_published_listings_approximately(
  any_term tsquery, terms text[], needed integer, typed text, threshold real, max_rows integer
) returns table (id uuid, rank real)
language plpgsql stable security definer rows 50 set search_path = '' as $$
begin
  perform set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
  return query
    select scored.id, (scored.matched + scored.similarity)::real from (
      select l.id,
             (select count(*) from unnest(terms) term where l.search_vector @@ term::tsquery)::integer as matched,
             extensions.word_similarity(typed, l.search_text) as similarity
      from public.listings l
      where l.status = 'published'
        and (l.search_vector @@ any_term or typed operator(extensions.<%) l.search_text)
      limit max_rows
    ) scored
    where scored.matched >= needed or scored.similarity >= threshold;
end
$$;

revoke all on function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, text[], integer, text, real, integer) from public;
grant execute on function app.search_published_listings(tsquery, text[], text[], text[], text[], integer, integer, uuid, integer),
  app.search_published_listings_approximately(tsquery, text[], integer, text, real, integer) to anon, authenticated, service_role;
