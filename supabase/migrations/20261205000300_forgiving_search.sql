-- Search that forgives (issue #17, items 7 and 8).
--
-- 1. "Did you mean" for three-character Chinese words. A wrong middle character spoils both
--    bigrams of a three-character word (石磨烯 shares neither 石墨 nor 墨烯 with 石墨烯), so the
--    bigram fallback cannot find it. The Han character trigrams of published titles and pitches
--    are kept in app.search_han_trigrams, and a typed three-character word is compared with
--    those sharing two of its three characters in place (石磨_, 石_烯, _磨烯): each pattern is an
--    equality on an indexed expression. Titles and pitches name what a listing is; the summary
--    would multiply the table for words nobody types.
-- 2. Glossary translations must rank below the words as typed: the search function takes a
--    rank query apart from the match query (the app builds both; the rank query holds no
--    translations), so its signature changes and it is dropped and created again.

create table app.search_han_trigrams (trigram text primary key);
create index search_han_trigrams_first_two_idx on app.search_han_trigrams (substr(trigram, 1, 2));
create index search_han_trigrams_outer_two_idx on app.search_han_trigrams ((substr(trigram, 1, 1) || substr(trigram, 3, 1)));
create index search_han_trigrams_last_two_idx on app.search_han_trigrams (substr(trigram, 2, 2));
revoke all on app.search_han_trigrams from public, anon, authenticated;

-- Every run of three Han characters in a text (CJK Unified Ideographs and Extension A).
create or replace function app.han_trigrams(source text) returns setof text
language sql immutable strict set search_path = '' as $$
  select distinct substr(matched.parts[1], position, 3)
  from regexp_matches(source, '[㐀-䶿一-鿿]{3,}', 'g') as matched(parts),
       generate_series(1, char_length(matched.parts[1]) - 2) as position
$$;

-- Like app.collect_search_words: published rows only, never removed (a correction that no
-- published listing holds any more is dropped by app.han_corrections when it counts them).
create or replace function app.collect_han_trigrams() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into app.search_han_trigrams (trigram)
  select distinct trigram from changed, app.han_trigrams(changed.title || '。' || changed.pitch) trigram
  where changed.status = 'published'
  on conflict do nothing;
  return null;
end
$$;
create trigger listings_collect_han_trigrams_on_insert after insert on public.listings
  referencing new table as changed for each statement execute function app.collect_han_trigrams();
create trigger listings_collect_han_trigrams_on_update after update on public.listings
  referencing new table as changed for each statement execute function app.collect_han_trigrams();

insert into app.search_han_trigrams (trigram)
select distinct trigram from public.listings l, app.han_trigrams(l.title || '。' || l.pitch) trigram
where l.status = 'published'
on conflict do nothing;

-- For each typed three-character Han word that no published title or pitch holds, the known
-- word differing in one character that the most published listings contain (counted up to
-- 50, through the search index). Security definer because anon may read neither the table nor,
-- with an index, the listings; it returns words of published listings only.
create or replace function app.han_corrections(typed_words text[]) returns table (typed text, correction text)
language sql stable security definer set search_path = '' set jit = off as $$
  select typed.word, best.trigram
  from unnest(typed_words) as typed(word)
  cross join lateral (
    select candidate.trigram
    from (
      select t.trigram from app.search_han_trigrams t
      where t.trigram <> typed.word
        and (substr(t.trigram, 1, 2) = substr(typed.word, 1, 2)
          or substr(t.trigram, 1, 1) || substr(t.trigram, 3, 1) = substr(typed.word, 1, 1) || substr(typed.word, 3, 1)
          or substr(t.trigram, 2, 2) = substr(typed.word, 2, 2))
      order by t.trigram
      limit 16) candidate
    cross join lateral (
      select count(*) as hits from (
        select 1 from public.listings l
        where l.status = 'published'
          and l.search_vector @@ (quote_literal(substr(candidate.trigram, 1, 2)) || ' & '
                                  || quote_literal(substr(candidate.trigram, 2, 2)))::tsquery
        limit 50) found) usage
    where usage.hits > 0
    order by usage.hits desc, candidate.trigram
    limit 1) best
  where char_length(typed.word) = 3
    and typed.word ~ '^[㐀-䶿一-鿿]{3}$'
    and not exists (select 1 from app.search_han_trigrams known where known.trigram = typed.word)
$$;
revoke all on function app.han_corrections(text[]) from public;
grant execute on function app.han_corrections(text[]) to anon, authenticated, service_role;

drop function app.search_published_listings(tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer);

-- As in 20261202000200_search_plans_and_facet_keys, ranking the exact branch by rank_query.
create function app.search_published_listings(
  search_query tsquery, rank_query tsquery, typo_query tsquery, any_term tsquery, latin_words text[], threshold real,
  wanted_industries text[], wanted_modes text[], wanted_patent_types text[], wanted_legal_statuses text[],
  wanted_trl_min integer, wanted_trl_max integer, wanted_institution uuid, row_limit integer
) returns table (id uuid, published_at timestamptz, facet_key text, rank real, approximate boolean)
language plpgsql stable security definer rows 50 set search_path = '' set jit = off set random_page_cost = 1.1
  set plan_cache_mode = force_generic_plan as $$
declare
  corrections tsquery;
begin
  return query select candidate.*, false from app.tiered_published_candidates(search_query, coalesce(rank_query, search_query),
    wanted_industries, wanted_modes, wanted_patent_types, wanted_legal_statuses, wanted_trl_min, wanted_trl_max,
    wanted_institution, row_limit) candidate;
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

revoke all on function
  app.search_published_listings(tsquery, tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer)
  from public;
grant execute on function
  app.search_published_listings(tsquery, tsquery, tsquery, tsquery, text[], real, text[], text[], text[], text[], integer, integer, uuid, integer)
  to anon, authenticated, service_role;
