-- Foundation: organisations, profiles, local credentials and sessions, login throttling, audit.
-- Authorization is here, in RLS policies and column privileges; routes check again only to
-- give clear messages. Every table is revoked from anon/authenticated first and then granted
-- exactly what it needs, because on Supabase default privileges grant everything to them.

create schema if not exists app;
grant usage on schema app to anon, authenticated, service_role;

create type public.user_role as enum ('researcher', 'company', 'officer', 'admin');
create type public.organization_kind as enum ('university', 'college', 'company', 'agency');

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  kind public.organization_kind not null,
  parent_id uuid references public.organizations (id) on delete restrict,
  name_zh text not null check (char_length(name_zh) between 1 and 200),
  name_en text not null check (char_length(name_en) between 1 and 200),
  verified boolean not null default false,
  created_at timestamptz not null default now(),
  -- Colleges, and only colleges, belong to a university.
  constraint organizations_college_has_parent check ((kind = 'college') = (parent_id is not null))
);
create index organizations_parent_id_idx on public.organizations (parent_id);

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  role public.user_role not null,
  organization_id uuid references public.organizations (id) on delete set null,
  display_name text not null check (char_length(display_name) between 1 and 80),
  email text not null check (char_length(email) between 3 and 254),
  locale text not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index profiles_organization_id_idx on public.profiles (organization_id);
create index profiles_role_idx on public.profiles (role);

-- Embedded identity only (Supabase Auth keeps its own). The hash is argon2id.
create table public.local_credentials (
  user_id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  password_hash text not null,
  password_changed_at timestamptz not null default now()
);
create unique index local_credentials_email_key on public.local_credentials (lower(email));

-- The id is the SHA-256 of the session token; the token itself is never stored.
create table public.sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  user_id uuid not null references auth.users (id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  user_agent text check (char_length(user_agent) <= 400)
);
create index sessions_user_id_idx on public.sessions (user_id);

-- Failed sign-ins per key ('ip:…' or 'account:<hash of email>'); shared by every process.
create table public.login_throttle (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  blocked_until timestamptz
);

create table public.audit_events (
  id bigint generated always as identity primary key,
  actor_id uuid,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  created_at timestamptz not null default now()
);
create index audit_events_created_at_idx on public.audit_events (created_at desc);

-- The caller's role, read with the definer's rights so policies on profiles can use it
-- without recursing into themselves. Wrap as (select app.current_user_role()) in policies.
create function app.current_user_role() returns public.user_role
language sql stable security definer set search_path = '' as $$
  select role from public.profiles where id = auth.uid()
$$;
revoke all on function app.current_user_role() from public;
grant execute on function app.current_user_role() to anon, authenticated, service_role;

alter table public.organizations enable row level security;
alter table public.profiles enable row level security;
alter table public.local_credentials enable row level security;
alter table public.sessions enable row level security;
alter table public.login_throttle enable row level security;
alter table public.audit_events enable row level security;

revoke all on public.organizations, public.profiles, public.local_credentials, public.sessions,
  public.login_throttle, public.audit_events from anon, authenticated;
grant all on public.organizations, public.profiles, public.local_credentials, public.sessions,
  public.login_throttle, public.audit_events to service_role;

-- Organisations are public; only an admin changes the verified flag.
grant select on public.organizations to anon, authenticated;
grant update (verified) on public.organizations to authenticated;
create policy organizations_read on public.organizations for select to anon, authenticated using (true);
create policy organizations_admin_update on public.organizations for update to authenticated
  using ((select app.current_user_role()) = 'admin')
  with check ((select app.current_user_role()) = 'admin');

-- Profiles hold private fields (email, locale): a user reads their own, an admin reads all.
grant select on public.profiles to authenticated;
grant update (display_name, locale, role, organization_id) on public.profiles to authenticated;
create policy profiles_read_own_or_admin on public.profiles for select to authenticated
  using (id = (select auth.uid()) or (select app.current_user_role()) = 'admin');
create policy profiles_update_own_or_admin on public.profiles for update to authenticated
  using (id = (select auth.uid()) or (select app.current_user_role()) = 'admin')
  with check (id = (select auth.uid()) or (select app.current_user_role()) = 'admin');

-- A user may list their own sessions (devices); nobody else sees any.
grant select on public.sessions to authenticated;
create policy sessions_read_own on public.sessions for select to authenticated
  using (user_id = (select auth.uid()));

-- The audit log is readable by admins and written only by the triggers below.
grant select on public.audit_events to authenticated;
create policy audit_events_admin_read on public.audit_events for select to authenticated
  using ((select app.current_user_role()) = 'admin');

-- Security invariant: only an admin changes a role or an organisation, and never their own
-- role (so the last admin cannot lock everyone out by accident). Service role and the owner
-- (sign-up, seeding) are trusted.
create function app.guard_profile_update() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (new.role is distinct from old.role or new.organization_id is distinct from old.organization_id)
     and current_user in ('authenticated', 'anon') then
    if (select app.current_user_role()) is distinct from 'admin' then
      raise exception 'only administrators change roles' using errcode = '42501';
    end if;
    if new.role is distinct from old.role and new.id = auth.uid() then
      raise exception 'administrators cannot change their own role' using errcode = '42501';
    end if;
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger profiles_guard_update before update on public.profiles
  for each row execute function app.guard_profile_update();

create function app.record_audit_event() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  watched text[] := tg_argv;
  before_values jsonb := '{}';
  after_values jsonb := '{}';
  column_name text;
begin
  foreach column_name in array watched loop
    if (to_jsonb(old) -> column_name) is distinct from (to_jsonb(new) -> column_name) then
      before_values := before_values || jsonb_build_object(column_name, to_jsonb(old) -> column_name);
      after_values := after_values || jsonb_build_object(column_name, to_jsonb(new) -> column_name);
    end if;
  end loop;
  if after_values <> '{}' then
    insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
    values (auth.uid(), tg_table_name || '.update', tg_table_name, new.id::text, before_values, after_values);
  end if;
  return new;
end
$$;
create trigger profiles_audit after update on public.profiles
  for each row execute function app.record_audit_event('role', 'organization_id');
create trigger organizations_audit after update on public.organizations
  for each row execute function app.record_audit_event('verified');

create function app.forbid_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end
$$;
create trigger audit_events_append_only before update or delete on public.audit_events
  for each row execute function app.forbid_change();
