-- A delivered valuation attached to a deal (docs/domain.md, "Valuations"; issue #22): the side
-- that holds a valuation of the deal's patents shares it with the other side while they negotiate
-- the price. Security invariants:
--   * Writes only through the SECURITY DEFINER functions below; authenticated has no insert,
--     update or delete on deal_valuations. Each function checks the caller (auth.uid()).
--   * Who attaches: a participant of the deal (app.is_deal_participant) who may read the
--     valuation (app.can_see_valuation): a deal or valuation the caller may not read is answered
--     as absent (P0002). Only a delivered valuation (ZQ570) naming a patent of the deal's listing,
--     by its id or application number (ZQ571), and only before the deal is signed or closed (ZQ572).
--   * Who detaches: whoever attached it, or an officer of the deal's university; also before signing.
--   * Reading: the deal's participants read what is attached (deal_valuations_read), and through
--     it the valuation, its patents and its timeline (the *_read_by_deal policies): attaching is
--     the sharing. Detaching ends it. Nobody else gains anything.

create table public.deal_valuations (
  deal_id uuid not null references public.deals (id) on delete cascade,
  valuation_id uuid not null references public.valuation_requests (id) on delete cascade,
  attached_by uuid references public.profiles (id) on delete set null,
  attached_at timestamptz not null default now(),
  primary key (deal_id, valuation_id)
);
create index deal_valuations_valuation_idx on public.deal_valuations (valuation_id);

create function app.can_see_deal_valuation(valuation uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.deal_valuations dv
                 where dv.valuation_id = valuation and app.is_deal_participant(dv.deal_id))
$$;
revoke all on function app.can_see_deal_valuation(uuid) from public;
grant execute on function app.can_see_deal_valuation(uuid) to authenticated, service_role;

-- The one statement of "names a patent of the listing": by the patent's id or its application
-- number. Invoker rights: the attach function asks it as its owner, the attachable list under RLS.
create function app.valuation_names_listing_patent(valuation uuid, listing uuid) returns boolean
language sql stable set search_path = '' as $$
  select exists (select 1 from public.valuation_patents vp join public.patents p
                   on p.id = vp.patent_id or p.application_number = vp.application_number
                 where vp.valuation_id = valuation and p.listing_id = listing)
$$;
revoke all on function app.valuation_names_listing_patent(uuid, uuid) from public;
grant execute on function app.valuation_names_listing_patent(uuid, uuid) to authenticated, service_role;

create function app.attach_valuation_to_deal(deal uuid, valuation uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  d public.deals;
  r public.valuation_requests;
begin
  if auth.uid() is null then
    raise exception 'signed-in participants attach valuations' using errcode = '42501';
  end if;
  select * into d from public.deals x where x.id = deal for update;
  select * into r from public.valuation_requests v where v.id = valuation;
  if d.id is null or not app.is_deal_participant(d.id) or r.id is null or not app.can_see_valuation(r.id) then
    raise exception 'no such deal or valuation' using errcode = 'P0002';
  end if;
  if r.status <> 'delivered' then
    raise exception 'only a delivered valuation is attached' using errcode = 'ZQ570';
  end if;
  if not app.valuation_names_listing_patent(r.id, d.listing_id) then
    raise exception 'the valuation names none of the deal''s patents' using errcode = 'ZQ571';
  end if;
  if d.stage in ('signed', 'closed_won', 'closed_lost') then
    raise exception 'a signed or closed deal takes no valuation' using errcode = 'ZQ572';
  end if;
  insert into public.deal_valuations (deal_id, valuation_id, attached_by)
  values (d.id, r.id, auth.uid()) on conflict do nothing;
  return d.id;
end
$$;
comment on function app.attach_valuation_to_deal(uuid, uuid) is
  'Raises ZQ570 dealValuationNotDelivered, ZQ571 dealValuationOtherPatents, ZQ572 dealValuationClosed (src/lib/contracts/database-errors.ts).';
revoke all on function app.attach_valuation_to_deal(uuid, uuid) from public;
grant execute on function app.attach_valuation_to_deal(uuid, uuid) to authenticated, service_role;

create function app.detach_valuation_from_deal(deal uuid, valuation uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  d public.deals;
  dv public.deal_valuations;
begin
  select * into d from public.deals x where x.id = deal for update;
  select * into dv from public.deal_valuations v where v.deal_id = deal and v.valuation_id = valuation;
  if d.id is null or not app.is_deal_participant(d.id) or dv.deal_id is null then
    raise exception 'no such attached valuation' using errcode = 'P0002';
  end if;
  if dv.attached_by is distinct from auth.uid() and not app.is_officer_of(d.institution_id) then
    raise exception 'whoever attached it, or the university''s officers, detach it' using errcode = '42501';
  end if;
  if d.stage in ('signed', 'closed_won', 'closed_lost') then
    raise exception 'a signed or closed deal keeps its valuations' using errcode = 'ZQ572';
  end if;
  delete from public.deal_valuations v where v.deal_id = d.id and v.valuation_id = dv.valuation_id;
  return d.id;
end
$$;
comment on function app.detach_valuation_from_deal(uuid, uuid) is
  'Raises ZQ572 dealValuationClosed (src/lib/contracts/database-errors.ts).';
revoke all on function app.detach_valuation_from_deal(uuid, uuid) from public;
grant execute on function app.detach_valuation_from_deal(uuid, uuid) to authenticated, service_role;

alter table public.deal_valuations enable row level security;
revoke all on public.deal_valuations from anon, authenticated;
grant select on public.deal_valuations to authenticated;
grant all on public.deal_valuations to service_role;
create policy deal_valuations_read on public.deal_valuations for select to authenticated
  using ((select app.is_deal_participant(deal_id)));

create policy valuation_requests_read_by_deal on public.valuation_requests for select to authenticated
  using ((select app.can_see_deal_valuation(id)));
create policy valuation_patents_read_by_deal on public.valuation_patents for select to authenticated
  using ((select app.can_see_deal_valuation(valuation_id)));
create policy valuation_events_read_by_deal on public.valuation_events for select to authenticated
  using ((select app.can_see_deal_valuation(valuation_id)));
