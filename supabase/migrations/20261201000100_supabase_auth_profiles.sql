-- Supabase Auth (DESIGN.md "Identity port"): with Supabase configured, GoTrue creates the
-- auth.users row and this trigger creates the matching public.profiles row, keyed by
-- auth.users.id, from the metadata our sign-up form sends (options.data). Embedded mode writes
-- profiles itself (local-identity.ts) and its small auth.users has no metadata column, so the
-- trigger exists only where auth.users is Supabase's.
--
-- Security invariant: raw_user_meta_data is whatever the caller sent GoTrue, and anyone holding
-- the public key can call GoTrue directly. So only the two self-chosen roles are honoured
-- (officer and admin are granted by an admin), a researcher's institution must be a university
-- or college that exists, and a company gets a new, unverified organisation of its own.

create function app.create_profile_for_auth_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  chosen_role text := meta ->> 'role';
  chosen_name text := left(btrim(coalesce(meta ->> 'display_name', '')), 80);
  company_name text := left(btrim(coalesce(meta ->> 'company_name', '')), 200);
  chosen_locale text := case when meta ->> 'locale' in ('zh-CN', 'en') then meta ->> 'locale' else 'zh-CN' end;
  organization uuid;
begin
  -- Accounts made outside our sign-up form (a dashboard invite, the seed) carry no role: their
  -- profile is written by whoever made them, and until then the app treats them as signed out.
  if chosen_role is null or new.email is null then
    return new;
  end if;
  if chosen_role not in ('researcher', 'company') then
    raise exception 'sign-up chooses researcher or company only' using errcode = '42501';
  end if;
  if chosen_name = '' then
    chosen_name := left(split_part(new.email, '@', 1), 80);
  end if;
  if chosen_role = 'researcher' then
    select o.id into organization from public.organizations o
    where o.id::text = meta ->> 'organization_id' and o.kind in ('university', 'college');
    if organization is null then
      raise exception 'a researcher signs up under an existing university or college' using errcode = '23503';
    end if;
  else
    if company_name = '' then
      raise exception 'a company signs up with its name' using errcode = '23514';
    end if;
    insert into public.organizations (kind, name_zh, name_en) values ('company', company_name, company_name)
    returning id into organization;
  end if;
  insert into public.profiles (id, role, organization_id, display_name, email, locale)
  values (new.id, chosen_role::public.user_role, organization, chosen_name, new.email, chosen_locale)
  on conflict (id) do nothing;
  return new;
end
$$;
revoke all on function app.create_profile_for_auth_user() from public;

do $$
begin
  if exists (select 1 from information_schema.columns
             where table_schema = 'auth' and table_name = 'users' and column_name = 'raw_user_meta_data')
     and not exists (select 1 from pg_trigger where tgname = 'zhiqiao_create_profile' and tgrelid = 'auth.users'::regclass) then
    create trigger zhiqiao_create_profile after insert on auth.users
      for each row execute function app.create_profile_for_auth_user();
  end if;
end
$$;
