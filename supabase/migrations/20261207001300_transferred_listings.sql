-- Uses the status added by 20261207001200: a transferred listing is public exactly as a licensed
-- one (its page, patents, inventors and files, the public content version), takes no new interest
-- (the interests insert policy admits published listings only) and leaves search (published only).
-- Only closing a deal sets it; no officer moves a listing there by hand (guard_listing_update).

create or replace function app.apply_deal_closing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage = 'signed' then
    insert into public.deal_filings (deal_id, kind, sort_order, due_on, owner_id)
    select new.id, r.kind, r.sort_order, (new.effective_on + make_interval(months => r.due_months, days => r.due_days))::date,
           new.officer_id
    from app.required_filings(new.mode) r;
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

create or replace function app.can_read_listing(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l
    where l.id = listing
      and (l.status in ('published', 'licensed', 'transferred') or l.owner_id = auth.uid()
           or app.is_officer_of(l.institution_id) or (select app.current_user_role()) = 'admin')
  )
$$;

drop policy listings_read on public.listings;
create policy listings_read on public.listings for select to anon, authenticated
  using (status in ('published', 'licensed', 'transferred') or owner_id = (select auth.uid())
         or app.is_officer_of(institution_id) or (select app.current_user_role()) = 'admin');

create or replace function app.listing_closing(listing uuid)
returns table (licences_granted integer, taken_by_mode public.cooperation_mode)
language sql stable security definer set search_path = '' as $$
  select
    (select count(*)::integer from public.deals d
      where d.listing_id = listing and d.stage = 'closed_won' and d.mode = 'non_exclusive_license'),
    (select d.mode from public.deals d
      where d.listing_id = listing and d.stage = 'closed_won' and app.mode_takes_listing(d.mode)
      order by d.updated_at desc limit 1)
  from public.listings l
  where l.id = listing and l.status in ('published', 'licensed', 'transferred')
$$;

create or replace function app.raise_public_content_version_for_listing() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  changed_listing uuid := case when tg_op = 'DELETE' then old.listing_id else new.listing_id end;
begin
  if exists (select 1 from public.listings l where l.id = changed_listing
             and l.status in ('published', 'licensed', 'transferred')) then
    perform app.raise_public_content_version_now();
  end if;
  return null;
end
$$;

drop trigger listings_public_insert on public.listings;
drop trigger listings_public_update on public.listings;
drop trigger listings_public_delete on public.listings;
create constraint trigger listings_public_insert after insert on public.listings
  deferrable initially deferred for each row when (new.status in ('published', 'licensed', 'transferred'))
  execute function app.raise_public_content_version();
create constraint trigger listings_public_update after update on public.listings
  deferrable initially deferred for each row
  when (old.status in ('published', 'licensed', 'transferred') or new.status in ('published', 'licensed', 'transferred'))
  execute function app.raise_public_content_version();
create constraint trigger listings_public_delete after delete on public.listings
  deferrable initially deferred for each row when (old.status in ('published', 'licensed', 'transferred'))
  execute function app.raise_public_content_version();

-- Listings an assignment or equity deal took before this migration were marked licensed: correct them.
update public.listings l set status = 'transferred'
where l.status = 'licensed' and (select c.taken_by_mode from app.listing_closing(l.id) c) in ('assignment', 'equity');
