-- The fan-out of alerts (docs/domain.md, "Alerts"): a new notification becomes a message in
-- app.outbound_messages for each channel its user wants its topic on at once (app.alert_topic,
-- app.alert_default_frequency), sent now or when the user's quiet hours end.

-- When a message due at `due` may leave under quiet hours from `quiet_from` to `quiet_until`
-- (China Standard Time, possibly past midnight): `due`, or the end of the window it falls in.
-- The same arithmetic as src/lib/rules/quiet-hours.ts.
create function app.after_quiet_hours(due timestamptz, quiet_from time, quiet_until time) returns timestamptz
language sql stable set search_path = '' as $$
  select case
    when quiet_from is null or quiet_until is null or quiet_from = quiet_until then due
    when quiet_from < quiet_until then
      case when local.clock >= quiet_from and local.clock < quiet_until
           then (local.day + quiet_until) at time zone 'Asia/Shanghai' else due end
    when local.clock >= quiet_from then (local.day + 1 + quiet_until) at time zone 'Asia/Shanghai'
    when local.clock < quiet_until then (local.day + quiet_until) at time zone 'Asia/Shanghai'
    else due
  end
  from (select (due at time zone 'Asia/Shanghai')::time as clock, (due at time zone 'Asia/Shanghai')::date as day) local
$$;
revoke execute on function app.after_quiet_hours(timestamptz, time, time) from public;

-- The fan-out: each new notification whose topic a user wants at once by a channel becomes one
-- message on that channel, sent now or when their quiet hours end. In the notification's own
-- transaction (the message exists exactly when its cause committed) and set-based, so a statement
-- that makes a thousand notifications queues their messages in one insert.
create function app.queue_alert_messages() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into app.outbound_messages (channel, user_id, kind, notification_ids, send_after)
  select c.channel, n.user_id, 'notification', array[n.id],
         app.after_quiet_hours(now(), s.quiet_from, s.quiet_until)
  from new_rows n
  cross join (values ('email'), ('push')) c (channel)
  left join public.alert_preferences p
    on p.user_id = n.user_id and p.topic = app.alert_topic(n.kind) and p.channel = c.channel
  left join public.alert_settings s on s.user_id = n.user_id
  where coalesce(p.frequency, app.alert_default_frequency(app.alert_topic(n.kind), c.channel)) = 'immediately'
  order by n.id, c.channel;
  return null;
end
$$;
revoke execute on function app.queue_alert_messages() from public;
create trigger notifications_queue_alerts after insert on public.notifications
  referencing new table as new_rows
  for each statement execute function app.queue_alert_messages();
