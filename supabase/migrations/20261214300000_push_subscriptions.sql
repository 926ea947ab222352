-- Web push (docs/domain.md, "Alerts", "Web push"): one row per device a user turned push on for.
-- The endpoint is the push service's address for that browser; p256dh and auth are the browser's
-- keys the payload is encrypted to (RFC 8291). The push worker (src/lib/server/push/) reads these
-- rows as the server's own connection; a request reads and removes only its user's own.

create table public.push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  -- An absolute https URL. Plain http only to this machine's loopback, which the tests' local push
  -- service uses; the app accepts those only with PUSH_ALLOW_LOOPBACK_ENDPOINTS set (src/lib/rules/push-endpoint.ts).
  endpoint text not null unique check (
    char_length(endpoint) <= 2048
    and (endpoint ~ '^https://[^/?#@[:space:]]+/[^[:space:]]*$'
         or endpoint ~ '^http://(127\.0\.0\.1|localhost)(:[0-9]{1,5})?/[^[:space:]]*$')),
  -- An uncompressed P-256 point (65 bytes) and a 16-byte secret, base64url without padding.
  p256dh text not null check (p256dh ~ '^B[A-Za-z0-9_-]{86}$'),
  auth text not null check (auth ~ '^[A-Za-z0-9_-]{21}[AQgw]$'),
  -- "Chrome · Android": what the user agent said, so the owner tells their devices apart (null: unknown).
  label text check (char_length(label) between 1 and 80),
  created_at timestamptz not null default now(),
  last_sent_at timestamptz
);
create index push_subscriptions_user_idx on public.push_subscriptions (user_id);

alter table public.push_subscriptions enable row level security;
grant select, delete on public.push_subscriptions to authenticated;
-- Security invariant: a user sees and removes their own devices only. Rows are written only by
-- app.save_push_subscription (below) and the push worker.
create policy push_subscriptions_own on public.push_subscriptions for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

-- Saves this browser's subscription for the signed-in user. The same endpoint again updates its
-- keys (a replayed form, a renewed subscription), never a second row. An endpoint another account
-- saved before moves to this one: a browser has one subscription per site, whoever is signed in,
-- so the device now alerts its current user. This reveals nothing of the earlier owner and sends
-- them nothing; endpoints are unguessable capability URLs the browser hands out.
-- On the user's first device, the push choices of `push_topics` that are unset or 'never' become
-- 'immediately' (turning push on means wanting it; daily or weekly choices are kept), so
-- something arrives. Returns whether this was the user's first device.
create function app.save_push_subscription(
  new_endpoint text, new_p256dh text, new_auth text, new_label text, push_topics text[])
returns boolean
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  first_device boolean;
begin
  if me is null then
    raise exception 'only a signed-in user saves a push subscription' using errcode = '42501';
  end if;
  -- One caller at a time per user, so two first devices saved at once set the choices once.
  perform 1 from public.profiles p where p.id = me for update;
  first_device := not exists (select 1 from public.push_subscriptions s where s.user_id = me);
  insert into public.push_subscriptions as s (user_id, endpoint, p256dh, auth, label)
  values (me, new_endpoint, new_p256dh, new_auth, new_label)
  on conflict on constraint push_subscriptions_endpoint_key do update
    set user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth, label = excluded.label,
        created_at = case when s.user_id = excluded.user_id then s.created_at else now() end;
  if first_device then
    insert into public.alert_preferences as a (user_id, topic, channel, frequency)
    select me, t.name, 'push', 'immediately' from unnest(push_topics) as t(name)
    on conflict (user_id, topic, channel) do update set frequency = 'immediately', updated_at = now()
      where a.frequency = 'never';
  end if;
  return first_device;
end
$$;
revoke all on function app.save_push_subscription(text, text, text, text, text[]) from public;
grant execute on function app.save_push_subscription(text, text, text, text, text[]) to authenticated;
