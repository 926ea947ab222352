-- The event id travels in a broadcast as `event_id`, not `id`: Supabase Realtime may add its
-- own message id to a database broadcast's payload, and the browser must not mistake one for
-- the other (it resumes from the newest event id after a reconnect). Otherwise as before.

create or replace function app.publish(topic text, kind text, payload jsonb) returns void
language plpgsql security definer set search_path = '' as $$
declare
  event_id bigint;
begin
  perform pg_advisory_xact_lock(7426001);
  insert into public.realtime_events (topic, kind, payload) values (topic, kind, payload) returning id into event_id;
  perform pg_notify('realtime_events', jsonb_build_object('id', event_id, 'topic', topic, 'kind', kind, 'payload', payload)::text);
  if to_regprocedure('realtime.send(jsonb, text, text, boolean)') is not null then
    perform realtime.send(jsonb_build_object('event_id', event_id, 'payload', payload), kind, topic, true);
  end if;
end
$$;
