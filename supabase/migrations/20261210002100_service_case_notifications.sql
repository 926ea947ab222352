-- Service cases tell the other side of every move (20261210002000_service_cases.sql): kind
-- 'service_case', whose message is the status the case entered; and of every message posted in the
-- case's thread: kind 'service_case_message', whose message is the start of what was written. Kept
-- in its own migration so another branch's new kind is reconciled here: the list names every kind.
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case', 'service_case_message'));

-- A message from the agency's staff reaches the requester; one from the requester's side (the
-- requester or a colleague) reaches the agency's staff and the requester if a colleague wrote it.
-- The author is never told of their own message; RLS on the messages table decided who may post.
create function app.notify_service_case_message() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases;
  preview text := left(btrim(new.body), 140);
begin
  select * into c from public.service_cases s where s.id = new.case_id;
  if exists (select 1 from public.profiles p
             where p.id = new.author_id and p.organization_id = c.agency_id and p.role = 'provider') then
    insert into public.notifications (user_id, kind, service_case_id, message)
    select c.requester_id, 'service_case_message', c.id, preview where c.requester_id is not null;
  else
    insert into public.notifications (user_id, kind, service_case_id, message)
    select p.id, 'service_case_message', c.id, preview from public.profiles p
    where p.organization_id = c.agency_id and p.role = 'provider'
    union all
    select c.requester_id, 'service_case_message', c.id, preview
    where c.requester_id is not null and c.requester_id <> new.author_id;
  end if;
  return null;
end
$$;
revoke all on function app.notify_service_case_message() from public;

create trigger service_case_messages_notify after insert on public.service_case_messages
  for each row execute function app.notify_service_case_message();
