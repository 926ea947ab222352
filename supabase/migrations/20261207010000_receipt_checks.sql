-- Receipts that the books can trust (docs/domain.md, "Income"): found by an outside walk-through,
-- each a rule the database keeps whatever path writes a receipt.
-- Security invariants:
--   * One bank transfer, one receipt: a deal takes a bank reference once (trimmed, case-insensitive;
--     the unique index below). A replay of the same post (its idempotency key) still answers with
--     the receipt it made, before the index is reached.
--   * A receipt is never more than its line still expects (ZQ310): the line's due amount
--     (app.schedule_line_due_fen: a milestone's amount, a royalty period's computed royalty, a
--     minimum year's shortfall) less what it has received. The line is locked while the sum is
--     read, so two receipts at once cannot both take the last of it.
--   * A royalty period takes money only once its report is filed (ZQ311): until then nothing is owed.
--   * A receipt is never dated before the deal began (ZQ312): the earlier of its effective date and
--     its signing day.

create unique index receipts_one_per_bank_reference on public.receipts (deal_id, lower(btrim(bank_reference)));

create or replace function app.prepare_receipt() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  line public.payment_schedule_lines;
  d public.deals;
  due bigint;
  outstanding bigint;
begin
  if exists (select 1 from public.receipts r where r.idempotency_key = new.idempotency_key) then
    return null;
  end if;
  -- The line's lock: receipts against one line are checked against its outstanding one at a time.
  select * into line from public.payment_schedule_lines l where l.id = new.schedule_line_id for update;
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
  -- least() skips a null: a deal signed without an effective date still has its signing day.
  if new.received_on < least(d.effective_on, d.signed_on) then
    raise exception 'a receipt cannot be dated before the deal began' using errcode = 'ZQ312',
      detail = to_char(least(d.effective_on, d.signed_on), 'YYYY-MM-DD');
  end if;
  -- Asked before the amount: a post sent twice (Back, then the button again without JavaScript)
  -- is told it is a duplicate, not that the line is paid. The index holds it under concurrency.
  if exists (select 1 from public.receipts r
             where r.deal_id = new.deal_id and lower(btrim(r.bank_reference)) = lower(btrim(new.bank_reference))) then
    raise exception 'the deal has a receipt with this bank reference' using errcode = '23505',
      constraint = 'receipts_one_per_bank_reference';
  end if;
  due := app.schedule_line_due_fen(line, d.minimum_annual_royalty_fen);
  if line.kind = 'royalty' and due is null then
    raise exception 'the royalty period has no report yet' using errcode = 'ZQ311';
  end if;
  outstanding := greatest(0, coalesce(due, 0)
    - coalesce((select sum(r.amount_fen) from public.receipts r where r.schedule_line_id = line.id), 0));
  if new.amount_fen > outstanding then
    -- The detail carries the outstanding amount (fen) for the form's message.
    raise exception 'the receipt is more than the line still expects' using errcode = 'ZQ310',
      detail = outstanding::text;
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
  'Raises ZQ302 incomeDealNotSigned, ZQ303 incomeLineRefused, ZQ025 dayNotYetCome, ZQ310 receiptAboveOutstanding, ZQ311 royaltyNotReported, ZQ312 receiptBeforeDeal (src/lib/contracts/database-errors.ts).';
