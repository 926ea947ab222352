-- Inventors may be registered researchers (DESIGN.md "Listing"): the owner links a co-inventor
-- by the email of their account. A linked inventor counts among the listing's researchers (they
-- see its interests and take part in its deals), so the link is checked here:
-- Security invariant: an inventor row links only the listing's owner or a researcher of the
-- same university, and nobody learns an email address through it except the owner, who typed it.

create function app.university_of(organization uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select coalesce(o.parent_id, o.id) from public.organizations o where o.id = organization
$$;

-- The researcher at the caller's university with this account email, if there is one.
create function app.colleague_by_email(account_email text) returns uuid
language sql stable security definer set search_path = '' as $$
  select p.id from public.profiles p
  where lower(p.email) = lower(btrim(account_email)) and p.role = 'researcher'
    and app.university_of(p.organization_id) = app.university_of(app.current_organization_id())
  limit 1
$$;

-- The emails of the linked inventors, for the listing's editor only.
create function app.inventor_account_emails(listing uuid) returns table (inventor_position smallint, email text)
language sql stable security definer set search_path = '' as $$
  select i.position, p.email from public.listing_inventors i join public.profiles p on p.id = i.profile_id
  where i.listing_id = listing and app.can_edit_listing(listing)
$$;

create function app.guard_inventor_account() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  listing public.listings;
begin
  if new.profile_id is null then
    return new;
  end if;
  select * into listing from public.listings where id = new.listing_id;
  if new.profile_id <> listing.owner_id and not exists (
      select 1 from public.profiles p
      where p.id = new.profile_id and p.role = 'researcher'
        and app.university_of(p.organization_id) = listing.institution_id) then
    raise exception 'an inventor can only be linked to a researcher of the same university' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger listing_inventors_guard_account before insert or update of profile_id on public.listing_inventors
  for each row execute function app.guard_inventor_account();

revoke all on function app.university_of(uuid), app.colleague_by_email(text), app.inventor_account_emails(uuid) from public;
grant execute on function app.university_of(uuid), app.colleague_by_email(text), app.inventor_account_emails(uuid)
  to authenticated, service_role;
