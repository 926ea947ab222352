-- Supabase Realtime (DESIGN.md "Realtime"): where the realtime schema exists (a Supabase
-- project), every event published to realtime_events is also broadcast with realtime.send on a
-- private channel named like its topic (deal:<id>, user:<id>, institution:<id>), and a policy
-- on realtime.messages admits exactly the readers app.can_read_topic admits, the same rule the
-- SSE endpoint applies. Embedded PGlite and plain PostgreSQL have no realtime schema: there
-- this changes nothing.

create or replace function app.publish(topic text, kind text, payload jsonb) returns void
language plpgsql security definer set search_path = '' as $$
declare
  event_id bigint;
begin
  perform pg_advisory_xact_lock(7426001);
  insert into public.realtime_events (topic, kind, payload) values (topic, kind, payload) returning id into event_id;
  -- The whole event travels with the notification, so the hub delivers it without a query.
  perform pg_notify('realtime_events', jsonb_build_object('id', event_id, 'topic', topic, 'kind', kind, 'payload', payload)::text);
  if to_regprocedure('realtime.send(jsonb, text, text, boolean)') is not null then
    -- The event id goes along so a client can ask for what it missed after a reconnect.
    perform realtime.send(jsonb_build_object('id', event_id, 'payload', payload), kind, topic, true);
  end if;
end
$$;

do $$
begin
  if to_regclass('realtime.messages') is not null then
    -- Supabase Realtime authorizes a private channel by reading realtime.messages as the user
    -- with realtime.topic() set to the channel's topic.
    execute $policy$
      create policy zhiqiao_topic_readers on realtime.messages for select to authenticated
        using (app.can_read_topic((select realtime.topic())))
    $policy$;
  end if;
end
$$;
