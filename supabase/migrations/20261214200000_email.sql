-- Email (docs/domain.md, "Alerts", "Email"): the two writes the email feature makes on behalf of
-- someone, each a SECURITY DEFINER function that checks its own right to act.

-- One-click unsubscribe. The server calls this only after verifying the link's HMAC
-- (src/lib/server/email/unsubscribe-token.ts): the token, not a session, is the authority, so the
-- function is granted to service_role alone, never to anon or authenticated.
-- A topic: its email frequency becomes 'never'. The digest (topic null): every topic whose email
-- frequency is 'daily' or 'weekly' becomes 'never'. Returns the rows changed.
create function app.unsubscribe_email(recipient uuid, alert_topic text) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  changed integer;
begin
  if not exists (select 1 from public.profiles where id = recipient) then return 0; end if;
  if alert_topic is null then
    -- A digest's link: every topic the user hears of by digest, chosen or by default (the topics
    -- of src/lib/vocabularies/alerts.ts; tests/db/email-worker.test.ts checks none is missed).
    insert into public.alert_preferences (user_id, topic, channel, frequency)
    select recipient, t.topic, 'email', 'never'
    from unnest(array['saved_searches', 'matches', 'deals', 'listings', 'other']) as t(topic)
    where app.alert_frequency(recipient, t.topic, 'email') in ('daily', 'weekly')
    on conflict (user_id, topic, channel) do update set frequency = 'never', updated_at = now();
  else
    insert into public.alert_preferences (user_id, topic, channel, frequency)
    values (recipient, alert_topic, 'email', 'never')
    on conflict (user_id, topic, channel) do update set frequency = 'never', updated_at = now()
    where public.alert_preferences.frequency <> 'never';
  end if;
  get diagnostics changed = row_count;
  return changed;
end
$$;
revoke all on function app.unsubscribe_email(uuid, text) from public;
grant execute on function app.unsubscribe_email(uuid, text) to service_role;

-- A team invitation by email: the inviter queues one email for their own pending invitation that
-- has an address. The raw token travels in the payload because the email must carry the link; the
-- sender removes it from the row as the email leaves or is given up (src/lib/server/email/).
-- Security invariants: only the invitation's inviter, only while it is pending, only with the token
-- whose hash the invitation holds (so the email cannot carry another link), one email per
-- invitation, and at most 30 such emails per inviter a day (an account cannot become a mail cannon).
-- Returns 'queued', or why not: 'not_found', 'no_address', 'already_queued', 'limit'.
create function app.queue_team_invitation_email(invitation uuid, token text, email_locale text) returns text
language plpgsql security definer set search_path = '' as $$
declare
  found public.team_invitations;
begin
  select * into found from public.team_invitations i
  where i.id = invitation and i.invited_by = auth.uid() and i.accepted_at is null and i.revoked_at is null
    and i.expires_at > now()
    and i.token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex');
  if found.id is null then return 'not_found'; end if;
  if found.email is null then return 'no_address'; end if;
  if exists (select 1 from app.outbound_messages
             where kind = 'team_invitation' and payload ->> 'invitationId' = invitation::text) then
    return 'already_queued';
  end if;
  if (select count(*) from app.outbound_messages
      where kind = 'team_invitation' and payload ->> 'invitedBy' = auth.uid()::text
        and created_at > now() - interval '1 day') >= 30 then
    return 'limit';
  end if;
  insert into app.outbound_messages (channel, email_address, kind, payload)
  values ('email', found.email, 'team_invitation', jsonb_build_object(
    'invitationId', invitation, 'invitedBy', auth.uid(), 'token', token,
    'locale', case when email_locale in ('zh-CN', 'en') then email_locale else 'zh-CN' end));
  return 'queued';
end
$$;
revoke all on function app.queue_team_invitation_email(uuid, text, text) from public;
grant execute on function app.queue_team_invitation_email(uuid, text, text) to authenticated;
create index outbound_messages_invitation_idx on app.outbound_messages ((payload ->> 'invitationId'))
  where kind = 'team_invitation';
