-- Income, first half (docs/domain.md, "Income"; issue #20): the terms that say what a signed deal
-- pays, and the payment schedule generated from them at signing.
-- Security invariants:
--   * The income terms (royalty base and reporting period, the minimum annual royalty) and the
--     structured milestones are written by the university's officers only, before the public
--     notice: from public_notice on every term is frozen (app.guard_deal_notice, redefined here),
--     so the schedule generated at signing is what was noticed and signed.
--   * `deals.signed_on` is the database's: the Asia/Shanghai day the deal moved to signed. The
--     reward policy a deal's income is shared by is the one in force that day.
--   * The schedule is written by the signing trigger only; nobody inserts, changes or deletes a
--     line (only the overdue notifier stamps `overdue_notified_at`).
--   * Readers: the deal's officers and admins, the deal's company, and the inventors of the deal's
--     listing who have accounts (app.may_read_deal_income). Everybody else sees nothing.

create type public.royalty_base as enum ('net_sales', 'gross_sales');
create type public.royalty_period as enum ('quarter', 'half_year', 'year');
create type public.income_line_kind as enum ('upfront', 'milestone', 'royalty', 'minimum_royalty', 'equity');

alter table public.deals
  add column royalty_base public.royalty_base not null default 'net_sales',
  add column royalty_period public.royalty_period not null default 'quarter',
  add column minimum_annual_royalty_fen bigint check (minimum_annual_royalty_fen between 1 and 10000000000000),
  add column signed_on date;
grant update (royalty_base, royalty_period, minimum_annual_royalty_fen) on public.deals to authenticated;

-- The day each deal already signed was signed, from its history (Asia/Shanghai). A closed deal
-- cannot change (app.guard_deal_update), which is right for everyone but this backfill.
alter table public.deals disable trigger deals_guard_update;
update public.deals d set signed_on = coalesce((
  select (min(e.created_at) at time zone 'Asia/Shanghai')::date from public.deal_events e
  where e.deal_id = d.id and e.kind = 'stage' and e.after ->> 'stage' = 'signed'), d.effective_on)
where d.stage in ('signed', 'closed_won');
alter table public.deals enable trigger deals_guard_update;

-- Who reads a deal's income: the deal's officers and admins, its company, and the inventors of its
-- listing who have an account. (A listing's owner who is not among its inventors is not.)
create function app.may_read_deal_income(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.deals d
    where d.id = deal
      and (d.institution_id in (select app.officer_institutions())
           or coalesce((select app.current_user_role()) = 'admin', false)
           or d.company_id = (select app.current_company())
           or exists (select 1 from public.listing_inventors i
                      where i.listing_id = d.listing_id and i.profile_id = auth.uid()))
  )
$$;

-- Who manages it: the officers of the deal's university (or one of its colleges).
create function app.manages_deal_income(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.deals d where d.id = deal and d.institution_id in (select app.officer_institutions()))
$$;

create table public.deal_milestones (
  deal_id uuid not null references public.deals (id) on delete cascade,
  position smallint not null check (position between 0 and 19),
  description text not null check (char_length(btrim(description)) between 1 and 200),
  amount_fen bigint not null check (amount_fen between 1 and 10000000000000),
  due_on date,
  due_trigger text check (char_length(btrim(due_trigger)) between 1 and 200),
  primary key (deal_id, position),
  constraint deal_milestones_due_one check ((due_on is null) <> (due_trigger is null))
);

-- Milestones are terms: written only before the public notice, on a deal that is not closed.
create function app.guard_deal_milestones() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal_stage public.deal_stage;
begin
  select d.stage into deal_stage from public.deals d
  where d.id = case when tg_op = 'DELETE' then old.deal_id else new.deal_id end;
  if deal_stage in ('public_notice', 'signed', 'closed_won', 'closed_lost') then
    raise exception 'the milestones cannot change from the public notice on' using errcode = 'ZQ003';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;
comment on function app.guard_deal_milestones() is 'Raises ZQ003 dealMoveIllegal (src/lib/contracts/database-errors.ts).';
create trigger deal_milestones_guard before insert or update or delete on public.deal_milestones
  for each row execute function app.guard_deal_milestones();

create table public.payment_schedule_lines (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  kind public.income_line_kind not null,
  position integer not null check (position >= 0),
  description text not null default '' check (char_length(description) <= 200),
  amount_fen bigint check (amount_fen between 1 and 10000000000000),
  equity_percent numeric(5, 2) check (equity_percent between 0 and 100),
  due_on date,
  due_trigger text check (char_length(due_trigger) <= 200),
  period_start date,
  period_end date,
  overdue_notified_at timestamptz,
  created_at timestamptz not null default now(),
  unique (deal_id, position),
  constraint payment_schedule_lines_period check (
    (kind in ('royalty', 'minimum_royalty')) = (period_start is not null and period_end is not null)
    and (period_end is null or period_end >= period_start)),
  constraint payment_schedule_lines_amount check (
    (kind in ('upfront', 'milestone')) = (amount_fen is not null)
    and (kind = 'equity') = (equity_percent is not null))
);
create index payment_schedule_lines_due_idx on public.payment_schedule_lines (due_on) where overdue_notified_at is null;

-- The schedule is the signing trigger's: nothing else writes it (no request role has a grant to),
-- and nobody changes a line but the overdue notifier, which stamps it. (Only the owner's cascade
-- from a deleted deal removes lines.)
create function app.guard_schedule_line() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (to_jsonb(new) - 'overdue_notified_at') = (to_jsonb(old) - 'overdue_notified_at') then
    return new;
  end if;
  raise exception 'payment_schedule_lines are written at signing only' using errcode = '42501';
end
$$;
create trigger payment_schedule_lines_guard before update on public.payment_schedule_lines
  for each row execute function app.guard_schedule_line();

-- The schedule of a signed deal, from its terms (docs/domain.md, "Payment schedule"): the upfront
-- fee 30 days after the effective date; each milestone; one royalty line per reporting period of
-- the term (the term, or ten years without one; at most 40 periods) when there is a royalty rate;
-- one minimum-royalty line per contract year when there is a minimum; the equity share. Royalty and
-- minimum lines fall due 30 days after their period. Idempotent: a deal with lines keeps them.
create function app.generate_payment_schedule(deal uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  d public.deals;
  period_months integer;
  term integer;
  made integer;
begin
  select * into d from public.deals where id = deal;
  if d.id is null or d.effective_on is null or exists (select 1 from public.payment_schedule_lines l where l.deal_id = deal) then
    return 0;
  end if;
  period_months := case d.royalty_period when 'quarter' then 3 when 'half_year' then 6 else 12 end;
  term := coalesce(d.term_months, 120);
  with wanted as (
    select 'upfront'::public.income_line_kind as kind, 0 as rank, 0 as ordinal, ''::text as description,
           d.upfront_fee_fen as amount_fen, null::numeric as equity_percent, d.effective_on + 30 as due_on,
           null::text as due_trigger, null::date as period_start, null::date as period_end
    where coalesce(d.upfront_fee_fen, 0) > 0
    union all
    select 'milestone', 1, m.position, m.description, m.amount_fen, null, m.due_on, m.due_trigger, null, null
    from public.deal_milestones m where m.deal_id = deal
    union all
    select 'royalty', 2, p.n, '', null, null, (p.period_end + 30)::date, null, p.period_start, p.period_end
    from (select n, (d.effective_on + make_interval(months => n * period_months))::date as period_start,
                 least((d.effective_on + make_interval(months => (n + 1) * period_months))::date,
                       (d.effective_on + make_interval(months => term))::date) - 1 as period_end
          from generate_series(0, least(40, ceil(term::numeric / period_months)::integer) - 1) n) p
    where coalesce(d.royalty_percent, 0) > 0
    union all
    select 'minimum_royalty', 3, y.n, '', null, null, (y.period_end + 30)::date, null, y.period_start, y.period_end
    from (select n, (d.effective_on + make_interval(years => n))::date as period_start,
                 least((d.effective_on + make_interval(years => n + 1))::date,
                       (d.effective_on + make_interval(months => term))::date) - 1 as period_end
          from generate_series(0, least(40, ceil(term::numeric / 12)::integer) - 1) n) y
    where d.minimum_annual_royalty_fen is not null and coalesce(d.royalty_percent, 0) > 0
    union all
    select 'equity', 4, 0, '', null, d.equity_percent, d.effective_on, null, null, null
    where coalesce(d.equity_percent, 0) > 0
  ), made_lines as (
    insert into public.payment_schedule_lines (deal_id, kind, position, description, amount_fen, equity_percent, due_on,
      due_trigger, period_start, period_end)
    select deal, w.kind, (row_number() over (order by w.due_on nulls last, w.rank, w.ordinal) - 1)::integer,
           w.description, w.amount_fen, w.equity_percent, w.due_on, w.due_trigger, w.period_start, w.period_end
    from wanted w
    returning 1
  )
  select count(*) into made from made_lines;
  return made;
end
$$;
revoke all on function app.generate_payment_schedule(uuid) from public;

-- Signing: the day is recorded with the effective date (app.guard_deal_closing, redefined with
-- signed_on), and the schedule is generated with the filings (app.apply_deal_closing).
create or replace function app.guard_deal_closing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage and new.stage = 'signed' then
    if new.mode is null or new.effective_on is null then
      raise exception 'signing needs the mode and the contract''s effective date' using errcode = 'ZQ022';
    end if;
    new.signed_on := (now() at time zone 'Asia/Shanghai')::date;
  elsif new.effective_on is distinct from old.effective_on then
    raise exception 'the effective date is recorded when signing' using errcode = 'ZQ003';
  end if;
  if new.stage is distinct from old.stage and new.stage = 'closed_won' and exists (
      select 1 from public.deal_filings f where f.deal_id = new.id and f.status = 'pending') then
    raise exception 'a required filing is neither done nor waived' using errcode = 'ZQ023';
  end if;
  return new;
end
$$;

create or replace function app.apply_deal_closing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage = 'signed' then
    insert into public.deal_filings (deal_id, kind, sort_order, due_on, owner_id)
    select new.id, r.kind, r.sort_order, (new.effective_on + make_interval(months => r.due_months, days => r.due_days))::date,
           new.officer_id
    from app.required_filings(new.mode) r;
    perform app.generate_payment_schedule(new.id);
  elsif new.stage = 'closed_won' then
    if app.mode_takes_listing(new.mode) then
      update public.listings
      set status = case when new.mode in ('assignment', 'equity') then 'transferred' else 'licensed' end::public.listing_status
      where id = new.listing_id and status = 'published';
    end if;
    -- The listing's public page counts the licences granted: its cached copies must go.
    perform app.raise_public_content_version_now();
  end if;
  return null;
end
$$;

-- Every term, the income terms with them, is frozen from the public notice on: during the notice
-- (what was published), and after signing (what the schedule was generated from).
create or replace function app.guard_deal_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if new.stage = 'public_notice' then
      if new.mode is null or (new.upfront_fee_fen is null and new.royalty_percent is null and new.equity_percent is null) then
        raise exception 'a public notice publishes the mode and an agreed price' using errcode = 'ZQ104';
      end if;
      if new.pricing_method <> 'negotiated' then
        if coalesce(btrim(new.exchange_name), '') = '' or coalesce(btrim(new.exchange_reference), '') = '' then
          raise exception 'a price found on an exchange records the exchange and its reference' using errcode = 'ZQ105';
        end if;
        -- The exchange's listing was the publicity: nothing to wait for here.
        new.notice_ends_at := now();
      end if;
    elsif new.stage = 'signed' and exists (
        select 1 from public.notice_objections o join public.public_notices n on n.id = o.notice_id
        where n.deal_id = old.id and n.withdrawn_at is null and o.status = 'open') then
      raise exception 'an objection to the notice is open' using errcode = 'ZQ106';
    elsif old.stage = 'public_notice' and new.stage = 'negotiation' then
      -- The backward move, which app.guard_deal_update does not see: only after a withdrawal, and
      -- only the stage.
      if not app.notice_withdrawn(old.id)
         or (to_jsonb(new) - 'stage' - 'notice_ends_at' - 'updated_at') <> (to_jsonb(old) - 'stage' - 'notice_ends_at' - 'updated_at') then
        raise exception 'deal cannot move from % to %', old.stage, new.stage using errcode = 'ZQ003';
      end if;
      new.notice_ends_at := null;
      new.updated_at := now();
    end if;
  elsif old.stage in ('public_notice', 'signed', 'closed_won', 'closed_lost')
      and (new.mode, new.field_of_use, new.territory, new.term_months, new.upfront_fee_fen, new.royalty_percent,
           new.equity_percent, new.milestones, new.sublicence_share_percent, new.pricing_method, new.exchange_name,
           new.exchange_reference, new.royalty_base, new.royalty_period, new.minimum_annual_royalty_fen)
      is distinct from (old.mode, old.field_of_use, old.territory, old.term_months, old.upfront_fee_fen, old.royalty_percent,
           old.equity_percent, old.milestones, old.sublicence_share_percent, old.pricing_method, old.exchange_name,
           old.exchange_reference, old.royalty_base, old.royalty_period, old.minimum_annual_royalty_fen) then
    raise exception 'the terms cannot change from the public notice on' using errcode = 'ZQ003';
  end if;
  return new;
end
$$;

-- The deal's history names the income terms among the terms it records.
create or replace function app.record_deal_events() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  term_columns text[] := array['mode', 'field_of_use', 'territory', 'term_months', 'upfront_fee_fen', 'royalty_percent',
                               'milestones', 'equity_percent', 'sublicence_share_percent', 'royalty_base', 'royalty_period',
                               'minimum_annual_royalty_fen'];
  before_terms jsonb;
  after_terms jsonb;
begin
  if tg_op = 'INSERT' then
    insert into public.deal_events (deal_id, actor_id, kind, after)
    values (new.id, auth.uid(), 'created', jsonb_build_object('stage', new.stage, 'interest', new.interest_id));
    update public.interests set status = 'converted' where id = new.interest_id;
    insert into public.notifications (user_id, kind, listing_id, deal_id)
    select i.created_by, 'deal_opened', new.listing_id, new.id from public.interests i where i.id = new.interest_id
    union
    select researcher, 'deal_opened', new.listing_id, new.id from app.listing_researchers(new.listing_id) researcher;
    return null;
  end if;
  if new.stage is distinct from old.stage then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'stage', jsonb_build_object('stage', old.stage),
            jsonb_strip_nulls(jsonb_build_object('stage', new.stage, 'notice_ends_at', new.notice_ends_at, 'reason', new.close_reason)));
  end if;
  select jsonb_object_agg(key, value) into before_terms from jsonb_each(to_jsonb(old)) where key = any(term_columns);
  select jsonb_object_agg(key, value) into after_terms from jsonb_each(to_jsonb(new)) where key = any(term_columns);
  if before_terms is distinct from after_terms then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    select new.id, auth.uid(), 'terms',
           (select jsonb_object_agg(key, value) from jsonb_each(before_terms) where after_terms -> key is distinct from value),
           (select jsonb_object_agg(key, value) from jsonb_each(after_terms) where before_terms -> key is distinct from value);
  end if;
  if new.officer_id is distinct from old.officer_id then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'assignment', jsonb_build_object('officer', old.officer_id), jsonb_build_object('officer', new.officer_id));
  end if;
  if (new.next_action, new.next_action_on) is distinct from (old.next_action, old.next_action_on) then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'next_action', jsonb_build_object('text', old.next_action, 'on', old.next_action_on),
            jsonb_build_object('text', new.next_action, 'on', new.next_action_on));
  end if;
  return null;
end
$$;

-- Deals signed before this migration get their schedule now, from the terms they were signed with.
select app.generate_payment_schedule(d.id) from public.deals d where d.stage in ('signed', 'closed_won');

alter table public.deal_milestones enable row level security;
revoke all on public.deal_milestones from anon, authenticated;
grant all on public.deal_milestones to service_role;
grant select, insert, update, delete on public.deal_milestones to authenticated;
create policy deal_milestones_read on public.deal_milestones for select to authenticated
  using (app.may_read_deal_income(deal_id));
create policy deal_milestones_write on public.deal_milestones for all to authenticated
  using (app.manages_deal_income(deal_id)) with check (app.manages_deal_income(deal_id));

alter table public.payment_schedule_lines enable row level security;
revoke all on public.payment_schedule_lines from anon, authenticated;
grant all on public.payment_schedule_lines to service_role;
grant select on public.payment_schedule_lines to authenticated;
create policy payment_schedule_lines_read on public.payment_schedule_lines for select to authenticated
  using (app.may_read_deal_income(deal_id));

revoke all on function app.may_read_deal_income(uuid), app.manages_deal_income(uuid) from public;
grant execute on function app.may_read_deal_income(uuid), app.manages_deal_income(uuid) to authenticated, service_role;
