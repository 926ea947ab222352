-- Alert digests (docs/domain.md, "Alerts"): for each user and channel whose effective frequency for
-- some topic is daily (due every day at 08:00 China Standard Time) or weekly (Monday 08:00), one
-- outbound message of kind 'digest' holding the notifications of those topics made in the period
-- before, one per listing. Every server process may run the job (src/lib/server/alert-digests.ts):
-- app.alert_digests claims each (user, channel, frequency, period) once, in the transaction that
-- queues its message, so two runs at once make one digest.

create table app.alert_digests (
  user_id uuid not null references public.profiles (id) on delete cascade,
  channel text not null check (channel in ('email', 'push')),
  frequency text not null check (frequency in ('daily', 'weekly')),
  period_start timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (user_id, channel, frequency, period_start)
);
alter table app.alert_digests enable row level security;
revoke all on app.alert_digests from public, anon, authenticated;

-- The digests read a period's notifications by time.
create index notifications_created_idx on public.notifications (created_at);

-- Queues the digests due at `at` (the periods that started last before it) not queued yet; how
-- many. Idempotent: a run after the first for the same period finds every digest claimed.
create function app.queue_alert_digests(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  local timestamp := at at time zone 'Asia/Shanghai';
  day_start timestamptz := (date_trunc('day', local - interval '8 hours') + interval '8 hours') at time zone 'Asia/Shanghai';
  week_start timestamptz := (date_trunc('week', local - interval '8 hours') + interval '8 hours') at time zone 'Asia/Shanghai';
  queued integer;
begin
  with periods (frequency, starts, length) as (
    values ('daily', day_start, interval '1 day'), ('weekly', week_start, interval '7 days')),
  wanted as (
    select n.user_id, c.channel, pr.frequency, pr.starts, n.id, n.listing_id
    from periods pr
    join public.notifications n on n.created_at >= pr.starts - pr.length and n.created_at < pr.starts
    cross join (values ('email'), ('push')) c (channel)
    left join public.alert_preferences p
      on p.user_id = n.user_id and p.topic = app.alert_topic(n.kind) and p.channel = c.channel
    where coalesce(p.frequency, app.alert_default_frequency(app.alert_topic(n.kind), c.channel)) = pr.frequency),
  -- No listing twice in one digest (two saved searches, or a saved search and a need, that matched it).
  one_per_listing as (
    select distinct on (user_id, channel, frequency, coalesce(listing_id::text, id::text))
           user_id, channel, frequency, starts, id
    from wanted
    order by user_id, channel, frequency, coalesce(listing_id::text, id::text), id),
  digests as (
    select user_id, channel, frequency, starts, (array_agg(id order by id))[1:1000] as ids
    from one_per_listing group by user_id, channel, frequency, starts),
  claimed as (
    insert into app.alert_digests (user_id, channel, frequency, period_start)
    select user_id, channel, frequency, starts from digests order by user_id, channel, frequency
    on conflict do nothing
    returning user_id, channel, frequency, period_start)
  insert into app.outbound_messages (channel, user_id, kind, notification_ids, payload, send_after)
  select d.channel, d.user_id, 'digest', d.ids,
         jsonb_build_object('frequency', d.frequency, 'periodStart', d.starts),
         app.after_quiet_hours(at, s.quiet_from, s.quiet_until)
  from digests d
  join claimed c on c.user_id = d.user_id and c.channel = d.channel and c.frequency = d.frequency
                and c.period_start = d.starts
  left join public.alert_settings s on s.user_id = d.user_id;
  get diagnostics queued = row_count;
  return queued;
end
$$;
revoke execute on function app.queue_alert_digests(timestamptz) from public;
