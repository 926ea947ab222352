-- Company teams (docs/domain.md, "Company teams"): a company's members invite colleagues, who
-- join the organisation instead of creating a new one at sign-up.
--
-- Security invariants:
-- * A user belongs to one organisation (profiles.organization_id); joining never moves a user
--   who already acts for another company, and never changes a non-company user's role.
-- * An invitation is bound to its organisation, expires, is used once and can be revoked; only
--   the SHA-256 of its token is stored, so a leaked table yields no usable link.
-- * Team roles change only through the functions below (no column grant): an owner removes a
--   member or makes one an owner; a member leaves; the last owner leaves only by naming another.
-- * A company's deals, interests and needs are read by organisation (app.current_company,
--   app.current_organization_id), so joining shows them and leaving or removal hides them.

alter table public.profiles add column team_role text check (team_role in ('owner', 'member'));
comment on column public.profiles.team_role is
  'A company user''s role in its organisation''s team; null for other roles and for a company user without an organisation.';

-- Existing companies: the earliest member of each becomes its owner, the others members.
update public.profiles p set team_role = case when p.id = (
    select first.id from public.profiles first
    where first.organization_id = p.organization_id and first.role = 'company'
    order by first.created_at, first.id limit 1) then 'owner' else 'member' end
where p.role = 'company' and p.organization_id is not null;

-- Whoever writes a profile (sign-up, the Supabase trigger, an admin moving a user, the seed), the
-- team role follows the role and organisation: the first company user of an organisation without
-- an owner owns it, anyone else joins as a member.
create function app.set_team_role() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and new.role is not distinct from old.role
     and new.organization_id is not distinct from old.organization_id then
    return new;
  end if;
  if new.role <> 'company' or new.organization_id is null then
    new.team_role := null;
  elsif tg_op = 'INSERT' and new.team_role is not null then
    return new;
  elsif exists (select 1 from public.profiles p
                where p.organization_id = new.organization_id and p.team_role = 'owner' and p.id <> new.id) then
    new.team_role := 'member';
  else
    new.team_role := 'owner';
  end if;
  return new;
end
$$;
create trigger profiles_team_role before insert or update of role, organization_id on public.profiles
  for each row execute function app.set_team_role();

create table public.team_invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  -- Recorded for the inviter's list; the link works for whoever holds it (no mail is sent yet).
  email text check (email is null or char_length(email) between 3 and 254),
  invited_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_by uuid references auth.users (id) on delete set null,
  accepted_at timestamptz,
  revoked_at timestamptz,
  constraint team_invitations_used_once check (accepted_at is null or revoked_at is null)
);
create index team_invitations_organization_idx on public.team_invitations (organization_id, created_at desc);

alter table public.team_invitations enable row level security;
revoke all on public.team_invitations from anon, authenticated;
grant all on public.team_invitations to service_role;
-- The company's members read its invitations; every write goes through the functions below.
grant select on public.team_invitations to authenticated;
create policy team_invitations_members_read on public.team_invitations for select to authenticated
  using (organization_id = (select app.current_company()));

-- Audit rows name the company (the entity) and the member by name, as the log shows them; the
-- member's own profile change (organization_id) is recorded by profiles_audit with its id.
create function app.team_audit(organization uuid, action text, details jsonb) returns void
language sql security definer set search_path = '' as $$
  insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
  values (auth.uid(), action, 'organizations', organization::text, details)
$$;
revoke all on function app.team_audit(uuid, text, jsonb) from public;

-- The caller's team: id, name, email and role of each member (profiles are otherwise private).
create function app.team_members()
returns table (id uuid, display_name text, email text, team_role text, joined_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select p.id, p.display_name, p.email, p.team_role, p.created_at from public.profiles p
  where p.role = 'company' and p.organization_id = app.current_company()
  order by p.team_role = 'owner' desc, p.display_name, p.id
$$;

create function app.invite_to_team(token_hash text, invitee_email text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  invitation uuid;
begin
  if company is null then
    raise exception 'only a company''s members invite colleagues' using errcode = '42501';
  end if;
  insert into public.team_invitations (organization_id, token_hash, email, invited_by)
  values (company, token_hash, nullif(btrim(invitee_email), ''), auth.uid()) returning id into invitation;
  perform app.team_audit(company, 'team.invite', jsonb_strip_nulls(jsonb_build_object('email', nullif(btrim(invitee_email), ''))));
  return invitation;
end
$$;

-- 'revoked', or why not: 'not_found' (not this company's), 'not_allowed' (neither the inviter nor
-- an owner), 'not_pending' (already used or revoked).
create function app.revoke_team_invitation(invitation uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  found public.team_invitations;
  me public.profiles;
begin
  select * into me from public.profiles where id = auth.uid();
  select * into found from public.team_invitations i
  where i.id = invitation and i.organization_id = app.current_company() for update;
  if found.id is null then return 'not_found'; end if;
  if found.invited_by is distinct from me.id and me.team_role is distinct from 'owner' then return 'not_allowed'; end if;
  if found.accepted_at is not null or found.revoked_at is not null then return 'not_pending'; end if;
  update public.team_invitations set revoked_at = now() where id = invitation;
  perform app.team_audit(found.organization_id, 'team.revoke', jsonb_strip_nulls(jsonb_build_object('email', found.email)));
  return 'revoked';
end
$$;

-- What an invitation link shows before anyone acts on it (signed out too: the token is the secret).
create function app.team_invitation(hash text)
returns table (organization_id uuid, name_zh text, name_en text, status text, expires_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select i.organization_id, o.name_zh, o.name_en,
         case when i.accepted_at is not null then 'used' when i.revoked_at is not null then 'revoked'
              when i.expires_at <= now() then 'expired' else 'pending' end,
         i.expires_at
  from public.team_invitations i join public.organizations o on o.id = i.organization_id
  where i.token_hash = hash
$$;

-- Marks the invitation used by `joiner` and returns its organisation, or raises with a refusal
-- in the message ('unknown', 'expired', 'used', 'revoked'). Shared by acceptance and sign-up.
create function app.use_team_invitation(hash text, joiner uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  found public.team_invitations;
begin
  select * into found from public.team_invitations where token_hash = hash for update;
  if found.id is null then raise exception 'invitation:unknown' using errcode = 'P0002'; end if;
  if found.accepted_at is not null then raise exception 'invitation:used' using errcode = '55000'; end if;
  if found.revoked_at is not null then raise exception 'invitation:revoked' using errcode = '55000'; end if;
  if found.expires_at <= now() then raise exception 'invitation:expired' using errcode = '55000'; end if;
  update public.team_invitations set accepted_by = joiner, accepted_at = now() where id = found.id;
  return found.organization_id;
end
$$;
revoke all on function app.use_team_invitation(text, uuid) from public;

-- The signed-in caller accepts. 'joined', or why not: 'unknown', 'expired', 'used', 'revoked',
-- 'already_member', 'other_organization' (acts for another company), 'not_company' (another role).
create function app.accept_team_invitation(hash text) returns text
language plpgsql security definer set search_path = '' as $$
declare
  me public.profiles;
  invited uuid;
begin
  select * into me from public.profiles where id = auth.uid() for update;
  if me.id is null then return 'not_company'; end if;
  select i.organization_id into invited from public.team_invitations i where i.token_hash = hash;
  if invited is null then return 'unknown'; end if;
  if me.role = 'company' and me.organization_id = invited then return 'already_member'; end if;
  if me.role <> 'company' then return 'not_company'; end if;
  if me.organization_id is not null then return 'other_organization'; end if;
  begin
    invited := app.use_team_invitation(hash, me.id);
  exception when sqlstate '55000' or sqlstate 'P0002' then
    return split_part(sqlerrm, ':', 2);
  end;
  update public.profiles set organization_id = invited where id = me.id;
  perform app.team_audit(invited, 'team.join', jsonb_build_object('member', me.display_name));
  return 'joined';
end
$$;

-- Embedded sign-up through a link (service role, src/lib/server/auth/local-identity.ts): the
-- organisation the new account joins. The Supabase trigger below does the same.
create function app.join_team_at_sign_up(hash text, joiner uuid, joiner_name text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  invited uuid := app.use_team_invitation(hash, joiner);
begin
  insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
  values (joiner, 'team.join', 'organizations', invited::text, jsonb_build_object('member', joiner_name));
  return invited;
end
$$;

-- An owner removes another member of their company. 'removed', 'not_allowed' or 'not_found'.
create function app.remove_team_member(member uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  me public.profiles;
begin
  select * into me from public.profiles where id = auth.uid();
  if me.team_role is distinct from 'owner' then return 'not_allowed'; end if;
  if member = me.id then return 'not_allowed'; end if;
  update public.profiles set organization_id = null
  where id = member and role = 'company' and organization_id = me.organization_id;
  if not found then return 'not_found'; end if;
  perform app.team_audit(me.organization_id, 'team.remove', jsonb_build_object('member', app.public_display_name(member)));
  return 'removed';
end
$$;

-- An owner makes another member an owner. 'made_owner', 'not_allowed' or 'not_found'.
create function app.make_team_owner(member uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  me public.profiles;
begin
  select * into me from public.profiles where id = auth.uid();
  if me.team_role is distinct from 'owner' then return 'not_allowed'; end if;
  update public.profiles set team_role = 'owner'
  where id = member and role = 'company' and organization_id = me.organization_id and team_role = 'member';
  if not found then return 'not_found'; end if;
  perform app.team_audit(me.organization_id, 'team.make_owner', jsonb_build_object('member', app.public_display_name(member)));
  return 'made_owner';
end
$$;

-- The caller leaves their company. The last owner names a successor among the members (who
-- becomes an owner first); the only member cannot leave (the company's deals would have nobody).
-- 'left', or 'last_owner', 'last_member', 'not_found' (no company, or the successor is not a member).
create function app.leave_team(successor uuid) returns text
language plpgsql security definer set search_path = '' as $$
declare
  me public.profiles;
  other_owners integer;
  others integer;
begin
  select * into me from public.profiles where id = auth.uid() for update;
  if me.role is distinct from 'company' or me.organization_id is null then return 'not_found'; end if;
  -- Serialises leaving and removal in one company, so two owners cannot both leave at once.
  perform 1 from public.organizations where id = me.organization_id for update;
  select count(*) filter (where team_role = 'owner'), count(*) into other_owners, others
  from public.profiles where organization_id = me.organization_id and role = 'company' and id <> me.id;
  if others = 0 then return 'last_member'; end if;
  if me.team_role = 'owner' and other_owners = 0 then
    if successor is null then return 'last_owner'; end if;
    update public.profiles set team_role = 'owner'
    where id = successor and role = 'company' and organization_id = me.organization_id and id <> me.id;
    if not found then return 'not_found'; end if;
    perform app.team_audit(me.organization_id, 'team.make_owner', jsonb_build_object('member', app.public_display_name(successor)));
  end if;
  update public.profiles set organization_id = null where id = me.id;
  perform app.team_audit(me.organization_id, 'team.leave', jsonb_build_object('member', me.display_name));
  return 'left';
end
$$;

revoke all on function app.set_team_role(), app.team_members(), app.invite_to_team(text, text),
  app.revoke_team_invitation(uuid), app.team_invitation(text), app.accept_team_invitation(text),
  app.join_team_at_sign_up(text, uuid, text), app.remove_team_member(uuid), app.make_team_owner(uuid),
  app.leave_team(uuid) from public;
grant execute on function app.team_members(), app.invite_to_team(text, text), app.revoke_team_invitation(uuid),
  app.accept_team_invitation(text), app.remove_team_member(uuid), app.make_team_owner(uuid), app.leave_team(uuid)
  to authenticated;
grant execute on function app.team_invitation(text) to anon, authenticated, service_role;
grant execute on function app.join_team_at_sign_up(text, uuid, text) to service_role;

-- An interest was also readable by the member who wrote it, wherever they went; it is the
-- company's, so it is read by the company's members only (officers and researchers unchanged).
create or replace function app.can_read_interest(interest public.interests) returns boolean
language sql stable security definer set search_path = '' as $$
  select (interest.company_id = app.current_organization_id() and (select app.current_user_role()) = 'company')
    or auth.uid() in (select app.listing_researchers(interest.listing_id))
    or exists (select 1 from public.listings l where l.id = interest.listing_id and app.is_officer_of(l.institution_id))
$$;

-- Saved listings stay each user's own to add and remove; the company's members also read their
-- colleagues' (the /saved page lists them apart), so the team shares what it is looking at.
create function app.team_member_ids() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select p.id from public.profiles p
  where p.role = 'company' and p.organization_id = app.current_company() and p.id <> auth.uid()
$$;
revoke all on function app.team_member_ids() from public;
grant execute on function app.team_member_ids() to authenticated;
create policy saved_listings_team_read on public.saved_listings for select to authenticated
  using (user_id in (select app.team_member_ids()));

-- Supabase: a sign-up through an invitation link sends no role (so app.create_profile_for_auth_user
-- leaves it alone) and the token; this trigger makes the company profile in the invited
-- organisation. A bad token fails the sign-up: the page checked it just before.
create function app.create_profile_for_invited_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  chosen_name text := left(btrim(coalesce(meta ->> 'display_name', '')), 80);
  chosen_locale text := case when meta ->> 'locale' in ('zh-CN', 'en') then meta ->> 'locale' else 'zh-CN' end;
  invited uuid;
begin
  if meta ? 'role' or coalesce(meta ->> 'invitation_token_hash', '') = '' or new.email is null then
    return new;
  end if;
  if chosen_name = '' then
    chosen_name := left(split_part(new.email, '@', 1), 80);
  end if;
  invited := app.join_team_at_sign_up(meta ->> 'invitation_token_hash', new.id, chosen_name);
  insert into public.profiles (id, role, organization_id, display_name, email, locale)
  values (new.id, 'company', invited, chosen_name, new.email, chosen_locale)
  on conflict (id) do nothing;
  return new;
end
$$;
revoke all on function app.create_profile_for_invited_user() from public;

do $$
begin
  if exists (select 1 from information_schema.columns
             where table_schema = 'auth' and table_name = 'users' and column_name = 'raw_user_meta_data')
     and not exists (select 1 from pg_trigger where tgname = 'zhiqiao_join_team' and tgrelid = 'auth.users'::regclass) then
    create trigger zhiqiao_join_team after insert on auth.users
      for each row execute function app.create_profile_for_invited_user();
  end if;
end
$$;
