-- One pending invitation per address (walk finding: inviting an address again, or a member, made
-- another pending invitation each time). Inviting a current member of the company is refused
-- (ZQ810); inviting an address that has a pending invitation replaces it: the earlier link stops
-- working (only its hash was kept, so it could not be shown again, which is why people re-invite).
create or replace function app.invite_to_team(token_hash text, invitee_email text, key uuid)
returns table (invitation_id uuid, created boolean)
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  address text := nullif(lower(btrim(invitee_email)), '');
  invitation uuid;
begin
  if company is null then
    raise exception 'only a company''s members invite colleagues' using errcode = '42501';
  end if;
  -- One invitation at a time per company, so two at once to one address leave one pending.
  perform pg_advisory_xact_lock(hashtext('zhiqiao.team_invitations'), hashtext(company::text));
  -- A replayed post finds what it made, whatever happened since.
  select i.id into invitation from public.team_invitations i
  where i.organization_id = company and i.creation_key = key;
  if invitation is not null then
    return query select invitation, false;
    return;
  end if;
  if address is not null and exists (
    select 1 from public.profiles p join auth.users u on u.id = p.id
    where p.organization_id = company and p.role = 'company' and lower(u.email) = address) then
    raise exception 'team:already_member' using errcode = 'ZQ810';
  end if;
  update public.team_invitations i set revoked_at = now()
  where address is not null and i.organization_id = company and lower(i.email) = address
    and i.accepted_at is null and i.revoked_at is null;
  insert into public.team_invitations (organization_id, token_hash, email, invited_by, creation_key)
  values (company, invite_to_team.token_hash, address, auth.uid(), key)
  on conflict (organization_id, creation_key) do nothing
  returning team_invitations.id into invitation;
  if invitation is null then
    -- The same post, concurrently: the other one made it.
    select i.id into invitation from public.team_invitations i
    where i.organization_id = company and i.creation_key = key;
    return query select invitation, false;
    return;
  end if;
  perform app.team_audit(company, 'team.invite', jsonb_strip_nulls(jsonb_build_object('email', address)));
  return query select invitation, true;
end
$$;
comment on function app.invite_to_team(text, text, uuid) is 'Codes: src/lib/contracts/database-errors.ts';
