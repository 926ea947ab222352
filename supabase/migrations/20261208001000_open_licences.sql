-- Open licences 专利开放许可 (docs/domain.md, "Open licences"; issue #21): a university declares a
-- patent's licence fee and terms publicly (Patent Law Art. 50), CNIPA announces it, and any company
-- takes the licence by written notice and payment (Art. 51). This file: the declaration, its steps,
-- who reads it, and the rule that no exclusive licence or assignment starts while one stands.
-- Security invariants:
--   * Only officers of the patent's university write its declarations; the university is the
--     listing's, set here, never taken from the request.
--   * Status moves only draft → submitted → announced → withdrawn (ZQ323). The terms are frozen
--     from 'submitted' on (ZQ324): what CNIPA announces is what every licensee gets.
--   * A declaration "stands" while submitted or announced. While one stands for a patent of a
--     listing, no deal of that listing with mode exclusive_license or assignment enters
--     public_notice, signed or closed_won (ZQ320, Art. 51 para. 3 and Implementing Rules Art. 86).
--     Withdrawal never touches licences already granted (Art. 50 para. 2).
--   * Everybody reads announced and withdrawn declarations (they are public at CNIPA); drafts and
--     submitted ones only the university's officers. Every step is in audit_events.

create type public.open_licence_status as enum ('draft', 'submitted', 'announced', 'withdrawn');
create type public.open_licence_fee_basis as enum ('lump_sum', 'royalty', 'lump_sum_and_royalty');

create table public.open_licence_declarations (
  id uuid primary key default gen_random_uuid(),
  patent_id uuid not null references public.patents (id) on delete restrict,
  listing_id uuid not null references public.listings (id) on delete restrict,
  institution_id uuid not null references public.organizations (id),
  status public.open_licence_status not null default 'draft',
  fee_basis public.open_licence_fee_basis not null,
  lump_sum_fen bigint check (lump_sum_fen between 1 and 10000000000000),
  royalty_percent numeric(5, 2) check (royalty_percent > 0 and royalty_percent <= 100),
  royalty_base public.royalty_base,
  royalty_period public.royalty_period,
  payment_method text not null check (char_length(btrim(payment_method)) between 1 and 500),
  term_months integer not null check (term_months between 1 and 600),
  -- 200, not 500: it becomes each licence's field of use (deals.field_of_use holds 200).
  field_limits text not null default '' check (char_length(field_limits) <= 200),
  contact text not null check (char_length(btrim(contact)) between 1 and 200),
  evaluation_report_key text check (char_length(evaluation_report_key) between 1 and 300),
  submitted_on date,
  announcement_number text check (char_length(btrim(announcement_number)) between 1 and 100),
  announced_on date,
  withdrawal_announcement_number text check (char_length(btrim(withdrawal_announcement_number)) between 1 and 100),
  withdrawn_on date,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  creation_key uuid not null unique,
  -- The fee as declared (Art. 50: the fee standard and how it is paid): each basis has its numbers.
  constraint open_licence_declarations_fee check (
    (fee_basis in ('lump_sum', 'lump_sum_and_royalty')) = (lump_sum_fen is not null)
    and (fee_basis in ('royalty', 'lump_sum_and_royalty'))
        = (royalty_percent is not null and royalty_base is not null and royalty_period is not null)
    and (royalty_percent is not null or (royalty_base is null and royalty_period is null))),
  -- Each step carries what the step records.
  constraint open_licence_declarations_steps check (
    (status <> 'draft') = (submitted_on is not null)
    and (status in ('announced', 'withdrawn')) = (announcement_number is not null and announced_on is not null)
    and (status = 'withdrawn') = (withdrawal_announcement_number is not null and withdrawn_on is not null))
);
-- One declaration per patent that is not withdrawn (a withdrawn one may be followed by a new one).
create unique index open_licence_declarations_one_per_patent on public.open_licence_declarations (patent_id)
  where status <> 'withdrawn';
create index open_licence_declarations_institution_idx on public.open_licence_declarations (institution_id, status);
create index open_licence_declarations_listing_idx on public.open_licence_declarations (listing_id) where status in ('submitted', 'announced');

-- A deal made by taking an open licence (app.accept_open_licence); null for every other deal.
alter table public.deals add column open_licence_declaration_id uuid references public.open_licence_declarations (id) on delete restrict;
create unique index deals_one_open_licence_per_company on public.deals (open_licence_declaration_id, company_id)
  where open_licence_declaration_id is not null;

-- Does a declaration stand for this listing (submitted or announced)?
create function app.open_licence_stands(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.open_licence_declarations d
                 where d.listing_id = listing and d.status in ('submitted', 'announced'))
$$;
revoke all on function app.open_licence_stands(uuid) from public;
grant execute on function app.open_licence_stands(uuid) to anon, authenticated, service_role;

-- A new declaration: a draft of a granted patent of a published listing of the caller's university.
-- A replayed create (same creation_key) inserts nothing; the caller reads the row by its key.
create function app.prepare_open_licence_declaration() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  listing public.listings;
begin
  if exists (select 1 from public.open_licence_declarations d where d.creation_key = new.creation_key) then
    return null;
  end if;
  select l.* into listing from public.patents p join public.listings l on l.id = p.listing_id where p.id = new.patent_id;
  if listing.id is null or not app.is_officer_of(listing.institution_id) then
    raise exception 'only an officer of the patent''s university declares an open licence' using errcode = '42501';
  end if;
  if listing.status <> 'published' then
    raise exception 'an open licence is declared for a patent of a published listing' using errcode = 'ZQ326';
  end if;
  new.listing_id := listing.id;
  new.institution_id := listing.institution_id;
  new.status := 'draft';
  new.submitted_on := null;
  new.announcement_number := null;
  new.announced_on := null;
  new.withdrawal_announcement_number := null;
  new.withdrawn_on := null;
  new.created_by := auth.uid();
  new.created_at := now();
  new.updated_at := now();
  return new;
end
$$;
comment on function app.prepare_open_licence_declaration() is
  'Raises ZQ326 openLicencePatentRefused (src/lib/contracts/database-errors.ts).';
create trigger open_licence_declarations_prepare before insert on public.open_licence_declarations
  for each row execute function app.prepare_open_licence_declaration();

-- The steps (docs/domain.md, "Open licences"). Submitting checks what Art. 50 and Implementing Rules
-- Art. 85–86 ask before CNIPA receives a declaration.
create function app.guard_open_licence_declaration() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Shanghai')::date;
  patent public.patents;
begin
  if (new.id, new.patent_id, new.listing_id, new.institution_id, new.created_by, new.created_at, new.creation_key)
     is distinct from (old.id, old.patent_id, old.listing_id, old.institution_id, old.created_by, old.created_at, old.creation_key) then
    raise exception 'a declaration keeps its patent' using errcode = 'ZQ324';
  end if;
  if old.status <> 'draft' and (new.fee_basis, new.lump_sum_fen, new.royalty_percent, new.royalty_base, new.royalty_period,
        new.payment_method, new.term_months, new.field_limits, new.contact, new.evaluation_report_key)
      is distinct from (old.fee_basis, old.lump_sum_fen, old.royalty_percent, old.royalty_base, old.royalty_period,
        old.payment_method, old.term_months, old.field_limits, old.contact, old.evaluation_report_key) then
    raise exception 'the terms are frozen once the declaration is submitted' using errcode = 'ZQ324';
  end if;
  if new.status is not distinct from old.status then
    if (new.submitted_on, new.announcement_number, new.announced_on, new.withdrawal_announcement_number, new.withdrawn_on)
       is distinct from (old.submitted_on, old.announcement_number, old.announced_on, old.withdrawal_announcement_number, old.withdrawn_on) then
      raise exception 'announcements are recorded with their step' using errcode = 'ZQ323';
    end if;
  elsif (old.status, new.status) = ('draft', 'submitted') then
    select * into patent from public.patents p where p.id = old.patent_id;
    if patent.legal_status <> 'granted'
       or not exists (select 1 from public.listings l where l.id = old.listing_id and l.status = 'published') then
      raise exception 'only a granted patent of a published listing is declared' using errcode = 'ZQ326';
    end if;
    if patent.patent_type in ('utility_model', 'design') and new.evaluation_report_key is null then
      raise exception 'a utility model or design is declared with its evaluation report' using errcode = 'ZQ322';
    end if;
    if exists (select 1 from public.deals d where d.listing_id = old.listing_id
               and d.mode in ('exclusive_license', 'assignment') and d.stage in ('public_notice', 'signed', 'closed_won')) then
      raise exception 'an exclusive licence or assignment of the patent is in force' using errcode = 'ZQ325';
    end if;
    new.submitted_on := today;
  elsif (old.status, new.status) = ('submitted', 'announced') then
    if new.announced_on > today then
      raise exception 'the announcement cannot be dated after today' using errcode = 'ZQ025';
    end if;
    if new.announced_on < old.submitted_on then
      raise exception 'the announcement cannot precede the submission' using errcode = 'ZQ328', detail = old.submitted_on::text;
    end if;
  elsif (old.status, new.status) = ('announced', 'withdrawn') then
    if new.withdrawn_on > today then
      raise exception 'the withdrawal cannot be dated after today' using errcode = 'ZQ025';
    end if;
    if new.withdrawn_on < old.announced_on then
      raise exception 'the withdrawal cannot precede the announcement' using errcode = 'ZQ328', detail = old.announced_on::text;
    end if;
  else
    raise exception 'a declaration cannot move from % to %', old.status, new.status using errcode = 'ZQ323';
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function app.guard_open_licence_declaration() is
  'Raises ZQ322 evaluationReportMissing, ZQ323 openLicenceMoveIllegal, ZQ324 openLicenceTermsFrozen, ZQ325 openLicenceExclusiveInForce, ZQ326 openLicencePatentRefused, ZQ328 openLicenceDateOrder, ZQ025 dayNotYetCome (src/lib/contracts/database-errors.ts).';
create trigger open_licence_declarations_guard before update on public.open_licence_declarations
  for each row execute function app.guard_open_licence_declaration();

-- Every write in the audit log, and the institution's pages told; a public change (announced,
-- withdrawn) invalidates the anonymous page cache.
create function app.record_open_licence_event() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  row_now public.open_licence_declarations := case when tg_op = 'DELETE' then old else new end;
  terms text[] := array['status', 'fee_basis', 'lump_sum_fen', 'royalty_percent', 'royalty_base', 'royalty_period',
    'payment_method', 'term_months', 'field_limits', 'contact', 'evaluation_report_key', 'submitted_on',
    'announcement_number', 'announced_on', 'withdrawal_announcement_number', 'withdrawn_on'];
  before_values jsonb;
  after_values jsonb;
begin
  if tg_op <> 'INSERT' then
    select jsonb_object_agg(key, value) into before_values from jsonb_each(to_jsonb(old)) where key = any(terms);
  end if;
  if tg_op <> 'DELETE' then
    select jsonb_object_agg(key, value) into after_values from jsonb_each(to_jsonb(new)) where key = any(terms);
  end if;
  insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
  values (auth.uid(),
          'open_licence_declarations.' || case
            when tg_op = 'INSERT' then 'create' when tg_op = 'DELETE' then 'delete'
            when new.status is distinct from old.status then case new.status when 'submitted' then 'submit'
              when 'announced' then 'announce' else 'withdraw' end
            else 'update' end,
          'open_licence_declarations', row_now.id::text,
          (select jsonb_object_agg(key, value) from jsonb_each(before_values) where after_values -> key is distinct from value),
          (select jsonb_object_agg(key, value) from jsonb_each(after_values) where before_values -> key is distinct from value));
  perform app.publish('institution:' || row_now.institution_id, 'open_licence',
                      jsonb_build_object('declaration', row_now.id, 'status', row_now.status));
  if row_now.status in ('announced', 'withdrawn') then
    perform app.raise_public_content_version_now();
  end if;
  return null;
end
$$;
create trigger open_licence_declarations_audit after insert or update or delete on public.open_licence_declarations
  for each row execute function app.record_open_licence_event();

-- No exclusive licence or assignment while a declaration stands (Patent Law Art. 51 para. 3).
create function app.guard_open_licence_exclusivity() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.mode in ('exclusive_license', 'assignment') and app.open_licence_stands(new.listing_id) then
    raise exception 'an open licence declaration stands for a patent of this listing' using errcode = 'ZQ320';
  end if;
  return new;
end
$$;
comment on function app.guard_open_licence_exclusivity() is
  'Raises ZQ320 openLicenceStanding (src/lib/contracts/database-errors.ts).';
create trigger deals_open_licence_exclusivity before update of stage on public.deals for each row
  when (new.stage is distinct from old.stage and new.stage in ('public_notice', 'signed', 'closed_won'))
  execute function app.guard_open_licence_exclusivity();

alter table public.open_licence_declarations enable row level security;
revoke all on public.open_licence_declarations from anon, authenticated;
grant all on public.open_licence_declarations to service_role;
grant select on public.open_licence_declarations to anon, authenticated;
grant insert (id, patent_id, fee_basis, lump_sum_fen, royalty_percent, royalty_base, royalty_period, payment_method,
  term_months, field_limits, contact, evaluation_report_key, creation_key) on public.open_licence_declarations to authenticated;
grant update (fee_basis, lump_sum_fen, royalty_percent, royalty_base, royalty_period, payment_method, term_months,
  field_limits, contact, evaluation_report_key, status, announcement_number, announced_on, withdrawal_announcement_number,
  withdrawn_on) on public.open_licence_declarations to authenticated;
grant delete on public.open_licence_declarations to authenticated;

create policy open_licence_declarations_public on public.open_licence_declarations for select to anon, authenticated
  using (status in ('announced', 'withdrawn'));
create policy open_licence_declarations_officer_read on public.open_licence_declarations for select to authenticated
  using (institution_id in (select app.officer_institutions()));
create policy open_licence_declarations_officer_insert on public.open_licence_declarations for insert to authenticated
  with check (institution_id in (select app.officer_institutions()));
create policy open_licence_declarations_officer_update on public.open_licence_declarations for update to authenticated
  using (institution_id in (select app.officer_institutions()))
  with check (institution_id in (select app.officer_institutions()));
create policy open_licence_declarations_officer_delete on public.open_licence_declarations for delete to authenticated
  using (institution_id in (select app.officer_institutions()) and status = 'draft');
