-- A university's patent portfolio and portfolio watch (docs/domain.md, "Patent portfolio"; issue #23).
-- Patents a university holds, on their own (not inside a listing): imported from CNIPA's or an
-- agency's export, with the history of their legal status and the decisions taken on their annual fees.
-- Security invariants:
--   * Read and write: the officers of the university (or of one of its colleges), through
--     app.manages_portfolio. Admins read. Nobody else: not researchers, companies, agencies, anon.
--     A later public navigation page reads aggregate counts only, through a definer function.
--   * The status history is written by triggers only (no request role may insert or change it).
--   * An import is stored (its valid rows, its per-row errors) before it is confirmed; confirming
--     it (app.confirm_portfolio_import) upserts on (university, application number), so a replayed
--     confirm changes nothing and never duplicates a patent.
--   * A fee decision is made once per patent and fee date (ZQ580), on the patent's next fee date
--     only (ZQ581), through app.decide_portfolio_fee, which audits it.
-- Legal status: public.patent_legal_status as it is (pending, granted, lapsed). CNIPA's finer
-- statuses (公开, 实质审查, 有权, 驳回, 撤回, 未缴年费终止, 期限届满, 无效 …) map onto these three on import
-- (src/lib/rules/portfolio-row.ts): whether a patent is available, in force, or gone is what the
-- portfolio, the fee dates and the other pages act on.

create table public.portfolio_patents (
  id uuid primary key default gen_random_uuid(),
  university_id uuid not null references public.organizations (id) on delete cascade,
  application_number text not null check (application_number ~ '^(\d{12}|\d{8})\.[0-9X]$'),
  title text not null check (char_length(btrim(title)) between 1 and 200),
  patent_type public.patent_type not null,
  applicants text[] not null default '{}' check (cardinality(applicants) <= 20),
  inventors text[] not null default '{}' check (cardinality(inventors) <= 50),
  filed_on date not null,
  granted_on date,
  legal_status public.patent_legal_status not null,
  -- The first code is the main classification (主分类号).
  ipc_codes text[] not null default '{}' check (cardinality(ipc_codes) <= 20
    and array_to_string(ipc_codes, ',') ~ '^([A-H]\d{2}[A-Z] \d{1,4}/\d{2,6}(,|$))*$'),
  -- Announced in the portfolio watch: the fee date whose "due" notice was sent.
  fee_notified_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (university_id, application_number),
  constraint portfolio_patents_grant_after_filing check (granted_on is null or granted_on >= filed_on),
  constraint portfolio_patents_granted_has_date check (legal_status <> 'granted' or granted_on is not null)
);
create index portfolio_patents_status_idx on public.portfolio_patents (university_id, legal_status);

-- Each change of legal status: from (null when the patent entered the portfolio), to, when, who, how.
create table public.portfolio_status_changes (
  id bigint generated always as identity primary key,
  patent_id uuid not null references public.portfolio_patents (id) on delete cascade,
  from_status public.patent_legal_status,
  to_status public.patent_legal_status not null,
  changed_at timestamptz not null default now(),
  changed_by uuid references public.profiles (id) on delete set null,
  source text not null check (source in ('import', 'manual', 'decision'))
);
create index portfolio_status_changes_patent_idx on public.portfolio_status_changes (patent_id, id);

-- An uploaded file, parsed, waiting for its confirmation: the token is the id.
create table public.portfolio_imports (
  id uuid primary key default gen_random_uuid(),
  university_id uuid not null references public.organizations (id) on delete cascade,
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  file_name text not null check (char_length(file_name) <= 200),
  rows jsonb not null check (jsonb_typeof(rows) = 'array'),
  errors jsonb not null default '[]' check (jsonb_typeof(errors) = 'array'),
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  added integer,
  updated integer,
  unchanged integer
);

create type public.portfolio_fee_decision as enum ('keep', 'let_lapse', 'open_licence', 'offer');

create table public.portfolio_fee_decisions (
  id uuid primary key default gen_random_uuid(),
  patent_id uuid not null references public.portfolio_patents (id) on delete cascade,
  due_on date not null,
  decision public.portfolio_fee_decision not null,
  note text not null default '' check (char_length(note) <= 500),
  lapse_now boolean not null default false,
  decided_by uuid references public.profiles (id) on delete set null,
  decided_at timestamptz not null default now(),
  creation_key uuid not null unique,
  unique (patent_id, due_on),
  constraint portfolio_fee_decisions_lapse_now check (not lapse_now or decision = 'let_lapse')
);

-- ---------------------------------------------------------------------------------------------
-- Terms (the same rules as src/lib/rules/patent-term.ts; tests/db/portfolio.test.ts compares them)
-- ---------------------------------------------------------------------------------------------

-- Invention 20 years from filing; utility model 10; design 10, or 15 when filed from 2021-06-01
-- (Patent Law as amended in 2020, Art. 42). The patent ends the day before the anniversary.
create function app.patent_expires_on(kind public.patent_type, filed date) returns date
language sql immutable set search_path = '' as $$
  select (filed + make_interval(years => case
    when kind = 'invention' then 20
    when kind = 'design' and filed >= date '2021-06-01' then 15
    else 10 end))::date - 1
$$;

-- The next annual fee date on or after `today`: an anniversary of the filing date, once granted
-- (the grant year's fee is paid at registration, so not before the grant), while in force (not
-- lapsed, before expiry). Null when none falls due.
create function app.next_annual_fee_on(kind public.patent_type, filed date, granted date,
  status public.patent_legal_status, today date) returns date
language sql immutable set search_path = '' as $$
  select min(d) from (
    select (filed + make_interval(years => n))::date as d from generate_series(1, 20) n
  ) anniversaries
  where status = 'granted' and granted is not null
    and d >= today and d > granted and d <= app.patent_expires_on(kind, filed)
$$;

-- ---------------------------------------------------------------------------------------------
-- Status history (triggers only)
-- ---------------------------------------------------------------------------------------------

-- The source of a change is what the writing function says (`app.portfolio_source`, set local by
-- the import and decision functions); anything else is manual.
create function app.portfolio_change_source() returns text
language sql stable set search_path = '' as $$
  select case nullif(current_setting('app.portfolio_source', true), '')
    when 'import' then 'import' when 'decision' then 'decision' else 'manual' end
$$;

create function app.record_portfolio_entries() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.portfolio_status_changes (patent_id, from_status, to_status, changed_by, source)
  select a.id, null, a.legal_status, auth.uid(), app.portfolio_change_source() from added a;
  return null;
end
$$;
create trigger portfolio_patents_entries after insert on public.portfolio_patents
  referencing new table as added for each statement execute function app.record_portfolio_entries();

create function app.record_portfolio_status_changes() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.portfolio_status_changes (patent_id, from_status, to_status, changed_by, source)
  select n.id, o.legal_status, n.legal_status, auth.uid(), app.portfolio_change_source()
  from changed n join previous o on o.id = n.id
  where n.legal_status is distinct from o.legal_status;
  return null;
end
$$;
create trigger portfolio_patents_status_changes after update on public.portfolio_patents
  referencing old table as previous new table as changed for each statement
  execute function app.record_portfolio_status_changes();

create function app.touch_portfolio_patent() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end
$$;
create trigger portfolio_patents_touch before update on public.portfolio_patents
  for each row execute function app.touch_portfolio_patent();

-- ---------------------------------------------------------------------------------------------
-- Who manages a portfolio
-- ---------------------------------------------------------------------------------------------

create function app.manages_portfolio(university uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select university in (select app.officer_institutions())
    and exists (select 1 from public.organizations o where o.id = university and o.kind = 'university')
$$;

create function app.reads_portfolio(university uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.manages_portfolio(university) or coalesce((select app.current_user_role()) = 'admin', false)
$$;

-- ---------------------------------------------------------------------------------------------
-- Import: confirm a stored import
-- ---------------------------------------------------------------------------------------------

-- Upserts the import's rows on (university, application number) and stamps the import with its
-- counts. A confirmed import answers with the counts it stamped: a replay writes nothing.
create function app.confirm_portfolio_import(token uuid)
returns table (added integer, updated integer, unchanged integer)
language plpgsql security definer set search_path = '' as $$
declare
  import public.portfolio_imports;
  total integer;
  written integer;
  inserted integer;
begin
  select * into import from public.portfolio_imports i where i.id = token for update;
  if import.id is null or not app.manages_portfolio(import.university_id) then
    raise exception 'no such import' using errcode = 'P0002';
  end if;
  if import.confirmed_at is null then
    perform set_config('app.portfolio_source', 'import', true);
    total := jsonb_array_length(import.rows);
    with incoming as (
      select distinct on (r.application_number) r.*
      from jsonb_to_recordset(import.rows) as r(application_number text, title text, patent_type public.patent_type,
        applicants text[], inventors text[], filed_on date, granted_on date, legal_status public.patent_legal_status,
        ipc_codes text[])
      order by r.application_number
    ), upserted as (
      insert into public.portfolio_patents as p (university_id, application_number, title, patent_type, applicants,
        inventors, filed_on, granted_on, legal_status, ipc_codes)
      select import.university_id, i.application_number, i.title, i.patent_type, coalesce(i.applicants, '{}'),
             coalesce(i.inventors, '{}'), i.filed_on, i.granted_on, i.legal_status, coalesce(i.ipc_codes, '{}')
      from incoming i
      on conflict (university_id, application_number) do update set
        title = excluded.title, patent_type = excluded.patent_type, applicants = excluded.applicants,
        inventors = excluded.inventors, filed_on = excluded.filed_on, granted_on = excluded.granted_on,
        legal_status = excluded.legal_status, ipc_codes = excluded.ipc_codes
      where (p.title, p.patent_type, p.applicants, p.inventors, p.filed_on, p.granted_on, p.legal_status, p.ipc_codes)
        is distinct from (excluded.title, excluded.patent_type, excluded.applicants, excluded.inventors,
                          excluded.filed_on, excluded.granted_on, excluded.legal_status, excluded.ipc_codes)
      returning (xmax = 0) as is_new
    )
    select count(*), count(*) filter (where is_new) into written, inserted from upserted;
    perform set_config('app.portfolio_source', '', true);
    update public.portfolio_imports i set confirmed_at = now(), added = inserted, updated = written - inserted,
      unchanged = (select count(distinct r ->> 'application_number') from jsonb_array_elements(import.rows) r) - written
    where i.id = token
    returning * into import;
  end if;
  return query select import.added, import.updated, import.unchanged;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Fee decisions
-- ---------------------------------------------------------------------------------------------

-- Records the decision on a patent's next annual fee, audits it and, for "let lapse" with
-- `lapse_now`, marks the patent lapsed at once (otherwise app.lapse_portfolio_patents_at does it
-- once the fee date has passed). A replay (same key) answers with the decision it made.
create function app.decide_portfolio_fee(patent uuid, due date, choice public.portfolio_fee_decision,
  note text, lapse_now boolean, key uuid, today date) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  p public.portfolio_patents;
  made uuid;
begin
  select d.id into made from public.portfolio_fee_decisions d
  where d.creation_key = key and d.patent_id = patent and d.decided_by = auth.uid();
  if made is not null then
    return made;
  end if;
  select * into p from public.portfolio_patents x where x.id = patent for update;
  if p.id is null or not app.manages_portfolio(p.university_id) then
    raise exception 'no such patent' using errcode = 'P0002';
  end if;
  if due is distinct from app.next_annual_fee_on(p.patent_type, p.filed_on, p.granted_on, p.legal_status, today) then
    raise exception 'not the next annual fee date' using errcode = 'ZQ581';
  end if;
  if exists (select 1 from public.portfolio_fee_decisions d where d.patent_id = patent and d.due_on = due) then
    raise exception 'this fee is decided' using errcode = 'ZQ580';
  end if;
  insert into public.portfolio_fee_decisions (patent_id, due_on, decision, note, lapse_now, decided_by, creation_key)
  values (patent, due, choice, coalesce(note, ''), coalesce(lapse_now, false) and choice = 'let_lapse', auth.uid(), key)
  returning id into made;
  insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
  values (auth.uid(), 'portfolio_fee_decisions.decide', 'portfolio_patents', patent::text, null,
          jsonb_build_object('decision', choice, 'due_on', due, 'note', coalesce(note, '')));
  if choice = 'let_lapse' and lapse_now then
    perform set_config('app.portfolio_source', 'decision', true);
    update public.portfolio_patents x set legal_status = 'lapsed' where x.id = patent;
    perform set_config('app.portfolio_source', '', true);
  end if;
  return made;
end
$$;
comment on function app.decide_portfolio_fee(uuid, date, public.portfolio_fee_decision, text, boolean, uuid, date) is
  'Raises ZQ580 portfolioFeeDecided and ZQ581 portfolioFeeNotDue (src/lib/contracts/database-errors.ts).';

-- ---------------------------------------------------------------------------------------------
-- Access
-- ---------------------------------------------------------------------------------------------

alter table public.portfolio_patents enable row level security;
alter table public.portfolio_status_changes enable row level security;
alter table public.portfolio_imports enable row level security;
alter table public.portfolio_fee_decisions enable row level security;
revoke all on public.portfolio_patents, public.portfolio_status_changes, public.portfolio_imports,
  public.portfolio_fee_decisions from anon, authenticated;
grant all on public.portfolio_patents, public.portfolio_status_changes, public.portfolio_imports,
  public.portfolio_fee_decisions to service_role;

grant select, delete on public.portfolio_patents to authenticated;
grant insert (university_id, application_number, title, patent_type, applicants, inventors, filed_on, granted_on,
  legal_status, ipc_codes) on public.portfolio_patents to authenticated;
grant update (title, patent_type, applicants, inventors, filed_on, granted_on, legal_status, ipc_codes)
  on public.portfolio_patents to authenticated;
create policy portfolio_patents_read on public.portfolio_patents for select to authenticated
  using (app.reads_portfolio(university_id));
create policy portfolio_patents_write on public.portfolio_patents for all to authenticated
  using (app.manages_portfolio(university_id)) with check (app.manages_portfolio(university_id));

grant select on public.portfolio_status_changes to authenticated;
create policy portfolio_status_changes_read on public.portfolio_status_changes for select to authenticated
  using (exists (select 1 from public.portfolio_patents p where p.id = patent_id));

grant select on public.portfolio_imports to authenticated;
grant insert (university_id, file_name, rows, errors) on public.portfolio_imports to authenticated;
create policy portfolio_imports_read on public.portfolio_imports for select to authenticated
  using (app.manages_portfolio(university_id));
create policy portfolio_imports_insert on public.portfolio_imports for insert to authenticated
  with check (app.manages_portfolio(university_id) and created_by = auth.uid());

grant select on public.portfolio_fee_decisions to authenticated;
create policy portfolio_fee_decisions_read on public.portfolio_fee_decisions for select to authenticated
  using (exists (select 1 from public.portfolio_patents p where p.id = patent_id));

revoke all on function app.patent_expires_on(public.patent_type, date),
  app.next_annual_fee_on(public.patent_type, date, date, public.patent_legal_status, date),
  app.portfolio_change_source(), app.manages_portfolio(uuid), app.reads_portfolio(uuid),
  app.confirm_portfolio_import(uuid),
  app.decide_portfolio_fee(uuid, date, public.portfolio_fee_decision, text, boolean, uuid, date) from public;
grant execute on function app.patent_expires_on(public.patent_type, date),
  app.next_annual_fee_on(public.patent_type, date, date, public.patent_legal_status, date),
  app.portfolio_change_source(), app.touch_portfolio_patent(), app.manages_portfolio(uuid), app.reads_portfolio(uuid),
  app.confirm_portfolio_import(uuid),
  app.decide_portfolio_fee(uuid, date, public.portfolio_fee_decision, text, boolean, uuid, date)
  to authenticated, service_role;
