-- Office metrics, counted ahead (docs/performance.md, "Office metrics"; issue #23): the figures of
-- 20261211001000_office_metrics.sql aggregated every listing, deal and stage event of five years
-- on each page load (about a second on PGlite at 100,000 listings). Here narrow summary tables
-- hold the counts per university, year, industry and college, kept exact by triggers on
-- listings, interests, deals, deal_events and receipts, and the four figure functions read them.
-- The functions keep their signatures, results and security invariant: app.metrics_scope() still
-- decides which universities a caller may report on, and every function filters by it first.
--
-- Security invariant: the summary tables hold figures of rows no single reader may see, so anon
-- and authenticated have no privilege on them and RLS is on with no policy; only the SECURITY
-- DEFINER functions below (owned by the migration's owner) read or write them.
--
-- Consistency invariant: every counter is the sum of per-row contributions, changed only by
-- `insert ... on conflict do update set n = n + excluded.n` (so concurrent writers add up; stage
-- spells are one row per stage event), and the triggers fire ALWAYS, even under
-- session_replication_role = replica (the seed and the test fixtures write that way to keep their
-- timestamps), so no writer leaves the summary stale; the owner may turn them off for a bulk load
-- only if it calls app.metrics_rebuild() in the same transaction (docs/architecture.md, "Office
-- metrics counted ahead"). Writes to one listing's figures serialise on its row in
-- app.metrics_listing_facts, the one place that holds its key (university, year, industry, college).

-- One row per listing: its key, and how many interests, deals and signed deals it has (the funnel
-- counts a listing once however many it has; the counts say when it starts or stops counting).
create table app.metrics_listing_facts (
  listing_id     uuid primary key,
  institution_id uuid not null,
  published_year int,
  industry       public.industry,
  college_id     uuid,
  interests      int not null default 0,
  deals          int not null default 0,
  signed_deals   int not null default 0
);

-- Listings per university, year, industry and college: disclosures by the year they were created
-- (submitted ones only), and the funnel's cohort by the year they were published.
create table app.metrics_listing_counts (
  institution_id uuid not null,
  year           int not null,
  industry       public.industry,
  college_id     uuid,
  disclosures    int not null default 0,
  listings       int not null default 0,
  interested     int not null default 0,
  dealt          int not null default 0,
  signed         int not null default 0,
  constraint metrics_listing_counts_key unique nulls not distinct (institution_id, year, industry, college_id)
);

-- One row per stage spell (a stage event and the event that entered that stage), with its days:
-- the medians stay exact, taken over the year's spells of the scope read from one index.
create table app.metrics_stage_spells (
  event_id       bigint primary key,
  deal_id        uuid not null,
  institution_id uuid not null,
  year           int not null,
  industry       public.industry,
  college_id     uuid,
  stage          public.deal_stage,
  days           double precision not null
);
create index metrics_stage_spells_scope_idx on app.metrics_stage_spells (institution_id, year)
  include (stage, industry, college_id, days);
create index metrics_stage_spells_deal_idx on app.metrics_stage_spells (deal_id);

-- Signed deals per university, signing year, cooperation mode, industry and college.
create table app.metrics_signed_counts (
  institution_id uuid not null,
  year           int not null,
  mode           public.cooperation_mode not null,
  industry       public.industry,
  college_id     uuid,
  deals          int not null default 0,
  constraint metrics_signed_counts_key unique nulls not distinct (institution_id, year, mode, industry, college_id)
);

-- Licence income received (fen) per university, year, industry and college.
create table app.metrics_income (
  institution_id uuid not null,
  year           int not null,
  industry       public.industry,
  college_id     uuid,
  fen            bigint not null default 0,
  constraint metrics_income_key unique nulls not distinct (institution_id, year, industry, college_id)
);

-- Licences in force: +1 in the year a licence was signed, −1 in the first year whose end finds it
-- over; those in force at the end of year Y are the sum of the changes of the years up to Y.
create table app.metrics_licence_changes (
  institution_id uuid not null,
  year           int not null,
  industry       public.industry,
  college_id     uuid,
  change         int not null default 0,
  constraint metrics_licence_changes_key unique nulls not distinct (institution_id, year, industry, college_id)
);

alter table app.metrics_listing_facts enable row level security;
alter table app.metrics_listing_counts enable row level security;
alter table app.metrics_stage_spells enable row level security;
alter table app.metrics_signed_counts enable row level security;
alter table app.metrics_income enable row level security;
alter table app.metrics_licence_changes enable row level security;
revoke all on app.metrics_listing_facts, app.metrics_listing_counts, app.metrics_stage_spells,
  app.metrics_signed_counts, app.metrics_income, app.metrics_licence_changes from public, anon, authenticated, service_role;

-- The Shanghai calendar year of an instant.
create function app.shanghai_year(instant timestamptz) returns int
language sql immutable set search_path = '' as $$
  select extract(year from instant at time zone 'Asia/Shanghai')::int
$$;

-- Adds one listing's contribution (sign 1) or takes it away (sign −1).
create function app.metrics_count_listing(institution uuid, status public.listing_status, created_at timestamptz,
  published_year int, industry public.industry, college uuid, interests int, deals int, signed_deals int, sign int)
returns void language plpgsql security definer set search_path = '' as $$
begin
  if status <> 'draft' then
    insert into app.metrics_listing_counts as c (institution_id, year, industry, college_id, disclosures)
    values (institution, app.shanghai_year(created_at), industry, college, sign)
    on conflict on constraint metrics_listing_counts_key do update set disclosures = c.disclosures + excluded.disclosures;
  end if;
  if published_year is not null then
    insert into app.metrics_listing_counts as c (institution_id, year, industry, college_id, listings, interested, dealt, signed)
    values (institution, published_year, industry, college, sign, sign * (interests > 0)::int, sign * (deals > 0)::int,
            sign * (signed_deals > 0)::int)
    on conflict on constraint metrics_listing_counts_key do update set listings = c.listings + excluded.listings,
      interested = c.interested + excluded.interested, dealt = c.dealt + excluded.dealt, signed = c.signed + excluded.signed;
  end if;
end
$$;

-- A listing gains or loses interests, deals or signed deals: its counts change under the lock of
-- its facts row, and its cohort's counts change when it starts or stops counting. A listing
-- already gone (its interests deleted in cascade after it) has nothing left to change.
create function app.metrics_count_children(listing uuid, interests int, deals int, signed_deals int)
returns void language plpgsql security definer set search_path = '' as $$
declare
  f app.metrics_listing_facts;
begin
  if interests = 0 and deals = 0 and signed_deals = 0 then return; end if;
  update app.metrics_listing_facts x set interests = x.interests + metrics_count_children.interests,
    deals = x.deals + metrics_count_children.deals, signed_deals = x.signed_deals + metrics_count_children.signed_deals
  where x.listing_id = listing returning x.* into f;
  if not found or f.published_year is null then return; end if;
  insert into app.metrics_listing_counts as c (institution_id, year, industry, college_id, interested, dealt, signed)
  values (f.institution_id, f.published_year, f.industry, f.college_id,
          (f.interests > 0)::int - (f.interests - interests > 0)::int,
          (f.deals > 0)::int - (f.deals - deals > 0)::int,
          (f.signed_deals > 0)::int - (f.signed_deals - signed_deals > 0)::int)
  on conflict on constraint metrics_listing_counts_key do update set interested = c.interested + excluded.interested,
    dealt = c.dealt + excluded.dealt, signed = c.signed + excluded.signed;
end
$$;

-- Adds one deal's signing and licence (sign 1) or takes them away (sign −1). A signing day is
-- the day it was signed or (an open licence taken) the day it took effect; a licence is in force
-- at a year's end when signed by then and its term (from the day it took effect) not over.
create function app.metrics_count_deal(institution uuid, industry public.industry, college uuid, stage public.deal_stage,
  mode public.cooperation_mode, signed_on date, effective_on date, term_months int, sign int)
returns void language plpgsql security definer set search_path = '' as $$
declare
  signed date := coalesce(signed_on, effective_on);
  first_year int := extract(year from coalesce(signed_on, effective_on))::int;
  end_year int := extract(year from coalesce(effective_on, signed_on) + make_interval(months => term_months))::int;
begin
  if stage not in ('signed', 'closed_won') or mode is null or signed is null then return; end if;
  insert into app.metrics_signed_counts as c (institution_id, year, mode, industry, college_id, deals)
  values (institution, first_year, mode, industry, college, sign)
  on conflict on constraint metrics_signed_counts_key do update set deals = c.deals + excluded.deals;
  if mode not in ('exclusive_license', 'non_exclusive_license') then return; end if;
  -- In force at the end of year Y when it ends (at midnight) after 31 December Y: Y < its end's year.
  if term_months is not null and end_year <= first_year then return; end if;
  insert into app.metrics_licence_changes as c (institution_id, year, industry, college_id, change)
  values (institution, first_year, industry, college, sign)
  on conflict on constraint metrics_licence_changes_key do update set change = c.change + excluded.change;
  if term_months is not null then
    insert into app.metrics_licence_changes as c (institution_id, year, industry, college_id, change)
    values (institution, end_year, industry, college, -sign)
    on conflict on constraint metrics_licence_changes_key do update set change = c.change + excluded.change;
  end if;
end
$$;

create function app.metrics_count_income(institution uuid, industry public.industry, college uuid, received_on date, fen bigint)
returns void language sql security definer set search_path = '' as $$
  insert into app.metrics_income as c (institution_id, year, industry, college_id, fen)
  values (institution, extract(year from received_on)::int, industry, college, fen)
  on conflict on constraint metrics_income_key do update set fen = c.fen + excluded.fen
$$;

-- The spell a stage event ends, recomputed from its deal and the event before it (the deal's
-- creation or its previous stage event), as 20261211001000's metrics_stage_days computed it.
create function app.metrics_record_spell(event bigint)
returns void language sql security definer set search_path = '' as $$
  delete from app.metrics_stage_spells s where s.event_id = event;
  insert into app.metrics_stage_spells (event_id, deal_id, institution_id, year, industry, college_id, stage, days)
  select e.id, e.deal_id, d.institution_id, app.shanghai_year(e.created_at), f.industry, f.college_id,
         (e.before ->> 'stage')::public.deal_stage, extract(epoch from e.created_at - p.created_at) / 86400.0
  from public.deal_events e
  join public.deals d on d.id = e.deal_id
  join app.metrics_listing_facts f on f.listing_id = d.listing_id
  cross join lateral (select p.created_at from public.deal_events p
                      where p.deal_id = e.deal_id and p.id < e.id and p.kind in ('created', 'stage')
                      order by p.id desc limit 1) p
  where e.id = event and e.kind = 'stage';
$$;

-- A deal changed (its stage, terms or signing day) or its key did (its university, its listing's
-- industry and college): its signing and licence are counted again, and on a new key its spells
-- and income move there too.
create function app.metrics_move_deal(deal public.deals, industry public.industry, college uuid,
  new_deal public.deals, new_industry public.industry, new_college uuid)
returns void language plpgsql security definer set search_path = '' as $$
declare
  r record;
begin
  perform app.metrics_count_deal(deal.institution_id, industry, college, deal.stage, deal.mode, deal.signed_on,
    deal.effective_on, deal.term_months, -1);
  perform app.metrics_count_deal(new_deal.institution_id, new_industry, new_college, new_deal.stage, new_deal.mode,
    new_deal.signed_on, new_deal.effective_on, new_deal.term_months, 1);
  if (deal.institution_id, industry, college) is not distinct from (new_deal.institution_id, new_industry, new_college) then
    return;
  end if;
  update app.metrics_stage_spells s set institution_id = new_deal.institution_id, industry = new_industry, college_id = new_college
  where s.deal_id = deal.id;
  for r in select x.received_on, x.amount_fen from public.receipts x where x.deal_id = deal.id loop
    perform app.metrics_count_income(deal.institution_id, industry, college, r.received_on, -r.amount_fen);
    perform app.metrics_count_income(new_deal.institution_id, new_industry, new_college, r.received_on, r.amount_fen);
  end loop;
end
$$;

create function app.metrics_on_listing() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  f app.metrics_listing_facts;
  d public.deals;
begin
  if tg_op = 'INSERT' then
    insert into app.metrics_listing_facts (listing_id, institution_id, published_year, industry, college_id)
    values (new.id, new.institution_id, app.shanghai_year(new.published_at), new.industry, new.college_id);
    perform app.metrics_count_listing(new.institution_id, new.status, new.created_at,
      app.shanghai_year(new.published_at), new.industry, new.college_id, 0, 0, 0, 1);
    return null;
  end if;
  if tg_op = 'UPDATE' and (old.institution_id, old.status, old.created_at, old.published_at, old.industry, old.college_id)
      is not distinct from (new.institution_id, new.status, new.created_at, new.published_at, new.industry, new.college_id) then
    return null;
  end if;
  -- The facts row's lock orders this change with its interests', deals' and receipts' own.
  select * into f from app.metrics_listing_facts x where x.listing_id = old.id for update;
  if not found then return null; end if;
  perform app.metrics_count_listing(old.institution_id, old.status, old.created_at, f.published_year, f.industry,
    f.college_id, f.interests, f.deals, f.signed_deals, -1);
  if tg_op = 'DELETE' then
    delete from app.metrics_listing_facts x where x.listing_id = old.id;
    return null;
  end if;
  update app.metrics_listing_facts x set institution_id = new.institution_id,
    published_year = app.shanghai_year(new.published_at), industry = new.industry, college_id = new.college_id
  where x.listing_id = new.id;
  perform app.metrics_count_listing(new.institution_id, new.status, new.created_at, app.shanghai_year(new.published_at),
    new.industry, new.college_id, f.interests, f.deals, f.signed_deals, 1);
  if (old.industry, old.college_id) is distinct from (new.industry, new.college_id) then
    for d in select * from public.deals x where x.listing_id = new.id loop
      perform app.metrics_move_deal(d, f.industry, f.college_id, d, new.industry, new.college_id);
    end loop;
  end if;
  return null;
end
$$;

create function app.metrics_on_interest() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and old.listing_id = new.listing_id then return null; end if;
  if tg_op in ('UPDATE', 'DELETE') then perform app.metrics_count_children(old.listing_id, -1, 0, 0); end if;
  if tg_op in ('UPDATE', 'INSERT') then perform app.metrics_count_children(new.listing_id, 1, 0, 0); end if;
  return null;
end
$$;

create function app.metrics_on_deal() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  old_key app.metrics_listing_facts;
  new_key app.metrics_listing_facts;
begin
  if tg_op = 'UPDATE' and (old.listing_id, old.institution_id, old.stage, old.mode, old.signed_on, old.effective_on,
      old.term_months) is not distinct from (new.listing_id, new.institution_id, new.stage, new.mode, new.signed_on,
      new.effective_on, new.term_months) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    select * into old_key from app.metrics_listing_facts x where x.listing_id = old.listing_id for share;
    perform app.metrics_count_children(old.listing_id, 0, -1, -(old.stage in ('signed', 'closed_won'))::int);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    select * into new_key from app.metrics_listing_facts x where x.listing_id = new.listing_id for share;
    perform app.metrics_count_children(new.listing_id, 0, 1, (new.stage in ('signed', 'closed_won'))::int);
  end if;
  if tg_op = 'INSERT' then
    perform app.metrics_count_deal(new.institution_id, new_key.industry, new_key.college_id, new.stage, new.mode,
      new.signed_on, new.effective_on, new.term_months, 1);
  elsif tg_op = 'UPDATE' then
    perform app.metrics_move_deal(old, old_key.industry, old_key.college_id, new, new_key.industry, new_key.college_id);
  else
    -- Before the delete: its receipts and stage events go in cascade after it, when it can no
    -- longer be read; their own triggers then find no deal and change nothing.
    perform app.metrics_count_deal(old.institution_id, old_key.industry, old_key.college_id, old.stage, old.mode,
      old.signed_on, old.effective_on, old.term_months, -1);
    perform app.metrics_count_income(old.institution_id, old_key.industry, old_key.college_id, x.received_on, -x.amount_fen)
    from public.receipts x where x.deal_id = old.id;
    delete from app.metrics_stage_spells s where s.deal_id = old.id;
    return old;
  end if;
  return null;
end
$$;

-- The spell of the stage event after this one in its deal, recomputed (this one starts it).
create function app.metrics_record_next_spell(deal uuid, event bigint)
returns void language sql security definer set search_path = '' as $$
  select app.metrics_record_spell(x.id) from public.deal_events x
  where x.deal_id = deal and x.id > event and x.kind in ('created', 'stage') order by x.id limit 1
$$;

-- deal_events is append-only for the app (deal_events_append_only): rows go only with their
-- deal; the owner rewrites times with triggers off (the seed's metrics block), and this trigger
-- still fires then. The spell an event ends and the one it starts are recomputed.
create function app.metrics_on_deal_event() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    delete from app.metrics_stage_spells s where s.event_id = old.id;
    return null;
  end if;
  -- Events of one deal are written one transaction at a time (a stage move updates the deal):
  -- locking it here keeps that true for any writer, so the event before is always the one seen.
  perform 1 from public.deals x where x.id = new.deal_id for no key update;
  -- And the key is read under its listing's facts row, as a deal's and a receipt's are.
  perform 1 from public.deals x join app.metrics_listing_facts f on f.listing_id = x.listing_id
  where x.id = new.deal_id for share of f;
  perform app.metrics_record_spell(new.id);
  -- An event written with a smaller id after a later one (never by the app), or one whose time
  -- changed, changes the spell of the one after it.
  perform app.metrics_record_next_spell(new.deal_id, new.id);
  if tg_op = 'UPDATE' and old.deal_id <> new.deal_id then
    perform app.metrics_record_next_spell(old.deal_id, old.id);
  end if;
  return null;
end
$$;

create function app.metrics_on_receipt() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and (old.deal_id, old.amount_fen, old.received_on)
      is not distinct from (new.deal_id, new.amount_fen, new.received_on) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform app.metrics_count_income(d.institution_id, f.industry, f.college_id, old.received_on, -old.amount_fen)
    from public.deals d join app.metrics_listing_facts f on f.listing_id = d.listing_id
    where d.id = old.deal_id
    for share of f;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    perform app.metrics_count_income(d.institution_id, f.industry, f.college_id, new.received_on, new.amount_fen)
    from public.deals d join app.metrics_listing_facts f on f.listing_id = d.listing_id
    where d.id = new.deal_id
    for share of f;
  end if;
  return null;
end
$$;

create trigger metrics_count_listings after insert or delete or update of institution_id, status, created_at,
  published_at, industry, college_id on public.listings for each row execute function app.metrics_on_listing();
create trigger metrics_count_interests after insert or delete or update of listing_id on public.interests
  for each row execute function app.metrics_on_interest();
create trigger metrics_count_deals after insert or update of listing_id, institution_id, stage, mode, signed_on,
  effective_on, term_months on public.deals for each row execute function app.metrics_on_deal();
create trigger metrics_count_deals_delete before delete on public.deals
  for each row execute function app.metrics_on_deal();
create trigger metrics_count_deal_events after insert on public.deal_events
  for each row when (new.kind in ('created', 'stage')) execute function app.metrics_on_deal_event();
create trigger metrics_count_deal_events_delete after delete on public.deal_events
  for each row when (old.kind = 'stage') execute function app.metrics_on_deal_event();
create trigger metrics_count_deal_events_update after update of deal_id, kind, before, created_at on public.deal_events
  for each row execute function app.metrics_on_deal_event();
create trigger metrics_count_receipts after insert or delete or update of deal_id, amount_fen, received_on
  on public.receipts for each row execute function app.metrics_on_receipt();
alter table public.listings enable always trigger metrics_count_listings;
alter table public.interests enable always trigger metrics_count_interests;
alter table public.deals enable always trigger metrics_count_deals;
alter table public.deals enable always trigger metrics_count_deals_delete;
alter table public.deal_events enable always trigger metrics_count_deal_events;
alter table public.deal_events enable always trigger metrics_count_deal_events_delete;
alter table public.deal_events enable always trigger metrics_count_deal_events_update;
alter table public.receipts enable always trigger metrics_count_receipts;

-- Fills the summary from scratch, set-based (the back-fill below; a loader that bypassed the
-- triggers with ALTER TABLE … DISABLE TRIGGER would call it too). Owner only: no grant.
create function app.metrics_rebuild() returns void
language plpgsql security definer set search_path = '' as $$
begin
  delete from app.metrics_listing_facts;
  delete from app.metrics_listing_counts;
  delete from app.metrics_stage_spells;
  delete from app.metrics_signed_counts;
  delete from app.metrics_income;
  delete from app.metrics_licence_changes;
  insert into app.metrics_listing_facts (listing_id, institution_id, published_year, industry, college_id,
    interests, deals, signed_deals)
  select l.id, l.institution_id, app.shanghai_year(l.published_at), l.industry, l.college_id,
         (select count(*) from public.interests i where i.listing_id = l.id),
         (select count(*) from public.deals d where d.listing_id = l.id),
         (select count(*) from public.deals d where d.listing_id = l.id and d.stage in ('signed', 'closed_won'))
  from public.listings l;
  insert into app.metrics_listing_counts (institution_id, year, industry, college_id, disclosures, listings, interested, dealt, signed)
  select institution_id, year, industry, college_id, sum(disclosures), sum(listings), sum(interested), sum(dealt), sum(signed)
  from (select l.institution_id, app.shanghai_year(l.created_at) as year, l.industry, l.college_id,
               1 as disclosures, 0 as listings, 0 as interested, 0 as dealt, 0 as signed
        from public.listings l where l.status <> 'draft'
        union all
        select f.institution_id, f.published_year, f.industry, f.college_id, 0, 1, (f.interests > 0)::int,
               (f.deals > 0)::int, (f.signed_deals > 0)::int
        from app.metrics_listing_facts f where f.published_year is not null) x
  group by institution_id, year, industry, college_id;
  insert into app.metrics_stage_spells (event_id, deal_id, institution_id, year, industry, college_id, stage, days)
  select id, deal_id, institution_id, app.shanghai_year(created_at), industry, college_id, stage,
         extract(epoch from created_at - entered) / 86400.0
  from (select e.id, e.deal_id, d.institution_id, e.created_at, f.industry, f.college_id, e.kind,
               (e.before ->> 'stage')::public.deal_stage as stage,
               lag(e.created_at) over (partition by e.deal_id order by e.id) as entered
        from public.deal_events e
        join public.deals d on d.id = e.deal_id
        join app.metrics_listing_facts f on f.listing_id = d.listing_id
        where e.kind in ('created', 'stage')) s
  where s.kind = 'stage' and s.entered is not null;
  perform app.metrics_count_deal(d.institution_id, f.industry, f.college_id, d.stage, d.mode, d.signed_on,
    d.effective_on, d.term_months, 1)
  from public.deals d join app.metrics_listing_facts f on f.listing_id = d.listing_id
  where d.stage in ('signed', 'closed_won');
  insert into app.metrics_income (institution_id, year, industry, college_id, fen)
  select d.institution_id, extract(year from r.received_on)::int, f.industry, f.college_id, sum(r.amount_fen)
  from public.receipts r join public.deals d on d.id = r.deal_id
  join app.metrics_listing_facts f on f.listing_id = d.listing_id
  group by 1, 2, 3, 4;
end
$$;

select app.metrics_rebuild();

-- The figures, read from the summary: same signatures, same results as 20261211001000's.
create or replace function app.metrics_funnel(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, industry public.industry, college_id uuid, listings int, interested int, dealt int, signed int)
language sql stable security definer set search_path = '' as $$
  select c.year, c.industry, c.college_id, sum(c.listings)::int, sum(c.interested)::int, sum(c.dealt)::int, sum(c.signed)::int
  from app.metrics_listing_counts c
  where c.institution_id = any(app.metrics_universities(university))
    and c.year between from_year and to_year and c.listings > 0
    and (college is null or c.college_id = college)
    and (metrics_funnel.industry is null or c.industry = metrics_funnel.industry)
  group by c.year, c.industry, c.college_id
$$;

create or replace function app.metrics_stage_days(for_year int, university uuid, college uuid, industry public.industry)
returns table (stage public.deal_stage, spells int, median_days double precision)
language sql stable security definer set search_path = '' as $$
  select s.stage, count(*)::int, percentile_cont(0.5) within group (order by s.days)
  from app.metrics_stage_spells s
  where s.institution_id = any(app.metrics_universities(university)) and s.year = for_year
    and (college is null or s.college_id = college)
    and (metrics_stage_days.industry is null or s.industry = metrics_stage_days.industry)
  group by s.stage
$$;

create or replace function app.metrics_signed_by_mode(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, mode public.cooperation_mode, deals int)
language sql stable security definer set search_path = '' as $$
  select c.year, c.mode, sum(c.deals)::int
  from app.metrics_signed_counts c
  where c.institution_id = any(app.metrics_universities(university))
    and c.year between from_year and to_year and c.deals > 0
    and (college is null or c.college_id = college)
    and (metrics_signed_by_mode.industry is null or c.industry = metrics_signed_by_mode.industry)
  group by 1, 2
$$;

create or replace function app.metrics_yearly(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, disclosures int, income_fen bigint, active_licences int)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids),
  years as (select y::int as year from generate_series(from_year, to_year) y),
  disclosed as (
    select c.year, sum(c.disclosures)::int as n from app.metrics_listing_counts c, scope
    where c.institution_id = any(scope.ids) and c.year between from_year and to_year
      and (college is null or c.college_id = college)
      and (metrics_yearly.industry is null or c.industry = metrics_yearly.industry)
    group by 1
  ),
  income as (
    select c.year, sum(c.fen)::bigint as fen from app.metrics_income c, scope
    where c.institution_id = any(scope.ids) and c.year between from_year and to_year
      and (college is null or c.college_id = college)
      and (metrics_yearly.industry is null or c.industry = metrics_yearly.industry)
    group by 1
  ),
  changes as (
    select c.year, c.change from app.metrics_licence_changes c, scope
    where c.institution_id = any(scope.ids) and c.year <= to_year
      and (college is null or c.college_id = college)
      and (metrics_yearly.industry is null or c.industry = metrics_yearly.industry)
  )
  select y.year, coalesce(dc.n, 0), coalesce(i.fen, 0),
         (select coalesce(sum(x.change), 0)::int from changes x where x.year <= y.year)
  from years y
  left join disclosed dc on dc.year = y.year
  left join income i on i.year = y.year
  order by y.year
$$;

-- Nobody but the owner writes the summary: the helpers and the rebuild have no grant (on Supabase
-- default privileges would give anon and authenticated one, hence the explicit revoke).
revoke all on function app.shanghai_year(timestamptz),
  app.metrics_count_listing(uuid, public.listing_status, timestamptz, int, public.industry, uuid, int, int, int, int),
  app.metrics_count_children(uuid, int, int, int),
  app.metrics_count_deal(uuid, public.industry, uuid, public.deal_stage, public.cooperation_mode, date, date, int, int),
  app.metrics_count_income(uuid, public.industry, uuid, date, bigint),
  app.metrics_record_spell(bigint), app.metrics_record_next_spell(uuid, bigint),
  app.metrics_move_deal(public.deals, public.industry, uuid, public.deals, public.industry, uuid),
  app.metrics_on_listing(), app.metrics_on_interest(), app.metrics_on_deal(), app.metrics_on_deal_event(),
  app.metrics_on_receipt(), app.metrics_rebuild() from public, anon, authenticated, service_role;
