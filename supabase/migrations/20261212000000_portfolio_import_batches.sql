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
  -- Rows to apply (the stored rows); set by the first batch.
  add column total_rows integer check (total_rows >= 0),
  -- Rows applied so far, in the file's order: the cursor (a position in `rows`) of the next batch.
  add column applied_rows integer not null default 0 check (applied_rows >= 0),
  add column confirm_started_at timestamptz,
  add column progressed_at timestamptz;

-- Imports confirmed before: applied whole.
update public.portfolio_imports
set total_rows = added + updated + unchanged, applied_rows = added + updated + unchanged,
    confirm_started_at = confirmed_at, progressed_at = confirmed_at
where confirmed_at is not null;

drop function app.confirm_portfolio_import(uuid);

-- Applies the next `batch_size` rows (in the file's order) of an import, adds their counts to the
-- import's, and stamps it confirmed after the last batch. A confirmed import answers with its counts
-- and writes nothing. The batch is sliced out of the stored rows by position in one pass (a jsonpath
-- slice) and only its rows are expanded, so a batch costs about the same whatever the file's size
-- (`rows -> i` per row would decompress the whole array for each row).
create function app.apply_portfolio_import_batch(token uuid, batch_size integer)
returns table (applied integer, total integer, added integer, updated integer, unchanged integer, finished boolean)
language plpgsql security definer set search_path = '' as $$
declare
  import public.portfolio_imports;
  batch_rows jsonb;
  upto integer;
  written integer;
  inserted integer;
begin
  select * into import from public.portfolio_imports i where i.id = token for update;
  if import.id is null or not app.manages_portfolio(import.university_id) then
    raise exception 'no such import' using errcode = 'P0002';
  end if;
  if import.confirmed_at is null then
    import.total_rows := jsonb_array_length(import.rows);
    upto := least(import.applied_rows + greatest(1, least(coalesce(batch_size, 1000), 5000)), import.total_rows);
    batch_rows := case when upto > import.applied_rows then jsonb_path_query_array(import.rows,
      format('$[%s to %s]', import.applied_rows, upto - 1)::jsonpath) else '[]' end;
    perform set_config('app.portfolio_source', 'import', true);
    -- Parsing refuses a number twice in a file (src/lib/server/portfolio-imports.ts); rows stored
    -- otherwise might repeat one: within a batch the last wins, across batches it is upserted again.
    with batch as (
      select distinct on (r.application_number) r.*
      from jsonb_array_elements(batch_rows) with ordinality as g(element, position)
      cross join lateral jsonb_to_record(g.element) as r(application_number text, title text,
        patent_type public.patent_type, applicants text[], inventors text[], filed_on date, granted_on date,
        legal_status public.patent_legal_status, ipc_codes text[])
      order by r.application_number, g.position desc
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
    select count(*), count(*) filter (where is_new) into written, inserted from upserted;
    perform set_config('app.portfolio_source', '', true);
    update public.portfolio_imports i set
      total_rows = import.total_rows,
      applied_rows = upto,
      added = coalesce(i.added, 0) + inserted,
      updated = coalesce(i.updated, 0) + written - inserted,
      unchanged = coalesce(i.unchanged, 0) + (upto - i.applied_rows) - written,
      confirm_started_at = coalesce(i.confirm_started_at, now()),
      progressed_at = clock_timestamp(),
      confirmed_at = case when upto >= import.total_rows then now() end
    where i.id = token
    returning * into import;
  end if;
  return query select import.applied_rows, import.total_rows, import.added, import.updated, import.unchanged,
    import.confirmed_at is not null;
end
$$;

revoke all on function app.apply_portfolio_import_batch(uuid, integer) from public;
grant execute on function app.apply_portfolio_import_batch(uuid, integer) to authenticated, service_role;
