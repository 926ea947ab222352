-- The patent navigation map, counted ahead (docs/performance.md, "The public navigation map"; issue
-- #23): app.navigation_counts read every patent of every public listing and portfolio on each call
-- (0.6 s on PostgreSQL at 200,000 patents). Here a fact row per patent on the map and counters per
-- IPC node are kept by triggers on the five tables a patent's place depends on, and the page reads
-- one node's counters.
--
-- Security invariants (unchanged from 20261212100000_patent_navigation.sql): anonymous readers get
-- counts alone, through SECURITY DEFINER functions; the tables below hold portfolio facts, so anon
-- and authenticated have no privilege on them and RLS is on with no policy. Only published facts
-- are counted (published or licensed listings, the portfolios, signed deals, announced open
-- licences); only patents in force (not lapsed, not past their term on the reader's day).
--
-- Consistency invariants:
--   * A fact row is what app.navigation_facts_for computes for its key (university, application
--     number) from the current rows; every write that can change it refreshes its keys, in the same
--     transaction, under an advisory lock per key taken in key order, so two writers of one key
--     recompute one after the other and the second sees the first's committed rows (READ COMMITTED:
--     each statement of the refresh takes a new snapshot after the lock).
--   * Every counter is the sum of its facts: a refresh removes the key's old facts (subtracting them)
--     and inserts the fresh ones (adding them) by `on conflict do update set patents = patents + …`.
--   * The term is a date, so a patent leaves the map on a day no write marks: the counters are kept
--     per year of expiry, the page adds the years after this one from the counters and reads the
--     facts that end this year (one index range) for today's exact figure.
--   * The triggers fire ALWAYS (the seed and fixtures write under session_replication_role =
--     replica). A bulk load may disable them only if it calls app.navigation_rebuild() before it
--     commits.

create table app.navigation_patent_facts (
  university_id      uuid not null,
  application_number text not null,
  filed_year         int,
  -- The main group of the main IPC code ('H01M 10'), the map's deepest level; null without one.
  ipc_group          text,
  industry           public.industry not null,
  state              text not null check (state in ('available', 'licensed', 'open_licence')),
  -- The last day of its term; null when the filing date is unknown.
  expires_on         date,
  primary key (university_id, application_number)
);
create index navigation_patent_facts_number_idx on app.navigation_patent_facts (application_number);
create index navigation_patent_facts_expiry_idx on app.navigation_patent_facts (expires_on);

-- What the page draws for a node, counted: for each IPC node ('' the whole map, then a section, a
-- class, a subclass, a main group) and industry, the patents per child node ('ipc'), per university
-- and per filing year, by state and year of expiry. A fact counts once in each dimension of each
-- node above it (app.navigation_spread), so a page reads one node's rows, never the patents.
create table app.navigation_node_counts (
  node         text not null,
  industry     public.industry not null,
  dimension    text not null check (dimension in ('ipc', 'university', 'year')),
  key          text not null,
  state        text not null,
  expires_year int,
  patents      int not null,
  constraint navigation_node_counts_key
    unique nulls not distinct (node, industry, dimension, key, state, expires_year)
);

alter table app.navigation_patent_facts enable row level security;
alter table app.navigation_node_counts enable row level security;
revoke all on app.navigation_patent_facts, app.navigation_node_counts from public, anon, authenticated;

-- A listing's patents are found by number when a portfolio row or a deleted listing names them.
create index patents_application_number_idx on public.patents (application_number);

-- The facts of the given keys, as 20261212100000's app.navigation_patents defined them: once per
-- (university, application number) over the portfolio and the patents of public listings; the
-- portfolio's status, dates and IPC win; the industry is a listing's when one is published, else
-- the main IPC code's; lapsed patents are not on the map. Keys with no fact return no row.
create function app.navigation_facts_for(universities uuid[], numbers text[])
returns setof app.navigation_patent_facts
language sql stable set search_path = '' as $$
  with keys as (select distinct k.university_id, k.application_number
                from unnest(universities, numbers) as k(university_id, application_number)),
  listed as (
    -- The enums' order makes min() pick what a patent is at best (see app.navigation_patents).
    select l.institution_id as university_id, p.application_number,
           min(p.patent_type) as patent_type, min(p.filed_on) as filed_on, min(p.legal_status) as legal_status,
           min(l.industry) as industry,
           bool_or(l.status = 'licensed' or exists (select 1 from public.deals d
                     where d.listing_id = l.id and d.stage in ('signed', 'closed_won'))) as licensed,
           bool_or(exists (select 1 from public.open_licence_declarations o
                     where o.patent_id = p.id and o.status = 'announced')) as open_licence
    from keys k
    join public.patents p on p.application_number = k.application_number
    join public.listings l on l.id = p.listing_id and l.institution_id = k.university_id
    where l.status in ('published', 'licensed')
    group by l.institution_id, p.application_number
  ),
  owned as (
    select pp.university_id, pp.application_number, pp.patent_type, pp.filed_on, pp.legal_status,
           pp.ipc_codes[1] as ipc
    from keys k join public.portfolio_patents pp
      on pp.university_id = k.university_id and pp.application_number = k.application_number
  )
  select coalesce(o.university_id, x.university_id), coalesce(o.application_number, x.application_number),
         extract(year from coalesce(o.filed_on, x.filed_on))::int,
         split_part(o.ipc, '/', 1),
         coalesce(x.industry, app.industry_of_ipc(o.ipc)),
         case when coalesce(x.licensed, false) then 'licensed'
              when coalesce(x.open_licence, false) then 'open_licence' else 'available' end,
         app.patent_expires_on(coalesce(o.patent_type, x.patent_type), coalesce(o.filed_on, x.filed_on))
  from owned o full join listed x
    on x.university_id = o.university_id and x.application_number = o.application_number
  where coalesce(o.legal_status, x.legal_status) <> 'lapsed'
$$;

-- The nodes a fact counts under (the whole map, and its section, class, subclass and main group
-- when it has a main IPC code), each with the fact's key in the three dimensions.
create function app.navigation_spread(ipc_group text, university_id uuid, filed_year int)
returns table (node text, dimension text, key text)
language sql immutable set search_path = '' as $$
  select n.node, d.dimension,
         case d.dimension when 'ipc' then coalesce(app.ipc_child(ipc_group, nullif(n.node, '')), '')
                          when 'university' then university_id::text
                          else coalesce(filed_year::text, '') end
  from (select '' as node
        union all select left(ipc_group, 1) where ipc_group is not null
        union all select left(ipc_group, 3) where ipc_group is not null
        union all select left(ipc_group, 4) where ipc_group is not null
        union all select ipc_group where ipc_group is not null) n
  cross join (values ('ipc'), ('university'), ('year')) as d(dimension)
$$;

-- Adds the given facts to their counters (sign 1) or takes them away (sign -1).
create function app.navigation_count(facts app.navigation_patent_facts[], sign int) returns void
language sql set search_path = '' as $$
  insert into app.navigation_node_counts as c (node, industry, dimension, key, state, expires_year, patents)
  select s.node, f.industry, s.dimension, s.key, f.state, extract(year from f.expires_on)::int, sign * count(*)::int
  from unnest(facts) f cross join lateral app.navigation_spread(f.ipc_group, f.university_id, f.filed_year) s
  group by 1, 2, 3, 4, 5, 6
  on conflict on constraint navigation_node_counts_key do update set patents = c.patents + excluded.patents
$$;

create function app.navigation_refresh(universities uuid[], numbers text[]) returns void
language plpgsql security definer set search_path = '' as $$
declare
  old_facts app.navigation_patent_facts[];
  new_facts app.navigation_patent_facts[];
begin
  perform pg_advisory_xact_lock(hashtextextended('navigation ' || k.university_id || ' ' || k.application_number, 0))
  from (select distinct u as university_id, n as application_number
        from unnest(universities, numbers) as k(u, n) where u is not null and n is not null
        order by 1, 2) k;
  with removed as (
    delete from app.navigation_patent_facts f
    using unnest(universities, numbers) as k(university_id, application_number)
    where f.university_id = k.university_id and f.application_number = k.application_number
    returning f.*
  ) select array_agg(r) into old_facts from removed r;
  with added as (
    insert into app.navigation_patent_facts
    select * from app.navigation_facts_for(universities, numbers)
    returning *
  ) select array_agg(a) into new_facts from added a;
  if old_facts is not null then perform app.navigation_count(old_facts, -1); end if;
  if new_facts is not null then perform app.navigation_count(new_facts, 1); end if;
end
$$;

-- Recounts everything from the rows (the migration below, and a bulk load that disabled the triggers).
create function app.navigation_rebuild() returns void
language plpgsql security definer set search_path = '' as $$
declare
  universities uuid[];
  numbers text[];
begin
  delete from app.navigation_patent_facts;
  delete from app.navigation_node_counts;
  select array_agg(k.university_id), array_agg(k.application_number) into universities, numbers
  from (select pp.university_id, pp.application_number from public.portfolio_patents pp
        union
        select l.institution_id, p.application_number from public.patents p
        join public.listings l on l.id = p.listing_id where l.status in ('published', 'licensed')) k;
  insert into app.navigation_patent_facts select * from app.navigation_facts_for(universities, numbers);
  insert into app.navigation_node_counts (node, industry, dimension, key, state, expires_year, patents)
  select s.node, f.industry, s.dimension, s.key, f.state, extract(year from f.expires_on)::int, count(*)::int
  from app.navigation_patent_facts f cross join lateral app.navigation_spread(f.ipc_group, f.university_id, f.filed_year) s
  group by 1, 2, 3, 4, 5, 6;
end
$$;

-- The triggers: each statement refreshes the keys its rows touch, once (transition tables; a
-- statement trigger with them has one event, so each table has one per event). Rows of a statement as arrays of two columns: a transition table exists only for the events its
-- trigger names, so each is read under its own branch.
-- A portfolio row is its own key.
create function app.navigation_portfolio_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  new_universities uuid[];
  new_numbers text[];
  old_universities uuid[];
  old_numbers text[];
begin
  if tg_op <> 'DELETE' then
    select array_agg(r.university_id), array_agg(r.application_number) into new_universities, new_numbers from new_rows r;
  end if;
  if tg_op <> 'INSERT' then
    select array_agg(r.university_id), array_agg(r.application_number) into old_universities, old_numbers from old_rows r;
  end if;
  perform app.navigation_refresh(coalesce(new_universities, '{}') || coalesce(old_universities, '{}'),
                                 coalesce(new_numbers, '{}') || coalesce(old_numbers, '{}'));
  return null;
end
$$;

-- A listing's patent: its listing's university, and every university whose map holds the number
-- (a patent deleted with its listing no longer finds the listing).
create function app.navigation_listing_patents_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  new_listings uuid[];
  new_numbers text[];
  old_listings uuid[];
  old_numbers text[];
  universities uuid[];
  numbers text[];
begin
  if tg_op <> 'DELETE' then
    select array_agg(r.listing_id), array_agg(r.application_number) into new_listings, new_numbers from new_rows r;
  end if;
  if tg_op <> 'INSERT' then
    select array_agg(r.listing_id), array_agg(r.application_number) into old_listings, old_numbers from old_rows r;
  end if;
  with changed as (
    select c.listing_id, c.application_number
    from unnest(coalesce(new_listings, '{}') || coalesce(old_listings, '{}'),
                coalesce(new_numbers, '{}') || coalesce(old_numbers, '{}')) as c(listing_id, application_number)
  )
  select array_agg(k.university_id), array_agg(k.application_number) into universities, numbers
  from (select l.institution_id as university_id, c.application_number
        from changed c join public.listings l on l.id = c.listing_id
        union
        select f.university_id, f.application_number
        from changed c join app.navigation_patent_facts f on f.application_number = c.application_number) k;
  perform app.navigation_refresh(universities, numbers);
  return null;
end
$$;

-- The patents of the given listings, under the listing's university and under every university
-- whose map holds the number (where the listing was counted before a change of university).
create function app.navigation_refresh_listings(listings uuid[]) returns void
language plpgsql set search_path = '' as $$
declare
  universities uuid[];
  numbers text[];
begin
  select array_agg(k.university_id), array_agg(k.application_number) into universities, numbers
  from (select l.institution_id as university_id, p.application_number
        from public.patents p join public.listings l on l.id = p.listing_id
        where p.listing_id = any(listings)
        union
        select f.university_id, f.application_number
        from public.patents p join app.navigation_patent_facts f on f.application_number = p.application_number
        where p.listing_id = any(listings)) k;
  perform app.navigation_refresh(universities, numbers);
end
$$;

-- A listing moves its patents when it is published, withdrawn, licensed, or changes industry or
-- university.
create function app.navigation_listings_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- A deleted listing's patents go with it (on delete cascade, their own trigger recounts them);
  -- under session_replication_role = replica no cascade runs, so the rows left behind are recounted here.
  if tg_op = 'DELETE' then
    perform app.navigation_refresh_listings(array(select r.id from old_rows r));
    return null;
  end if;
  perform app.navigation_refresh_listings(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (o.status, o.industry, o.institution_id) is distinct from (n.status, n.industry, n.institution_id)));
  return null;
end
$$;

-- A deal moves its listing's patents when it enters or leaves signed (or won).
create function app.navigation_deals_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    perform app.navigation_refresh_listings(array(
      select r.listing_id from new_rows r where r.stage in ('signed', 'closed_won')));
  elsif tg_op = 'DELETE' then
    perform app.navigation_refresh_listings(array(
      select r.listing_id from old_rows r where r.stage in ('signed', 'closed_won')));
  else
    perform app.navigation_refresh_listings(array(
      select n.listing_id from new_rows n join old_rows o on o.id = n.id
      where (o.stage in ('signed', 'closed_won')) <> (n.stage in ('signed', 'closed_won'))));
  end if;
  return null;
end
$$;

-- A declaration moves its patent when it is announced or stops being announced.
create function app.navigation_declarations_changed() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    perform app.navigation_refresh_listings(array(
      select r.listing_id from new_rows r where r.status = 'announced'));
  elsif tg_op = 'DELETE' then
    perform app.navigation_refresh_listings(array(
      select r.listing_id from old_rows r where r.status = 'announced'));
  else
    perform app.navigation_refresh_listings(array(
      select n.listing_id from new_rows n join old_rows o on o.id = n.id
      where (o.status = 'announced') <> (n.status = 'announced')));
  end if;
  return null;
end
$$;

create trigger navigation_portfolio_insert after insert on public.portfolio_patents
  referencing new table as new_rows for each statement execute function app.navigation_portfolio_changed();
create trigger navigation_portfolio_update after update on public.portfolio_patents
  referencing old table as old_rows new table as new_rows for each statement execute function app.navigation_portfolio_changed();
create trigger navigation_portfolio_delete after delete on public.portfolio_patents
  referencing old table as old_rows for each statement execute function app.navigation_portfolio_changed();
create trigger navigation_patents_insert after insert on public.patents
  referencing new table as new_rows for each statement execute function app.navigation_listing_patents_changed();
create trigger navigation_patents_update after update on public.patents
  referencing old table as old_rows new table as new_rows for each statement execute function app.navigation_listing_patents_changed();
create trigger navigation_patents_delete after delete on public.patents
  referencing old table as old_rows for each statement execute function app.navigation_listing_patents_changed();
create trigger navigation_listings_update after update on public.listings
  referencing old table as old_rows new table as new_rows for each statement execute function app.navigation_listings_changed();
create trigger navigation_listings_delete after delete on public.listings
  referencing old table as old_rows for each statement execute function app.navigation_listings_changed();
create trigger navigation_deals_insert after insert on public.deals
  referencing new table as new_rows for each statement execute function app.navigation_deals_changed();
create trigger navigation_deals_update after update on public.deals
  referencing old table as old_rows new table as new_rows for each statement execute function app.navigation_deals_changed();
create trigger navigation_deals_delete after delete on public.deals
  referencing old table as old_rows for each statement execute function app.navigation_deals_changed();
create trigger navigation_declarations_insert after insert on public.open_licence_declarations
  referencing new table as new_rows for each statement execute function app.navigation_declarations_changed();
create trigger navigation_declarations_update after update on public.open_licence_declarations
  referencing old table as old_rows new table as new_rows for each statement execute function app.navigation_declarations_changed();
create trigger navigation_declarations_delete after delete on public.open_licence_declarations
  referencing old table as old_rows for each statement execute function app.navigation_declarations_changed();

alter table public.portfolio_patents enable always trigger navigation_portfolio_insert;
alter table public.portfolio_patents enable always trigger navigation_portfolio_update;
alter table public.portfolio_patents enable always trigger navigation_portfolio_delete;
alter table public.patents enable always trigger navigation_patents_insert;
alter table public.patents enable always trigger navigation_patents_update;
alter table public.patents enable always trigger navigation_patents_delete;
alter table public.listings enable always trigger navigation_listings_update;
alter table public.listings enable always trigger navigation_listings_delete;
alter table public.deals enable always trigger navigation_deals_insert;
alter table public.deals enable always trigger navigation_deals_update;
alter table public.deals enable always trigger navigation_deals_delete;
alter table public.open_licence_declarations enable always trigger navigation_declarations_insert;
alter table public.open_licence_declarations enable always trigger navigation_declarations_update;
alter table public.open_licence_declarations enable always trigger navigation_declarations_delete;

-- Whether a fact's main group lies under a node: a section, class or subclass is a prefix of it; a
-- main group is itself ('C02F 1' holds 'C02F 1', not 'C02F 11').
create function app.ipc_group_under(ipc_group text, node text) returns boolean
language sql immutable set search_path = '' as $$
  select case when node like '% %' then ipc_group = node else ipc_group like node || '%' end
$$;
create index navigation_patent_facts_group_idx on app.navigation_patent_facts ((ipc_group collate "C"));

-- The counts the page draws, as before, from the counters of the chosen node: the years of expiry
-- after this one, and this year's facts that are still in force today.
create or replace function app.navigation_counts(industry public.industry, ipc_prefix text)
returns table (dimension text, key text, state text, patents int)
language plpgsql stable security definer set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Shanghai')::date;
  this_year int := extract(year from today)::int;
  chosen_node text := coalesce(ipc_prefix, '');
begin
  if ipc_prefix is not null and ipc_prefix !~ '^[A-H](\d{2}([A-Z]( \d{1,4})?)?)?$' then
    raise exception 'not an IPC node: %', ipc_prefix using errcode = '22023';
  end if;
  return query
    -- This year's facts still in force today: one index range, a few thousand rows at most.
    with ending as materialized (
      select f.* from app.navigation_patent_facts f
      where f.expires_on >= today and f.expires_on < make_date(this_year + 1, 1, 1)
    ),
    -- Every industry, over the whole map: each fact counts once per dimension, so one dimension's rows.
    industries as (
      select c.industry, c.state, c.patents as n from app.navigation_node_counts c
      where c.node = '' and c.dimension = 'university' and c.patents <> 0
        and (c.expires_year is null or c.expires_year > this_year)
      union all
      select e.industry, e.state, 1 from ending e
    ),
    chosen as (
      select c.dimension, c.key, c.state, c.patents as n from app.navigation_node_counts c
      where c.node = chosen_node and c.patents <> 0 and (c.expires_year is null or c.expires_year > this_year)
        and (navigation_counts.industry is null or c.industry = navigation_counts.industry)
      union all
      select d.dimension,
             case d.dimension when 'ipc' then coalesce(app.ipc_child(e.ipc_group, ipc_prefix), '')
                              when 'university' then e.university_id::text
                              else coalesce(e.filed_year::text, '') end,
             e.state, 1
      from ending e cross join (values ('ipc'), ('university'), ('year')) as d(dimension)
      where (navigation_counts.industry is null or e.industry = navigation_counts.industry)
        and (ipc_prefix is null or app.ipc_group_under(e.ipc_group, ipc_prefix))
    )
    select 'industry'::text, i.industry::text, i.state, sum(i.n)::int from industries i
    group by 2, 3 having sum(i.n) <> 0
    union all
    select c.dimension, c.key, c.state, sum(c.n)::int from chosen c group by 1, 2, 3 having sum(c.n) <> 0
    union all
    select 'needs', n.industry::text, 'open', count(*)::int from public.needs n
    where n.open and (n.deadline is null or n.deadline >= today) group by 2, 3;
end
$$;

-- The published listings of a node (and of an industry, when one is chosen), newest first: listings
-- with a patent the map counts under the node. The node's counters say how many patents it has: a
-- broad node finds its listings among the newest at once; a narrow one is read from its facts (one
-- index range) to their listings, which are then few.
create or replace function app.navigation_listings(ipc_prefix text, chosen_industry public.industry, max_rows int)
returns table (id uuid, title text, university_id uuid, industry public.industry)
language plpgsql stable security definer set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Shanghai')::date;
  wanted int := least(greatest(max_rows, 1), 50);
  on_map int;
  newest uuid[];
begin
  if ipc_prefix !~ '^[A-H](\d{2}([A-Z]( \d{1,4})?)?)?$' then
    raise exception 'not an IPC node: %', ipc_prefix using errcode = '22023';
  end if;
  select coalesce(sum(c.patents), 0) into on_map from app.navigation_node_counts c
  where c.node = ipc_prefix and c.dimension = 'university'
    and (chosen_industry is null or c.industry = chosen_industry);
  if on_map > 2000 then
    select array_agg(l.id) into newest from (
      select l.id from (
        select l.id, l.institution_id, l.published_at from public.listings l
        where l.status in ('published', 'licensed') and (chosen_industry is null or l.industry = chosen_industry)
        order by l.published_at desc nulls last, l.id limit 5000) l
      where exists (select 1 from public.patents p join app.navigation_patent_facts f
                      on f.university_id = l.institution_id and f.application_number = p.application_number
                    where p.listing_id = l.id and app.ipc_group_under(f.ipc_group, ipc_prefix)
                      and (f.expires_on is null or f.expires_on >= today))
      order by l.published_at desc nulls last, l.id limit wanted) l;
    if cardinality(newest) = wanted then
      return query select l.id, l.title, l.institution_id, l.industry from public.listings l
        where l.id = any(newest) order by l.published_at desc nulls last, l.id;
      return;
    end if;
  end if;
  -- Node codes are letters, digits and a space, all below '~': the range holds every code under it.
  return query
    select l.id, l.title, l.institution_id, l.industry from public.listings l
    where l.id in (select p.listing_id from app.navigation_patent_facts f
                   join public.patents p on p.application_number = f.application_number
                   join public.listings x on x.id = p.listing_id and x.institution_id = f.university_id
                   where (f.ipc_group collate "C") >= ipc_prefix and (f.ipc_group collate "C") < ipc_prefix || '~'
                     and app.ipc_group_under(f.ipc_group, ipc_prefix)
                     and (f.expires_on is null or f.expires_on >= today))
      and l.status in ('published', 'licensed')
      and (chosen_industry is null or l.industry = chosen_industry)
    order by l.published_at desc nulls last, l.id limit wanted;
end
$$;

drop function app.navigation_patents(date);

revoke all on function app.navigation_facts_for(uuid[], text[]),
  app.navigation_count(app.navigation_patent_facts[], int), app.navigation_refresh(uuid[], text[]),
  app.navigation_spread(text, uuid, int),
  app.navigation_rebuild(), app.navigation_refresh_listings(uuid[]), app.navigation_portfolio_changed(),
  app.navigation_listing_patents_changed(), app.navigation_listings_changed(), app.navigation_deals_changed(),
  app.navigation_declarations_changed(), app.ipc_group_under(text, text) from public;
grant execute on function app.ipc_group_under(text, text) to anon, authenticated, service_role;

select app.navigation_rebuild();
