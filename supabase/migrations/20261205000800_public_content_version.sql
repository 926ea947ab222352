-- What anonymous pages show (the public home, the catalogue and its search, a published
-- listing) has one version number. The server keeps rendered anonymous pages in memory under
-- the version they were rendered at (src/lib/server/http/page-cache.ts) and serves a copy only
-- while the number is unchanged.
-- Freshness invariant: every transaction that changes a row an anonymous page can show raises
-- the version in that same transaction, so whoever sees the new rows sees the new number; a
-- page rendered before a listing was published, edited or withdrawn is never served after it.

create table if not exists app.public_content (
  only_row boolean primary key default true check (only_row),
  version bigint not null default 0
);
insert into app.public_content default values on conflict do nothing;
revoke all on app.public_content from public, anon, authenticated;
comment on table app.public_content is
  'The version of what anonymous pages show; raised by the public_content triggers, read by the page cache.';

-- Raised once per transaction, from triggers deferred to commit: the row lock on the counter is
-- the last lock a writer takes, so two writers cannot deadlock over it. A draft saved a hundred
-- times a day (never public) does not fire at all (see the WHEN clauses below).
create or replace function app.raise_public_content_version_now() returns void
language plpgsql security definer set search_path = '' as $$
begin
  if current_setting('app.public_content_raised', true) is distinct from 'yes' then
    perform set_config('app.public_content_raised', 'yes', true);
    update app.public_content set version = version + 1;
  end if;
end
$$;
revoke all on function app.raise_public_content_version_now() from public, anon, authenticated;

create or replace function app.raise_public_content_version() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform app.raise_public_content_version_now();
  return null;
end
$$;

-- A listing's patents, inventors and files are public only while the listing is published or licensed.
create or replace function app.raise_public_content_version_for_listing() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  changed_listing uuid := case when tg_op = 'DELETE' then old.listing_id else new.listing_id end;
begin
  if exists (select 1 from public.listings l where l.id = changed_listing and l.status in ('published', 'licensed')) then
    perform app.raise_public_content_version_now();
  end if;
  return null;
end
$$;

drop trigger if exists listings_public_insert on public.listings;
create constraint trigger listings_public_insert after insert on public.listings
  deferrable initially deferred for each row when (new.status in ('published', 'licensed'))
  execute function app.raise_public_content_version();
drop trigger if exists listings_public_update on public.listings;
create constraint trigger listings_public_update after update on public.listings
  deferrable initially deferred for each row when (old.status in ('published', 'licensed') or new.status in ('published', 'licensed'))
  execute function app.raise_public_content_version();
drop trigger if exists listings_public_delete on public.listings;
create constraint trigger listings_public_delete after delete on public.listings
  deferrable initially deferred for each row when (old.status in ('published', 'licensed'))
  execute function app.raise_public_content_version();

drop trigger if exists listing_inventors_public on public.listing_inventors;
create constraint trigger listing_inventors_public after insert or update or delete on public.listing_inventors
  deferrable initially deferred for each row execute function app.raise_public_content_version_for_listing();
drop trigger if exists patents_public on public.patents;
create constraint trigger patents_public after insert or update or delete on public.patents
  deferrable initially deferred for each row execute function app.raise_public_content_version_for_listing();
drop trigger if exists listing_attachments_public on public.listing_attachments;
create constraint trigger listing_attachments_public after insert or update or delete on public.listing_attachments
  deferrable initially deferred for each row execute function app.raise_public_content_version_for_listing();

-- Names of universities, colleges and companies appear on cards, in the filters and on listings.
drop trigger if exists organizations_public on public.organizations;
create constraint trigger organizations_public after insert or update or delete on public.organizations
  deferrable initially deferred for each row execute function app.raise_public_content_version();
-- A listing shows its researcher's display name (app.public_display_name).
drop trigger if exists profiles_public on public.profiles;
create constraint trigger profiles_public after update of display_name on public.profiles
  deferrable initially deferred for each row when (old.display_name is distinct from new.display_name)
  execute function app.raise_public_content_version();
