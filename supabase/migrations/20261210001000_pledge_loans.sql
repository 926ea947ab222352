-- Patent pledge loans 专利权质押融资 (docs/domain.md, "Pledge loans"; issue #22). A company's
-- patents (declared, or assigned to it by a deal closed won), its applications to a verified bank,
-- the pledge's registration, release and the bank's consents to deals (Civil Code Art. 444).
-- Security invariants:
--   * Every write goes through the SECURITY DEFINER functions below; authenticated has no insert,
--     update or delete on these tables. Each function checks the caller (auth.uid()).
--   * Holdings: a company member declares and removes the company's declared patents; patents
--     assigned by a deal are derived from the deal (app.holdings_of), never copied.
--   * Only granted patents the company holds, not in a registered, unreleased pledge, are pledged
--     (ZQ551–ZQ553); the bank is a verified bank (ZQ550); a valuation attached is delivered, readable
--     by the applicant and still valid (ZQ554). Status moves are the ones listed at app.move_pledge
--     (ZQ555): the company withdraws before approval, the bank's staff (app.is_provider_of) do the rest.
--   * Read (RLS, app.can_see_pledge): the applicant company's members and the bank's staff. Nobody
--     else: not admins (app.pledge_totals gives them numbers only), other banks, agencies, other
--     companies, researchers, officers. Whether an application number is under a registered,
--     unreleased pledge (app.patent_pledged) is public, as CNIPA's pledge register is.
--   * While pledged, a deal on a listing holding that number does not enter public_notice, signed
--     or closed_won as an assignment, equity contribution or licence without the bank's recorded
--     consent for that number and scope (ZQ557).

create type public.pledge_status as enum (
  'submitted', 'under_review', 'approved', 'declined', 'withdrawn', 'registered', 'disbursed', 'repaid', 'defaulted'
);

create table public.company_patents (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.organizations (id) on delete cascade,
  application_number text not null check (application_number ~ '^(\d{12}|\d{8})\.[0-9X]$'),
  title text not null check (char_length(btrim(title)) between 1 and 200),
  patent_type public.patent_type not null,
  legal_status public.patent_legal_status not null,
  granted_on date,
  co_owner text check (char_length(co_owner) <= 200),
  declared_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  creation_key uuid not null unique,
  unique (company_id, application_number),
  constraint company_patents_grant_date check ((legal_status = 'pending') = (granted_on is null))
);

create table public.pledge_applications (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.organizations (id),
  applicant_id uuid references public.profiles (id) on delete set null,
  bank_id uuid not null references public.organizations (id),
  amount_fen bigint not null check (amount_fen between 1 and 10000000000000),
  term_months integer not null check (term_months between 1 and 360),
  purpose text not null check (char_length(btrim(purpose)) between 1 and 500),
  valuation_id uuid references public.valuation_requests (id) on delete set null,
  risk_compensation boolean not null default false,
  status public.pledge_status not null default 'submitted',
  decline_reason text check (char_length(btrim(decline_reason)) between 1 and 500),
  registration_number text check (char_length(btrim(registration_number)) between 1 and 60),
  registered_on date,
  released_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  creation_key uuid not null unique,
  constraint pledge_applications_declined check ((status = 'declined') = (decline_reason is not null)),
  constraint pledge_applications_registered check ((registration_number is null) = (registered_on is null)),
  constraint pledge_applications_released check (released_at is null or registered_on is not null)
);
create index pledge_applications_company_idx on public.pledge_applications (company_id);
create index pledge_applications_bank_idx on public.pledge_applications (bank_id, status);
create index pledge_applications_valuation_idx on public.pledge_applications (valuation_id);

-- The patents pledged, as held when applying (number, title, status kept: the application is a record).
create table public.pledge_patents (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.pledge_applications (id) on delete cascade,
  application_number text not null,
  title text not null default '',
  legal_status public.patent_legal_status not null,
  source text not null check (source in ('declared', 'assigned')),
  unique (application_id, application_number)
);
create index pledge_patents_number_idx on public.pledge_patents (application_number);

-- The timeline: each status entered, the release and each consent, with who and why.
create table public.pledge_events (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.pledge_applications (id) on delete cascade,
  event text not null check (event in ('submitted', 'under_review', 'approved', 'declined', 'withdrawn', 'registered',
    'disbursed', 'repaid', 'defaulted', 'released', 'consented')),
  actor_id uuid references public.profiles (id) on delete set null,
  reason text,
  created_at timestamptz not null default now()
);
create index pledge_events_application_idx on public.pledge_events (application_id, id);

-- The pledgee's consent to one deal on one pledged number (Civil Code Art. 444).
create table public.pledge_consents (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.pledge_applications (id) on delete cascade,
  application_number text not null,
  scope text not null check (scope in ('assignment', 'licence')),
  counterparty text not null check (char_length(btrim(counterparty)) between 1 and 200),
  actor_id uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
create index pledge_consents_number_idx on public.pledge_consents (application_number);

-- A pledge is in force from its registration until its release.
create function app.pledge_in_force(status public.pledge_status, released_at timestamptz) returns boolean
language sql immutable set search_path = '' as $$
  select status in ('registered', 'disbursed', 'repaid', 'defaulted') and released_at is null
$$;
grant execute on function app.pledge_in_force(public.pledge_status, timestamptz) to public;

create function app.patent_pledged(number text) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.pledge_patents pp join public.pledge_applications a on a.id = pp.application_id
    where pp.application_number = number and app.pledge_in_force(a.status, a.released_at))
$$;
revoke all on function app.patent_pledged(text) from public;
grant execute on function app.patent_pledged(text) to anon, authenticated, service_role;

-- A company's holdings: declared, and assigned by a deal closed won as an assignment or an equity
-- contribution (the deal's listing's patents; a number declared too is listed once, as declared).
-- Not granted to authenticated: app.company_holdings is the caller's own company's.
create function app.holdings_of(company uuid) returns table (
  application_number text, title text, patent_type public.patent_type, legal_status public.patent_legal_status,
  granted_on date, source text, company_patent_id uuid, co_owner text, deal_id uuid, pledged boolean
)
language sql stable security definer set search_path = '' as $$
  select c.application_number, c.title, c.patent_type, c.legal_status, c.granted_on, 'declared', c.id, c.co_owner,
         null::uuid, app.patent_pledged(c.application_number)
  from public.company_patents c where c.company_id = company
  union all
  select distinct on (p.application_number) p.application_number, p.title, p.patent_type, p.legal_status, p.granted_on,
         'assigned', null::uuid, null::text, d.id, app.patent_pledged(p.application_number)
  from public.deals d join public.patents p on p.listing_id = d.listing_id
  where d.company_id = company and d.stage = 'closed_won' and d.mode in ('assignment', 'equity')
    and not exists (select 1 from public.company_patents c where c.company_id = company
                    and c.application_number = p.application_number)
$$;
revoke all on function app.holdings_of(uuid) from public;
grant execute on function app.holdings_of(uuid) to service_role;

create function app.company_holdings() returns table (
  application_number text, title text, patent_type public.patent_type, legal_status public.patent_legal_status,
  granted_on date, source text, company_patent_id uuid, co_owner text, deal_id uuid, pledged boolean
)
language sql stable security definer set search_path = '' as $$
  select * from app.holdings_of(app.current_company()) h where app.current_company() is not null
  order by h.application_number
$$;
revoke all on function app.company_holdings() from public;
grant execute on function app.company_holdings() to authenticated, service_role;

-- A company member declares a patent the company holds (alone or co-owned, 校企共有). A replayed post
-- answers with the row it made.
create function app.declare_company_patent(
  number text, title text, patent_type public.patent_type, legal_status public.patent_legal_status,
  granted_on date, co_owner text, creation_key uuid
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  made uuid;
begin
  if auth.uid() is null or company is null or creation_key is null then
    raise exception 'company members declare their company''s patents' using errcode = '42501';
  end if;
  select c.id into made from public.company_patents c where c.creation_key = declare_company_patent.creation_key;
  if made is not null then
    if not exists (select 1 from public.company_patents c where c.id = made and c.company_id = company) then
      raise exception 'this creation key is another company''s' using errcode = '42501';
    end if;
    return made;
  end if;
  insert into public.company_patents (company_id, application_number, title, patent_type, legal_status, granted_on,
    co_owner, declared_by, creation_key)
  values (company, number, btrim(title), patent_type, legal_status, granted_on, nullif(btrim(co_owner), ''), auth.uid(),
    creation_key)
  returning id into made;
  return made;
end
$$;
revoke all on function app.declare_company_patent(text, text, public.patent_type, public.patent_legal_status, date, text, uuid) from public;
grant execute on function app.declare_company_patent(text, text, public.patent_type, public.patent_legal_status, date, text, uuid)
  to authenticated, service_role;

-- Removing a declared patent: not while it is in a pledge in force.
create function app.remove_company_patent(patent uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c public.company_patents;
begin
  select * into c from public.company_patents cp where cp.id = patent and cp.company_id = app.current_company();
  if c.id is null then
    raise exception 'no such declared patent' using errcode = 'P0002';
  end if;
  if app.patent_pledged(c.application_number) then
    raise exception 'a pledged patent stays declared until its release' using errcode = 'ZQ553';
  end if;
  delete from public.company_patents cp where cp.id = c.id;
  return c.id;
end
$$;
comment on function app.remove_company_patent(uuid) is 'Raises ZQ553 pledgePatentPledged (src/lib/contracts/database-errors.ts).';
revoke all on function app.remove_company_patent(uuid) from public;
grant execute on function app.remove_company_patent(uuid) to authenticated, service_role;

create function app.can_see_pledge(application uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.pledge_applications a
    where a.id = application and auth.uid() is not null
      and (a.company_id = app.current_company() or app.is_provider_of(a.bank_id)))
$$;
revoke all on function app.can_see_pledge(uuid) from public;
grant execute on function app.can_see_pledge(uuid) to authenticated, service_role;

create function app.is_bank(bank uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.organizations o where o.id = bank and o.kind = 'bank' and o.verified)
$$;
revoke all on function app.is_bank(uuid) from public;
grant execute on function app.is_bank(uuid) to anon, authenticated, service_role;

-- The patents' own rules, checked when applying and again when registering: held, granted, not pledged.
create function app.check_pledgeable(company uuid, numbers text[], exclude uuid) returns void
language plpgsql stable security definer set search_path = '' as $$
declare
  number text;
  held record;
begin
  if coalesce(cardinality(numbers), 0) = 0 or cardinality(numbers) > 20 then
    raise exception 'a pledge names one to twenty patents' using errcode = 'ZQ551';
  end if;
  foreach number in array numbers loop
    select * into held from app.holdings_of(company) h where h.application_number = number;
    if held.application_number is null then
      raise exception 'a patent the company does not hold' using errcode = 'ZQ551';
    end if;
    if held.legal_status <> 'granted' then
      raise exception 'only a granted patent in force is pledged' using errcode = 'ZQ552';
    end if;
    if exists (select 1 from public.pledge_patents pp join public.pledge_applications a on a.id = pp.application_id
               where pp.application_number = number and a.id is distinct from exclude
                 and app.pledge_in_force(a.status, a.released_at)) then
      raise exception 'the patent is in a registered pledge not yet released' using errcode = 'ZQ553';
    end if;
  end loop;
end
$$;
comment on function app.check_pledgeable(uuid, text[], uuid) is
  'Raises ZQ551 pledgePatentNotHeld, ZQ552 pledgePatentNotGranted, ZQ553 pledgePatentPledged (src/lib/contracts/database-errors.ts).';
revoke all on function app.check_pledgeable(uuid, text[], uuid) from public;

create function app.apply_for_pledge(
  bank uuid, amount_fen bigint, term_months integer, purpose text, numbers text[], valuation uuid,
  risk_compensation boolean, creation_key uuid
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  made uuid;
begin
  if auth.uid() is null or company is null or creation_key is null then
    raise exception 'company members apply for pledge loans' using errcode = '42501';
  end if;
  select a.id into made from public.pledge_applications a where a.creation_key = apply_for_pledge.creation_key;
  if made is not null then
    if not exists (select 1 from public.pledge_applications a where a.id = made and a.applicant_id = auth.uid()) then
      raise exception 'this creation key is another application''s' using errcode = '42501';
    end if;
    return made;
  end if;
  if not app.is_bank(bank) then
    raise exception 'a pledge loan is asked of a verified bank' using errcode = 'ZQ550';
  end if;
  perform app.check_pledgeable(company, array(select distinct unnest(numbers)), null);
  if valuation is not null and not exists (
      select 1 from public.valuation_requests v where v.id = valuation and app.can_see_valuation(v.id)
        and v.status = 'delivered' and v.valid_until >= (now() at time zone 'Asia/Shanghai')::date) then
    raise exception 'the valuation is not a delivered, valid one the company reads' using errcode = 'ZQ554';
  end if;
  insert into public.pledge_applications (company_id, applicant_id, bank_id, amount_fen, term_months, purpose,
    valuation_id, risk_compensation, creation_key)
  values (company, auth.uid(), bank, amount_fen, term_months, btrim(purpose), valuation,
    coalesce(risk_compensation, false), creation_key)
  returning id into made;
  insert into public.pledge_patents (application_id, application_number, title, legal_status, source)
  select made, h.application_number, h.title, h.legal_status, h.source
  from app.holdings_of(company) h where h.application_number = any (numbers);
  insert into public.pledge_events (application_id, event, actor_id) values (made, 'submitted', auth.uid());
  return made;
end
$$;
comment on function app.apply_for_pledge(uuid, bigint, integer, text, text[], uuid, boolean, uuid) is
  'Raises ZQ550 pledgeBankRefused, ZQ551 pledgePatentNotHeld, ZQ552 pledgePatentNotGranted, ZQ553 pledgePatentPledged, ZQ554 pledgeValuationRefused (src/lib/contracts/database-errors.ts).';
revoke all on function app.apply_for_pledge(uuid, bigint, integer, text, text[], uuid, boolean, uuid) from public;
grant execute on function app.apply_for_pledge(uuid, bigint, integer, text, text[], uuid, boolean, uuid)
  to authenticated, service_role;

-- The moves: the company withdraws (submitted, under_review → withdrawn); the bank's staff
-- submitted → under_review; submitted, under_review → approved | declined (with a reason);
-- approved → registered (CNIPA number and date, not in the future); registered → disbursed;
-- disbursed → repaid | defaulted.
create function app.move_pledge(
  application uuid, target public.pledge_status, reason text default null, registration_number text default null,
  registered_on date default null
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  a public.pledge_applications;
  legal boolean;
begin
  select * into a from public.pledge_applications p where p.id = application for update;
  if a.id is null or not app.can_see_pledge(a.id) then
    raise exception 'no such application' using errcode = 'P0002';
  end if;
  if target = 'submitted'
     or target = 'withdrawn' and a.company_id is distinct from app.current_company()
     or target <> 'withdrawn' and not app.is_provider_of(a.bank_id) then
    raise exception 'not the caller''s move' using errcode = '42501';
  end if;
  legal := case target
    when 'withdrawn' then a.status in ('submitted', 'under_review')
    when 'under_review' then a.status = 'submitted'
    when 'approved' then a.status in ('submitted', 'under_review')
    when 'declined' then a.status in ('submitted', 'under_review')
    when 'registered' then a.status = 'approved'
    when 'disbursed' then a.status = 'registered'
    when 'repaid' then a.status = 'disbursed'
    when 'defaulted' then a.status = 'disbursed'
    else false end;
  if not legal then
    raise exception 'an application cannot move from % to %', a.status, target using errcode = 'ZQ555';
  end if;
  if target = 'declined' and (reason is null or char_length(btrim(reason)) not between 1 and 500) then
    raise exception 'a declined application says why' using errcode = '23514';
  end if;
  if target = 'registered' then
    if registration_number is null or char_length(btrim(registration_number)) not between 1 and 60
       or registered_on is null or registered_on > (now() at time zone 'Asia/Shanghai')::date then
      raise exception 'a registration has its CNIPA number and a day not in the future' using errcode = 'ZQ556';
    end if;
    perform app.check_pledgeable(a.company_id,
      array(select pp.application_number from public.pledge_patents pp where pp.application_id = a.id), a.id);
  end if;
  update public.pledge_applications p set status = target, updated_at = now(),
    decline_reason = case when target = 'declined' then btrim(reason) else p.decline_reason end,
    registration_number = case when target = 'registered' then btrim(move_pledge.registration_number) else p.registration_number end,
    registered_on = case when target = 'registered' then move_pledge.registered_on else p.registered_on end
  where p.id = a.id;
  insert into public.pledge_events (application_id, event, actor_id, reason)
  values (a.id, target::text, auth.uid(), case when target = 'declined' then btrim(reason)
    when target = 'registered' then btrim(move_pledge.registration_number) end);
  return a.id;
end
$$;
comment on function app.move_pledge(uuid, public.pledge_status, text, text, date) is
  'Raises ZQ555 pledgeMoveIllegal, ZQ556 pledgeRegistrationInvalid, ZQ551–ZQ553 (src/lib/contracts/database-errors.ts).';
revoke all on function app.move_pledge(uuid, public.pledge_status, text, text, date) from public;
grant execute on function app.move_pledge(uuid, public.pledge_status, text, text, date) to authenticated, service_role;

-- The application a bank's step works on, locked: absent to whoever may not read it (P0002), refused
-- to anyone but the bank's staff (42501).
create function app.pledge_for_bank(application uuid) returns public.pledge_applications
language plpgsql security definer set search_path = '' as $$
declare
  a public.pledge_applications;
begin
  select * into a from public.pledge_applications p where p.id = application for update;
  if a.id is null or not app.can_see_pledge(a.id) then
    raise exception 'no such application' using errcode = 'P0002';
  end if;
  if not app.is_provider_of(a.bank_id) then
    raise exception 'a step of the bank''s staff' using errcode = '42501';
  end if;
  return a;
end
$$;
revoke all on function app.pledge_for_bank(uuid) from public;

-- The bank releases a pledge in force (after repayment, or when it chooses): its patents are free again.
create function app.release_pledge(application uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  a public.pledge_applications := app.pledge_for_bank(application);
begin
  if not app.pledge_in_force(a.status, a.released_at) then
    raise exception 'only a registered pledge not yet released is released' using errcode = 'ZQ555';
  end if;
  update public.pledge_applications p set released_at = now(), updated_at = now() where p.id = a.id;
  insert into public.pledge_events (application_id, event, actor_id) values (a.id, 'released', auth.uid());
  return a.id;
end
$$;
comment on function app.release_pledge(uuid) is 'Raises ZQ555 pledgeMoveIllegal (src/lib/contracts/database-errors.ts).';
revoke all on function app.release_pledge(uuid) from public;
grant execute on function app.release_pledge(uuid) to authenticated, service_role;

-- The bank's consent to assigning or licensing one pledged number to a named counterparty.
create function app.record_pledge_consent(application uuid, number text, scope text, counterparty text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  a public.pledge_applications := app.pledge_for_bank(application);
begin
  if not app.pledge_in_force(a.status, a.released_at) or scope is null or scope not in ('assignment', 'licence')
     or not exists (select 1 from public.pledge_patents pp where pp.application_id = a.id and pp.application_number = number) then
    raise exception 'a consent is for a patent of this pledge in force' using errcode = 'ZQ558';
  end if;
  if counterparty is null or char_length(btrim(counterparty)) not between 1 and 200 then
    raise exception 'a consent names the counterparty' using errcode = '23514';
  end if;
  insert into public.pledge_consents (application_id, application_number, scope, counterparty, actor_id)
  values (a.id, number, scope, btrim(counterparty), auth.uid());
  insert into public.pledge_events (application_id, event, actor_id, reason)
  values (a.id, 'consented', auth.uid(), number || ' · ' || scope || ' · ' || btrim(counterparty));
  return a.id;
end
$$;
comment on function app.record_pledge_consent(uuid, text, text, text) is
  'Raises ZQ558 pledgeConsentRefused (src/lib/contracts/database-errors.ts).';
revoke all on function app.record_pledge_consent(uuid, text, text, text) from public;
grant execute on function app.record_pledge_consent(uuid, text, text, text) to authenticated, service_role;

-- Civil Code Art. 444: a pledged patent is not assigned or licensed without the pledgee's consent.
create function app.guard_pledged_deal() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal_scope text := case when new.mode in ('assignment', 'equity') then 'assignment'
                     when new.mode in ('exclusive_license', 'non_exclusive_license') then 'licence' end;
  number text;
begin
  if deal_scope is null then
    return new;
  end if;
  for number in select p.application_number from public.patents p where p.listing_id = new.listing_id loop
    if app.patent_pledged(number) and not exists (
        select 1 from public.pledge_consents c join public.pledge_applications a on a.id = c.application_id
        where c.application_number = number and c.scope = deal_scope
          and app.pledge_in_force(a.status, a.released_at)) then
      raise exception 'patent % is pledged: the pledgee has not consented', number using errcode = 'ZQ557';
    end if;
  end loop;
  return new;
end
$$;
comment on function app.guard_pledged_deal() is 'Raises ZQ557 pledgedPatentDeal (src/lib/contracts/database-errors.ts).';
grant execute on function app.guard_pledged_deal() to public;
create trigger deals_pledge_guard before update of stage on public.deals for each row
  when (new.stage is distinct from old.stage and new.stage in ('public_notice', 'signed', 'closed_won'))
  execute function app.guard_pledged_deal();

-- The admin's totals: numbers only, by bank and by industry (of the listings holding the pledged
-- numbers, the first in the enum's order when several; 'unknown' for a declared patent in no listing).
create function app.pledge_totals() returns table (
  bank_id uuid, industry text, applications integer, approvals integer, approved_fen bigint, disbursed_fen bigint
)
language plpgsql stable security definer set search_path = '' as $$
begin
  if app.current_user_role() is distinct from 'admin' then
    raise exception 'admins read the totals' using errcode = '42501';
  end if;
  return query
  with tagged as (
    select a.*, coalesce((select l.industry::text from public.pledge_patents pp
                          join public.patents p on p.application_number = pp.application_number
                          join public.listings l on l.id = p.listing_id
                          where pp.application_id = a.id and l.industry is not null
                          order by l.industry limit 1), 'unknown') as industry
    from public.pledge_applications a)
  select t.bank_id, t.industry, count(*)::int,
         count(*) filter (where t.status in ('approved', 'registered', 'disbursed', 'repaid', 'defaulted'))::int,
         coalesce(sum(t.amount_fen) filter (where t.status in ('approved', 'registered', 'disbursed', 'repaid', 'defaulted')), 0)::bigint,
         coalesce(sum(t.amount_fen) filter (where t.status in ('disbursed', 'repaid', 'defaulted')), 0)::bigint
  from tagged t group by t.bank_id, t.industry order by t.bank_id, t.industry;
end
$$;
revoke all on function app.pledge_totals() from public;
grant execute on function app.pledge_totals() to authenticated, service_role;

-- The bank reads a valuation attached to an application addressed to it: every earlier clause kept.
create or replace function app.can_see_valuation(valuation uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.valuation_requests r
    where r.id = valuation and auth.uid() is not null and (
      r.requester_id = auth.uid()
      or (r.requester_role = 'company' and r.requester_organization_id = app.current_company())
      or app.is_provider_of(r.firm_id)
      or exists (select 1 from public.valuation_patents vp
                 where vp.valuation_id = r.id and vp.institution_id in (select app.officer_institutions()))
      or exists (select 1 from public.pledge_applications a
                 where a.valuation_id = r.id and app.is_provider_of(a.bank_id))))
$$;

alter table public.company_patents enable row level security;
alter table public.pledge_applications enable row level security;
alter table public.pledge_patents enable row level security;
alter table public.pledge_events enable row level security;
alter table public.pledge_consents enable row level security;
revoke all on public.company_patents, public.pledge_applications, public.pledge_patents, public.pledge_events,
  public.pledge_consents from anon, authenticated;
grant select on public.company_patents, public.pledge_applications, public.pledge_patents, public.pledge_events,
  public.pledge_consents to authenticated;
grant all on public.company_patents, public.pledge_applications, public.pledge_patents, public.pledge_events,
  public.pledge_consents to service_role;

create policy company_patents_read on public.company_patents for select to authenticated
  using (company_id = (select app.current_company()));
create policy pledge_applications_read on public.pledge_applications for select to authenticated
  using ((select app.can_see_pledge(id)));
create policy pledge_patents_read on public.pledge_patents for select to authenticated
  using ((select app.can_see_pledge(application_id)));
create policy pledge_events_read on public.pledge_events for select to authenticated
  using ((select app.can_see_pledge(application_id)));
create policy pledge_consents_read on public.pledge_consents for select to authenticated
  using ((select app.can_see_pledge(application_id)));
