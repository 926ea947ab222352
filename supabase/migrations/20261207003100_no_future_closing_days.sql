-- A filing recorded as done and an NDA signed on paper happened on a day that has come: a date
-- after today (Asia/Shanghai, the universities' calendar) is refused (ZQ025), so a typo such as
-- 2199 cannot settle a filing and let the deal close won. The forms say so at the date field
-- first (src/lib/schemas/closing.ts); this holds for any other writer.
create function app.refuse_future_closing_day() returns trigger
language plpgsql set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Shanghai')::date;
begin
  if tg_table_name = 'deal_filings' then
    if new.filed_on > today then
      raise exception 'a filing cannot be dated after today' using errcode = 'ZQ025';
    end if;
  elsif new.signed_on > today then
    raise exception 'an NDA cannot be signed after today' using errcode = 'ZQ025';
  end if;
  return new;
end
$$;
revoke all on function app.refuse_future_closing_day() from public;
comment on function app.refuse_future_closing_day() is
  'Raises ZQ025 dayNotYetCome (src/lib/contracts/database-errors.ts).';

create trigger deal_filings_no_future_day before insert or update of filed_on on public.deal_filings
  for each row execute function app.refuse_future_closing_day();
create trigger deal_ndas_no_future_day before insert on public.deal_ndas
  for each row execute function app.refuse_future_closing_day();
