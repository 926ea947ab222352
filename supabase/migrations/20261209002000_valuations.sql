-- Patent valuations 专利价值评估 (docs/domain.md, "Valuations"; issue #22): a researcher, officer or
-- company asks a verified valuation firm to value one or more patents for a purpose (deal pricing,
-- a pledge loan, an equity contribution); the firm accepts or declines, then delivers a PDF report
-- with a value range. Security invariants:
--   * Every write goes through the SECURITY DEFINER functions below; authenticated has no insert,
--     update or delete on these tables. Each function checks the caller (auth.uid()).
--   * Requesters are researchers, officers and companies only, naming patents they may name
--     (app.valuation_patent_allowed) and a verified valuation firm offering 'valuation' (ZQ540).
--   * A valuation the caller may not read is answered as one that does not exist (P0002).
--   * Status moves only requested → accepted | declined | withdrawn, accepted → delivered (ZQ542):
--     the requester withdraws, the firm's staff (app.is_provider_of) accept, decline and deliver.
--   * Delivered means a report: a PDF key, 0 < low ≤ high (ZQ543), valid until after the base
--     date (ZQ544); the table's check says so too.
--   * Read (RLS, app.can_see_valuation): the requester, the requester's company colleagues (a
--     company's valuation is the company's), officers of a named patent's university, and the
--     firm's staff. Nobody else: not admins (a valuation is a confidence between the requester
--     and the firm), other firms, banks, other companies, anonymous visitors.

create type public.valuation_purpose as enum ('deal_pricing', 'pledge_loan', 'equity_contribution');
create type public.valuation_method as enum ('cost', 'market', 'income');
create type public.valuation_status as enum ('requested', 'accepted', 'declined', 'delivered', 'withdrawn');

create table public.valuation_requests (
  id uuid primary key default gen_random_uuid(),
  requester_id uuid references public.profiles (id) on delete set null,
  requester_role public.user_role not null check (requester_role in ('researcher', 'officer', 'company')),
  requester_organization_id uuid references public.organizations (id),
  firm_id uuid not null references public.organizations (id),
  purpose public.valuation_purpose not null,
  preferred_method public.valuation_method not null,
  notes text not null default '' check (char_length(notes) <= 2000),
  wanted_by date,
  status public.valuation_status not null default 'requested',
  decline_reason text check (char_length(btrim(decline_reason)) between 1 and 500),
  report_key text check (char_length(report_key) between 1 and 300),
  value_low_fen bigint check (value_low_fen between 1 and 10000000000000),
  value_high_fen bigint check (value_high_fen between 1 and 10000000000000),
  method_used public.valuation_method,
  base_date date,
  valid_until date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  creation_key uuid not null unique,
  constraint valuation_requests_declined check ((status = 'declined') = (decline_reason is not null)),
  constraint valuation_requests_delivered check (
    (status = 'delivered') = (report_key is not null and value_low_fen is not null and value_high_fen is not null
                              and method_used is not null and base_date is not null and valid_until is not null)
    and (value_low_fen is null or value_high_fen is null or value_low_fen <= value_high_fen)
    and (base_date is null or valid_until is null or valid_until > base_date))
);
create index valuation_requests_firm_idx on public.valuation_requests (firm_id, status);
create index valuation_requests_requester_idx on public.valuation_requests (requester_id);
create index valuation_requests_organization_idx on public.valuation_requests (requester_organization_id);

-- The patents valued, as named when requested (number and title kept: the firm may not otherwise
-- read a draft listing's patents). The university decides which officers read the valuation.
-- A draft listing may be deleted after its patent was valued: the valuation keeps the number and
-- title it was made for, and loses only the link (patent_id null).
create table public.valuation_patents (
  id bigint generated always as identity primary key,
  valuation_id uuid not null references public.valuation_requests (id) on delete cascade,
  patent_id uuid references public.patents (id) on delete set null,
  institution_id uuid not null references public.organizations (id),
  application_number text not null,
  title text not null default '',
  unique (valuation_id, patent_id)
);
create index valuation_patents_valuation_idx on public.valuation_patents (valuation_id);
create index valuation_patents_patent_idx on public.valuation_patents (patent_id);
create index valuation_patents_institution_idx on public.valuation_patents (institution_id);

-- The timeline: one row per status the valuation entered, who moved it and the decline's reason.
create table public.valuation_events (
  id bigint generated always as identity primary key,
  valuation_id uuid not null references public.valuation_requests (id) on delete cascade,
  status public.valuation_status not null,
  actor_id uuid references public.profiles (id) on delete set null,
  reason text,
  created_at timestamptz not null default now()
);
create index valuation_events_valuation_idx on public.valuation_events (valuation_id, id);

create function app.can_see_valuation(valuation uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.valuation_requests r
    where r.id = valuation and auth.uid() is not null and (
      r.requester_id = auth.uid()
      or (r.requester_role = 'company' and r.requester_organization_id = app.current_company())
      or app.is_provider_of(r.firm_id)
      or exists (select 1 from public.valuation_patents vp
                 where vp.valuation_id = r.id and vp.institution_id in (select app.officer_institutions()))))
$$;
revoke all on function app.can_see_valuation(uuid) from public;
grant execute on function app.can_see_valuation(uuid) to authenticated, service_role;

-- Which patents the caller may have valued: any patent of a published listing; besides, a
-- researcher's own listings' patents, an officer's university's patents, a company's deals' patents.
create function app.valuation_patent_allowed(patent uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.patents p join public.listings l on l.id = p.listing_id
    where p.id = patent and (
      l.status = 'published'
      or (app.current_user_role() = 'researcher' and l.owner_id = auth.uid())
      or (app.current_user_role() = 'officer' and app.is_officer_of(l.institution_id))
      or exists (select 1 from public.deals d where d.listing_id = l.id and d.company_id = app.current_company())))
$$;
revoke all on function app.valuation_patent_allowed(uuid) from public;
grant execute on function app.valuation_patent_allowed(uuid) to authenticated, service_role;

-- A verified agency of type valuation_firm offering 'valuation'.
create function app.is_valuation_firm(firm uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.organizations o join public.agency_profiles a on a.organization_id = o.id
    where o.id = firm and o.kind = 'agency' and o.verified and a.agency_type = 'valuation_firm'
      and 'valuation' = any (a.services))
$$;
revoke all on function app.is_valuation_firm(uuid) from public;
grant execute on function app.is_valuation_firm(uuid) to anon, authenticated, service_role;

-- A new request. A replayed post (the caller's creation key already used) answers with the row it made.
create function app.request_valuation(
  firm uuid, purpose public.valuation_purpose, preferred_method public.valuation_method, notes text,
  wanted_by date, patent_ids uuid[], creation_key uuid
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  caller_role public.user_role := app.current_user_role();
  made uuid;
  patent uuid;
begin
  if auth.uid() is null or caller_role is null or caller_role not in ('researcher', 'officer', 'company') or creation_key is null then
    raise exception 'researchers, officers and companies request valuations' using errcode = '42501';
  end if;
  select r.id into made from public.valuation_requests r where r.creation_key = request_valuation.creation_key;
  if made is not null then
    if not exists (select 1 from public.valuation_requests r where r.id = made and r.requester_id = auth.uid()) then
      raise exception 'this creation key is another request''s' using errcode = '42501';
    end if;
    return made;
  end if;
  if not app.is_valuation_firm(firm) then
    raise exception 'a valuation is asked of a verified valuation firm' using errcode = 'ZQ540';
  end if;
  if coalesce(cardinality(patent_ids), 0) = 0 or cardinality(patent_ids) > 20 then
    raise exception 'a valuation names one to twenty patents' using errcode = 'ZQ541';
  end if;
  foreach patent in array patent_ids loop
    if patent is null or not app.valuation_patent_allowed(patent) then
      raise exception 'a patent the caller may not have valued' using errcode = 'ZQ541';
    end if;
  end loop;
  insert into public.valuation_requests (requester_id, requester_role, requester_organization_id, firm_id, purpose,
    preferred_method, notes, wanted_by, creation_key)
  values (auth.uid(), caller_role, (select p.organization_id from public.profiles p where p.id = auth.uid()), firm, purpose,
    preferred_method, coalesce(notes, ''), wanted_by, creation_key)
  returning id into made;
  insert into public.valuation_patents (valuation_id, patent_id, institution_id, application_number, title)
  select made, p.id, l.institution_id, p.application_number, p.title
  from public.patents p join public.listings l on l.id = p.listing_id where p.id = any (patent_ids);
  insert into public.valuation_events (valuation_id, status, actor_id) values (made, 'requested', auth.uid());
  return made;
end
$$;
comment on function app.request_valuation(uuid, public.valuation_purpose, public.valuation_method, text, date, uuid[], uuid) is
  'Raises ZQ540 valuationFirmRefused, ZQ541 valuationPatentRefused (src/lib/contracts/database-errors.ts).';
revoke all on function app.request_valuation(uuid, public.valuation_purpose, public.valuation_method, text, date, uuid[], uuid) from public;
grant execute on function app.request_valuation(uuid, public.valuation_purpose, public.valuation_method, text, date, uuid[], uuid)
  to authenticated, service_role;

-- A status move other than delivery. Who: the requester withdraws; the firm's staff accept or decline.
create function app.move_valuation(valuation uuid, target public.valuation_status, reason text default null)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  r public.valuation_requests;
begin
  select * into r from public.valuation_requests v where v.id = valuation for update;
  if r.id is null or not app.can_see_valuation(r.id) then
    raise exception 'no such valuation' using errcode = 'P0002';
  end if;
  if target = 'withdrawn' and r.requester_id is distinct from auth.uid()
     or target in ('accepted', 'declined') and not app.is_provider_of(r.firm_id)
     or target not in ('withdrawn', 'accepted', 'declined') then
    raise exception 'not the caller''s move' using errcode = '42501';
  end if;
  if r.status <> 'requested' then
    raise exception 'a valuation moves from requested only' using errcode = 'ZQ542';
  end if;
  if target = 'declined' and (reason is null or char_length(btrim(reason)) not between 1 and 500) then
    raise exception 'a declined valuation says why' using errcode = '23514';
  end if;
  update public.valuation_requests v set status = target, updated_at = now(),
    decline_reason = case when target = 'declined' then btrim(reason) end
  where v.id = r.id;
  insert into public.valuation_events (valuation_id, status, actor_id, reason)
  values (r.id, target, auth.uid(), case when target = 'declined' then btrim(reason) end);
  return r.id;
end
$$;
comment on function app.move_valuation(uuid, public.valuation_status, text) is
  'Raises ZQ542 valuationMoveIllegal (src/lib/contracts/database-errors.ts).';
revoke all on function app.move_valuation(uuid, public.valuation_status, text) from public;
grant execute on function app.move_valuation(uuid, public.valuation_status, text) to authenticated, service_role;

-- The firm's report: only an accepted valuation, only by the firm's staff.
create function app.deliver_valuation(
  valuation uuid, report_key text, low_fen bigint, high_fen bigint, method_used public.valuation_method,
  base_date date, valid_until date
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  r public.valuation_requests;
begin
  select * into r from public.valuation_requests v where v.id = valuation for update;
  if r.id is null or not app.can_see_valuation(r.id) then
    raise exception 'no such valuation' using errcode = 'P0002';
  end if;
  if not app.is_provider_of(r.firm_id) then
    raise exception 'only the firm''s staff deliver its report' using errcode = '42501';
  end if;
  if r.status <> 'accepted' then
    raise exception 'a report is delivered for an accepted valuation' using errcode = 'ZQ542';
  end if;
  if low_fen is null or high_fen is null or low_fen <= 0 or low_fen > high_fen then
    raise exception 'a value range is positive, low to high' using errcode = 'ZQ543';
  end if;
  if base_date is null or valid_until is null or valid_until <= base_date then
    raise exception 'a report is valid until after its base date' using errcode = 'ZQ544';
  end if;
  if report_key is null or method_used is null then
    raise exception 'a delivered valuation has its report and method' using errcode = '23502';
  end if;
  update public.valuation_requests v set status = 'delivered', updated_at = now(),
    report_key = deliver_valuation.report_key, value_low_fen = low_fen, value_high_fen = high_fen,
    method_used = deliver_valuation.method_used, base_date = deliver_valuation.base_date,
    valid_until = deliver_valuation.valid_until
  where v.id = r.id;
  insert into public.valuation_events (valuation_id, status, actor_id) values (r.id, 'delivered', auth.uid());
  return r.id;
end
$$;
comment on function app.deliver_valuation(uuid, text, bigint, bigint, public.valuation_method, date, date) is
  'Raises ZQ542 valuationMoveIllegal, ZQ543 valuationRangeInvalid, ZQ544 valuationValidity (src/lib/contracts/database-errors.ts).';
revoke all on function app.deliver_valuation(uuid, text, bigint, bigint, public.valuation_method, date, date) from public;
grant execute on function app.deliver_valuation(uuid, text, bigint, bigint, public.valuation_method, date, date)
  to authenticated, service_role;

alter table public.valuation_requests enable row level security;
alter table public.valuation_patents enable row level security;
alter table public.valuation_events enable row level security;
revoke all on public.valuation_requests, public.valuation_patents, public.valuation_events from anon, authenticated;
grant select on public.valuation_requests, public.valuation_patents, public.valuation_events to authenticated;
grant all on public.valuation_requests, public.valuation_patents, public.valuation_events to service_role;

create policy valuation_requests_read on public.valuation_requests for select to authenticated
  using ((select app.can_see_valuation(id)));
create policy valuation_patents_read on public.valuation_patents for select to authenticated
  using ((select app.can_see_valuation(valuation_id)));
create policy valuation_events_read on public.valuation_events for select to authenticated
  using ((select app.can_see_valuation(valuation_id)));
