-- /notices updates without a reload (issue #19): a public topic, `notices:all`, that anyone may
-- read, signed in or not. It carries only what the public notice pages already show: a notice
-- started, was withdrawn, or an objection to it arrived or was resolved (the notice id and what
-- happened; never who objected or why). Ended notices need no event: the page reloads itself at
-- the soonest end it shows. src/lib/contracts/realtime-topics.ts names the topic.

create or replace function app.can_read_topic(topic text) returns boolean
language plpgsql stable security definer set search_path = '' as $$
declare
  kind text := split_part(topic, ':', 1);
  target text := split_part(topic, ':', 2);
begin
  -- The one public topic: what it carries is public already.
  if topic = 'notices:all' then
    return true;
  end if;
  if auth.uid() is null or target !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return false;
  end if;
  return case kind
    when 'user' then target::uuid = auth.uid()
    when 'deal' then app.is_deal_participant(target::uuid)
    when 'institution' then app.is_officer_of(target::uuid)
    else false
  end;
end
$$;
grant execute on function app.can_read_topic(text) to anon;
comment on function app.can_read_topic(text) is 'Who may read a topic user:<id>, deal:<id>, institution:<id> or the public notices:all (src/lib/contracts/realtime-topics.ts).';

-- Anonymous readers replay the public topic's events after a reconnect, through this policy.
drop policy realtime_events_read on public.realtime_events;
create policy realtime_events_read on public.realtime_events for select to anon, authenticated
  using (app.can_read_topic(topic));
grant select on public.realtime_events to anon;

create function app.announce_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_table_name = 'public_notices' then
    if tg_op = 'INSERT' or new.withdrawn_at is distinct from old.withdrawn_at then
      perform app.publish('notices:all', 'notice', jsonb_build_object('notice', new.id,
        'change', case when tg_op = 'INSERT' then 'started' else 'withdrawn' end));
    end if;
  elsif tg_op = 'INSERT' or new.status is distinct from old.status then
    perform app.publish('notices:all', 'notice', jsonb_build_object('notice', new.notice_id,
      'change', case when tg_op = 'INSERT' then 'objection' else 'objection_resolved' end));
  end if;
  return null;
end
$$;
create trigger public_notices_announce after insert or update of withdrawn_at on public.public_notices
  for each row execute function app.announce_notice();
create trigger notice_objections_announce_public after insert or update of status on public.notice_objections
  for each row execute function app.announce_notice();
