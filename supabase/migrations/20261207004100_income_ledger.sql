-- Income, second half (docs/domain.md, "Income"; issue #20): royalty reports, receipts and their
-- deductions, the distribution of each receipt's net income, and the inventors' payouts.
-- Security invariants:
--   * Royalty reports are filed by the deal's company only, once per royalty period, after the
--     period has ended (ZQ301) and on a signed deal (ZQ302); the royalty owed is the database's
--     (round half up of sales × rate), whatever the company states beside it.
--   * Receipts, deductions, approvals, reversals and payouts are the deal's officers' only.
--     Receipts only on a signed (or closed won) deal, against a line that takes money (ZQ303),
--     never dated after today (ZQ025). Deductions only before approval (ZQ304) and never above the
--     receipt (ZQ305).
--   * Distribution lines are written by app.approve_distribution / app.reverse_distribution only:
--     split by the reward policy in force on the day the deal was signed (ZQ306 without one) with the
--     largest remainder to the fen, summing exactly to the net income, none negative. Append-only:
--     a correction is a reversal (negative copies), never an edit.
--   * Reports, receipts, lines and payouts are append-only: no request role may delete them (no
--     grant), and nobody updates them (triggers; a receipt changes only by approval or reversal,
--     distribution_approved_at, by those functions). Only the owner's cascade from a deleted deal
--     removes them, as it removes the deal's other rows.
--   * The company never reads deductions, distribution lines or payouts; an inventor reads only
--     their own lines and payouts; nobody outside the deal reads anything.

create type public.deduction_kind as enum ('patent_fees', 'agency_fees', 'taxes', 'other');
create type public.distribution_recipient as enum ('inventor', 'college', 'university', 'office');

create table public.royalty_reports (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  schedule_line_id uuid not null unique references public.payment_schedule_lines (id) on delete cascade,
  period_start date not null,
  period_end date not null,
  sales_fen bigint not null check (sales_fen between 0 and 10000000000000),
  stated_royalty_fen bigint not null check (stated_royalty_fen between 0 and 10000000000000),
  computed_royalty_fen bigint not null check (computed_royalty_fen >= 0),
  document_id uuid references public.deal_documents (id),
  submitted_by uuid references public.profiles (id) on delete set null,
  idempotency_key uuid not null unique,
  created_at timestamptz not null default now()
);
create index royalty_reports_deal_idx on public.royalty_reports (deal_id, period_start);

create table public.receipts (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  schedule_line_id uuid not null references public.payment_schedule_lines (id) on delete cascade,
  amount_fen bigint not null check (amount_fen between 1 and 10000000000000),
  received_on date not null,
  bank_reference text not null check (char_length(btrim(bank_reference)) between 1 and 100),
  document_id uuid references public.deal_documents (id),
  recorded_by uuid references public.profiles (id) on delete set null,
  idempotency_key uuid not null unique,
  distribution_approved_at timestamptz,
  created_at timestamptz not null default now()
);
create index receipts_deal_idx on public.receipts (deal_id, received_on);
create index receipts_line_idx on public.receipts (schedule_line_id);

create table public.receipt_deductions (
  id bigint generated always as identity primary key,
  receipt_id uuid not null references public.receipts (id) on delete cascade,
  kind public.deduction_kind not null,
  amount_fen bigint not null check (amount_fen between 1 and 10000000000000),
  note text not null default '' check (char_length(note) <= 200),
  idempotency_key uuid not null unique,
  created_at timestamptz not null default now(),
  constraint receipt_deductions_other_note check (kind <> 'other' or char_length(btrim(note)) > 0)
);
create index receipt_deductions_receipt_idx on public.receipt_deductions (receipt_id);

create table public.distribution_lines (
  id bigint generated always as identity primary key,
  receipt_id uuid not null references public.receipts (id) on delete cascade,
  deal_id uuid not null references public.deals (id) on delete cascade,
  recipient public.distribution_recipient not null,
  inventor_position smallint,
  inventor_name text,
  profile_id uuid references public.profiles (id) on delete set null,
  organization_id uuid references public.organizations (id),
  amount_fen bigint not null,
  reverses_id bigint unique references public.distribution_lines (id) on delete cascade,
  policy_id uuid not null references public.reward_policies (id),
  -- One key per approval or reversal: a replayed request finds its lines instead of writing more.
  approval_key uuid not null,
  approved_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint distribution_lines_inventor check ((recipient = 'inventor') = (inventor_position is not null and inventor_name is not null)),
  constraint distribution_lines_sign check ((reverses_id is null) = (amount_fen >= 0))
);
create index distribution_lines_receipt_idx on public.distribution_lines (receipt_id);
create index distribution_lines_deal_idx on public.distribution_lines (deal_id);
create index distribution_lines_profile_idx on public.distribution_lines (profile_id) where profile_id is not null;
create index distribution_lines_key_idx on public.distribution_lines (approval_key);

create table public.distribution_payouts (
  distribution_line_id bigint primary key references public.distribution_lines (id) on delete cascade,
  paid_on date not null,
  reference text not null check (char_length(btrim(reference)) between 1 and 100),
  recorded_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);

-- Everything of a deal's income: its officers, and admins (who read, and write nothing).
create function app.may_audit_deal_income(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.manages_deal_income(deal) or coalesce((select app.current_user_role()) = 'admin', false)
$$;

-- Reports and receipts: those, and the deal's company.
create function app.may_read_receipts(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.may_audit_deal_income(deal)
    or exists (select 1 from public.deals d where d.id = deal and d.company_id = (select app.current_company()))
$$;

-- ---------------------------------------------------------------------------------------------
-- Royalty reports
-- ---------------------------------------------------------------------------------------------

-- The royalty owed on `sales` at `percent`: the exact product, rounded once, half up, to the fen
-- (the rule of royaltyFen in src/lib/rules/income.ts).
create function app.royalty_fen(sales bigint, percent numeric) returns bigint
language sql immutable set search_path = '' as $$
  select floor(sales * percent / 100 + 0.5)::bigint
$$;

create function app.prepare_royalty_report() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  line public.payment_schedule_lines;
  d public.deals;
begin
  -- A replay of a report already filed: nothing more to store.
  if exists (select 1 from public.royalty_reports r where r.idempotency_key = new.idempotency_key) then
    return null;
  end if;
  select * into line from public.payment_schedule_lines l where l.id = new.schedule_line_id for update;
  select * into d from public.deals where id = line.deal_id;
  if line.id is null or line.deal_id is distinct from new.deal_id then
    raise exception 'the schedule line is not one of this deal''s' using errcode = '42501';
  end if;
  -- (RLS says the same; the trigger, as the owner, must not let a claimless writer past either.)
  if d.company_id is distinct from app.current_company() then
    raise exception 'only the deal''s company files its royalty reports' using errcode = '42501';
  end if;
  if d.stage not in ('signed', 'closed_won') then
    raise exception 'royalties are reported on a signed deal' using errcode = 'ZQ302';
  end if;
  if line.kind <> 'royalty' then
    raise exception 'a royalty report is filed against a royalty period' using errcode = 'ZQ303';
  end if;
  if line.period_end >= (now() at time zone 'Asia/Shanghai')::date then
    raise exception 'the period has not ended' using errcode = 'ZQ301';
  end if;
  if new.document_id is not null and not exists (
      select 1 from public.deal_documents x where x.id = new.document_id and x.deal_id = new.deal_id) then
    raise exception 'the attachment must be a document of this deal' using errcode = '42501';
  end if;
  new.period_start := line.period_start;
  new.period_end := line.period_end;
  new.computed_royalty_fen := app.royalty_fen(new.sales_fen, d.royalty_percent);
  new.submitted_by := auth.uid();
  new.created_at := now();
  return new;
end
$$;
comment on function app.prepare_royalty_report() is
  'Raises ZQ301 incomePeriodNotEnded, ZQ302 incomeDealNotSigned, ZQ303 incomeLineRefused (src/lib/contracts/database-errors.ts).';
create trigger royalty_reports_prepare before insert on public.royalty_reports
  for each row execute function app.prepare_royalty_report();
create trigger royalty_reports_append_only before update on public.royalty_reports
  for each row execute function app.forbid_change();

-- ---------------------------------------------------------------------------------------------
-- Receipts and deductions
-- ---------------------------------------------------------------------------------------------

create function app.prepare_receipt() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  line public.payment_schedule_lines;
  d public.deals;
begin
  if exists (select 1 from public.receipts r where r.idempotency_key = new.idempotency_key) then
    return null;
  end if;
  select * into line from public.payment_schedule_lines l where l.id = new.schedule_line_id;
  select * into d from public.deals where id = line.deal_id;
  if line.id is null or line.deal_id is distinct from new.deal_id then
    raise exception 'the schedule line is not one of this deal''s' using errcode = '42501';
  end if;
  if not app.manages_deal_income(d.id) then
    raise exception 'only the deal''s officers record receipts' using errcode = '42501';
  end if;
  if d.stage not in ('signed', 'closed_won') then
    raise exception 'money is received on a signed deal' using errcode = 'ZQ302';
  end if;
  if line.kind = 'equity' then
    raise exception 'an equity share is not received as money' using errcode = 'ZQ303';
  end if;
  if new.received_on > (now() at time zone 'Asia/Shanghai')::date then
    raise exception 'a receipt cannot be dated after today' using errcode = 'ZQ025';
  end if;
  if new.document_id is not null and not exists (
      select 1 from public.deal_documents x where x.id = new.document_id and x.deal_id = new.deal_id) then
    raise exception 'the evidence must be a document of this deal' using errcode = '42501';
  end if;
  new.recorded_by := auth.uid();
  new.distribution_approved_at := null;
  new.created_at := now();
  return new;
end
$$;
comment on function app.prepare_receipt() is
  'Raises ZQ302 incomeDealNotSigned, ZQ303 incomeLineRefused, ZQ025 dayNotYetCome (src/lib/contracts/database-errors.ts).';
create trigger receipts_prepare before insert on public.receipts
  for each row execute function app.prepare_receipt();

-- A receipt is append-only but for its approval mark, which only the approval and reversal
-- functions (as the owner) set and clear.
create function app.guard_receipt_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  if current_user not in ('authenticated', 'anon')
     and (to_jsonb(new) - 'distribution_approved_at') = (to_jsonb(old) - 'distribution_approved_at') then
    return new;
  end if;
  raise exception 'receipts are append-only' using errcode = '42501';
end
$$;
create trigger receipts_append_only before update on public.receipts
  for each row execute function app.guard_receipt_change();

create function app.guard_receipt_deduction() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  receipt public.receipts;
  deducted bigint;
begin
  select * into receipt from public.receipts r
  where r.id = case when tg_op = 'DELETE' then old.receipt_id else new.receipt_id end for update;
  if receipt.distribution_approved_at is not null then
    raise exception 'the receipt''s distribution is approved: reverse it first' using errcode = 'ZQ304';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if exists (select 1 from public.receipt_deductions x where x.idempotency_key = new.idempotency_key) then
    return null;
  end if;
  select coalesce(sum(x.amount_fen), 0) into deducted from public.receipt_deductions x where x.receipt_id = receipt.id;
  if deducted + new.amount_fen > receipt.amount_fen then
    raise exception 'deductions cannot exceed the receipt' using errcode = 'ZQ305';
  end if;
  new.created_at := now();
  return new;
end
$$;
comment on function app.guard_receipt_deduction() is
  'Raises ZQ304 distributionApproved, ZQ305 deductionsExceedReceipt (src/lib/contracts/database-errors.ts).';
create trigger receipt_deductions_guard before insert or delete on public.receipt_deductions
  for each row execute function app.guard_receipt_deduction();
create trigger receipt_deductions_no_update before update on public.receipt_deductions
  for each row execute function app.forbid_change();

-- ---------------------------------------------------------------------------------------------
-- Distribution
-- ---------------------------------------------------------------------------------------------

-- Splits `amount` by basis points (summing to 10000) with the largest remainder: the floors first,
-- then one fen each to the largest remainders, ties to the lower ordinal (the rule of
-- distributeIncome in src/lib/rules/income.ts). Sums exactly to `amount`; none negative.
create function app.largest_remainder(amount bigint, ordinals integer[], points integer[])
returns table (ordinal integer, fen bigint)
language sql immutable set search_path = '' as $$
  with parts as (
    select s.ordinal, (amount::numeric * s.points) as exact
    from unnest(ordinals, points) as s (ordinal, points)
  ), floored as (
    select p.ordinal, floor(p.exact / 10000)::bigint as fen, mod(p.exact, 10000) as remainder from parts p
  ), ranked as (
    select f.*, row_number() over (order by f.remainder desc, f.ordinal) as place,
           amount - sum(f.fen) over () as left_over
    from floored f
  )
  select r.ordinal, r.fen + case when r.place <= r.left_over then 1 else 0 end from ranked r order by r.ordinal
$$;

create function app.approve_distribution(receipt uuid, approval_key uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  r public.receipts;
  d public.deals;
  l public.listings;
  policy public.reward_policies;
  net bigint;
  shares integer[];
  made integer;
begin
  select * into r from public.receipts x where x.id = receipt for update;
  select * into d from public.deals x where x.id = r.deal_id;
  if r.id is null or not app.manages_deal_income(d.id) then
    raise exception 'only the deal''s officers approve its distribution' using errcode = '42501';
  end if;
  -- Replayed, or approved already (by another tab): nothing more to write.
  if exists (select 1 from public.distribution_lines x where x.approval_key = approve_distribution.approval_key)
     or r.distribution_approved_at is not null then
    return 0;
  end if;
  select * into policy from app.reward_policy_in_force(d.institution_id, coalesce(d.signed_on, d.effective_on)) p
  where p.id is not null;
  if policy.id is null then
    raise exception 'no reward policy was in force when the deal was signed' using errcode = 'ZQ306';
  end if;
  select * into l from public.listings x where x.id = d.listing_id;
  -- A listing's inventors' shares sum to 100 % (a submitted listing's rule); the inventors' part
  -- is split by them, so it must hold here too.
  if coalesce((select sum(i.share) from public.listing_inventors i where i.listing_id = l.id), 0) <> 100 then
    raise exception 'the listing''s inventors'' shares do not sum to 100' using errcode = '23514';
  end if;
  net := r.amount_fen - coalesce((select sum(x.amount_fen) from public.receipt_deductions x where x.receipt_id = r.id), 0);
  -- Basis points of the kind of income: shares from an equity contribution, or a transfer's or
  -- licence's (every other mode).
  shares := case when d.mode = 'equity'
    then array[(policy.equity_inventors * 100)::integer, (policy.equity_college * 100)::integer,
               (policy.equity_university * 100)::integer, (policy.equity_office * 100)::integer]
    else array[(policy.transfer_inventors * 100)::integer, (policy.transfer_college * 100)::integer,
               (policy.transfer_university * 100)::integer, (policy.transfer_office * 100)::integer]
  end;
  with parts as (
    select p.ordinal, p.fen from app.largest_remainder(net, array[0, 1, 2, 3], shares) p
  ), inventor_shares as (
    select array_agg(i.position::integer order by i.position) as positions,
           array_agg((i.share * 100)::integer order by i.position) as points
    from public.listing_inventors i where i.listing_id = d.listing_id
  ), inventor_lines as (
    select i.position, i.name, i.profile_id, s.fen
    from inventor_shares x, app.largest_remainder((select p.fen from parts p where p.ordinal = 0), x.positions, x.points) s
    join public.listing_inventors i on i.listing_id = d.listing_id and i.position = s.ordinal
    where shares[1] > 0
  ), wanted as (
    select 'inventor'::public.distribution_recipient as recipient, v.position as inventor_position, v.name as inventor_name,
           v.profile_id, null::uuid as organization_id, v.fen, v.position as ordinal
    from inventor_lines v
    union all
    select case p.ordinal when 1 then 'college' when 2 then 'university' else 'office' end::public.distribution_recipient,
           null, null, null, case p.ordinal when 1 then coalesce(l.college_id, d.institution_id) else d.institution_id end,
           p.fen, 100 + p.ordinal
    from parts p where p.ordinal > 0 and shares[p.ordinal + 1] > 0
  ), written as (
    insert into public.distribution_lines (receipt_id, deal_id, recipient, inventor_position, inventor_name, profile_id,
      organization_id, amount_fen, policy_id, approval_key, approved_by)
    select r.id, d.id, w.recipient, w.inventor_position, w.inventor_name, w.profile_id, w.organization_id, w.fen, policy.id,
           approve_distribution.approval_key, auth.uid()
    from wanted w order by w.ordinal
    returning 1
  )
  select count(*) into made from written;
  update public.receipts set distribution_approved_at = now() where id = r.id;
  perform app.announce_distribution(r.id, approve_distribution.approval_key);
  return made;
end
$$;
comment on function app.approve_distribution(uuid, uuid) is
  'Raises ZQ306 rewardPolicyMissing (src/lib/contracts/database-errors.ts).';

-- A correction: negative copies of every line still standing, and the receipt may be distributed
-- again (after its deductions are corrected). Refused once one of its lines has been paid out.
create function app.reverse_distribution(receipt uuid, reversal_key uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  r public.receipts;
  made integer;
begin
  select * into r from public.receipts x where x.id = receipt for update;
  if r.id is null or not app.manages_deal_income(r.deal_id) then
    raise exception 'only the deal''s officers reverse its distribution' using errcode = '42501';
  end if;
  if exists (select 1 from public.distribution_lines x where x.approval_key = reversal_key) then
    return 0;
  end if;
  if r.distribution_approved_at is null then
    raise exception 'the receipt''s distribution is not approved' using errcode = 'ZQ307';
  end if;
  if exists (select 1 from public.distribution_lines x join public.distribution_payouts p on p.distribution_line_id = x.id
             where x.receipt_id = r.id and not exists (select 1 from public.distribution_lines y where y.reverses_id = x.id)) then
    raise exception 'a line of this distribution has been paid out' using errcode = 'ZQ308';
  end if;
  with written as (
    insert into public.distribution_lines (receipt_id, deal_id, recipient, inventor_position, inventor_name, profile_id,
      organization_id, amount_fen, reverses_id, policy_id, approval_key, approved_by)
    select x.receipt_id, x.deal_id, x.recipient, x.inventor_position, x.inventor_name, x.profile_id, x.organization_id,
           -x.amount_fen, x.id, x.policy_id, reversal_key, auth.uid()
    from public.distribution_lines x
    where x.receipt_id = r.id and x.reverses_id is null
      and not exists (select 1 from public.distribution_lines y where y.reverses_id = x.id)
    order by x.id
    returning 1
  )
  select count(*) into made from written;
  update public.receipts set distribution_approved_at = null where id = r.id;
  perform app.announce_distribution(r.id, reversal_key);
  return made;
end
$$;
comment on function app.reverse_distribution(uuid, uuid) is
  'Raises ZQ307 distributionNotApproved, ZQ308 distributionPaid (src/lib/contracts/database-errors.ts).';

create trigger distribution_lines_append_only before update on public.distribution_lines
  for each row execute function app.forbid_change();

create function app.prepare_payout() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  line public.distribution_lines;
begin
  select * into line from public.distribution_lines x where x.id = new.distribution_line_id;
  -- The receipt's lock: a reversal of this distribution waits for the payout, or the payout for it.
  perform 1 from public.receipts r where r.id = line.receipt_id for update;
  if line.id is null or not app.manages_deal_income(line.deal_id) then
    raise exception 'only the deal''s officers record payouts' using errcode = '42501';
  end if;
  if line.recipient <> 'inventor' or line.reverses_id is not null or line.amount_fen <= 0
     or exists (select 1 from public.distribution_lines y where y.reverses_id = line.id) then
    raise exception 'only an inventor''s standing line is paid out' using errcode = 'ZQ309';
  end if;
  if new.paid_on > (now() at time zone 'Asia/Shanghai')::date then
    raise exception 'a payout cannot be dated after today' using errcode = 'ZQ025';
  end if;
  new.recorded_by := auth.uid();
  new.created_at := now();
  return new;
end
$$;
comment on function app.prepare_payout() is
  'Raises ZQ309 payoutRefused, ZQ025 dayNotYetCome (src/lib/contracts/database-errors.ts).';
create trigger distribution_payouts_prepare before insert on public.distribution_payouts
  for each row execute function app.prepare_payout();
create trigger distribution_payouts_append_only before update on public.distribution_payouts
  for each row execute function app.forbid_change();

-- ---------------------------------------------------------------------------------------------
-- Reading: what each schedule line is due and has received, and the deal's totals
-- ---------------------------------------------------------------------------------------------

-- What a line asks for: its amount; a royalty line, its report's computed royalty; a minimum line,
-- the shortfall of the royalties reported for periods ending in its contract year. Null: nothing
-- known yet (a royalty period not reported) or nothing in money (equity).
create function app.schedule_line_due_fen(line public.payment_schedule_lines, minimum bigint) returns bigint
language sql stable security definer set search_path = '' as $$
  select case line.kind
    when 'upfront' then line.amount_fen
    when 'milestone' then line.amount_fen
    when 'royalty' then (select r.computed_royalty_fen from public.royalty_reports r where r.schedule_line_id = line.id)
    when 'minimum_royalty' then greatest(0, minimum - coalesce((
      select sum(r.computed_royalty_fen) from public.royalty_reports r
      where r.deal_id = line.deal_id and r.period_end between line.period_start and line.period_end), 0))::bigint
    else null
  end
$$;

-- Every line of a deal with what it is due, what was received against it and whether it is
-- overdue on `today`: due date past and not fully received, or a royalty period past its due date
-- without a report. For the owner's functions only (no access check): readers go through
-- app.deal_schedule.
create function app.schedule_with_receipts(deal uuid, today date)
returns table (id uuid, kind public.income_line_kind, "position" integer, description text, amount_fen bigint,
  equity_percent numeric, due_on date, due_trigger text, period_start date, period_end date, due_fen bigint,
  received_fen bigint, reported boolean, overdue boolean)
language sql stable security definer set search_path = '' as $$
  select l.id, l.kind, l.position, l.description, l.amount_fen, l.equity_percent, l.due_on, l.due_trigger,
         l.period_start, l.period_end, x.due_fen, x.received_fen, x.reported,
         coalesce(l.due_on < today, false) and l.kind <> 'equity'
           and ((l.kind = 'royalty' and not x.reported) or x.received_fen < coalesce(x.due_fen, 0)) as overdue
  from public.payment_schedule_lines l
  join public.deals d on d.id = l.deal_id
  cross join lateral (
    select app.schedule_line_due_fen(l, d.minimum_annual_royalty_fen) as due_fen,
           coalesce((select sum(r.amount_fen) from public.receipts r where r.schedule_line_id = l.id), 0)::bigint as received_fen,
           exists (select 1 from public.royalty_reports r where r.schedule_line_id = l.id) as reported
  ) x
  where l.deal_id = deal
  order by l.position
$$;

-- The same, for the readers of the deal's income only (its officers and admins, its company, its
-- inventors with an account); empty for anyone else.
create function app.deal_schedule(deal uuid, today date)
returns table (id uuid, kind public.income_line_kind, "position" integer, description text, amount_fen bigint,
  equity_percent numeric, due_on date, due_trigger text, period_start date, period_end date, due_fen bigint,
  received_fen bigint, reported boolean, overdue boolean)
language sql stable security definer set search_path = '' as $$
  select s.* from app.schedule_with_receipts(deal, today) s where app.may_read_deal_income(deal)
$$;

-- A deal's totals, for everyone who reads its income (inventors included, who read no receipt).
-- The company gets no deduction or distribution figure (null), the inventors no deduction figure.
create function app.deal_income_totals(deal uuid, today date)
returns table (due_fen bigint, received_fen bigint, overdue_fen bigint, deducted_fen bigint, distributed_fen bigint,
  inventors_fen bigint, paid_out_fen bigint)
language sql stable security definer set search_path = '' as $$
  with reader as (
    select app.may_audit_deal_income(deal) as manages,
           exists (select 1 from public.deals d join public.listing_inventors i on i.listing_id = d.listing_id
                   where d.id = deal and i.profile_id = auth.uid()) as inventor
  )
  select coalesce((select sum(s.due_fen) from app.schedule_with_receipts(deal, today) s), 0)::bigint,
         coalesce((select sum(r.amount_fen) from public.receipts r where r.deal_id = deal), 0)::bigint,
         coalesce((select sum(greatest(0, coalesce(s.due_fen, 0) - s.received_fen)) from app.schedule_with_receipts(deal, today) s
                   where s.overdue), 0)::bigint,
         case when reader.manages then coalesce((select sum(x.amount_fen) from public.receipt_deductions x
           join public.receipts r on r.id = x.receipt_id where r.deal_id = deal), 0)::bigint end,
         case when reader.manages or reader.inventor then coalesce((select sum(x.amount_fen)
           from public.distribution_lines x where x.deal_id = deal), 0)::bigint end,
         case when reader.manages or reader.inventor then coalesce((select sum(x.amount_fen)
           from public.distribution_lines x where x.deal_id = deal and x.recipient = 'inventor'), 0)::bigint end,
         case when reader.manages or reader.inventor then coalesce((select sum(x.amount_fen) from public.distribution_lines x
           join public.distribution_payouts p on p.distribution_line_id = x.id where x.deal_id = deal), 0)::bigint end
  from reader
  where app.may_read_deal_income(deal)
$$;

-- ---------------------------------------------------------------------------------------------
-- Overdue notifications and realtime
-- ---------------------------------------------------------------------------------------------

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in ('listing_published',
  'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received', 'interest_declined',
  'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue'));

-- A line due and not (fully) received, on a signed or closed-won deal, reaches the deal's officer
-- and the company's members once (the line is stamped). The message is the line's due date.
create function app.notify_overdue_income_at(at timestamptz) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  today date := (at at time zone 'Asia/Shanghai')::date;
  notified integer;
begin
  with due as (
    update public.payment_schedule_lines l set overdue_notified_at = now()
    from public.deals d
    where d.id = l.deal_id and d.stage in ('signed', 'closed_won') and l.overdue_notified_at is null
      and l.due_on < today and l.kind <> 'equity'
      and exists (select 1 from app.schedule_with_receipts(d.id, today) s where s.id = l.id and s.overdue)
    returning l.deal_id, l.due_on, d.officer_id, d.company_id, d.listing_id
  ), sent as (
    insert into public.notifications (user_id, kind, listing_id, deal_id, message)
    select person, 'income_overdue', due.listing_id, due.deal_id, to_char(due.due_on, 'YYYY-MM-DD')
    from due, lateral (
      select due.officer_id as person where due.officer_id is not null
      union
      select p.id from public.profiles p where p.organization_id = due.company_id and p.role = 'company'
    ) people
    returning 1
  )
  select count(*) into notified from sent;
  return notified;
end
$$;

create function app.notify_overdue_income() returns integer
language sql security definer set search_path = '' as $$
  select app.notify_overdue_income_at(now())
$$;

-- Reports and receipts are announced in the deal room, without amounts (the company reads it).
create function app.announce_income() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform app.publish('deal:' || new.deal_id, 'income',
    jsonb_build_object(case tg_table_name when 'royalty_reports' then 'report' else 'receipt' end, new.id));
  return null;
end
$$;
create trigger royalty_reports_announce after insert on public.royalty_reports
  for each row execute function app.announce_income();
create trigger receipts_announce after insert on public.receipts
  for each row execute function app.announce_income();

-- An approval or reversal: the deal room hears that the receipt's distribution changed (no
-- amounts), and each inventor with an account who got a line hears it on their own topic.
create function app.announce_distribution(receipt uuid, approval_key uuid) returns void
language plpgsql security definer set search_path = '' as $$
declare
  deal uuid := (select r.deal_id from public.receipts r where r.id = receipt);
  person uuid;
begin
  perform app.publish('deal:' || deal, 'income', jsonb_build_object('distribution', receipt));
  for person in select distinct x.profile_id from public.distribution_lines x
                where x.approval_key = announce_distribution.approval_key and x.profile_id is not null loop
    perform app.publish('user:' || person, 'reward', jsonb_build_object('deal', deal, 'receipt', receipt));
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Access
-- ---------------------------------------------------------------------------------------------

alter table public.royalty_reports enable row level security;
revoke all on public.royalty_reports from anon, authenticated;
grant all on public.royalty_reports to service_role;
grant select on public.royalty_reports to authenticated;
grant insert (deal_id, schedule_line_id, sales_fen, stated_royalty_fen, document_id, idempotency_key)
  on public.royalty_reports to authenticated;
create policy royalty_reports_read on public.royalty_reports for select to authenticated
  using (app.may_read_receipts(deal_id));
create policy royalty_reports_insert on public.royalty_reports for insert to authenticated
  with check (exists (select 1 from public.deals d where d.id = deal_id and d.company_id = (select app.current_company())));

alter table public.receipts enable row level security;
revoke all on public.receipts from anon, authenticated;
grant all on public.receipts to service_role;
grant select on public.receipts to authenticated;
grant insert (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, document_id, idempotency_key)
  on public.receipts to authenticated;
create policy receipts_read on public.receipts for select to authenticated
  using (app.may_read_receipts(deal_id));
create policy receipts_insert on public.receipts for insert to authenticated
  with check (app.manages_deal_income(deal_id));

alter table public.receipt_deductions enable row level security;
revoke all on public.receipt_deductions from anon, authenticated;
grant all on public.receipt_deductions to service_role;
grant select, delete on public.receipt_deductions to authenticated;
grant insert (receipt_id, kind, amount_fen, note, idempotency_key) on public.receipt_deductions to authenticated;
create policy receipt_deductions_read on public.receipt_deductions for select to authenticated
  using (exists (select 1 from public.receipts r where r.id = receipt_id and app.may_audit_deal_income(r.deal_id)));
create policy receipt_deductions_write on public.receipt_deductions for insert to authenticated
  with check (exists (select 1 from public.receipts r where r.id = receipt_id and app.manages_deal_income(r.deal_id)));
create policy receipt_deductions_delete on public.receipt_deductions for delete to authenticated
  using (exists (select 1 from public.receipts r where r.id = receipt_id and app.manages_deal_income(r.deal_id)));

alter table public.distribution_lines enable row level security;
revoke all on public.distribution_lines from anon, authenticated;
grant all on public.distribution_lines to service_role;
grant select on public.distribution_lines to authenticated;
create policy distribution_lines_read on public.distribution_lines for select to authenticated
  using (profile_id = (select auth.uid()) or app.may_audit_deal_income(deal_id));

alter table public.distribution_payouts enable row level security;
revoke all on public.distribution_payouts from anon, authenticated;
grant all on public.distribution_payouts to service_role;
grant select on public.distribution_payouts to authenticated;
grant insert (distribution_line_id, paid_on, reference) on public.distribution_payouts to authenticated;
create policy distribution_payouts_read on public.distribution_payouts for select to authenticated
  using (exists (select 1 from public.distribution_lines x where x.id = distribution_line_id
                 and (x.profile_id = (select auth.uid()) or app.may_audit_deal_income(x.deal_id))));
create policy distribution_payouts_insert on public.distribution_payouts for insert to authenticated
  with check (exists (select 1 from public.distribution_lines x where x.id = distribution_line_id
                      and app.manages_deal_income(x.deal_id)));

revoke all on function app.may_audit_deal_income(uuid), app.may_read_receipts(uuid) from public;
grant execute on function app.may_audit_deal_income(uuid), app.may_read_receipts(uuid) to authenticated, service_role;
revoke all on function app.royalty_fen(bigint, numeric), app.largest_remainder(bigint, integer[], integer[]),
  app.approve_distribution(uuid, uuid), app.reverse_distribution(uuid, uuid),
  app.schedule_line_due_fen(public.payment_schedule_lines, bigint), app.schedule_with_receipts(uuid, date),
  app.deal_schedule(uuid, date),
  app.deal_income_totals(uuid, date), app.notify_overdue_income_at(timestamptz), app.notify_overdue_income(),
  app.announce_distribution(uuid, uuid) from public;
grant execute on function app.royalty_fen(bigint, numeric), app.largest_remainder(bigint, integer[], integer[]),
  app.approve_distribution(uuid, uuid), app.reverse_distribution(uuid, uuid), app.deal_schedule(uuid, date),
  app.deal_income_totals(uuid, date), app.notify_overdue_income() to authenticated, service_role;
grant execute on function app.notify_overdue_income_at(timestamptz) to service_role;
