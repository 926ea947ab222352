-- The income report and inventors' statements (docs/domain.md, "Income report and statements")
-- name each deal by its listing, university, college, industry and company, and date each
-- distribution line by its receipt. Admins read all income but no deal rows, and inventors read
-- their own lines but no receipts, so these two functions hand out exactly those facts, and only
-- to the deal's income office (its university's officers), admins, and the inventors who got a
-- line in the deal. A company, which reads its receipts, gets no report: the report is the office's.

create function app.income_deal(deal uuid)
returns table (listing_title text, institution_id uuid, college_id uuid, industry public.industry, company_id uuid)
language sql stable security definer set search_path = '' as $$
  select l.title, d.institution_id, l.college_id, l.industry, d.company_id
  from public.deals d join public.listings l on l.id = d.listing_id
  where d.id = deal
    and (app.manages_deal_income(d.id)
         or coalesce((select app.current_user_role()) = 'admin', false)
         or exists (select 1 from public.distribution_lines x where x.deal_id = d.id and x.profile_id = (select auth.uid())))
$$;

-- The day and amount of the receipt behind a line, for whoever may read the line.
create function app.line_receipt(line bigint)
returns table (received_on date, amount_fen bigint)
language sql stable security definer set search_path = '' as $$
  select r.received_on, r.amount_fen
  from public.distribution_lines x join public.receipts r on r.id = x.receipt_id
  where x.id = line
    and (x.profile_id = (select auth.uid()) or app.manages_deal_income(x.deal_id)
         or coalesce((select app.current_user_role()) = 'admin', false))
$$;

revoke all on function app.income_deal(uuid), app.line_receipt(bigint) from public;
grant execute on function app.income_deal(uuid), app.line_receipt(bigint) to authenticated, service_role;
