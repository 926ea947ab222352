-- Public notice (公示) and objections (异议): docs/domain.md, "Public notice" and "Objections".
-- Security invariants:
--   * A notice is created only by the deal trigger below, from the deal's terms at the moment it
--     enters public_notice, and is frozen: nothing but its withdrawal (an upheld objection, or the
--     deal closed lost) ever changes it. Everyone, signed in or not, reads every notice.
--   * No notice without a price, never shorter than 15 days (the check constraints).
--   * Anyone may object to a running notice (the insert trigger refuses a closed one, and more than
--     ten objections an hour from one address: an office or a library shares one). Only the
--     university's officers read objections in full and resolve them; the public reads a summary (reference, status, reasons) through
--     app.notice_objection_summaries, never the objector's name, contact or grounds.
--   * A deal with an open objection on its notice cannot be signed (app.guard_deal_notice).
-- Error codes are named in src/lib/contracts/database-errors.ts.

create type public.pricing_method as enum ('negotiated', 'exchange_listing', 'auction');
create type public.notice_status as enum ('in_progress', 'objection_pending', 'passed', 'withdrawn');
create type public.objection_status as enum ('open', 'dismissed', 'upheld');

-- The 15-day floor: a university may set more, never less. Every change is audited.
update public.organizations set public_notice_days = 15 where public_notice_days < 15;
alter table public.organizations drop constraint organizations_public_notice_days_check;
alter table public.organizations add constraint organizations_public_notice_days_check
  check (public_notice_days between 15 and 90);
create or replace trigger organizations_audit after update on public.organizations
  for each row execute function app.record_audit_event('verified', 'credit_code', 'public_notice_days');

-- How the price was found. Exchange listing (挂牌交易) and auction (拍卖) happen on a technology
-- exchange, whose own listing is the publicity: the deal records the exchange and its reference
-- number instead of running the university's notice.
alter table public.deals
  add column pricing_method public.pricing_method not null default 'negotiated',
  add column exchange_name text check (char_length(exchange_name) between 1 and 200),
  add column exchange_reference text check (char_length(exchange_reference) between 1 and 100);
grant update (pricing_method, exchange_name, exchange_reference) on public.deals to authenticated;

create table public.public_notices (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  institution_id uuid not null references public.organizations (id),
  listing_id uuid not null references public.listings (id),
  -- What is published, copied when the notice starts (later edits of the listing change nothing).
  listing_title text not null,
  patents jsonb not null default '[]',
  inventors text[] not null default '{}',
  company_name_zh text not null,
  company_name_en text not null default '',
  mode public.cooperation_mode not null,
  field_of_use text,
  territory text,
  term_months integer,
  upfront_fee_fen bigint check (upfront_fee_fen between 0 and 10000000000000),
  royalty_percent numeric(5, 2) check (royalty_percent between 0 and 100),
  equity_percent numeric(5, 2) check (equity_percent between 0 and 100),
  starts_at timestamptz not null default now(),
  ends_at timestamptz not null,
  withdrawn_at timestamptz,
  constraint public_notices_priced check (upfront_fee_fen is not null or royalty_percent is not null or equity_percent is not null),
  constraint public_notices_fifteen_days check (ends_at >= starts_at + interval '15 days'),
  constraint public_notices_withdrawn_after_start check (withdrawn_at is null or withdrawn_at >= starts_at)
);
create unique index public_notices_one_running_per_deal on public.public_notices (deal_id) where withdrawn_at is null;
create index public_notices_newest_idx on public.public_notices (starts_at desc);
create index public_notices_institution_idx on public.public_notices (institution_id, starts_at desc);

create sequence public.notice_objection_number;

create table public.notice_objections (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references public.public_notices (id) on delete cascade,
  -- Shown to the objector: what they quote when they ask about it.
  reference text not null unique,
  name text not null check (char_length(btrim(name)) between 1 and 100),
  contact text not null check (char_length(btrim(contact)) between 3 and 200),
  grounds text not null check (char_length(btrim(grounds)) between 1 and 4000),
  file_key text check (char_length(file_key) <= 300),
  file_name text check (char_length(file_name) <= 200),
  content_type text check (char_length(content_type) <= 100),
  -- SHA-256 of the sender's address, for the throttle only.
  address_hash text not null check (char_length(address_hash) between 1 and 128),
  status public.objection_status not null default 'open',
  resolution text check (char_length(resolution) <= 2000),
  resolved_by uuid references public.profiles (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  constraint notice_objections_resolved check ((status = 'open') = (resolved_at is null)),
  constraint notice_objections_resolution_given check (status = 'open' or coalesce(btrim(resolution), '') <> ''),
  constraint notice_objections_file_whole check ((file_key is null) = (file_name is null) and (file_key is null) = (content_type is null))
);
create index notice_objections_notice_idx on public.notice_objections (notice_id, created_at);
create index notice_objections_address_idx on public.notice_objections (address_hash, created_at);

-- The notice's state for readers: withdrawn, then an open objection, then whether its days ran.
create function app.notice_status(notice public.public_notices) returns public.notice_status
language sql stable security definer set search_path = '' as $$
  select case
    when notice.withdrawn_at is not null then 'withdrawn'::public.notice_status
    when exists (select 1 from public.notice_objections o where o.notice_id = notice.id and o.status = 'open')
      then 'objection_pending'::public.notice_status
    when now() >= notice.ends_at then 'passed'::public.notice_status
    else 'in_progress'::public.notice_status
  end
$$;

-- What the public reads of a notice's objections: no name, contact or grounds.
create function app.notice_objection_summaries(notice uuid)
returns table (reference text, status public.objection_status, resolution text, created_at timestamptz, resolved_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select o.reference, o.status, o.resolution, o.created_at, o.resolved_at
  from public.notice_objections o where o.notice_id = notice order by o.created_at, o.reference
$$;

-- The objector reads back the reference of the objection they just sent (its id is a random
-- UUID only their request knows), and only for a few minutes.
create function app.objection_reference(objection uuid) returns text
language sql stable security definer set search_path = '' as $$
  select o.reference from public.notice_objections o where o.id = objection and o.created_at > now() - interval '10 minutes'
$$;

create function app.prepare_objection() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  notice public.public_notices;
begin
  select * into notice from public.public_notices where id = new.notice_id;
  if notice.id is null or notice.withdrawn_at is not null or now() >= notice.ends_at then
    raise exception 'the notice is closed to objections' using errcode = 'ZQ101';
  end if;
  -- One address at a time, so parallel sends cannot slip past the count.
  perform pg_advisory_xact_lock(hashtext('notice_objections:' || new.address_hash));
  if (select count(*) from public.notice_objections o
      where o.address_hash = new.address_hash and o.created_at > now() - interval '1 hour') >= 10 then
    raise exception 'too many objections from this address' using errcode = 'ZQ102';
  end if;
  new.reference := 'YY' || to_char(now() at time zone 'Asia/Shanghai', 'YYYY') || '-'
    || lpad(nextval('public.notice_objection_number')::text, 6, '0');
  new.status := 'open';
  new.resolution := null;
  new.resolved_by := null;
  new.resolved_at := null;
  new.created_at := now();
  return new;
end
$$;
create trigger notice_objections_prepare before insert on public.notice_objections
  for each row execute function app.prepare_objection();

-- Resolving: once, by an officer (RLS), with reasons (the constraint).
create function app.guard_objection_update() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.status <> 'open' then
    raise exception 'the objection is already resolved' using errcode = 'ZQ103';
  end if;
  if new.status = 'open' then
    raise exception 'an objection is resolved as dismissed or upheld' using errcode = 'ZQ103';
  end if;
  new.resolution := btrim(new.resolution);
  new.resolved_by := auth.uid();
  new.resolved_at := now();
  return new;
end
$$;
create trigger notice_objections_guard_update before update on public.notice_objections
  for each row execute function app.guard_objection_update();

-- Upheld: the notice is withdrawn and the deal goes back to negotiation, where new terms need a
-- new notice that runs again in full.
create function app.apply_objection() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal uuid;
begin
  if new.status = 'upheld' then
    update public.public_notices set withdrawn_at = now() where id = new.notice_id and withdrawn_at is null
    returning deal_id into deal;
    if deal is not null then
      update public.deals set stage = 'negotiation' where id = deal and stage = 'public_notice';
    end if;
  end if;
  return null;
end
$$;
create trigger notice_objections_apply after update on public.notice_objections
  for each row execute function app.apply_objection();

-- A notice is frozen: only its withdrawal changes it, and only once.
create function app.guard_notice_update() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.withdrawn_at is not null or (to_jsonb(new) - 'withdrawn_at') <> (to_jsonb(old) - 'withdrawn_at') then
    raise exception 'a public notice is frozen' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger public_notices_frozen before update on public.public_notices
  for each row execute function app.guard_notice_update();

-- The deal side. Runs after deals_guard_update (triggers fire in name order), which has already
-- checked the move and set notice_ends_at from the university's period.
create function app.guard_deal_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if new.stage = 'public_notice' then
      if new.mode is null or (new.upfront_fee_cny is null and new.royalty_percent is null and new.equity_percent is null) then
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
      new.notice_ends_at := null;
    end if;
  elsif old.stage = 'public_notice'
      and (new.mode, new.field_of_use, new.territory, new.term_months, new.upfront_fee_cny, new.royalty_percent,
           new.equity_percent, new.pricing_method, new.exchange_name, new.exchange_reference)
      is distinct from (old.mode, old.field_of_use, old.territory, old.term_months, old.upfront_fee_cny, old.royalty_percent,
           old.equity_percent, old.pricing_method, old.exchange_name, old.exchange_reference) then
    raise exception 'the published terms cannot change during the notice' using errcode = 'ZQ003';
  end if;
  return new;
end
$$;
create trigger deals_notice_gate before update on public.deals
  for each row execute function app.guard_deal_notice();

-- Entering public_notice (negotiated price) creates the notice from the terms; leaving it for
-- closed_lost withdraws it.
create function app.open_public_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage = 'public_notice' and old.stage <> 'public_notice' and new.pricing_method = 'negotiated' then
    -- The id (a version-4 shape) follows from the deal and the run (a withdrawn notice's successor
    -- is run 2): a notice is public, and its address is stable wherever the same deal is replayed
    -- (the demo data).
    insert into public.public_notices (id, deal_id, institution_id, listing_id, listing_title, patents, inventors,
      company_name_zh, company_name_en, mode, field_of_use, territory, term_months, upfront_fee_fen, royalty_percent,
      equity_percent, ends_at)
    select overlay(overlay(md5('notice:' || new.id || ':' || (select count(*) + 1 from public.public_notices p where p.deal_id = new.id))
             placing '4' from 13) placing '8' from 17)::uuid,
           new.id, new.institution_id, new.listing_id, l.title,
           coalesce((select jsonb_agg(jsonb_build_object('number', p.application_number, 'type', p.patent_type,
                       'legal_status', p.legal_status, 'title', p.title) order by p.position)
                     from public.patents p where p.listing_id = l.id), '[]'),
           coalesce((select array_agg(i.name order by i.position) from public.listing_inventors i where i.listing_id = l.id), '{}'),
           c.name_zh, coalesce(c.name_en, ''), new.mode, new.field_of_use, new.territory, new.term_months,
           new.upfront_fee_cny * 100, new.royalty_percent, new.equity_percent, new.notice_ends_at
    from public.listings l, public.organizations c
    where l.id = new.listing_id and c.id = new.company_id;
  elsif old.stage = 'public_notice' and new.stage = 'closed_lost' then
    update public.public_notices set withdrawn_at = now() where deal_id = new.id and withdrawn_at is null;
  end if;
  return null;
end
$$;
create trigger deals_open_notice after update on public.deals
  for each row execute function app.open_public_notice();

comment on function app.prepare_objection() is
  'Raises ZQ101 (noticeClosed) and ZQ102 (objectionsTooMany), named in src/lib/contracts/database-errors.ts.';
comment on function app.guard_objection_update() is
  'Raises ZQ103 (objectionResolved), named in src/lib/contracts/database-errors.ts.';
comment on function app.guard_deal_notice() is
  'Raises ZQ104 (noticeNeedsPrice), ZQ105 (exchangeReferenceRequired), ZQ106 (objectionOpen) and ZQ003 (dealMoveIllegal), named in src/lib/contracts/database-errors.ts.';

alter table public.public_notices enable row level security;
alter table public.notice_objections enable row level security;
revoke all on public.public_notices, public.notice_objections from anon, authenticated;
grant all on public.public_notices, public.notice_objections to service_role;
revoke all on sequence public.notice_objection_number from anon, authenticated;

-- A public notice is public by definition.
grant select on public.public_notices to anon, authenticated;
create policy public_notices_read on public.public_notices for select to anon, authenticated using (true);

-- Anyone may object; the insert trigger decides whether the notice still takes objections.
grant insert (id, notice_id, name, contact, grounds, file_key, file_name, content_type, address_hash)
  on public.notice_objections to anon, authenticated;
create policy notice_objections_insert on public.notice_objections for insert to anon, authenticated with check (true);
grant select on public.notice_objections to authenticated;
grant update (status, resolution) on public.notice_objections to authenticated;
create policy notice_objections_read_officer on public.notice_objections for select to authenticated
  using (app.is_officer_of((select n.institution_id from public.public_notices n where n.id = notice_id)));
create policy notice_objections_resolve_officer on public.notice_objections for update to authenticated
  using (app.is_officer_of((select n.institution_id from public.public_notices n where n.id = notice_id)))
  with check (app.is_officer_of((select n.institution_id from public.public_notices n where n.id = notice_id)));

revoke all on function app.notice_status(public.public_notices), app.notice_objection_summaries(uuid),
  app.objection_reference(uuid) from public;
grant execute on function app.notice_status(public.public_notices), app.notice_objection_summaries(uuid),
  app.objection_reference(uuid) to anon, authenticated, service_role;
