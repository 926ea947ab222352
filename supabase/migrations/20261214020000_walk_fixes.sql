-- Faults found walking the colleges and proposals pages.

-- 1. A researcher whose membership the university has not confirmed could answer needs, though
--    they may not publish a listing (ZQ600, "Researchers' confirmation" in docs/domain.md). A
--    proposal is the university's offer as much as a listing is: the same rule holds, whoever
--    submits it (an officer answering for a researcher is refused too, until they confirm them).
create function app.require_confirmed_proposer() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (select 1 from public.profiles p
             where p.id = new.researcher_id and p.membership_status <> 'confirmed') then
    raise exception 'the researcher''s membership is not confirmed by the university' using errcode = 'ZQ600';
  end if;
  return new;
end
$$;
create trigger need_proposals_require_confirmed_researcher before insert on public.need_proposals
  for each row execute function app.require_confirmed_proposer();

-- 2. Two universities of one name were accepted (the sign-up list then showed it twice). Names
--    compare trimmed and case-blind, Chinese or English; a lock makes two admins adding the same
--    name at once find each other. Refused with unique_violation, as a college's name is.
create or replace function app.create_university(name_zh text, name_en text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  made uuid;
begin
  if (select app.current_user_role()) is distinct from 'admin' then
    raise exception 'only administrators create universities' using errcode = '42501';
  end if;
  perform pg_advisory_xact_lock(hashtext('app.create_university'));
  if exists (select 1 from public.organizations o
             where o.kind = 'university'
               and (lower(btrim(o.name_zh)) = lower(btrim(create_university.name_zh))
                    or lower(btrim(o.name_en)) = lower(btrim(create_university.name_en)))) then
    raise exception 'a university of this name exists' using errcode = '23505';
  end if;
  -- Unverified, like every organisation: an admin verifies it with its credit code.
  insert into public.organizations (kind, name_zh, name_en)
  values ('university', btrim(name_zh), btrim(name_en)) returning id into made;
  perform app.audit_membership_or_college('organizations.create', 'organizations', made, null,
    jsonb_build_object('kind', 'university', 'name_zh', btrim(name_zh)));
  return made;
end
$$;
comment on function app.require_confirmed_proposer() is
  'Refuses a proposal for a researcher not confirmed by the university (ZQ600). Codes: src/lib/contracts/database-errors.ts';
