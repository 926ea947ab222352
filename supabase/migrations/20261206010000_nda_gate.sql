-- NDA gate (docs/domain.md, "NDA gate").
-- Security invariants:
--   * A company's members see a listing's confidential attachments only once an NDA is recorded
--     for a deal of their company on that listing: accepted in the app on the university's current
--     confidentiality terms, or recorded by an officer as signed offline (file + date). The read
--     policy of listing_attachments asks app.can_see_confidential, which this migration extends.
--   * An NDA record says who recorded it, when, and which version of the terms; it is append-only,
--     one per deal, and written to the deal's history as an `nda` event by a trigger.
--   * A company member accepts only for their own company's deal; only the institution's officers
--     record an offline NDA, with a document of that same deal as the signed copy.

create table public.nda_terms (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.organizations (id),
  version integer not null check (version between 1 and 100000),
  body_zh text not null check (char_length(btrim(body_zh)) between 1 and 20000),
  body_en text not null check (char_length(btrim(body_en)) between 1 and 20000),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (institution_id, version)
);

create table public.deal_ndas (
  deal_id uuid primary key references public.deals (id) on delete cascade,
  kind text not null check (kind in ('accepted', 'offline')),
  terms_id uuid references public.nda_terms (id),
  signed_on date,
  document_id uuid references public.deal_documents (id),
  recorded_by uuid references public.profiles (id) on delete set null,
  recorded_at timestamptz not null default now(),
  constraint deal_ndas_kind_fields check (
    (kind = 'accepted' and terms_id is not null and signed_on is null and document_id is null)
    or (kind = 'offline' and terms_id is null and signed_on is not null and document_id is not null))
);

-- A new version of a university's terms takes the next number; only its officers publish one.
create function app.prepare_nda_terms() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if current_user in ('authenticated', 'anon') and not app.is_officer_of(new.institution_id) then
    raise exception 'only an officer of the institution publishes its NDA terms' using errcode = '42501';
  end if;
  perform pg_advisory_xact_lock(7426020, hashtext(new.institution_id::text));
  select coalesce(max(t.version), 0) + 1 into new.version from public.nda_terms t where t.institution_id = new.institution_id;
  new.created_by := auth.uid();
  new.created_at := now();
  return new;
end
$$;
create trigger nda_terms_prepare before insert on public.nda_terms
  for each row execute function app.prepare_nda_terms();
create trigger nda_terms_append_only before update or delete on public.nda_terms
  for each row execute function app.forbid_change();

create function app.current_nda_terms(institution uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select t.id from public.nda_terms t where t.institution_id = institution order by t.version desc limit 1
$$;

-- Who may record which NDA, and when (see the invariants above).
create function app.prepare_deal_nda() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal public.deals;
begin
  select * into deal from public.deals where id = new.deal_id;
  if deal.id is null or not app.is_deal_participant(deal.id) then
    raise exception 'no such deal' using errcode = '42501';
  end if;
  if deal.stage in ('inquiry', 'closed_won', 'closed_lost') then
    raise exception 'an NDA is recorded from the NDA stage of an open deal' using errcode = 'ZQ020';
  end if;
  if new.kind = 'accepted' then
    if (select app.current_user_role()) <> 'company' or deal.company_id is distinct from app.current_organization_id() then
      raise exception 'only the company accepts the NDA terms' using errcode = '42501';
    end if;
    if new.terms_id is distinct from app.current_nda_terms(deal.institution_id) then
      raise exception 'these are not the current NDA terms' using errcode = 'ZQ021';
    end if;
  else
    if not app.is_officer_of(deal.institution_id) then
      raise exception 'only an officer records an NDA signed offline' using errcode = '42501';
    end if;
    if not exists (select 1 from public.deal_documents d where d.id = new.document_id and d.deal_id = deal.id) then
      raise exception 'the signed copy must be a document of this deal' using errcode = '42501';
    end if;
  end if;
  new.recorded_by := auth.uid();
  new.recorded_at := now();
  return new;
end
$$;
comment on function app.prepare_deal_nda() is
  'Raises ZQ020 ndaNotOpen, ZQ021 ndaTermsOutdated (src/lib/contracts/database-errors.ts).';
create trigger deal_ndas_prepare before insert on public.deal_ndas
  for each row execute function app.prepare_deal_nda();
create trigger deal_ndas_append_only before update or delete on public.deal_ndas
  for each row when (pg_trigger_depth() = 0) execute function app.forbid_change();

alter table public.deal_events drop constraint deal_events_kind_check;
alter table public.deal_events add constraint deal_events_kind_check
  check (kind in ('created', 'stage', 'terms', 'assignment', 'next_action', 'document', 'nda', 'filing'));

create function app.record_nda_event() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.deal_events (deal_id, actor_id, kind, after)
  select new.deal_id, new.recorded_by, 'nda', jsonb_strip_nulls(jsonb_build_object('kind', new.kind,
    'version', t.version, 'signed_on', new.signed_on, 'document', new.document_id, 'name', d.file_name))
  from (select 1) one
  left join public.nda_terms t on t.id = new.terms_id
  left join public.deal_documents d on d.id = new.document_id;
  return null;
end
$$;
create trigger deal_ndas_record_event after insert on public.deal_ndas
  for each row execute function app.record_nda_event();

-- The gate: owner and officers as before, and the members of a company with an NDA on record
-- for one of its deals on this listing.
create or replace function app.can_see_confidential(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l
    where l.id = listing and (l.owner_id = auth.uid() or app.is_officer_of(l.institution_id))
  ) or (
    auth.uid() is not null and (select app.current_user_role()) = 'company' and exists (
      select 1 from public.deal_ndas n join public.deals d on d.id = n.deal_id
      where d.listing_id = listing and d.company_id = app.current_organization_id())
  )
$$;

alter table public.nda_terms enable row level security;
alter table public.deal_ndas enable row level security;
revoke all on public.nda_terms, public.deal_ndas from anon, authenticated;
grant all on public.nda_terms, public.deal_ndas to service_role;

-- The standard terms are no secret: every signed-in user may read them.
grant select on public.nda_terms to authenticated;
grant insert (institution_id, body_zh, body_en) on public.nda_terms to authenticated;
create policy nda_terms_read on public.nda_terms for select to authenticated using (true);
create policy nda_terms_insert_officer on public.nda_terms for insert to authenticated
  with check (app.is_officer_of(institution_id));

grant select on public.deal_ndas to authenticated;
grant insert (deal_id, kind, terms_id, signed_on, document_id) on public.deal_ndas to authenticated;
create policy deal_ndas_read on public.deal_ndas for select to authenticated using (app.is_deal_participant(deal_id));
create policy deal_ndas_insert on public.deal_ndas for insert to authenticated
  with check (app.is_deal_participant(deal_id));

revoke all on function app.current_nda_terms(uuid) from public;
grant execute on function app.current_nda_terms(uuid) to authenticated, service_role;
