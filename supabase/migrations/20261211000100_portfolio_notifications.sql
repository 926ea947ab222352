-- Portfolio notices (20261211000000_portfolio.sql): two more notification kinds, 'portfolio_fee_due',
-- whose message is how many annual fees newly fell within 90 days without a decision, and
-- 'listing_handed', a listing draft an officer made from portfolio patents for a researcher. Kept in its own migration so another branch's new kind is reconciled here: the list
-- names every kind.
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case', 'service_case_message', 'portfolio_fee_due',
  'listing_handed'));

-- Each university whose portfolio has granted patents with an annual fee due within 90 days (Asia/
-- Shanghai) and no decision on it, not yet announced for that fee date: its officers get one notice
-- naming how many; each patent is stamped with the fee date announced, so every fee is announced once.
create function app.notify_portfolio_fees_at(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  today date := (at at time zone 'Asia/Shanghai')::date;
  notified integer;
begin
  with due as (
    select p.id, p.university_id,
           app.next_annual_fee_on(p.patent_type, p.filed_on, p.granted_on, p.legal_status, today) as due_on
    from public.portfolio_patents p
    where p.legal_status = 'granted'
  ), stamped as (
    update public.portfolio_patents p set fee_notified_on = due.due_on
    from due
    where p.id = due.id and due.due_on <= today + 90 and p.fee_notified_on is distinct from due.due_on
      and not exists (select 1 from public.portfolio_fee_decisions d where d.patent_id = p.id and d.due_on = due.due_on)
    returning p.university_id
  ), per_university as (
    select s.university_id, count(*) as fees from stamped s group by s.university_id
  ), sent as (
    insert into public.notifications (user_id, kind, message)
    select o.id, 'portfolio_fee_due', u.fees::text
    from per_university u
    join public.profiles o on o.role = 'officer'
     and o.organization_id in (select x.id from public.organizations x
                               where x.id = u.university_id or x.parent_id = u.university_id)
    returning 1
  )
  select count(*) into notified from sent;
  return notified;
end
$$;

-- "Let lapse" takes effect once its fee date has passed unpaid: the patent is marked lapsed.
create function app.lapse_portfolio_patents_at(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  today date := (at at time zone 'Asia/Shanghai')::date;
  lapsed integer;
begin
  perform set_config('app.portfolio_source', 'decision', true);
  update public.portfolio_patents p set legal_status = 'lapsed'
  where p.legal_status <> 'lapsed'
    and exists (select 1 from public.portfolio_fee_decisions d
                where d.patent_id = p.id and d.decision = 'let_lapse' and d.due_on < today
                  -- Once: a status set after the decision by an import or by hand (rights restored
                  -- within the grace period, an older export) is not undone every hour.
                  and not exists (select 1 from public.portfolio_status_changes c
                                  where c.patent_id = p.id and c.changed_at > d.decided_at
                                    and c.source <> 'decision'));
  get diagnostics lapsed = row_count;
  perform set_config('app.portfolio_source', '', true);
  return lapsed;
end
$$;

revoke all on function app.notify_portfolio_fees_at(timestamptz), app.lapse_portfolio_patents_at(timestamptz) from public;
grant execute on function app.notify_portfolio_fees_at(timestamptz), app.lapse_portfolio_patents_at(timestamptz)
  to service_role;
