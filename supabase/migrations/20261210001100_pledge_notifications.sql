-- Pledge loan notifications (docs/domain.md, "Pledge loans"): each move of an application reaches
-- the other side. A new application reaches the bank's staff (pledge_received); a move by the
-- bank reaches the applicant company's members, a move by the company the bank's staff
-- (pledge_moved, the message being the event's key). The kind check lists every earlier kind.

alter table public.notifications add column pledge_id uuid references public.pledge_applications (id) on delete cascade;

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in ('listing_published',
  'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received', 'interest_declined',
  'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue', 'open_licence_taken',
  'pledge_received', 'pledge_moved'));

create function app.notify_pledge_event() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  a public.pledge_applications;
  by_bank boolean;
begin
  select * into a from public.pledge_applications p where p.id = new.application_id;
  by_bank := exists (select 1 from public.profiles p where p.id = new.actor_id and p.role = 'provider'
                     and p.organization_id = a.bank_id);
  insert into public.notifications (user_id, kind, pledge_id, message)
  select p.id, case when new.event = 'submitted' then 'pledge_received' else 'pledge_moved' end, a.id, new.event
  from public.profiles p
  where p.id is distinct from new.actor_id and (
    (by_bank and p.role = 'company' and p.organization_id = a.company_id)
    or (not by_bank and p.role = 'provider' and p.organization_id = a.bank_id));
  return new;
end
$$;
grant execute on function app.notify_pledge_event() to public;
create trigger pledge_events_notify after insert on public.pledge_events for each row
  execute function app.notify_pledge_event();
