-- Listings (technologies with their patents and inventors), review by officers, attachments,
-- saved lists, company needs and in-app notifications. The status flow is enforced here:
--   draft → submitted → published | changes_requested | rejected
--   changes_requested → submitted;  published → licensed | archived
-- Researchers edit their drafts and requested changes; officers of the listing's university
-- review; nobody but them sees anything unpublished.

-- Trigram matching for the typo-tolerant search fallback. Supabase keeps extensions in schema
-- extensions; do the same everywhere so qualified names work on every database.
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
create extension if not exists pg_trgm with schema extensions;

create type public.listing_status as enum
  ('draft', 'submitted', 'changes_requested', 'rejected', 'published', 'licensed', 'archived');
create type public.industry as enum ('automotive', 'smart_manufacturing', 'new_materials',
  'electronic_information', 'biomedicine', 'modern_agriculture', 'energy_environment', 'other');
create type public.cooperation_mode as enum ('exclusive_license', 'non_exclusive_license',
  'assignment', 'equity', 'joint_development', 'option');
create type public.patent_type as enum ('invention', 'utility_model', 'design');
create type public.patent_legal_status as enum ('pending', 'granted', 'lapsed');

create table public.listings (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.profiles (id) on delete restrict,
  -- The university whose officers review it, and the college it comes from.
  institution_id uuid not null references public.organizations (id) on delete restrict,
  college_id uuid references public.organizations (id) on delete set null,
  status public.listing_status not null default 'draft',
  title text not null default '' check (char_length(title) <= 120),
  pitch text not null default '' check (char_length(pitch) <= 200),
  summary text not null default '' check (char_length(summary) <= 5000),
  advantages text[] not null default '{}' check (cardinality(advantages) <= 10),
  applications text not null default '' check (char_length(applications) <= 2000),
  industry public.industry,
  ipc_codes text[] not null default '{}' check (cardinality(ipc_codes) <= 20),
  trl smallint check (trl between 1 and 9),
  cooperation_modes public.cooperation_mode[] not null default '{}',
  asking_price_cny numeric(14, 2) check (asking_price_cny > 0),
  review_comment text check (char_length(review_comment) <= 2000),
  reviewed_by uuid references public.profiles (id) on delete set null,
  reviewed_at timestamptz,
  published_at timestamptz,
  -- Written by the app (Intl.Segmenter + CJK bigrams), never by hand: see search-text.ts.
  search_vector tsvector,
  search_text text not null default '',
  search_version smallint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index listings_owner_idx on public.listings (owner_id);
create index listings_institution_status_idx on public.listings (institution_id, status);
create index listings_published_idx on public.listings (published_at desc) where status = 'published';
create index listings_search_idx on public.listings using gin (search_vector);
create index listings_search_text_trgm_idx on public.listings using gin (search_text extensions.gin_trgm_ops);

create table public.listing_inventors (
  listing_id uuid not null references public.listings (id) on delete cascade,
  position smallint not null check (position between 0 and 49),
  profile_id uuid references public.profiles (id) on delete set null,
  name text not null check (char_length(name) between 1 and 80),
  share numeric(5, 2) not null check (share > 0 and share <= 100),
  primary key (listing_id, position)
);
create index listing_inventors_profile_idx on public.listing_inventors (profile_id);

create table public.patents (
  id uuid primary key default gen_random_uuid(),
  listing_id uuid not null references public.listings (id) on delete cascade,
  position smallint not null check (position between 0 and 49),
  application_number text not null check (application_number ~ '^(\d{12}|\d{8})\.[0-9X]$'),
  patent_type public.patent_type not null,
  legal_status public.patent_legal_status not null,
  title text not null default '' check (char_length(title) <= 200),
  filed_on date,
  granted_on date,
  constraint patents_grant_after_filing check (granted_on is null or filed_on is null or granted_on >= filed_on),
  constraint patents_granted_has_date check (legal_status = 'pending' or granted_on is not null or filed_on is null),
  unique (listing_id, application_number)
);
create index patents_listing_idx on public.patents (listing_id, position);

create table public.listing_attachments (
  id uuid primary key default gen_random_uuid(),
  listing_id uuid not null references public.listings (id) on delete cascade,
  kind text not null check (kind in ('image', 'document')),
  file_name text not null check (char_length(file_name) between 1 and 200),
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  storage_key text not null unique,
  confidential boolean not null default false,
  created_at timestamptz not null default now()
);
create index listing_attachments_listing_idx on public.listing_attachments (listing_id, created_at);

create table public.saved_listings (
  user_id uuid not null references public.profiles (id) on delete cascade,
  listing_id uuid not null references public.listings (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, listing_id)
);

create table public.needs (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.organizations (id) on delete cascade,
  author_id uuid not null references public.profiles (id) on delete restrict,
  title text not null check (char_length(title) between 1 and 120),
  problem text not null check (char_length(problem) between 1 and 5000),
  industry public.industry not null,
  budget_cny numeric(14, 2) check (budget_cny > 0),
  deadline date,
  open boolean not null default true,
  search_vector tsvector,
  search_version smallint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index needs_company_idx on public.needs (company_id);
create index needs_search_idx on public.needs using gin (search_vector);

create table public.notifications (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null check (kind in ('listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted')),
  listing_id uuid references public.listings (id) on delete cascade,
  message text check (char_length(message) <= 2000),
  read_at timestamptz,
  created_at timestamptz not null default now()
);
create index notifications_user_idx on public.notifications (user_id, id desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;

-- Helpers for policies, as definer so they read profiles/listings without recursing into RLS.
create function app.current_organization_id() returns uuid
language sql stable security definer set search_path = '' as $$
  select organization_id from public.profiles where id = auth.uid()
$$;

-- Security invariant: an officer reviews the listings of their own university only.
create function app.is_officer_of(institution uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.profiles p
    where p.id = auth.uid() and p.role = 'officer'
      and (p.organization_id = institution
           or p.organization_id in (select o.id from public.organizations o where o.parent_id = institution))
  )
$$;

create function app.can_read_listing(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l
    where l.id = listing
      and (l.status in ('published', 'licensed') or l.owner_id = auth.uid() or app.is_officer_of(l.institution_id)
           or (select app.current_user_role()) = 'admin')
  )
$$;

create function app.can_edit_listing(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l
    where l.id = listing and l.owner_id = auth.uid() and l.status in ('draft', 'changes_requested')
  )
$$;

create function app.can_see_confidential(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l
    where l.id = listing and (l.owner_id = auth.uid() or app.is_officer_of(l.institution_id))
  )
$$;

-- Display names are public (they appear on listings); email and locale stay private.
create function app.public_display_name(user_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select display_name from public.profiles where id = user_id
$$;
revoke all on function app.public_display_name(uuid) from public;
grant execute on function app.public_display_name(uuid) to anon, authenticated, service_role;

revoke all on function app.current_organization_id(), app.is_officer_of(uuid), app.can_read_listing(uuid),
  app.can_edit_listing(uuid), app.can_see_confidential(uuid) from public;
grant execute on function app.current_organization_id(), app.is_officer_of(uuid), app.can_read_listing(uuid),
  app.can_edit_listing(uuid), app.can_see_confidential(uuid) to anon, authenticated, service_role;

alter table public.listings enable row level security;
alter table public.listing_inventors enable row level security;
alter table public.patents enable row level security;
alter table public.listing_attachments enable row level security;
alter table public.saved_listings enable row level security;
alter table public.needs enable row level security;
alter table public.notifications enable row level security;

revoke all on public.listings, public.listing_inventors, public.patents, public.listing_attachments,
  public.saved_listings, public.needs, public.notifications from anon, authenticated;
grant all on public.listings, public.listing_inventors, public.patents, public.listing_attachments,
  public.saved_listings, public.needs, public.notifications to service_role;

-- Listings: the public sees published and licensed ones; owners, their officers and admins the rest.
grant select on public.listings to anon, authenticated;
grant insert (owner_id, institution_id, college_id, title, pitch, summary, advantages, applications, industry,
  ipc_codes, trl, cooperation_modes, asking_price_cny, search_vector, search_text, search_version)
  on public.listings to authenticated;
grant update (title, pitch, summary, advantages, applications, industry, ipc_codes, trl, cooperation_modes,
  asking_price_cny, status, review_comment, search_vector, search_text, search_version)
  on public.listings to authenticated;
grant delete on public.listings to authenticated;
create policy listings_read on public.listings for select to anon, authenticated
  using (status in ('published', 'licensed') or owner_id = (select auth.uid())
         or app.is_officer_of(institution_id) or (select app.current_user_role()) = 'admin');
create policy listings_insert_own on public.listings for insert to authenticated
  with check (owner_id = (select auth.uid()) and (select app.current_user_role()) = 'researcher' and status = 'draft');
create policy listings_update_owner_or_officer on public.listings for update to authenticated
  using (owner_id = (select auth.uid()) or app.is_officer_of(institution_id))
  with check (owner_id = (select auth.uid()) or app.is_officer_of(institution_id));
create policy listings_delete_own_draft on public.listings for delete to authenticated
  using (owner_id = (select auth.uid()) and status = 'draft');

-- Security invariant: status moves only along the flow above, by the right person; content
-- changes only while the owner may edit; review fields only through a review.
create function app.guard_listing_update() returns trigger
language plpgsql set search_path = '' as $$
declare
  is_owner boolean := old.owner_id = auth.uid();
  is_officer boolean := app.is_officer_of(old.institution_id);
  inventor_total numeric;
begin
  if current_user not in ('authenticated', 'anon') then
    new.updated_at := now();
    return new;
  end if;
  if new.status is distinct from old.status then
    if not (
      (is_owner and old.status in ('draft', 'changes_requested') and new.status = 'submitted')
      or (is_officer and old.status = 'submitted' and new.status in ('published', 'changes_requested', 'rejected'))
      or (is_officer and old.status = 'published' and new.status in ('licensed', 'archived'))
      or (is_owner and old.status = 'published' and new.status = 'archived')
    ) then
      raise exception 'listing status cannot move from % to %', old.status, new.status using errcode = '42501';
    end if;
    if new.status = 'submitted' then
      if char_length(new.title) = 0 or char_length(new.pitch) = 0 or char_length(new.summary) = 0
         or new.industry is null or new.trl is null or cardinality(new.cooperation_modes) = 0 then
        raise exception 'listing is incomplete' using errcode = '23514', constraint = 'listing_complete';
      end if;
      select coalesce(sum(share), 0) into inventor_total from public.listing_inventors where listing_id = new.id;
      if inventor_total <> 100 then
        raise exception 'inventor shares sum to %', inventor_total using errcode = '23514', constraint = 'listing_inventor_shares';
      end if;
      if not exists (select 1 from public.patents where listing_id = new.id) then
        raise exception 'listing has no patent' using errcode = '23514', constraint = 'listing_has_patent';
      end if;
      new.review_comment := null;
    elsif new.status in ('published', 'changes_requested', 'rejected') then
      if new.status <> 'published' and char_length(coalesce(new.review_comment, '')) = 0 then
        raise exception 'a review needs a comment' using errcode = '23514', constraint = 'listing_review_comment';
      end if;
      new.reviewed_by := auth.uid();
      new.reviewed_at := now();
      if new.status = 'published' then
        new.published_at := coalesce(old.published_at, now());
      end if;
    end if;
  else
    if not (is_owner and old.status in ('draft', 'changes_requested')) then
      raise exception 'this listing cannot be edited now' using errcode = '42501';
    end if;
    if new.review_comment is distinct from old.review_comment then
      raise exception 'only a review sets its comment' using errcode = '42501';
    end if;
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger listings_guard_update before update on public.listings
  for each row execute function app.guard_listing_update();

-- Every status change is audited, and tells the people who need to know.
create trigger listings_audit after update on public.listings
  for each row execute function app.record_audit_event('status', 'review_comment');

create function app.notify_listing_status() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.status is distinct from old.status then
    if new.status in ('published', 'changes_requested', 'rejected') then
      insert into public.notifications (user_id, kind, listing_id, message)
      values (new.owner_id, 'listing_' || new.status::text, new.id, new.review_comment);
    elsif new.status = 'submitted' then
      insert into public.notifications (user_id, kind, listing_id)
      select p.id, 'listing_submitted', new.id from public.profiles p
      where p.role = 'officer' and (p.organization_id = new.institution_id
        or p.organization_id in (select o.id from public.organizations o where o.parent_id = new.institution_id));
    end if;
  end if;
  return new;
end
$$;
create trigger listings_notify after update on public.listings
  for each row execute function app.notify_listing_status();

-- Inventors, patents and attachments follow their listing: readable with it, editable while it is.
grant select on public.listing_inventors, public.patents to anon, authenticated;
grant insert, update, delete on public.listing_inventors, public.patents to authenticated;
-- Written as a plain subquery (the listing's own RLS applies inside it) so the planner can
-- join it; a function call per row made search facets over patents ten times slower.
create policy listing_inventors_read on public.listing_inventors for select to anon, authenticated
  using (exists (select 1 from public.listings l where l.id = listing_id));
create policy listing_inventors_write on public.listing_inventors for all to authenticated
  using (app.can_edit_listing(listing_id)) with check (app.can_edit_listing(listing_id));
create policy patents_read on public.patents for select to anon, authenticated
  using (exists (select 1 from public.listings l where l.id = listing_id));
create policy patents_write on public.patents for all to authenticated
  using (app.can_edit_listing(listing_id)) with check (app.can_edit_listing(listing_id));

-- Security invariant: a confidential attachment is visible only to the owner and their officers.
grant select on public.listing_attachments to anon, authenticated;
grant insert, delete on public.listing_attachments to authenticated;
grant update (confidential) on public.listing_attachments to authenticated;
create policy listing_attachments_read on public.listing_attachments for select to anon, authenticated
  using (exists (select 1 from public.listings l where l.id = listing_id)
         and (not confidential or app.can_see_confidential(listing_id)));
create policy listing_attachments_write on public.listing_attachments for all to authenticated
  using (app.can_edit_listing(listing_id)) with check (app.can_edit_listing(listing_id));

grant select, insert, delete on public.saved_listings to authenticated;
create policy saved_listings_own on public.saved_listings for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and app.can_read_listing(listing_id));

-- Needs are public while open; a company's members manage their own.
grant select on public.needs to anon, authenticated;
grant insert (company_id, author_id, title, problem, industry, budget_cny, deadline, search_vector, search_version)
  on public.needs to authenticated;
grant update (title, problem, industry, budget_cny, deadline, open, search_vector, search_version)
  on public.needs to authenticated;
create policy needs_read on public.needs for select to anon, authenticated
  using (open or company_id = (select app.current_organization_id()) or (select app.current_user_role()) in ('officer', 'admin'));
create policy needs_insert_company on public.needs for insert to authenticated
  with check ((select app.current_user_role()) = 'company' and author_id = (select auth.uid())
              and company_id = (select app.current_organization_id()));
create policy needs_update_company on public.needs for update to authenticated
  using (company_id = (select app.current_organization_id()) and (select app.current_user_role()) = 'company')
  with check (company_id = (select app.current_organization_id()));

grant select on public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
create policy notifications_own on public.notifications for select to authenticated
  using (user_id = (select auth.uid()));
create policy notifications_mark_read on public.notifications for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
