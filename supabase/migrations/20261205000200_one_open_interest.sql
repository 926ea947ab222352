-- One open interest per company and listing, and messages added to it (issue #17).
-- Security invariants:
--   * A company has at most one open interest (new or in review) in a listing, whoever of its
--     members sent it: a second send is refused by the index below, so the officers and the
--     researchers are notified once. The application names the index in
--     src/lib/contracts/database-errors.ts and answers with a link to the open interest.
--   * What the company adds later goes to interest_messages: readable by whoever may read the
--     interest, written by the company's members while the interest is open, never edited.

-- An interest that is declined, withdrawn or converted no longer counts: the company may send a
-- new one.
create unique index if not exists interests_one_open_per_company
  on public.interests (company_id, listing_id) where status in ('new', 'in_review');

-- A company may ask before it knows which mode it wants: the form needs the mode or a message
-- (src/lib/schemas/deal.ts), and a deal opened from such an interest starts without a mode.
alter table public.interests alter column wanted_mode drop not null;

-- A message is as long as a deal message may be: one limit for everything people write to each other.
-- The 4000 here and below mirrors messageLimit in src/lib/rules/message-text.ts, which the forms
-- check first; these constraints are the second line of defence.
alter table public.interests drop constraint if exists interests_message_check;
alter table public.interests add constraint interests_message_check check (char_length(message) <= 4000);

create table if not exists public.interest_messages (
  id bigint generated always as identity primary key,
  interest_id uuid not null references public.interests (id) on delete cascade,
  author_id uuid not null references public.profiles (id) on delete cascade,
  -- Generated with the form: a resubmitted form or an outbox replay finds its first message.
  idempotency_key uuid not null,
  body text not null check (char_length(btrim(body)) between 1 and 4000),
  created_at timestamptz not null default now(),
  unique (author_id, idempotency_key)
);
create index if not exists interest_messages_interest_idx on public.interest_messages (interest_id, id);

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in ('listing_published',
  'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received', 'interest_declined',
  'deal_opened', 'interest_message'));

-- Whoever was told of the interest is told of each message once: the listing's researchers and
-- the officers of its university (and its colleges). The interest's page reloads for everyone.
create or replace function app.announce_interest_message() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  interest public.interests;
  listing public.listings;
  person uuid;
begin
  select * into interest from public.interests where id = new.interest_id;
  select * into listing from public.listings where id = interest.listing_id;
  insert into public.notifications (user_id, kind, listing_id, message)
  select researcher, 'interest_message', interest.listing_id, left(new.body, 200) from app.listing_researchers(interest.listing_id) researcher
  union
  select p.id, 'interest_message', interest.listing_id, left(new.body, 200) from public.profiles p
  where p.role = 'officer' and (p.organization_id = listing.institution_id
    or p.organization_id in (select o.id from public.organizations o where o.parent_id = listing.institution_id));
  for person in select interest.created_by union select app.listing_researchers(interest.listing_id) loop
    perform app.publish('user:' || person, 'interest', jsonb_build_object('interest', interest.id, 'status', interest.status));
  end loop;
  perform app.publish('institution:' || listing.institution_id, 'interest', jsonb_build_object('interest', interest.id, 'status', interest.status));
  return null;
end
$$;
drop trigger if exists interest_messages_announce on public.interest_messages;
create trigger interest_messages_announce after insert on public.interest_messages
  for each row execute function app.announce_interest_message();

alter table public.interest_messages enable row level security;
revoke all on public.interest_messages from anon, authenticated;
grant all on public.interest_messages to service_role;
grant select on public.interest_messages to authenticated;
grant insert (interest_id, author_id, idempotency_key, body) on public.interest_messages to authenticated;
-- The interests policy decides who reads the interest; its messages follow it.
drop policy if exists interest_messages_read on public.interest_messages;
create policy interest_messages_read on public.interest_messages for select to authenticated
  using (exists (select 1 from public.interests i where i.id = interest_id));
-- Only the company's members add to their company's interest, and only while it is open.
drop policy if exists interest_messages_insert on public.interest_messages;
create policy interest_messages_insert on public.interest_messages for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and (select app.current_user_role()) = 'company'
    and exists (select 1 from public.interests i where i.id = interest_id
      and i.company_id = (select app.current_organization_id()) and i.status in ('new', 'in_review')));
