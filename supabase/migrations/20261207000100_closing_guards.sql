-- Guards found by the browser walk of issue #19 (docs/domain.md, "Objections" and "Filings after
-- signing"). Security invariants:
--   * An objection form is sent once: each rendered form carries an idempotency key, unique here,
--     so a replay (Back, reload, a double tap, two requests at once) creates no second row. The
--     sender reads back only the reference of the objection their key made (app.objection_by_key).
--   * A settled filing (done or waived) is final: its outcome, number, date, evidence and reason
--     never change again (ZQ024). Nobody may correct one in place; a wrong record is explained in
--     the deal's messages, and the audit log keeps what was recorded.
--   * The audit log names a deal by its listing's title, for admins only (app.audit_deal_label).
-- Error codes are named in src/lib/contracts/database-errors.ts.

alter table public.notice_objections add column idempotency_key uuid unique;
grant insert (idempotency_key) on public.notice_objections to anon, authenticated;

-- The objection a form's key made, if any: its reference, and whether it said the same as this
-- send (a replay) or not (the key is being reused for other words). Whoever holds the key held the
-- rendered form; the reference is public anyway (app.notice_objection_summaries).
create function app.objection_by_key(key uuid, notice uuid, name text, contact text, grounds text)
returns table (reference text, same boolean)
language sql stable security definer set search_path = '' as $$
  select o.reference,
         o.notice_id = objection_by_key.notice and o.name = objection_by_key.name
           and o.contact = objection_by_key.contact and o.grounds = objection_by_key.grounds
  from public.notice_objections o where o.idempotency_key = objection_by_key.key
$$;
revoke all on function app.objection_by_key(uuid, uuid, text, text, text) from public;
grant execute on function app.objection_by_key(uuid, uuid, text, text, text) to anon, authenticated, service_role;

-- A settled filing's outcome is final: any update that sets its outcome columns is refused, even
-- to the same values, so a replayed "record" or "waive" is told so instead of passing as a no-op.
-- (Its owner and the overdue reminder's mark are other columns.) Fires after
-- deal_filings_guard_update (name order), which refuses any change outside a signed, open deal.
create function app.guard_settled_filing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.status <> 'pending' then
    raise exception 'a settled filing is final' using errcode = 'ZQ024';
  end if;
  return new;
end
$$;
comment on function app.guard_settled_filing() is
  'Raises ZQ024 filingSettled (src/lib/contracts/database-errors.ts).';
create trigger deal_filings_settled_final
  before update of status, filing_number, filed_on, evidence_document_id, waive_reason on public.deal_filings
  for each row execute function app.guard_settled_filing();

-- What the audit log shows for a deal (a filing waiver): its listing's title. Admins read the log,
-- not the deal (deals are for their participants), so this reads with the definer's rights and
-- answers admins only.
create function app.audit_deal_label(deal uuid) returns text
language sql stable security definer set search_path = '' as $$
  select l.title from public.deals d join public.listings l on l.id = d.listing_id
  where d.id = deal and (select app.current_user_role()) = 'admin'
$$;
revoke all on function app.audit_deal_label(uuid) from public;
grant execute on function app.audit_deal_label(uuid) to authenticated, service_role;
