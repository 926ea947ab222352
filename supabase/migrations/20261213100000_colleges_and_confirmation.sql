-- Issue #24: universities and their colleges (学院), and researchers confirmed by their university.
-- docs/domain.md, "Roles and organisations" and "Accounts and sign-in".
--
-- Security invariants:
--   * An admin creates universities; an admin, or an officer of the university, creates its
--     colleges (app.create_college). Both are audited.
--   * A researcher signs up under a college of the university they chose, and their membership
--     starts pending: the embedded sign-up (local-identity.ts) writes 'pending', and with Supabase
--     the trigger app.mark_researcher_pending does. Rows written by trusted code (the seed, an
--     admin's tools, tests' fixtures) default to 'confirmed': existing researchers are confirmed
--     by this migration through that default. Profiles have no insert grant for anon or
--     authenticated, and no update grant on the membership columns: only
--     app.decide_researcher_membership moves them.
--   * Only an officer of the researcher's university, or an admin, confirms or declines (with a
--     reason); each decision is written to the audit log.
--   * A listing whose owner is a researcher not confirmed cannot be submitted or published
--     (ZQ600, src/lib/contracts/database-errors.ts), whoever asks.

create type public.membership_status as enum ('pending', 'confirmed', 'declined');

alter table public.profiles
  add column membership_status public.membership_status not null default 'confirmed',
  add column membership_decided_by uuid references public.profiles (id) on delete set null,
  add column membership_decided_at timestamptz,
  add column membership_decline_reason text check (char_length(membership_decline_reason) between 1 and 500);
create index profiles_pending_membership_idx on public.profiles (organization_id)
  where role = 'researcher' and membership_status <> 'confirmed';

-- One college of a name per university (the sign-up list would otherwise show it twice).
create unique index organizations_college_name_key on public.organizations (parent_id, name_zh) where kind = 'college';

-- An audit row written by the functions below (the update trigger audits only role and organisation).
create function app.audit_membership_or_college(action text, entity_type text, entity uuid, before_values jsonb, after_values jsonb)
returns void language sql security definer set search_path = '' as $$
  insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
  values (auth.uid(), action, entity_type, entity::text, before_values, after_values)
$$;

create function app.create_university(name_zh text, name_en text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  made uuid;
begin
  if (select app.current_user_role()) is distinct from 'admin' then
    raise exception 'only administrators create universities' using errcode = '42501';
  end if;
  -- Unverified, like every organisation: an admin verifies it with its credit code.
  insert into public.organizations (kind, name_zh, name_en)
  values ('university', btrim(name_zh), btrim(name_en)) returning id into made;
  perform app.audit_membership_or_college('organizations.create', 'organizations', made, null,
    jsonb_build_object('kind', 'university', 'name_zh', btrim(name_zh)));
  return made;
end
$$;

-- Colleges are made verified: an admin or the university's own office vouches for them, and a
-- college has no credit code of its own to check.
create function app.create_college(university uuid, name_zh text, name_en text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  made uuid;
begin
  if not exists (select 1 from public.organizations o where o.id = university and o.kind = 'university')
     or ((select app.current_user_role()) is distinct from 'admin' and not app.is_officer_of(university)) then
    raise exception 'only an administrator or the university''s officers add its colleges' using errcode = '42501';
  end if;
  insert into public.organizations (kind, parent_id, name_zh, name_en, verified)
  values ('college', university, btrim(name_zh), btrim(name_en), true) returning id into made;
  perform app.audit_membership_or_college('organizations.create', 'organizations', made, null,
    jsonb_build_object('kind', 'college', 'name_zh', btrim(name_zh)));
  return made;
end
$$;

-- Researchers whose membership is not confirmed, of the universities the caller is an officer
-- of (every one for an admin). Officers cannot read profiles through RLS; they see the email of
-- those who claim to work at their university, to tell who they are.
create function app.unconfirmed_researchers()
returns table (id uuid, display_name text, email text, college_id uuid, university_id uuid,
               status public.membership_status, decline_reason text, created_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select p.id, p.display_name, p.email, p.organization_id, app.university_of(p.organization_id),
         p.membership_status, p.membership_decline_reason, p.created_at
  from public.profiles p
  where p.role = 'researcher' and p.membership_status <> 'confirmed'
    and ((select app.current_user_role()) = 'admin' or app.is_officer_of(app.university_of(p.organization_id)))
$$;

-- Confirms (from pending or declined) or declines (from pending, with a reason) a researcher's
-- membership. ZQ601: the membership is already in the state asked for, or declined twice.
create function app.decide_researcher_membership(researcher uuid, confirm boolean, reason text)
returns void language plpgsql security definer set search_path = '' as $$
declare
  target public.profiles;
  next_status public.membership_status := case when confirm then 'confirmed' else 'declined' end;
  kept_reason text := case when confirm then null else nullif(btrim(coalesce(reason, '')), '') end;
begin
  select * into target from public.profiles p where p.id = researcher and p.role = 'researcher' for update;
  if target.id is null or ((select app.current_user_role()) is distinct from 'admin'
                           and not app.is_officer_of(app.university_of(target.organization_id))) then
    raise exception 'only an officer of the researcher''s university or an administrator decides' using errcode = '42501';
  end if;
  if target.membership_status = next_status or (not confirm and target.membership_status <> 'pending') then
    raise exception 'the membership is already %', target.membership_status using errcode = 'ZQ601';
  end if;
  if not confirm and kept_reason is null then
    raise exception 'a decline gives its reason' using errcode = '23514';
  end if;
  update public.profiles set membership_status = next_status, membership_decided_by = auth.uid(),
         membership_decided_at = now(), membership_decline_reason = kept_reason
  where id = researcher;
  perform app.audit_membership_or_college('profiles.membership', 'profiles', researcher,
    jsonb_build_object('membership_status', target.membership_status),
    jsonb_strip_nulls(jsonb_build_object('membership_status', next_status, 'reason', kept_reason)));
end
$$;

-- A listing of a researcher not confirmed goes no further than a draft.
create function app.require_confirmed_owner() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.status in ('submitted', 'published') and (tg_op = 'INSERT' or old.status is distinct from new.status)
     and exists (select 1 from public.profiles p
                 where p.id = new.owner_id and p.role = 'researcher' and p.membership_status <> 'confirmed') then
    raise exception 'the owner''s membership is not confirmed by the university' using errcode = 'ZQ600';
  end if;
  return new;
end
$$;
create trigger listings_require_confirmed_owner before insert or update of status on public.listings
  for each row execute function app.require_confirmed_owner();

-- Supabase sign-up: after app.create_profile_for_auth_user (trigger zhiqiao_create_profile; triggers
-- of one kind fire in name order, and zhiqiao_researcher_membership sorts after it) a researcher
-- must be under a college, of the university the form chose when it sent one (ZQ602), and starts
-- pending. Kept apart from the profile trigger so that function stays whole for the other roles.
create function app.mark_researcher_pending() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  made public.profiles;
begin
  select * into made from public.profiles p where p.id = new.id;
  if made.id is null or made.role <> 'researcher' then
    return new;
  end if;
  if not exists (select 1 from public.organizations o
                 where o.id = made.organization_id and o.kind = 'college'
                   and (meta ->> 'university_id' is null or o.parent_id::text = meta ->> 'university_id')) then
    raise exception 'a researcher signs up under a college of the chosen university' using errcode = 'ZQ602';
  end if;
  update public.profiles set membership_status = 'pending' where id = new.id;
  return new;
end
$$;
revoke all on function app.mark_researcher_pending() from public;

do $$
begin
  if exists (select 1 from information_schema.columns
             where table_schema = 'auth' and table_name = 'users' and column_name = 'raw_user_meta_data')
     and not exists (select 1 from pg_trigger where tgname = 'zhiqiao_researcher_membership' and tgrelid = 'auth.users'::regclass) then
    create trigger zhiqiao_researcher_membership after insert on auth.users
      for each row execute function app.mark_researcher_pending();
  end if;
end
$$;

revoke all on function app.audit_membership_or_college(text, text, uuid, jsonb, jsonb),
  app.create_university(text, text), app.create_college(uuid, text, text), app.unconfirmed_researchers(),
  app.decide_researcher_membership(uuid, boolean, text), app.require_confirmed_owner() from public;
grant execute on function app.create_university(text, text),
  app.create_college(uuid, text, text), app.unconfirmed_researchers(),
  app.decide_researcher_membership(uuid, boolean, text) to authenticated, service_role;

comment on function app.decide_researcher_membership(uuid, boolean, text) is
  'Confirms or declines a researcher''s membership (officer of their university or admin); ZQ601 when already decided. Codes: src/lib/contracts/database-errors.ts';
comment on function app.require_confirmed_owner() is
  'Refuses to submit or publish a listing whose owner is a researcher not confirmed by the university (ZQ600). Codes: src/lib/contracts/database-errors.ts';
comment on function app.mark_researcher_pending() is
  'Supabase sign-up: a researcher under a college of the chosen university (ZQ602), pending confirmation. Codes: src/lib/contracts/database-errors.ts';
