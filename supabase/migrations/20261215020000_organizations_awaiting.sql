-- Admins hear of organisations waiting for their verification (docs/domain.md, "Notifications"):
-- a company, agency or bank that signs up unverified, so an admin's inbox leads to the work on
-- /admin/organizations. The message is the organisation's name as it signed up.
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case', 'service_case_message', 'portfolio_fee_due',
  'listing_handed', 'proposal_received', 'proposal_shortlisted', 'proposal_declined', 'proposal_converted',
  'saved_search_match', 'need_listing_match', 'listing_need_match', 'organization_awaiting'));

create function app.notify_organization_awaiting() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.notifications (user_id, kind, message)
  select p.id, 'organization_awaiting', new.name_zh from public.profiles p where p.role = 'admin';
  return null;
end
$$;
revoke all on function app.notify_organization_awaiting() from public;

-- Universities and colleges are made by admins and officers, verified as they are made.
create trigger organizations_awaiting_verification after insert on public.organizations
  for each row when (not new.verified and new.kind not in ('university', 'college'))
  execute function app.notify_organization_awaiting();
