-- After signing: the contract's effective date, the filings the mode requires, close won only with
-- every filing done or waived, and the listing's state (docs/domain.md, "Filings after signing").
-- Security invariants:
--   * Signing needs the mode and the contract's effective date; the checklist of filings is built
--     by a trigger from the mode (app.required_filings, mirrored in src/lib/rules/deal-filings.ts),
--     never by a route, and nobody inserts or deletes a filing directly.
--   * A filing is done only with a number, a date and an evidence file of the same deal; waived
--     only with a reason, and a waiver is written to the audit log.
--   * Closing won with a filing still pending is refused. An exclusive licence, an assignment or an
--     equity contribution closed won marks the listing licensed, which takes no new interest (the
--     interests insert policy admits published listings only).
-- These checks are separate triggers, named to fire after deals_guard_update, so that function
-- (which the public-notice rules also change) stays as it is.

alter table public.deals add column effective_on date;
grant update (effective_on) on public.deals to authenticated;

create table public.deal_filings (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  kind text not null check (kind in ('licence_recordal', 'assignment_registration', 'technical_contract_registration',
    'share_registration')),
  sort_order smallint not null default 0,
  due_on date not null,
  owner_id uuid references public.profiles (id) on delete set null,
  status text not null default 'pending' check (status in ('pending', 'done', 'waived')),
  filing_number text check (char_length(btrim(filing_number)) between 1 and 100),
  filed_on date,
  evidence_document_id uuid references public.deal_documents (id),
  waive_reason text check (char_length(btrim(waive_reason)) between 1 and 500),
  overdue_notified_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (deal_id, kind),
  constraint deal_filings_done_complete check (status <> 'done'
    or (filing_number is not null and filed_on is not null and evidence_document_id is not null)),
  constraint deal_filings_waived_reason check (status <> 'waived' or waive_reason is not null)
);
create index deal_filings_due_idx on public.deal_filings (due_on) where status = 'pending';

-- The filings each mode requires, with their deadline after the effective date. Licence recordal
-- with CNIPA: within 3 months (专利实施许可合同备案办法). The others carry the office's own
-- 30-day target. Mirrored in src/lib/rules/deal-filings.ts; a database test compares them.
create function app.required_filings(mode public.cooperation_mode)
returns table (kind text, sort_order smallint, due_months integer, due_days integer)
language sql immutable set search_path = '' as $$
  select r.kind, r.sort_order::smallint, r.due_months, r.due_days from (values
    ('exclusive_license', 'licence_recordal', 0, 3, 0),
    ('exclusive_license', 'technical_contract_registration', 1, 0, 30),
    ('non_exclusive_license', 'licence_recordal', 0, 3, 0),
    ('non_exclusive_license', 'technical_contract_registration', 1, 0, 30),
    ('assignment', 'assignment_registration', 0, 0, 30),
    ('assignment', 'technical_contract_registration', 1, 0, 30),
    ('equity', 'assignment_registration', 0, 0, 30),
    ('equity', 'share_registration', 1, 0, 30),
    ('equity', 'technical_contract_registration', 2, 0, 30),
    ('joint_development', 'technical_contract_registration', 0, 0, 30),
    ('option', 'technical_contract_registration', 0, 0, 30)
  ) as r (mode, kind, sort_order, due_months, due_days)
  where r.mode = required_filings.mode::text
$$;

-- The modes whose closing takes the technology off the market.
create function app.mode_takes_listing(mode public.cooperation_mode) returns boolean
language sql immutable set search_path = '' as $$
  select mode::text in ('exclusive_license', 'assignment', 'equity')
$$;

create function app.guard_deal_closing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage and new.stage = 'signed' then
    if new.mode is null or new.effective_on is null then
      raise exception 'signing needs the mode and the contract''s effective date' using errcode = 'ZQ022';
    end if;
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
comment on function app.guard_deal_closing() is
  'Raises ZQ003 dealMoveIllegal, ZQ022 signingTermsMissing, ZQ023 filingsOutstanding (src/lib/contracts/database-errors.ts).';
create trigger deals_guard_update_closing before update on public.deals
  for each row execute function app.guard_deal_closing();

create function app.apply_deal_closing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage = 'signed' then
    insert into public.deal_filings (deal_id, kind, sort_order, due_on, owner_id)
    select new.id, r.kind, r.sort_order, (new.effective_on + make_interval(months => r.due_months, days => r.due_days))::date,
           new.officer_id
    from app.required_filings(new.mode) r;
  elsif new.stage = 'closed_won' then
    if app.mode_takes_listing(new.mode) then
      update public.listings set status = 'licensed' where id = new.listing_id and status = 'published';
    end if;
    -- The listing's public page counts the licences granted: its cached copies must go.
    perform app.raise_public_content_version_now();
  end if;
  return null;
end
$$;
create trigger deals_apply_closing after update of stage on public.deals
  for each row when (new.stage is distinct from old.stage and new.stage in ('signed', 'closed_won'))
  execute function app.apply_deal_closing();

create function app.guard_filing_update() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal public.deals;
begin
  select * into deal from public.deals where id = old.deal_id;
  if deal.stage <> 'signed' then
    raise exception 'filings change only while the deal is signed and open' using errcode = 'ZQ003';
  end if;
  if new.owner_id is distinct from old.owner_id and new.owner_id is not null and not exists (
      select 1 from app.institution_officers(deal.institution_id) o where o.id = new.owner_id) then
    raise exception 'the owner must be an officer of the institution' using errcode = 'ZQ006';
  end if;
  if new.evidence_document_id is not null and not exists (
      select 1 from public.deal_documents d where d.id = new.evidence_document_id and d.deal_id = old.deal_id) then
    raise exception 'the evidence must be a document of this deal' using errcode = '42501';
  end if;
  if new.status <> 'waived' then
    new.waive_reason := null;
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function app.guard_filing_update() is
  'Raises ZQ003 dealMoveIllegal, ZQ006 assigneeNotOfficer (src/lib/contracts/database-errors.ts).';
create trigger deal_filings_guard_update before update on public.deal_filings
  for each row execute function app.guard_filing_update();

-- The deal's history, and the audit log for a waiver (a filing the law asks for, not made).
create function app.record_filing_event() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  before_values jsonb := jsonb_build_object('status', old.status, 'number', old.filing_number, 'filed_on', old.filed_on,
    'reason', old.waive_reason, 'owner', old.owner_id);
  after_values jsonb := jsonb_build_object('status', new.status, 'number', new.filing_number, 'filed_on', new.filed_on,
    'reason', new.waive_reason, 'owner', new.owner_id);
begin
  if before_values is distinct from after_values then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.deal_id, auth.uid(), 'filing', jsonb_strip_nulls(before_values || jsonb_build_object('filing', new.kind)),
            jsonb_strip_nulls(after_values || jsonb_build_object('filing', new.kind)));
  end if;
  if new.status = 'waived' and old.status is distinct from 'waived' then
    insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
    values (auth.uid(), 'deal_filings.waive', 'deals', new.deal_id::text,
            jsonb_build_object('filing', new.kind, 'status', old.status),
            jsonb_build_object('filing', new.kind, 'status', new.status, 'reason', new.waive_reason));
  end if;
  return null;
end
$$;
create trigger deal_filings_record_event after update on public.deal_filings
  for each row execute function app.record_filing_event();

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in ('listing_published',
  'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received', 'interest_declined', 'deal_opened',
  'interest_message', 'filing_overdue'));

-- Overdue filings reach their owner (or the deal's officer) once. Idempotent, so any page load
-- may run it; the date is Asia/Shanghai's, as for next actions.
create function app.notify_overdue_filings() returns integer
language plpgsql security definer set search_path = '' as $$
declare
  notified integer;
begin
  with due as (
    update public.deal_filings f set overdue_notified_at = now()
    from public.deals d
    where d.id = f.deal_id and d.stage = 'signed' and f.status = 'pending' and f.overdue_notified_at is null
      and f.due_on < (now() at time zone 'Asia/Shanghai')::date
    returning f.deal_id, coalesce(f.owner_id, d.officer_id) as person, d.listing_id, f.kind
  ), sent as (
    insert into public.notifications (user_id, kind, listing_id, deal_id, message)
    select person, 'filing_overdue', listing_id, deal_id, kind from due where person is not null
    returning 1
  )
  select count(*) into notified from sent;
  return notified;
end
$$;

-- What a listing's public page says about its deals: licences granted (non-exclusive, closed won)
-- and the mode of the deal that took it off the market. Counts only, never the parties.
create function app.listing_closing(listing uuid)
returns table (licences_granted integer, taken_by_mode public.cooperation_mode)
language sql stable security definer set search_path = '' as $$
  select
    (select count(*)::integer from public.deals d
      where d.listing_id = listing and d.stage = 'closed_won' and d.mode = 'non_exclusive_license'),
    (select d.mode from public.deals d
      where d.listing_id = listing and d.stage = 'closed_won' and app.mode_takes_listing(d.mode)
      order by d.updated_at desc limit 1)
  from public.listings l
  where l.id = listing and l.status in ('published', 'licensed')
$$;

alter table public.deal_filings enable row level security;
revoke all on public.deal_filings from anon, authenticated;
grant all on public.deal_filings to service_role;
grant select on public.deal_filings to authenticated;
grant update (owner_id, status, filing_number, filed_on, evidence_document_id, waive_reason) on public.deal_filings
  to authenticated;
create policy deal_filings_read on public.deal_filings for select to authenticated using (app.is_deal_participant(deal_id));
create policy deal_filings_update_officer on public.deal_filings for update to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id and app.is_officer_of(d.institution_id)))
  with check (exists (select 1 from public.deals d where d.id = deal_id and app.is_officer_of(d.institution_id)));

revoke all on function app.required_filings(public.cooperation_mode), app.mode_takes_listing(public.cooperation_mode),
  app.notify_overdue_filings(), app.listing_closing(uuid) from public;
grant execute on function app.required_filings(public.cooperation_mode), app.mode_takes_listing(public.cooperation_mode)
  to anon, authenticated, service_role;
grant execute on function app.notify_overdue_filings() to authenticated, service_role;
grant execute on function app.listing_closing(uuid) to anon, authenticated, service_role;

-- Filings and NDAs keep deal documents as evidence, so deals with documents exist from the demo
-- data on. A document removed because its deal is deleted (a cascade) has no deal to record the
-- removal in: record it only while the deal exists.
create or replace function app.record_document_event() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.deal_events (deal_id, actor_id, kind, after)
    values (new.deal_id, auth.uid(), 'document', jsonb_build_object('document', new.id, 'name', new.file_name));
    return null;
  end if;
  if exists (select 1 from public.deals d where d.id = old.deal_id) then
    insert into public.deal_events (deal_id, actor_id, kind, before)
    values (old.deal_id, auth.uid(), 'document', jsonb_build_object('document', old.id, 'name', old.file_name));
  end if;
  return null;
end
$$;
