-- Two faults found walking the team page (docs/domain.md, "Company teams"):
-- 1. Reloading the page after inviting without scripts posted the form again and made a second
--    invitation. The form now carries a creation key; a replayed post finds the first invitation.
--    Its link cannot be shown again (only the token's hash is kept), so the page says so instead.
-- 2. Invitations to an address stayed usable after that person joined through another link. When
--    someone joins, the company's other pending invitations to their address are withdrawn.

alter table public.team_invitations add column creation_key uuid;
create unique index team_invitations_creation_key_idx on public.team_invitations (organization_id, creation_key);

drop function app.invite_to_team(text, text);
-- The invitation made by this creation key: `created` false when a replayed post found it.
create function app.invite_to_team(token_hash text, invitee_email text, key uuid)
returns table (invitation_id uuid, created boolean)
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  invitation uuid;
begin
  if company is null then
    raise exception 'only a company''s members invite colleagues' using errcode = '42501';
  end if;
  insert into public.team_invitations (organization_id, token_hash, email, invited_by, creation_key)
  values (company, invite_to_team.token_hash, nullif(btrim(invitee_email), ''), auth.uid(), key)
  on conflict (organization_id, creation_key) do nothing
  returning team_invitations.id into invitation;
  if invitation is null then
    select i.id into invitation from public.team_invitations i
    where i.organization_id = company and i.creation_key = key;
    return query select invitation, false;
    return;
  end if;
  perform app.team_audit(company, 'team.invite', jsonb_strip_nulls(jsonb_build_object('email', nullif(btrim(invitee_email), ''))));
  return query select invitation, true;
end
$$;
revoke all on function app.invite_to_team(text, text, uuid) from public;
grant execute on function app.invite_to_team(text, text, uuid) to authenticated;

create or replace function app.use_team_invitation(hash text, joiner uuid) returns uuid
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
  -- The joiner's other invitations to this company are spent too (their address, any case).
  update public.team_invitations i set revoked_at = now()
  from auth.users u
  where u.id = joiner and i.organization_id = found.organization_id and i.id <> found.id
    and i.accepted_at is null and i.revoked_at is null and lower(i.email) = lower(u.email);
  return found.organization_id;
end
$$;
