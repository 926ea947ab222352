-- A licence taken under an open licence is recorded with CNIPA like a negotiated one: the
-- Implementing Rules of the Patent Law (2023), Art. 87, ask the patentee or the licensee to file
-- the written proof of the licence for recordal. Such a deal is closed won from the moment it is
-- made (app.accept_open_licence), so it never passes `signed`, where other deals get their
-- filings: its recordal is made with the deal, due three months after the acceptance (as the
-- licence recordal of a signed deal, docs/domain.md "Filings after signing").
-- Security invariants:
--   * Only the deals trigger makes the filing; nobody inserts filings (no grant), as before.
--   * A filing changes while its deal is signed, or while the deal is an open licence's closed won
--     deal (app.deal_filings_open); every other check of app.guard_filing_update stays.
--   * The owner is the officer who declared the open licence, while they are still one of the
--     university's officers; otherwise nobody until an officer takes it.

create function app.deal_filings_open(deal public.deals) returns boolean
language sql stable set search_path = '' as $$
  select deal.stage = 'signed' or (deal.stage = 'closed_won' and deal.open_licence_declaration_id is not null)
$$;

create function app.add_open_licence_recordal() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.deal_filings (deal_id, kind, sort_order, due_on, owner_id)
  select new.id, 'licence_recordal', 0, (new.signed_on + interval '3 months')::date,
         (select p.id from public.open_licence_declarations d join public.profiles p on p.id = d.created_by
          where d.id = new.open_licence_declaration_id and p.role = 'officer'
            and (p.organization_id = new.institution_id
                 or p.organization_id in (select o.id from public.organizations o where o.parent_id = new.institution_id)))
  on conflict (deal_id, kind) do nothing;
  return new;
end
$$;
create trigger deals_open_licence_recordal after insert on public.deals
  for each row when (new.open_licence_declaration_id is not null) execute function app.add_open_licence_recordal();

-- Licences taken before this migration get theirs too.
insert into public.deal_filings (deal_id, kind, sort_order, due_on)
select id, 'licence_recordal', 0, (signed_on + interval '3 months')::date from public.deals
where open_licence_declaration_id is not null and signed_on is not null
on conflict (deal_id, kind) do nothing;

create or replace function app.guard_filing_update() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  deal public.deals;
begin
  select * into deal from public.deals where id = old.deal_id;
  if not app.deal_filings_open(deal) then
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

-- Overdue recordals of open-licence deals reach their owner as a signed deal's filings do.
create or replace function app.notify_overdue_filings_at(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  notified integer;
begin
  with due as (
    update public.deal_filings f set overdue_notified_at = now()
    from public.deals d
    where d.id = f.deal_id and app.deal_filings_open(d) and f.status = 'pending' and f.overdue_notified_at is null
      and f.due_on < (at at time zone 'Asia/Shanghai')::date
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
