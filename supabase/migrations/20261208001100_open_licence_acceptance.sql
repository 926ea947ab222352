-- Taking an open licence (Patent Law Art. 51; docs/domain.md, "Open licences"): a company's written
-- notice makes a closed_won non-exclusive deal on the declared terms with its payment schedule.
-- Security invariants:
--   * Only app.accept_open_licence makes an open-licence deal: no request role may write
--     deals.open_licence_declaration_id (no column grant), and app.prepare_deal (officers open
--     deals) is skipped only for such rows.
--   * Only a company member takes one, only of an announced declaration (ZQ321), once per company
--     and declaration: a replay, whatever its key, answers with the deal already made.
--   * The licensee list is the university's officers' (app.open_licence_licensees); everybody else
--     gets the number of licences only (app.open_licence_take_up_count), as the public sees it.
--   * The licence takes effect when the declared lump sum is paid in full (Art. 51 para. 1: notice
--     and payment), or at once when there is none: deals.effective_on is set by the receipt that
--     completes the fee, and by nothing else once the deal is closed.

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken'));

-- Open-licence deals are made by app.accept_open_licence, not opened by an officer.
drop trigger deals_prepare on public.deals;
create trigger deals_prepare before insert on public.deals for each row
  when (new.open_licence_declaration_id is null) execute function app.prepare_deal();

-- Royalty periods of an open licence whose effective date came with its fee: appended after the
-- lines it has (the upfront fee), from the effective date over the term, as at signing.
create function app.add_open_licence_royalty_lines(deal uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  d public.deals;
  months integer;
  first_position integer;
  made integer;
begin
  select * into d from public.deals where id = deal;
  if coalesce(d.royalty_percent, 0) = 0 or d.effective_on is null
     or exists (select 1 from public.payment_schedule_lines l where l.deal_id = deal and l.kind = 'royalty') then
    return 0;
  end if;
  months := case d.royalty_period when 'quarter' then 3 when 'half_year' then 6 else 12 end;
  select coalesce(max(l.position) + 1, 0) into first_position from public.payment_schedule_lines l where l.deal_id = deal;
  insert into public.payment_schedule_lines (deal_id, kind, position, due_on, period_start, period_end)
  select deal, 'royalty', first_position + p.n, p.period_end + 30, p.period_start, p.period_end
  from (select n, (d.effective_on + make_interval(months => n * months))::date as period_start,
               least((d.effective_on + make_interval(months => (n + 1) * months))::date,
                     (d.effective_on + make_interval(months => d.term_months))::date) - 1 as period_end
        from generate_series(0, least(40, ceil(d.term_months::numeric / months)::integer) - 1) n) p;
  get diagnostics made = row_count;
  return made;
end
$$;
revoke all on function app.add_open_licence_royalty_lines(uuid) from public;

create function app.accept_open_licence(declaration uuid, acceptance_key uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  company uuid := app.current_company();
  d public.open_licence_declarations;
  made_interest uuid;
  made_deal uuid;
  today date := (now() at time zone 'Asia/Shanghai')::date;
begin
  if company is null or acceptance_key is null then
    raise exception 'only a company member takes an open licence' using errcode = '42501';
  end if;
  -- The declaration's lock orders acceptances with each other and with its withdrawal.
  select * into d from public.open_licence_declarations x where x.id = declaration for update;
  select x.id into made_deal from public.deals x where x.open_licence_declaration_id = declaration and x.company_id = company;
  if made_deal is not null then
    return made_deal;
  end if;
  if d.id is null or d.status <> 'announced' then
    raise exception 'only an announced open licence is taken' using errcode = 'ZQ321';
  end if;
  -- The interest the deal converts: made converted, so it is no open interest of the company's.
  insert into public.interests (listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, status)
  values (d.listing_id, company, auth.uid(), acceptance_key, 'non_exclusive_license', d.field_limits, 'converted')
  returning id into made_interest;
  insert into public.deals (interest_id, listing_id, company_id, institution_id, stage, mode, field_of_use, term_months,
    upfront_fee_fen, royalty_percent, royalty_base, royalty_period, close_reason, signed_on, effective_on,
    open_licence_declaration_id)
  values (made_interest, d.listing_id, company, d.institution_id, 'closed_won', 'non_exclusive_license',
    nullif(d.field_limits, ''), d.term_months, d.lump_sum_fen, d.royalty_percent,
    coalesce(d.royalty_base, 'net_sales'), coalesce(d.royalty_period, 'quarter'),
    '开放许可 ' || d.announcement_number, today, case when d.lump_sum_fen is null then today end, declaration)
  returning id into made_deal;
  if d.lump_sum_fen is null then
    perform app.generate_payment_schedule(made_deal);
  else
    -- The fee first; the royalty periods follow once it is paid (app.settle_open_licence_fee).
    insert into public.payment_schedule_lines (deal_id, kind, position, amount_fen, due_on)
    values (made_deal, 'upfront', 0, d.lump_sum_fen, today + 30);
  end if;
  insert into public.notifications (user_id, kind, listing_id, deal_id)
  select p.id, 'open_licence_taken', d.listing_id, made_deal from public.profiles p
  where p.role = 'officer' and (p.organization_id = d.institution_id
    or p.organization_id in (select o.id from public.organizations o where o.parent_id = d.institution_id));
  perform app.publish('institution:' || d.institution_id, 'open_licence',
                      jsonb_build_object('declaration', declaration, 'deal', made_deal));
  perform app.raise_public_content_version_now();
  return made_deal;
end
$$;
comment on function app.accept_open_licence(uuid, uuid) is
  'Raises ZQ321 openLicenceNotAnnounced (src/lib/contracts/database-errors.ts).';
revoke all on function app.accept_open_licence(uuid, uuid) from public;
grant execute on function app.accept_open_licence(uuid, uuid) to authenticated, service_role;

-- How many licences a declaration has granted: public once the declaration is.
create function app.open_licence_take_up_count(declaration uuid) returns integer
language sql stable security definer set search_path = '' as $$
  select count(x.id)::integer from public.open_licence_declarations d
  left join public.deals x on x.open_licence_declaration_id = d.id
  where d.id = declaration
    and (d.status in ('announced', 'withdrawn') or d.institution_id in (select app.officer_institutions()))
$$;
revoke all on function app.open_licence_take_up_count(uuid) from public;
grant execute on function app.open_licence_take_up_count(uuid) to anon, authenticated, service_role;

-- Who took it: the university's officers only (nobody else gets a row).
create function app.open_licence_licensees(declaration uuid)
returns table (deal_id uuid, company_id uuid, company_name_zh text, company_name_en text, accepted_at timestamptz,
               effective_on date)
language sql stable security definer set search_path = '' as $$
  select x.id, c.id, c.name_zh, c.name_en, x.created_at, x.effective_on
  from public.open_licence_declarations d
  join public.deals x on x.open_licence_declaration_id = d.id
  join public.organizations c on c.id = x.company_id
  where d.id = declaration and d.institution_id in (select app.officer_institutions())
  order by x.created_at desc, x.id
$$;
revoke all on function app.open_licence_licensees(uuid) from public;
grant execute on function app.open_licence_licensees(uuid) to authenticated, service_role;

-- The receipt that completes the declared fee starts the licence.
create function app.settle_open_licence_fee() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  d public.deals;
  paid_on date;
begin
  select * into d from public.deals where id = new.deal_id;
  if d.open_licence_declaration_id is null or d.effective_on is not null then
    return null;
  end if;
  paid_on := app.open_licence_fee_paid_on(d.id);
  if paid_on is not null then
    update public.deals set effective_on = paid_on where id = d.id;
    perform app.add_open_licence_royalty_lines(d.id);
  end if;
  return null;
end
$$;

-- The day an open licence's upfront fee was paid in full (its last receipt), or null.
create function app.open_licence_fee_paid_on(deal uuid) returns date
language sql stable security definer set search_path = '' as $$
  select max(r.received_on) from public.payment_schedule_lines l join public.receipts r on r.schedule_line_id = l.id
  where l.deal_id = deal and l.kind = 'upfront'
  having sum(r.amount_fen) >= max(l.amount_fen)
$$;
revoke all on function app.open_licence_fee_paid_on(uuid) from public;

create trigger receipts_open_licence_fee after insert on public.receipts
  for each row execute function app.settle_open_licence_fee();

-- A closed deal never changes (app.guard_deal_update), and the effective date is written at signing
-- (app.guard_deal_closing): but for this one update, the fee's settlement of an open licence. It
-- may change nothing but the effective date, to the day the fee was paid in full.
create function app.guard_open_licence_effective() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (to_jsonb(new) - 'effective_on' - 'updated_at') <> (to_jsonb(old) - 'effective_on' - 'updated_at')
     or new.effective_on is distinct from app.open_licence_fee_paid_on(old.id) then
    raise exception 'a closed deal cannot change' using errcode = 'ZQ003';
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function app.guard_open_licence_effective() is
  'Raises ZQ003 dealMoveIllegal (src/lib/contracts/database-errors.ts).';
drop trigger deals_guard_update on public.deals;
create trigger deals_guard_update before update on public.deals for each row
  when (not (old.stage = 'public_notice' and new.stage = 'negotiation')
        and not (old.open_licence_declaration_id is not null and old.effective_on is null and new.effective_on is not null))
  execute function app.guard_deal_update();
drop trigger deals_guard_update_closing on public.deals;
create trigger deals_guard_update_closing before update on public.deals for each row
  when (not (old.open_licence_declaration_id is not null and old.effective_on is null and new.effective_on is not null))
  execute function app.guard_deal_closing();
create trigger deals_open_licence_effective before update on public.deals for each row
  when (old.open_licence_declaration_id is not null and old.effective_on is null and new.effective_on is not null)
  execute function app.guard_open_licence_effective();
