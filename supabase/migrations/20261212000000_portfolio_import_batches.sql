-- A portfolio import confirmed in batches, with its progress (docs/domain.md, "Patent portfolio"; issue #23).
-- A file of 10,000 rows was applied in one statement with nothing to show meanwhile; now each call of
-- app.apply_portfolio_import_batch applies the next batch in its own transaction and records how far
-- the import got, which the status page shows.
-- Security invariants:
--   * Only an officer who manages the import's university applies it (app.manages_portfolio), as before.
--   * Each row is applied once: the import row is locked (for update) while a batch is applied, and
--     the cursor (applied_rows) advances in the same transaction as the batch's upserts. A second or
--     concurrent confirmation waits for the lock, then takes the batch after; a failed batch rolls
--     back with its cursor, so confirming again resumes there. Upserting on (university, application
--     number) keeps a patent from ever being duplicated whatever happens.
--   * The progress columns are written by the function only: request roles insert only
--     (university_id, file_name, rows, errors) and update nothing.

alter table public.portfolio_imports
  -- Distinct application numbers to apply; set by the first batch.
  add column total_rows integer check (total_rows >= 0),
  -- Rows applied so far, in application-number order: the cursor of the next batch.
  add column applied_rows integer not null default 0 check (applied_rows >= 0),
  add column confirm_started_at timestamptz,
  add column progressed_at timestamptz;

-- Imports confirmed before: applied whole.
update public.portfolio_imports
set total_rows = added + updated + unchanged, applied_rows = added + updated + unchanged,
    confirm_started_at = confirmed_at, progressed_at = confirmed_at
where confirmed_at is not null;

drop function app.confirm_portfolio_import(uuid);

-- Applies the next `batch_size` rows (in application-number order) of an import, adds their counts to
-- the import's, and stamps it confirmed after the last batch. A confirmed import answers with its
-- counts and writes nothing.
create function app.apply_portfolio_import_batch(token uuid, batch_size integer)
returns table (applied integer, total integer, added integer, updated integer, unchanged integer, finished boolean)
language plpgsql security definer set search_path = '' as $$
declare
  import public.portfolio_imports;
  taken integer;
  written integer;
  inserted integer;
begin
  select * into import from public.portfolio_imports i where i.id = token for update;
  if import.id is null or not app.manages_portfolio(import.university_id) then
    raise exception 'no such import' using errcode = 'P0002';
  end if;
  if import.confirmed_at is null then
    if import.total_rows is null then
      import.total_rows := (select count(distinct r ->> 'application_number') from jsonb_array_elements(import.rows) r);
    end if;
    perform set_config('app.portfolio_source', 'import', true);
    with incoming as (
      select distinct on (r.application_number) r.*
      from jsonb_to_recordset(import.rows) as r(application_number text, title text, patent_type public.patent_type,
        applicants text[], inventors text[], filed_on date, granted_on date, legal_status public.patent_legal_status,
        ipc_codes text[])
      order by r.application_number
    ), batch as (
      select * from incoming order by application_number
      offset import.applied_rows limit greatest(1, least(coalesce(batch_size, 1000), 5000))
    ), upserted as (
      insert into public.portfolio_patents as p (university_id, application_number, title, patent_type, applicants,
        inventors, filed_on, granted_on, legal_status, ipc_codes)
      select import.university_id, b.application_number, b.title, b.patent_type, coalesce(b.applicants, '{}'),
             coalesce(b.inventors, '{}'), b.filed_on, b.granted_on, b.legal_status, coalesce(b.ipc_codes, '{}')
      from batch b
      on conflict (university_id, application_number) do update set
        title = excluded.title, patent_type = excluded.patent_type, applicants = excluded.applicants,
        inventors = excluded.inventors, filed_on = excluded.filed_on, granted_on = excluded.granted_on,
        legal_status = excluded.legal_status, ipc_codes = excluded.ipc_codes
      where (p.title, p.patent_type, p.applicants, p.inventors, p.filed_on, p.granted_on, p.legal_status, p.ipc_codes)
        is distinct from (excluded.title, excluded.patent_type, excluded.applicants, excluded.inventors,
                          excluded.filed_on, excluded.granted_on, excluded.legal_status, excluded.ipc_codes)
      returning (xmax = 0) as is_new
    )
    select (select count(*) from batch), count(*), count(*) filter (where is_new)
    into taken, written, inserted from upserted;
    perform set_config('app.portfolio_source', '', true);
    update public.portfolio_imports i set
      total_rows = import.total_rows,
      applied_rows = i.applied_rows + taken,
      added = coalesce(i.added, 0) + inserted,
      updated = coalesce(i.updated, 0) + written - inserted,
      unchanged = coalesce(i.unchanged, 0) + taken - written,
      confirm_started_at = coalesce(i.confirm_started_at, now()),
      progressed_at = clock_timestamp(),
      confirmed_at = case when i.applied_rows + taken >= import.total_rows then now() end
    where i.id = token
    returning * into import;
  end if;
  return query select import.applied_rows, import.total_rows, import.added, import.updated, import.unchanged,
    import.confirmed_at is not null;
end
$$;

revoke all on function app.apply_portfolio_import_batch(uuid, integer) from public;
grant execute on function app.apply_portfolio_import_batch(uuid, integer) to authenticated, service_role;
