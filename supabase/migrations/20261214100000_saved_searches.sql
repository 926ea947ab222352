-- Saved searches (docs/domain.md, "Alerts"): a signed-in user keeps a /listings search under a
-- name and hears when a newly published listing matches it. The row holds the search twice: as the
-- catalogue's normalised query string (to open it again, and to refuse a duplicate: a replayed
-- form post finds its row), and as the parts the database matches a listing against: the strict
-- tsquery the catalogue searches by (built by src/lib/rules/search-text.ts, null without words)
-- and the filters, with the meaning of app.listing_filter_clause.

create table public.saved_searches (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 60),
  query text not null check (char_length(query) <= 2000),
  -- Bounded so that matching a listing against every saved search stays cheap.
  match_query tsquery check (numnode(match_query) <= 400),
  industries public.industry[] not null default '{}' check (cardinality(industries) <= 20),
  modes public.cooperation_mode[] not null default '{}' check (cardinality(modes) <= 20),
  patent_types text[] not null default '{}' check (cardinality(patent_types) <= 20),
  legal_statuses text[] not null default '{}' check (cardinality(legal_statuses) <= 20),
  trl_min smallint check (trl_min between 1 and 9),
  trl_max smallint check (trl_max between 1 and 9),
  institution_id uuid references public.organizations (id) on delete cascade,
  open_licence boolean not null default false,
  created_at timestamptz not null default now(),
  unique (user_id, query)
);
create index saved_searches_user_idx on public.saved_searches (user_id, created_at);

-- At most 20 per user (ZQ800, src/lib/contracts/database-errors.ts). A lock per user first, so two
-- saves at once cannot both pass the count.
create function app.limit_saved_searches() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform pg_advisory_xact_lock(hashtext('saved_searches:' || new.user_id::text));
  if (select count(*) from public.saved_searches s where s.user_id = new.user_id) >= 20 then
    raise exception 'at most 20 saved searches per user' using errcode = 'ZQ800';
  end if;
  return new;
end
$$;
revoke execute on function app.limit_saved_searches() from public;
create trigger saved_searches_limit before insert on public.saved_searches
  for each row execute function app.limit_saved_searches();
comment on function app.limit_saved_searches() is
  'Refuses a saved search past the twentieth of a user (ZQ800). Codes: src/lib/contracts/database-errors.ts';

alter table public.saved_searches enable row level security;
grant select, insert, delete on public.saved_searches to authenticated;
-- Only the name changes after saving: the search itself is what was saved.
grant update (name) on public.saved_searches to authenticated;
-- Security invariant: a user reads, names and deletes their own saved searches only.
create policy saved_searches_own on public.saved_searches for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
