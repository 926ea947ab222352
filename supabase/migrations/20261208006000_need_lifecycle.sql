-- A company's needs have a life (issue #24): its members edit them, close them and reopen them,
-- and a need past its deadline (an Asia/Shanghai day) no longer counts as open anywhere: the
-- public list, the matches and the company home ask src/lib/server/needs.ts `openNow`.
-- Security invariants:
--   * Only members of the need's company change it (policy needs_update_company, unchanged); the
--     author, the company and the creation key are written once.
--   * Reopening a need whose deadline has passed is refused (ZQ401): the deadline moves first.
--   * A need form's creation key makes a resent post (Back, a double tap, the outbox) find the
--     need it made instead of posting a second one.

alter table public.needs add column creation_key uuid unique;
grant insert (creation_key) on public.needs to authenticated;

create function app.guard_need_update() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.open and not old.open and new.deadline < (now() at time zone 'Asia/Shanghai')::date then
    raise exception 'a need past its deadline reopens only with a new deadline' using errcode = 'ZQ401';
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function app.guard_need_update() is
  'Raises ZQ401 needDeadlinePassed (src/lib/contracts/database-errors.ts).';
create trigger needs_guard_update before update on public.needs
  for each row execute function app.guard_need_update();
