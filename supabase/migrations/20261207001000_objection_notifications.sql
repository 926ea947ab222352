-- An objection to a public notice reaches the university's officers at once (issue #19): each
-- officer of the notice's university (or of one of its colleges) gets an `objection_received`
-- notification naming the objection's reference, linked to the deal room, where they read and
-- resolve it. The notification says nothing of who objected or why: those stay behind the
-- objection's own RLS. Live like every notification (notifications_announce publishes it).

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in ('listing_published',
  'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received', 'interest_declined', 'deal_opened',
  'interest_message', 'filing_overdue', 'objection_received'));

create function app.announce_objection() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- Security definer: the objector may be anonymous, and may read neither notices' deals nor profiles.
  insert into public.notifications (user_id, kind, listing_id, deal_id, message)
  select p.id, 'objection_received', n.listing_id, n.deal_id, new.reference
  from public.public_notices n
  join public.profiles p on p.role = 'officer' and (p.organization_id = n.institution_id
    or p.organization_id in (select o.id from public.organizations o where o.parent_id = n.institution_id))
  where n.id = new.notice_id;
  return null;
end
$$;
create trigger notice_objections_announce after insert on public.notice_objections
  for each row execute function app.announce_objection();
