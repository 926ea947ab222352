-- The unified social credit code (统一社会信用代码, GB 32100-2015) an admin checks against the
-- business licence before verifying an organisation. Colleges have none of their own (they
-- belong to their university), and organisations not yet checked have none yet, so it may be null.

-- The same rule as src/lib/rules/credit-code.ts (a database test compares the two): 18
-- characters from a 31-character alphabet, the last a check character over the first 17 with
-- weights 3^(i-1) mod 31. In the database as well, so no path stores a code a licence cannot carry.
create or replace function app.credit_code_valid(code text)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  total integer := 0;
  position_value integer;
begin
  if code is null or code !~ '^[0-9A-HJ-NPQRTUWXY]{18}$' then
    return false;
  end if;
  for i in 1..17 loop
    position_value := strpos(alphabet, substr(code, i, 1)) - 1;
    total := total + position_value * ((3 ^ (i - 1))::numeric % 31)::integer;
  end loop;
  return substr(alphabet, ((31 - total % 31) % 31) + 1, 1) = substr(code, 18, 1);
end
$$;
grant execute on function app.credit_code_valid(text) to public;

alter table public.organizations add column if not exists credit_code text;
alter table public.organizations drop constraint if exists organizations_credit_code_check;
alter table public.organizations add constraint organizations_credit_code_check
  check (credit_code is null or app.credit_code_valid(credit_code));
-- One organisation per code: a second account for the same company is found, not verified twice.
create unique index if not exists organizations_credit_code_key on public.organizations (credit_code)
  where credit_code is not null;

-- Like verified and public_notice_days: the column grant lets the update through, the
-- organizations_admin_update policy keeps it to admins.
grant update (credit_code) on public.organizations to authenticated;

-- The audit log records a code set or changed, beside the verified flag.
create or replace trigger organizations_audit after update on public.organizations
  for each row execute function app.record_audit_event('verified', 'credit_code');
