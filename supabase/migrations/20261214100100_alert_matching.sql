-- Matching for alerts (docs/domain.md, "Alerts"), in the database, in the transaction that
-- publishes a listing or posts a need, so a match is told exactly when its cause committed:
--   saved_search_match  a newly published listing matches a user's saved search (to its owner)
--   need_listing_match  a newly published listing matches an open need (to the need's company's members)
--   listing_need_match  a newly posted open need matches a published listing (to the listing's researcher)
-- Needs and listings meet as the app's matching does (src/lib/server/matching.ts): the distinctive
-- words of one side (src/lib/rules/match-terms.ts, stored as match_terms when the text is written)
-- looked up in the other's search index, the five best matches by shared words, then rank.

alter table public.listings add column match_terms text[] not null default '{}' check (cardinality(match_terms) <= 24);
alter table public.needs add column match_terms text[] not null default '{}' check (cardinality(match_terms) <= 24);

-- Written with the search index, by whoever may write that (the listing's editors, the need's company).
grant insert (match_terms), update (match_terms) on public.listings, public.needs to authenticated;

alter table public.notifications
  add column saved_search_id uuid references public.saved_searches (id) on delete set null,
  add column need_id uuid references public.needs (id) on delete cascade;

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case', 'service_case_message', 'portfolio_fee_due',
  'listing_handed', 'proposal_received', 'proposal_shortlisted', 'proposal_declined', 'proposal_converted',
  'saved_search_match', 'need_listing_match', 'listing_need_match'));

-- Never twice for one cause: a listing published again after a withdrawal, or a replayed
-- statement, finds its notification and adds none.
create unique index notifications_saved_search_match_once on public.notifications (saved_search_id, listing_id)
  where kind = 'saved_search_match';
create unique index notifications_need_match_once on public.notifications (user_id, kind, listing_id, need_id)
  where kind in ('need_listing_match', 'listing_need_match');

-- The five open needs a listing's match terms find best (matching.ts's needsForListing).
create function app.needs_matching(terms text[]) returns table (id uuid, company_id uuid, title text)
language sql stable security definer set search_path = '' as $$
  with wanted as (select array_to_string(terms, ' | ')::tsquery as any_term where cardinality(terms) > 0),
  candidates as (
    select n.id, n.company_id, n.title, n.search_vector from public.needs n, wanted
    where n.open and (n.deadline is null or n.deadline >= (now() at time zone 'Asia/Shanghai')::date)
      and n.search_vector @@ wanted.any_term
    limit 500)
  select c.id, c.company_id, c.title from candidates c, wanted
  order by (select count(*) from unnest(terms) t (term) where c.search_vector @@ t.term::tsquery) desc,
           ts_rank(c.search_vector, wanted.any_term) desc, c.id
  limit 5
$$;
revoke execute on function app.needs_matching(text[]) from public;

-- The five published listings a need's match terms find best (matching.ts's listingsForNeed).
create function app.listings_matching(terms text[]) returns table (id uuid, owner_id uuid)
language sql stable security definer set search_path = '' as $$
  with wanted as (select array_to_string(terms, ' | ')::tsquery as any_term where cardinality(terms) > 0),
  candidates as (
    select l.id, l.owner_id, l.search_vector from public.listings l, wanted
    where l.status = 'published' and l.search_vector @@ wanted.any_term
    limit 500)
  select c.id, c.owner_id from candidates c, wanted
  order by (select count(*) from unnest(terms) t (term) where c.search_vector @@ t.term::tsquery) desc,
           ts_rank(c.search_vector, wanted.any_term) desc, c.id
  limit 5
$$;
revoke execute on function app.listings_matching(text[]) from public;

-- Set-based over the statement's newly published listings, so a bulk publication is one pass.
create function app.notify_listing_matches() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- Most updates of listings are edits: nothing became published, nothing to match.
  if not exists (select 1 from new_rows l join old_rows o on o.id = l.id
                 where l.status = 'published' and o.status is distinct from 'published') then
    return null;
  end if;
  insert into public.notifications (user_id, kind, listing_id, saved_search_id, message)
  select s.user_id, 'saved_search_match', l.id, s.id, s.name
  from new_rows l
  join old_rows o on o.id = l.id and o.status is distinct from 'published'
  cross join public.saved_searches s
  where l.status = 'published' and s.user_id <> l.owner_id
    -- The catalogue's conditions (the strict query and app.listing_filter_clause), so a saved search
    -- hears of exactly the listings the catalogue would show under it. Written out here: as a SQL
    -- function of the two rows the planner did not inline it (32 µs a pair on PGlite, ten times this).
    and (s.match_query is null or l.search_vector @@ s.match_query)
    and (cardinality(s.industries) = 0 or l.industry = any (s.industries))
    and (cardinality(s.modes) = 0 or l.cooperation_modes && s.modes)
    and (cardinality(s.patent_types) = 0 or l.patent_types && s.patent_types)
    and (cardinality(s.legal_statuses) = 0 or l.legal_statuses && s.legal_statuses)
    and (s.trl_min is null or l.trl >= s.trl_min)
    and (s.trl_max is null or l.trl <= s.trl_max)
    and (s.institution_id is null or l.institution_id = s.institution_id)
    and (not s.open_licence or exists (select 1 from public.open_licence_declarations d
                                       where d.listing_id = l.id and d.status = 'announced'))
  order by l.id, s.id
  on conflict (saved_search_id, listing_id) where kind = 'saved_search_match' do nothing;

  insert into public.notifications (user_id, kind, listing_id, need_id, message)
  select p.id, 'need_listing_match', l.id, n.id, n.title
  from new_rows l
  join old_rows o on o.id = l.id and o.status is distinct from 'published'
  cross join lateral app.needs_matching(l.match_terms) n
  join public.profiles p on p.role = 'company' and p.organization_id = n.company_id
  where l.status = 'published'
  order by l.id, n.id, p.id
  on conflict (user_id, kind, listing_id, need_id) where kind in ('need_listing_match', 'listing_need_match') do nothing;
  return null;
end
$$;
revoke execute on function app.notify_listing_matches() from public;
create trigger listings_notify_matches after update on public.listings
  referencing old table as old_rows new table as new_rows
  for each statement execute function app.notify_listing_matches();

create function app.notify_need_matches() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.notifications (user_id, kind, listing_id, need_id, message)
  select l.owner_id, 'listing_need_match', l.id, n.id, n.title
  from new_rows n
  cross join lateral app.listings_matching(n.match_terms) l
  where n.open and (n.deadline is null or n.deadline >= (now() at time zone 'Asia/Shanghai')::date)
  order by n.id, l.id
  on conflict (user_id, kind, listing_id, need_id) where kind in ('need_listing_match', 'listing_need_match') do nothing;
  return null;
end
$$;
revoke execute on function app.notify_need_matches() from public;
create trigger needs_notify_matches after insert on public.needs
  referencing new table as new_rows
  for each statement execute function app.notify_need_matches();
