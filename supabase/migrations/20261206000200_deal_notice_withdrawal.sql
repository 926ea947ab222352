-- An upheld objection withdraws the notice and sends the deal back to negotiation
-- (20261206000100_public_notices.sql, app.apply_objection). That is the pipeline's one backward
-- move: public_notice → negotiation while the deal's latest notice is withdrawn and none runs.
-- This function says whether that holds; the public-notice gate (deals_notice_gate,
-- 20261207000200_deal_notice_gate_withdrawal.sql) admits the move with it, and app.guard_deal_update
-- does not see the move at all. (This file once carried a copy of app.guard_deal_update with the
-- condition inside; a database that applied that copy keeps it, where the condition is now never
-- reached.)
create function app.notice_withdrawn(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.public_notices n where n.deal_id = deal and n.withdrawn_at is not null)
     and not exists (select 1 from public.public_notices n where n.deal_id = deal and n.withdrawn_at is null)
$$;
revoke all on function app.notice_withdrawn(uuid) from public;
grant execute on function app.notice_withdrawn(uuid) to service_role;
