-- Office metrics and the annual report (docs/domain.md, "Office metrics"): the funnel listing →
-- interest → deal → signed, the days deals spend in each stage, and the yearly figures a
-- tech-transfer office reports (AUTM style). They count rows no single reader may see through RLS
-- (an admin reads no deals; an officer reads no other office's interests), so each figure is a
-- SECURITY DEFINER function that hands out counts, sums and medians only, and only over the
-- universities the caller may report on: an officer's own university, every university for an
-- admin. Security invariant: app.metrics_scope() is the one place that decides that set, every
-- function below filters by it first, and it refuses (42501) every other caller (researchers,
-- companies; anon has no execute grant at all).
--
-- Years are calendar years in Asia/Shanghai, like every day the app shows.

create function app.metrics_scope() returns uuid[]
language plpgsql stable security definer set search_path = '' as $$
declare
  reader public.user_role := app.current_user_role();
begin
  if reader = 'admin' then
    return array(select o.id from public.organizations o where o.kind = 'university');
  elsif reader = 'officer' then
    -- A college's officer manages its university's transfers: the scope is universities only
    -- (listings name their university, never a college).
    return array(select o.id from public.organizations o
                 where o.kind = 'university' and o.id in (select app.officer_institutions()));
  end if;
  raise exception 'office metrics are for officers and admins' using errcode = '42501';
end
$$;

-- The first instant of a Shanghai calendar year (no SET clause, so the planner inlines it).
create function app.shanghai_year_start(year int) returns timestamptz
language sql stable as $$
  select pg_catalog.make_timestamptz(year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
$$;

-- The universities asked for: the scope, narrowed to one university when the filter names one.
create function app.metrics_universities(university uuid) returns uuid[]
language sql stable security definer set search_path = '' as $$
  select case when university is null then app.metrics_scope()
              else array(select u from unnest(app.metrics_scope()) u where u = university) end
$$;

-- The funnel by cohort: listings published in each year, and how many of them went on to get an
-- interest, a deal and a signed deal (at any time since), per industry and college.
create function app.metrics_funnel(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, industry public.industry, college_id uuid, listings int, interested int, dealt int, signed int)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids),
  cohort as (
    select l.id, l.industry, l.college_id,
           extract(year from l.published_at at time zone 'Asia/Shanghai')::int as year
    from public.listings l, scope
    where l.institution_id = any(scope.ids)
      and l.published_at >= app.shanghai_year_start(from_year)
      and l.published_at < app.shanghai_year_start(to_year + 1)
      and (college is null or l.college_id = college)
      and (metrics_funnel.industry is null or l.industry = metrics_funnel.industry)
  )
  -- Joined once to each listing's interests and deals (hash joins), not probed per listing.
  select c.year, c.industry, c.college_id, count(*)::int,
         count(i.listing_id)::int, count(d.listing_id)::int, count(d.listing_id) filter (where d.signed)::int
  from cohort c
  left join (select distinct x.listing_id from public.interests x) i
    on i.listing_id = c.id
  left join (select x.listing_id, bool_or(x.stage in ('signed', 'closed_won')) as signed from public.deals x
             group by x.listing_id) d
    on d.listing_id = c.id
  group by c.year, c.industry, c.college_id
$$;

-- Days in each stage: every stage a deal of the scope left during the year (a stage event), from
-- the event that entered it (the deal's creation or the previous stage event) to the one that left it.
create function app.metrics_stage_days(for_year int, university uuid, college uuid, industry public.industry)
returns table (stage public.deal_stage, spells int, median_days double precision)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids),
  spells as (
    select (e.before ->> 'stage')::public.deal_stage as stage,
           extract(epoch from e.created_at - (
             select p.created_at from public.deal_events p
             where p.deal_id = e.deal_id and p.id < e.id and p.kind in ('created', 'stage')
             order by p.id desc limit 1)) / 86400.0 as days
    from public.deal_events e
    join public.deals d on d.id = e.deal_id
    join public.listings l on l.id = d.listing_id, scope
    where e.kind = 'stage'
      and e.created_at >= app.shanghai_year_start(for_year) and e.created_at < app.shanghai_year_start(for_year + 1)
      and d.institution_id = any(scope.ids)
      and (college is null or l.college_id = college)
      and (metrics_stage_days.industry is null or l.industry = metrics_stage_days.industry)
  )
  select s.stage, count(*)::int, percentile_cont(0.5) within group (order by s.days)
  from spells s where s.days is not null
  group by s.stage
$$;

-- A deal's signing day: the day it was signed, or (an open licence taken) the day it took effect.
-- Signed deals per year and cooperation mode: licences, options, assignments, equity (startups) …
create function app.metrics_signed_by_mode(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, mode public.cooperation_mode, deals int)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids)
  select extract(year from coalesce(d.signed_on, d.effective_on))::int, d.mode, count(*)::int
  from public.deals d join public.listings l on l.id = d.listing_id, scope
  where d.institution_id = any(scope.ids)
    and d.stage in ('signed', 'closed_won') and d.mode is not null
    and coalesce(d.signed_on, d.effective_on) >= make_date(from_year, 1, 1)
    and coalesce(d.signed_on, d.effective_on) < make_date(to_year + 1, 1, 1)
    and (college is null or l.college_id = college)
    and (metrics_signed_by_mode.industry is null or l.industry = metrics_signed_by_mode.industry)
  group by 1, 2
$$;

-- The yearly figures: new disclosures (listings submitted to the office, by the year they were
-- created; drafts never submitted are no disclosure), licence income received (fen), and the
-- licences (exclusive or not) in force at the year's end: signed by then, and their term (from
-- the day they took effect) not over.
create function app.metrics_yearly(from_year int, to_year int, university uuid, college uuid, industry public.industry)
returns table (year int, disclosures int, income_fen bigint, active_licences int)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids),
  years as (select y::int as year from generate_series(from_year, to_year) y),
  disclosed as (
    select extract(year from l.created_at at time zone 'Asia/Shanghai')::int as year, count(*)::int as n
    from public.listings l, scope
    where l.institution_id = any(scope.ids) and l.status <> 'draft'
      and l.created_at >= app.shanghai_year_start(from_year) and l.created_at < app.shanghai_year_start(to_year + 1)
      and (college is null or l.college_id = college)
      and (metrics_yearly.industry is null or l.industry = metrics_yearly.industry)
    group by 1
  ),
  scope_deals as (
    select d.id, d.stage, d.mode, d.signed_on, d.effective_on, d.term_months
    from public.deals d join public.listings l on l.id = d.listing_id, scope
    where d.institution_id = any(scope.ids)
      and (college is null or l.college_id = college)
      and (metrics_yearly.industry is null or l.industry = metrics_yearly.industry)
  ),
  income as (
    select extract(year from r.received_on)::int as year, sum(r.amount_fen)::bigint as fen
    from public.receipts r join scope_deals d on d.id = r.deal_id
    where r.received_on >= make_date(from_year, 1, 1) and r.received_on < make_date(to_year + 1, 1, 1)
    group by 1
  ),
  licences as (
    select coalesce(d.signed_on, d.effective_on) as signed, coalesce(d.effective_on, d.signed_on) as start, d.term_months
    from scope_deals d
    where d.stage in ('signed', 'closed_won') and d.mode in ('exclusive_license', 'non_exclusive_license')
      and coalesce(d.signed_on, d.effective_on) is not null
  )
  select y.year, coalesce(dc.n, 0), coalesce(i.fen, 0),
         (select count(*)::int from licences x
          where x.signed <= make_date(y.year, 12, 31)
            and (x.term_months is null or x.start + make_interval(months => x.term_months) > make_date(y.year, 12, 31)))
  from years y
  left join disclosed dc on dc.year = y.year
  left join income i on i.year = y.year
  order by y.year
$$;

-- One row per listing of the scope (the listings register), published in the year or, with no
-- year, every listing submitted to the office; the export reads it in batches by id (keyset),
-- so a download of 100,000 rows never holds them all.
create function app.metrics_listing_register(for_year int, university uuid, college uuid, industry public.industry,
  after_id uuid, batch int)
returns table (id uuid, title text, university_id uuid, college_id uuid, industry public.industry,
  status public.listing_status, published_on date, interests int, deals int, signed_on date)
language sql stable security definer set search_path = '' as $$
  with scope as (select app.metrics_universities(university) as ids)
  select l.id, l.title, l.institution_id, l.college_id, l.industry, l.status,
         (l.published_at at time zone 'Asia/Shanghai')::date,
         (select count(*)::int from public.interests i where i.listing_id = l.id),
         (select count(*)::int from public.deals d where d.listing_id = l.id),
         (select min(coalesce(d.signed_on, d.effective_on)) from public.deals d
          where d.listing_id = l.id and d.stage in ('signed', 'closed_won'))
  from public.listings l, scope
  where l.institution_id = any(scope.ids)
    and l.status <> 'draft'
    and (after_id is null or l.id > after_id)
    and (for_year is null or (l.published_at >= app.shanghai_year_start(for_year)
                              and l.published_at < app.shanghai_year_start(for_year + 1)))
    and (college is null or l.college_id = college)
    and (metrics_listing_register.industry is null or l.industry = metrics_listing_register.industry)
  order by l.id
  limit least(greatest(batch, 1), 5000)
$$;

-- What the filters offer: the years since the scope's first listing was published.
create function app.metrics_years(university uuid) returns table (year int)
language sql stable security definer set search_path = '' as $$
  -- From the first publication (each university's earliest, read from the index) to this year.
  select y::int from generate_series(
    (select extract(year from min(first.published_at) at time zone 'Asia/Shanghai')::int
     from unnest(app.metrics_universities(university)) u,
          lateral (select l.published_at from public.listings l
                   where l.institution_id = u and l.published_at is not null
                   order by l.published_at limit 1) first),
    extract(year from now() at time zone 'Asia/Shanghai')::int) y
  order by 1 desc
$$;

-- Covering indexes, so the figures read indexes alone (index-only scans) and never the wide
-- listing rows (their texts and search vectors); docs/performance.md, "Office metrics".
create index listings_metrics_cohort_idx on public.listings (institution_id, published_at)
  include (id, industry, college_id) where published_at is not null;
create index listings_metrics_disclosed_idx on public.listings (institution_id, created_at)
  include (industry, college_id) where status <> 'draft';
create index deals_metrics_listing_idx on public.deals (listing_id) include (stage);
create index deals_institution_signed_idx on public.deals (institution_id, (coalesce(signed_on, effective_on)))
  where stage in ('signed', 'closed_won');
create index deal_events_metrics_left_idx on public.deal_events (created_at) include (deal_id, id, before)
  where kind = 'stage';
create index deal_events_metrics_spell_idx on public.deal_events (deal_id, id) include (created_at)
  where kind in ('created', 'stage');

revoke all on function app.metrics_scope(), app.metrics_universities(uuid),
  app.metrics_funnel(int, int, uuid, uuid, public.industry),
  app.metrics_stage_days(int, uuid, uuid, public.industry),
  app.metrics_signed_by_mode(int, int, uuid, uuid, public.industry),
  app.metrics_yearly(int, int, uuid, uuid, public.industry),
  app.metrics_listing_register(int, uuid, uuid, public.industry, uuid, int),
  app.metrics_years(uuid) from public;
grant execute on function app.metrics_scope(), app.metrics_universities(uuid),
  app.metrics_funnel(int, int, uuid, uuid, public.industry),
  app.metrics_stage_days(int, uuid, uuid, public.industry),
  app.metrics_signed_by_mode(int, int, uuid, uuid, public.industry),
  app.metrics_yearly(int, int, uuid, uuid, public.industry),
  app.metrics_listing_register(int, uuid, uuid, public.industry, uuid, int),
  app.metrics_years(uuid) to authenticated, service_role;
