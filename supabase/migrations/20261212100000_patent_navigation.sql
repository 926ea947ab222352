-- Patent navigation maps (专利导航; docs/domain.md, "Patent navigation"; issue #23): for each of the
-- eight industries and each IPC section → class → subclass → main group, how many patents of the
-- universities are available, licensed or under an open licence, by university and by filing year,
-- with the companies' open needs of the same industries beside them.
-- Security invariants:
--   * The page is public, but the portfolio is its officers' only: anonymous readers get counts
--     alone, through app.navigation_counts (SECURITY DEFINER), never a portfolio row, number or title.
--   * Only published facts are counted: the patents of published or licensed listings (public on the
--     listing page), the patents a university holds (public at CNIPA), signed deals through the
--     listing's patents, announced open licences, open needs. Drafts, submitted listings, deals in
--     negotiation and withdrawn declarations never move a count.
--   * Only patents in force are counted: not lapsed, not past their term (app.patent_expires_on).

-- Which industry a patent belongs to when no published listing says so: the longest IPC prefix
-- listed here (a subclass such as 'H01M' before its class 'H01'); anything unlisted is 'other'.
-- Prefixes are classes or subclasses, so a code is looked up twice by key, never scanned.
-- The eight industries are the region's priority industries; the prefixes follow the WIPO IPC scheme.
create table app.ipc_industries (
  prefix text primary key check (prefix ~ '^[A-H]\d{2}[A-Z]?$'),
  industry public.industry not null
);
insert into app.ipc_industries (prefix, industry) values
  -- Vehicles, their engines and drives.
  ('B60', 'automotive'), ('B62D', 'automotive'), ('F02', 'automotive'), ('F16H', 'automotive'),
  -- Machine tools, robots, control, moulding, additive manufacturing, measuring.
  ('B21', 'smart_manufacturing'), ('B22', 'smart_manufacturing'), ('B23', 'smart_manufacturing'),
  ('B24', 'smart_manufacturing'), ('B25', 'smart_manufacturing'), ('B29', 'smart_manufacturing'),
  ('B33', 'smart_manufacturing'), ('B65G', 'smart_manufacturing'), ('G05B', 'smart_manufacturing'),
  ('G01B', 'smart_manufacturing'), ('G01M', 'smart_manufacturing'),
  -- Inorganic and polymer chemistry, ceramics, glass, coatings, metallurgy, nanostructures.
  ('C01', 'new_materials'), ('C03', 'new_materials'), ('C04', 'new_materials'), ('C08', 'new_materials'),
  ('C09', 'new_materials'), ('C22', 'new_materials'), ('C23', 'new_materials'), ('B32B', 'new_materials'),
  ('B82', 'new_materials'), ('D01', 'new_materials'),
  -- Computing, communication, semiconductors, circuits, optics, displays, storage.
  ('G06', 'electronic_information'), ('G08', 'electronic_information'), ('G09', 'electronic_information'),
  ('G11', 'electronic_information'), ('G02', 'electronic_information'), ('H01L', 'electronic_information'),
  ('H01Q', 'electronic_information'), ('H03', 'electronic_information'), ('H04', 'electronic_information'),
  ('H05K', 'electronic_information'), ('H10', 'electronic_information'),
  -- Medicine, peptides, biochemistry, analysis of biological material.
  ('A61', 'biomedicine'), ('C07K', 'biomedicine'), ('C12', 'biomedicine'), ('G01N', 'biomedicine'),
  ('G16H', 'biomedicine'),
  -- Agriculture, forestry, animal husbandry, food.
  ('A01', 'modern_agriculture'), ('A23', 'modern_agriculture'), ('C05', 'modern_agriculture'),
  -- Batteries, power, heating and solar, water, waste, separation, fuels.
  ('H01M', 'energy_environment'), ('H02', 'energy_environment'), ('F03', 'energy_environment'),
  ('F24', 'energy_environment'), ('C02F', 'energy_environment'), ('B01D', 'energy_environment'),
  ('B09', 'energy_environment'), ('C10', 'energy_environment');
revoke all on app.ipc_industries from public, anon, authenticated;

create function app.industry_of_ipc(code text) returns public.industry
language sql stable set search_path = '' as $$
  select coalesce((select m.industry from app.ipc_industries m where m.prefix = left(code, 4)),
                  (select m.industry from app.ipc_industries m where m.prefix = left(code, 3)),
                  'other')
$$;

-- The node an IPC code falls in one level below `parent`: a section ('H') below nothing, a class
-- ('H01') below a section, a subclass ('H01M') below a class, a main group ('H01M 10') below a
-- subclass, and the main group itself below a main group. Null for a patent with no IPC code.
create function app.ipc_child(code text, parent text) returns text
language sql immutable set search_path = '' as $$
  select case when code is null then null
              when parent is null then left(code, 1)
              when length(parent) = 1 then left(code, 3)
              when length(parent) = 3 then left(code, 4)
              else split_part(code, '/', 1) end
$$;

-- Whether an IPC code lies under a node: a section, class or subclass is a prefix of the code; a
-- main group ends where its number does ('C02F 1' holds 'C02F 1/28', not 'C02F 11/00').
create function app.ipc_under(code text, node text) returns boolean
language sql immutable set search_path = '' as $$
  select case when node like '% %' then code like node || '/%' else code like node || '%' end
$$;

-- One row per patent in force: the university's portfolio and the patents of its public listings,
-- once per (university, application number). The portfolio's legal status, dates and IPC win (they
-- come from CNIPA's register); the industry is the listing's when one is published, else the IPC's.
create function app.navigation_patents(today date)
returns table (university_id uuid, filed_year int, ipc text, industry public.industry, state text)
language sql stable security definer set search_path = '' as $$
  -- Signed deals and announced declarations are joined once (hash joins), not probed per patent.
  with signed as (
    select distinct d.listing_id from public.deals d where d.stage in ('signed', 'closed_won')
  ),
  announced as (
    select distinct o.patent_id from public.open_licence_declarations o where o.status = 'announced'
  ),
  -- The enums' order makes min() pick what a patent is at best: a legal status other than lapsed
  -- when any listing says so, an industry when any listing names one.
  listed as (
    select l.institution_id as university_id, p.application_number,
           min(p.patent_type) as patent_type, min(p.filed_on) as filed_on, min(p.legal_status) as legal_status,
           min(l.industry) as industry,
           bool_or(l.status = 'licensed' or s.listing_id is not null) as licensed,
           bool_or(a.patent_id is not null) as open_licence
    from public.patents p
    join public.listings l on l.id = p.listing_id
    left join signed s on s.listing_id = l.id
    left join announced a on a.patent_id = p.id
    where l.status in ('published', 'licensed')
    group by l.institution_id, p.application_number
  ),
  joined as (
    select coalesce(pp.university_id, x.university_id) as university_id,
           coalesce(pp.patent_type, x.patent_type) as patent_type,
           coalesce(pp.filed_on, x.filed_on) as filed_on,
           coalesce(pp.legal_status, x.legal_status) as legal_status,
           pp.ipc_codes[1] as ipc, x.industry as listed_industry,
           coalesce(x.licensed, false) as licensed, coalesce(x.open_licence, false) as open_licence
    from public.portfolio_patents pp
    full join listed x on x.university_id = pp.university_id and x.application_number = pp.application_number
  )
  select j.university_id, extract(year from j.filed_on)::int, j.ipc,
         coalesce(j.listed_industry, app.industry_of_ipc(j.ipc)),
         case when j.licensed then 'licensed' when j.open_licence then 'open_licence' else 'available' end
  from joined j
  where j.legal_status <> 'lapsed'
    and (j.filed_on is null or app.patent_expires_on(j.patent_type, j.filed_on) >= today)
$$;

-- The counts the page draws, in one pass: by industry over every patent (the map's first level),
-- and by IPC node, university and filing year over the patents of the chosen industry and IPC node;
-- then the open needs per industry. `ipc_prefix` is a node app.ipc_child returns (checked here, so
-- a pattern character can never reach LIKE).
create function app.navigation_counts(industry public.industry, ipc_prefix text)
returns table (dimension text, key text, state text, patents int)
language plpgsql stable security definer set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Shanghai')::date;
begin
  if ipc_prefix is not null and ipc_prefix !~ '^[A-H](\d{2}([A-Z]( \d{1,4})?)?)?$' then
    raise exception 'not an IPC node: %', ipc_prefix using errcode = '22023';
  end if;
  return query
    -- Counted once into a few thousand groups; the four figures then add up groups, not patents.
    with facts as materialized (
      select f.university_id, f.filed_year, f.ipc, f.industry, f.state, count(*)::int as n
      from app.navigation_patents(today) f group by 1, 2, 3, 4, 5
    ),
    chosen as (
      select f.* from facts f
      where (navigation_counts.industry is null or f.industry = navigation_counts.industry)
        and (ipc_prefix is null or app.ipc_under(f.ipc, ipc_prefix))
    )
    select 'industry'::text, f.industry::text, f.state, sum(f.n)::int from facts f group by 2, 3
    union all
    select 'ipc', coalesce(app.ipc_child(f.ipc, ipc_prefix), ''), f.state, sum(f.n)::int from chosen f group by 2, 3
    union all
    select 'university', f.university_id::text, f.state, sum(f.n)::int from chosen f group by 2, 3
    union all
    select 'year', coalesce(f.filed_year::text, ''), f.state, sum(f.n)::int from chosen f group by 2, 3
    union all
    select 'needs', n.industry::text, 'open', count(*)::int from public.needs n
    where n.open and (n.deadline is null or n.deadline >= today) group by 2, 3;
end
$$;

-- The published listings of a node (and of an industry, when one is chosen), newest first: the
-- click-through from an IPC node (the catalogue filters by industry, not by IPC). Listings with a
-- patent whose portfolio entry's main code lies under the node.
create function app.navigation_listings(ipc_prefix text, chosen_industry public.industry, max_rows int)
returns table (id uuid, title text, university_id uuid, industry public.industry)
language plpgsql stable security definer set search_path = '' as $$
begin
  if ipc_prefix !~ '^[A-H](\d{2}([A-Z]( \d{1,4})?)?)?$' then
    raise exception 'not an IPC node: %', ipc_prefix using errcode = '22023';
  end if;
  return query
    select l.id, l.title, l.institution_id, l.industry from public.listings l
    where l.status in ('published', 'licensed')
      and (chosen_industry is null or l.industry = chosen_industry)
      and exists (select 1 from public.patents p join public.portfolio_patents pp
                    on pp.university_id = l.institution_id and pp.application_number = p.application_number
                  where p.listing_id = l.id and app.ipc_under(pp.ipc_codes[1], ipc_prefix))
    order by l.published_at desc nulls last, l.id
    limit least(greatest(max_rows, 1), 50);
end
$$;

revoke all on function app.industry_of_ipc(text), app.ipc_child(text, text), app.ipc_under(text, text),
  app.navigation_patents(date), app.navigation_counts(public.industry, text),
  app.navigation_listings(text, public.industry, int) from public;
grant execute on function app.ipc_child(text, text), app.ipc_under(text, text),
  app.navigation_counts(public.industry, text), app.navigation_listings(text, public.industry, int)
  to anon, authenticated, service_role;

-- The page is kept by the anonymous page cache (src/lib/server/http/page-cache.ts): whatever moves
-- one of its counts raises the public content version (see …_public_content_version.sql).
create constraint trigger portfolio_patents_public after insert or update or delete on public.portfolio_patents
  deferrable initially deferred for each row execute function app.raise_public_content_version();
create constraint trigger deals_signed_public_insert after insert on public.deals
  deferrable initially deferred for each row when (new.stage in ('signed', 'closed_won'))
  execute function app.raise_public_content_version();
create constraint trigger deals_signed_public after update of stage on public.deals
  deferrable initially deferred for each row
  when ((old.stage in ('signed', 'closed_won')) is distinct from (new.stage in ('signed', 'closed_won')))
  execute function app.raise_public_content_version();
create constraint trigger needs_public after insert or update or delete on public.needs
  deferrable initially deferred for each row execute function app.raise_public_content_version();
