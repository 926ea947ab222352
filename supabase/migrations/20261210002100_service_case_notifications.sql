-- Service cases tell the other side of every move (20261210002000_service_cases.sql): one more
-- notification kind, 'service_case', whose message is the status the case entered. Kept in its own
-- migration so another branch's new kind is reconciled here: the list names every kind.
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case'));
