-- Three holes the authorization matrix (tests/db/authorization-matrix.test.ts) found, closed.

-- 1. A researcher could insert a draft under any institution and college (the policy checked only
--    owner, role and status), so another university's officers would review it. A listing belongs to
--    the owner's university, and to the owner's college when they belong to one (docs/domain.md,
--    "Listing"), as createDraft in src/lib/server/listings.ts writes it.
alter policy listings_insert_own on public.listings
  with check (
    owner_id = (select auth.uid()) and (select app.current_user_role()) = 'researcher' and status = 'draft'
    and institution_id = (select app.university_of(app.current_organization_id()))
    and (college_id is null or (college_id = (select app.current_organization_id()) and college_id <> institution_id))
  );

-- 2. Whoever may read a declined interest (its company, the listing's researchers, the officers)
--    could rewrite the officer's decline reason and note afterwards. They are written only by the
--    move to declined; declining is final (docs/domain.md, "Interest").
create or replace function app.guard_interest_update() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  officer boolean := exists (select 1 from public.listings l where l.id = new.listing_id and app.is_officer_of(l.institution_id));
begin
  if new.status is distinct from old.status then
    if old.status in ('converted', 'declined', 'withdrawn') then
      raise exception 'interest is already %', old.status using errcode = 'ZQ002';
    end if;
    if (new.status = 'in_review' and not (officer and old.status = 'new'))
       or (new.status = 'declined' and not officer)
       or (new.status = 'withdrawn' and old.created_by is distinct from auth.uid())
       or (new.status = 'converted' and not exists (select 1 from public.deals d where d.interest_id = new.id))
       or new.status = 'new' then
      raise exception 'interest cannot move from % to %', old.status, new.status using errcode = 'ZQ002';
    end if;
  elsif (new.decline_reason, new.decline_note) is distinct from (old.decline_reason, old.decline_note) then
    raise exception 'a decline reason is written only by declining' using errcode = '42501';
  end if;
  if new.status <> 'declined' then
    new.decline_reason := null;
    new.decline_note := null;
  end if;
  new.updated_at := now();
  return new;
end
$$;

-- 3. Opening a deal took any assignee; moving the assignment later already had to name an officer
--    of the institution (guard_deal_update). Now opening checks the same, with the same code.
create or replace function app.prepare_deal() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  interest public.interests;
begin
  select * into interest from public.interests where id = new.interest_id;
  if interest.id is null or interest.status not in ('new', 'in_review') then
    raise exception 'interest cannot be converted' using errcode = 'ZQ002';
  end if;
  select l.institution_id into new.institution_id from public.listings l where l.id = interest.listing_id;
  if not app.is_officer_of(new.institution_id) then
    raise exception 'only an officer of the institution opens a deal' using errcode = '42501';
  end if;
  if new.officer_id is not null
     and new.officer_id not in (select o.id from app.institution_officers(new.institution_id) o) then
    raise exception 'the assignee must be an officer of the institution' using errcode = 'ZQ006';
  end if;
  new.listing_id := interest.listing_id;
  new.company_id := interest.company_id;
  new.stage := 'inquiry';
  new.mode := coalesce(new.mode, interest.wanted_mode);
  new.field_of_use := coalesce(new.field_of_use, nullif(interest.field_of_use, ''));
  new.territory := coalesce(new.territory, nullif(interest.territory, ''));
  new.notice_ends_at := null;
  return new;
end
$$;
comment on function app.prepare_deal() is
  'Refuses converting an interest that cannot be converted with ZQ002 interestMoveRefused, and an assignee who is not an officer of the institution with ZQ006 assigneeNotOfficer (src/lib/contracts/database-errors.ts).';
