-- Civil Code Art. 444 for licences taken under an open licence: app.accept_open_licence inserts its
-- deal already closed won, so the guard on stage moves (deals_pledge_guard, …_pledge_loans.sql)
-- never saw it, and a company could take a licence on a pledged patent the bank had not consented
-- to license. The same guard now runs on insert. Security invariant: no deal reaches public notice,
-- signed or closed won on a pledged number without a pledgee consent of its scope, whichever way it
-- was made. Named to fire after deals_prepare (triggers fire in name order), which fills the mode.
create trigger deals_refuse_pledged_insert before insert on public.deals for each row
  when (new.stage in ('public_notice', 'signed', 'closed_won'))
  execute function app.guard_pledged_deal();
