-- Overdue filings are notified by a scheduler in the server process (src/lib/server/app/scheduler.ts),
-- not only when someone opens a deal room (issue #19). The work moves to a function that takes the
-- moment to judge "overdue" at, so tests can name it; only the owner and service_role may call it,
-- since a caller choosing a future moment would send notifications early. Every caller, the deal
-- room included, keeps app.notify_overdue_filings(), which judges at now().
--
-- Exactly once, also with several processes on one PostgreSQL: the UPDATE claims each filing by
-- setting overdue_notified_at, and a second transaction updating the same row waits for the first,
-- then re-checks `overdue_notified_at is null` against the committed row and skips it.

create function app.notify_overdue_filings_at(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  notified integer;
begin
  with due as (
    update public.deal_filings f set overdue_notified_at = now()
    from public.deals d
    where d.id = f.deal_id and d.stage = 'signed' and f.status = 'pending' and f.overdue_notified_at is null
      and f.due_on < (at at time zone 'Asia/Shanghai')::date
    returning f.deal_id, coalesce(f.owner_id, d.officer_id) as person, d.listing_id, f.kind
  ), sent as (
    insert into public.notifications (user_id, kind, listing_id, deal_id, message)
    select person, 'filing_overdue', listing_id, deal_id, kind from due where person is not null
    returning 1
  )
  select count(*) into notified from sent;
  return notified;
end
$$;
revoke execute on function app.notify_overdue_filings_at(timestamptz) from public;
grant execute on function app.notify_overdue_filings_at(timestamptz) to service_role;

create or replace function app.notify_overdue_filings() returns integer
language sql security definer set search_path = '' as $$
  select app.notify_overdue_filings_at(now())
$$;
