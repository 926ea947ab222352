-- Issue #22: agencies' public profiles, and sign-up for agency and bank staff.
--
-- Role model: a provider is a member of an organisation of kind 'agency' or 'bank'. The
-- organisation is created unverified at sign-up; an admin verifies it with its unified social
-- credit code (as for companies). Only verified agencies are listed, and only staff of a verified
-- organisation act for it (app.is_provider_of). RLS is the authority; routes check again for
-- clear messages.

create type public.agency_type as enum ('patent_agency', 'valuation_firm', 'law_firm', 'technology_broker');
create type public.agency_service as enum (
  'application_drafting', 'fto_search', 'valuation', 'negotiation_support', 'licence_drafting', 'litigation_advice'
);

create table public.agency_profiles (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  agency_type public.agency_type not null,
  services public.agency_service[] not null default '{}',
  summary_zh text not null default '' check (char_length(summary_zh) <= 2000),
  summary_en text not null default '' check (char_length(summary_en) <= 2000),
  -- Fees or how they are set ("按件收费，发明专利申请 6,000 元起"): free text, not money.
  fee_basis text not null default '' check (char_length(fee_basis) <= 500),
  turnaround_days integer check (turnaround_days between 1 and 365),
  -- Licence numbers: a patent agency's 专利代理机构执业许可证, a valuation firm's 备案 number.
  credentials text not null default '' check (char_length(credentials) <= 500),
  updated_at timestamptz not null default now()
);

-- The universities an agency works with (shown on its profile, a filter of the directory).
create table public.agency_universities (
  agency_id uuid not null references public.agency_profiles (organization_id) on delete cascade,
  university_id uuid not null references public.organizations (id) on delete cascade,
  primary key (agency_id, university_id)
);
create index agency_universities_university_idx on public.agency_universities (university_id);

create function app.check_agency_profile_organization() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not exists (select 1 from public.organizations o where o.id = new.organization_id and o.kind = 'agency') then
    raise exception 'an agency profile belongs to an agency' using errcode = '23514';
  end if;
  return new;
end
$$;
create function app.check_agency_university() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not exists (select 1 from public.organizations o where o.id = new.university_id and o.kind = 'university') then
    raise exception 'an agency works with universities' using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger agency_profiles_organization before insert or update on public.agency_profiles
  for each row execute function app.check_agency_profile_organization();
create trigger agency_universities_university before insert or update on public.agency_universities
  for each row execute function app.check_agency_university();

-- Whether the caller is staff of this agency or bank, verified or not: they prepare its profile
-- while an admin checks its credit code (only verified agencies are listed).
create function app.is_staff_of_provider(organization uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.profiles p join public.organizations o on o.id = p.organization_id
    where p.id = auth.uid() and p.role = 'provider' and o.id = organization and o.kind in ('agency', 'bank')
  )
$$;
revoke all on function app.is_staff_of_provider(uuid) from public;
grant execute on function app.is_staff_of_provider(uuid) to authenticated, service_role;

-- Whether the caller is staff of this organisation and the organisation is a verified agency or
-- bank: who acts for it in cases.
create function app.is_provider_of(organization uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.is_staff_of_provider(organization)
    and exists (select 1 from public.organizations o where o.id = organization and o.verified)
$$;
revoke all on function app.is_provider_of(uuid) from public;
grant execute on function app.is_provider_of(uuid) to anon, authenticated, service_role;

alter table public.agency_profiles enable row level security;
alter table public.agency_universities enable row level security;
revoke all on public.agency_profiles, public.agency_universities from anon, authenticated;
grant select on public.agency_profiles, public.agency_universities to anon, authenticated;
grant update (services, summary_zh, summary_en, fee_basis, turnaround_days, credentials, updated_at)
  on public.agency_profiles to authenticated;
grant insert, delete on public.agency_universities to authenticated;
grant all on public.agency_profiles, public.agency_universities to service_role;

-- Listed when verified; the agency's own staff see theirs before verification too, and admins
-- see every one (what an agency says of itself is part of checking it).
create policy agency_profiles_read on public.agency_profiles for select to anon, authenticated using (
  exists (select 1 from public.organizations o where o.id = organization_id and o.verified)
  or organization_id = (select app.current_organization_id())
  or (select app.current_user_role()) = 'admin'
);
-- The agency's own staff edit its profile, before verification too.
create policy agency_profiles_staff_update on public.agency_profiles for update to authenticated
  using ((select app.is_staff_of_provider(organization_id)))
  with check ((select app.is_staff_of_provider(organization_id)));
-- As visible as the profile they belong to (the subquery reads agency_profiles through its RLS).
create policy agency_universities_read on public.agency_universities for select to anon, authenticated using (
  exists (select 1 from public.agency_profiles a where a.organization_id = agency_id)
);
create policy agency_universities_staff_insert on public.agency_universities for insert to authenticated
  with check ((select app.is_staff_of_provider(agency_id)));
create policy agency_universities_staff_delete on public.agency_universities for delete to authenticated
  using ((select app.is_staff_of_provider(agency_id)));

-- Supabase sign-up (see 20261201000100): a provider gets a new, unverified agency or bank of its
-- own, named by the form; an agency also gets its profile with the chosen type. Only
-- 'researcher', 'company' and 'provider' are self-chosen; officer and admin are granted.
create or replace function app.create_profile_for_auth_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  chosen_role text := meta ->> 'role';
  chosen_name text := left(btrim(coalesce(meta ->> 'display_name', '')), 80);
  company_name text := left(btrim(coalesce(meta ->> 'company_name', '')), 200);
  provider_name text := left(btrim(coalesce(meta ->> 'provider_name', '')), 200);
  provider_type text := meta ->> 'provider_type';
  chosen_locale text := case when meta ->> 'locale' in ('zh-CN', 'en') then meta ->> 'locale' else 'zh-CN' end;
  organization uuid;
begin
  if chosen_role is null or new.email is null then
    return new;
  end if;
  if chosen_role not in ('researcher', 'company', 'provider') then
    raise exception 'sign-up chooses researcher, company or provider only' using errcode = '42501';
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
  elsif chosen_role = 'company' then
    if company_name = '' then
      raise exception 'a company signs up with its name' using errcode = '23514';
    end if;
    insert into public.organizations (kind, name_zh, name_en) values ('company', company_name, company_name)
    returning id into organization;
  else
    if provider_name = '' or provider_type is null
       or provider_type not in ('bank', 'patent_agency', 'valuation_firm', 'law_firm', 'technology_broker') then
      raise exception 'a provider signs up with its organisation''s name and type' using errcode = '23514';
    end if;
    insert into public.organizations (kind, name_zh, name_en)
    values ((case when provider_type = 'bank' then 'bank' else 'agency' end)::public.organization_kind,
            provider_name, provider_name)
    returning id into organization;
    if provider_type <> 'bank' then
      insert into public.agency_profiles (organization_id, agency_type)
      values (organization, provider_type::public.agency_type);
    end if;
  end if;
  insert into public.profiles (id, role, organization_id, display_name, email, locale)
  values (new.id, chosen_role::public.user_role, organization, chosen_name, new.email, chosen_locale)
  on conflict (id) do nothing;
  return new;
end
$$;
revoke all on function app.create_profile_for_auth_user() from public;
