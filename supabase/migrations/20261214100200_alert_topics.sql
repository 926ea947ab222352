-- Alert topics (docs/domain.md, "Alerts"): which topic a notification belongs to, and how often a
-- user wants each topic by each channel (public.alert_preferences, or the default). The topics and
-- defaults are the app's vocabulary (src/lib/vocabularies/alerts.ts); tests/db/alert-topics.test.ts
-- checks both agree.

-- The topic of a notification kind.
create function app.alert_topic(kind text) returns text
language sql immutable set search_path = '' as $$
  select case
    when kind = 'saved_search_match' then 'saved_searches'
    when kind in ('need_listing_match', 'listing_need_match') then 'matches'
    when kind in ('interest_received', 'interest_declined', 'interest_message', 'deal_opened', 'proposal_received',
                  'proposal_shortlisted', 'proposal_declined', 'proposal_converted') then 'deals'
    when kind in ('listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted') then 'listings'
    else 'other'
  end
$$;
revoke execute on function app.alert_topic(text) from public;

-- What a user gets for a topic and channel they did not choose for.
create function app.alert_default_frequency(topic text, channel text) returns text
language sql immutable set search_path = '' as $$
  select case
    when channel = 'push' then 'never'
    when topic in ('saved_searches', 'matches') then 'daily'
    else 'immediately'
  end
$$;
revoke execute on function app.alert_default_frequency(text, text) from public;

-- A user's effective frequency for a topic and channel: their choice, or the default.
-- Security invariant: a signed-in caller learns only their own; the server's own connection any.
create function app.alert_frequency(target uuid, topic text, channel text) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce(
    (select p.frequency from public.alert_preferences p
     where p.user_id = target and p.topic = alert_frequency.topic and p.channel = alert_frequency.channel),
    app.alert_default_frequency(topic, channel))
  where (select auth.uid()) is null or target = (select auth.uid())
$$;
revoke execute on function app.alert_frequency(uuid, text, text) from public;
grant execute on function app.alert_frequency(uuid, text, text) to authenticated, service_role;
