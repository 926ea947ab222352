-- Messages that leave the app: email (SMTP) and web push (docs/domain.md, "Alerts").
-- One row per message to send, written in the same transaction as what it tells of, so a message
-- exists exactly when its cause committed. Workers in the server process send them: a worker
-- claims a row by setting claimed_until (a lease, taken with skip locked, so two processes never
-- hold one row at once), sends, then marks it sent_at. A failure puts the row back with a later
-- send_after; a permanent one (or too many) marks it given_up_at. Nobody but the server's own
-- connection reads or writes this table: it holds addresses and what was said to whom.

create table app.outbound_messages (
  id bigint generated always as identity primary key,
  channel text not null check (channel in ('email', 'push')),
  -- Whom to: a user (their profile's email address, or their devices' push subscriptions), or an
  -- address of someone without an account yet (a team invitation, email only).
  user_id uuid references public.profiles (id) on delete cascade,
  email_address text check (char_length(email_address) between 3 and 320),
  -- What: 'notification' (one, sent as it happens), 'digest' (several, daily or weekly), or a
  -- kind of its own ('team_invitation'); the notifications it tells of, and what else it needs.
  kind text not null check (kind ~ '^[a-z_]{1,64}$'),
  notification_ids bigint[] not null default '{}' check (cardinality(notification_ids) <= 1000),
  payload jsonb not null default '{}' check (pg_column_size(payload) <= 65536),
  send_after timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  claimed_until timestamptz,
  sent_at timestamptz,
  given_up_at timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  created_at timestamptz not null default now(),
  check (num_nonnulls(user_id, email_address) = 1),
  check (email_address is null or channel = 'email')
);
-- The workers' look-up: what is due on a channel and not settled.
create index outbound_messages_due_idx on app.outbound_messages (channel, send_after, id)
  where sent_at is null and given_up_at is null;
create index outbound_messages_user_idx on app.outbound_messages (user_id) where user_id is not null;

alter table app.outbound_messages enable row level security;
revoke all on app.outbound_messages from public, anon, authenticated;

-- What each user wants to hear of by email and by push, per topic (a group of notification
-- kinds, named in the app's vocabulary): at once, in a daily or weekly digest, or never. A topic
-- and channel without a row takes the app's default for it. In-app notifications always show.
create table public.alert_preferences (
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  topic text not null check (topic ~ '^[a-z_]{1,32}$'),
  channel text not null check (channel in ('email', 'push')),
  frequency text not null check (frequency in ('immediately', 'daily', 'weekly', 'never')),
  updated_at timestamptz not null default now(),
  primary key (user_id, topic, channel)
);
-- Quiet hours, in China Standard Time (the platform's one time zone): nothing leaves between
-- quiet_from and quiet_until (which may pass midnight); what falls due then waits until the end.
create table public.alert_settings (
  user_id uuid primary key default auth.uid() references public.profiles (id) on delete cascade,
  quiet_from time,
  quiet_until time,
  updated_at timestamptz not null default now(),
  check ((quiet_from is null) = (quiet_until is null) and (quiet_from is null or quiet_from <> quiet_until))
);

alter table public.alert_preferences enable row level security;
alter table public.alert_settings enable row level security;
grant select, insert, update, delete on public.alert_preferences, public.alert_settings to authenticated;
-- Security invariant: a user reads and changes their own alert choices only.
create policy alert_preferences_own on public.alert_preferences for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy alert_settings_own on public.alert_settings for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
