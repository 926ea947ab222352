-- From the portfolio to a listing (docs/domain.md, "Patent portfolio"): an officer turns one or more
-- portfolio patents into a listing draft handed to a researcher of the university.
-- Security invariants:
--   * Only an officer who manages the patents' university (app.manages_portfolio) hands them over,
--     all of one university, to a researcher of that university or one of its colleges.
--   * The draft is the researcher's (owner_id), under the university (and the researcher's college):
--     from then on RLS treats it as any draft of theirs; the officer reviews it when it is submitted.
--   * A replayed hand-over (the same key for the same researcher) returns the draft it made.

-- The researchers an officer may hand a draft to (officers cannot read profiles through RLS).
create function app.portfolio_researchers(university uuid)
returns table (id uuid, display_name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.display_name from public.profiles p join public.organizations o on o.id = p.organization_id
  where app.manages_portfolio(university) and p.role = 'researcher'
    and (o.id = university or o.parent_id = university)
  order by p.display_name
$$;

create function app.hand_portfolio_patents(patents uuid[], researcher uuid, key uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  university uuid;
  owner public.profiles;
  made uuid;
begin
  select min(p.university_id::text)::uuid into university from public.portfolio_patents p where p.id = any(patents);
  if university is null or not app.manages_portfolio(university) or cardinality(patents) > 50
     or (select count(distinct p.university_id) from public.portfolio_patents p where p.id = any(patents)) <> 1
     or (select count(*) from public.portfolio_patents p where p.id = any(patents)) <> cardinality(patents) then
    raise exception 'no such patents' using errcode = 'P0002';
  end if;
  select pr.* into owner from public.profiles pr join public.organizations o on o.id = pr.organization_id
  where pr.id = researcher and pr.role = 'researcher' and (o.id = university or o.parent_id = university);
  if owner.id is null then
    raise exception 'not a researcher of this university' using errcode = 'P0002';
  end if;
  select l.id into made from public.listings l where l.owner_id = researcher and l.creation_key = key;
  if made is not null then
    return made;
  end if;
  insert into public.listings (owner_id, institution_id, college_id, title, ipc_codes, creation_key)
  select researcher, university, nullif(owner.organization_id, university), left(first.title, 120),
         coalesce((select array_agg(c order by c) from (
           select distinct unnest(p.ipc_codes) as c from public.portfolio_patents p where p.id = any(patents)
           order by 1 limit 20) codes), '{}'), key
  from (select p.title from public.portfolio_patents p where p.id = any(patents)
        order by array_position(patents, p.id) limit 1) first
  returning id into made;
  insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on)
  select made, (row_number() over (order by array_position(patents, p.id)) - 1)::smallint, p.application_number,
         p.patent_type, p.legal_status, p.title, p.filed_on, p.granted_on
  from public.portfolio_patents p where p.id = any(patents);
  insert into public.notifications (user_id, kind, listing_id, message)
  values (researcher, 'listing_handed', made, (select display_name from public.profiles where id = auth.uid()));
  return made;
end
$$;

revoke all on function app.portfolio_researchers(uuid), app.hand_portfolio_patents(uuid[], uuid, uuid) from public;
grant execute on function app.portfolio_researchers(uuid), app.hand_portfolio_patents(uuid[], uuid, uuid)
  to authenticated, service_role;
