-- An upheld objection withdraws the notice and sends the deal back to negotiation
-- (20261206000100_public_notices.sql, app.apply_objection). That is the pipeline's one backward
-- move, so the stage guard admits it, and only then: public_notice → negotiation while the deal's
-- latest notice is withdrawn and none runs. Otherwise this is app.guard_deal_update unchanged.
create function app.notice_withdrawn(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.public_notices n where n.deal_id = deal and n.withdrawn_at is not null)
     and not exists (select 1 from public.public_notices n where n.deal_id = deal and n.withdrawn_at is null)
$$;
revoke all on function app.notice_withdrawn(uuid) from public;
grant execute on function app.notice_withdrawn(uuid) to service_role;

create or replace function app.guard_deal_update() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if not app.deal_stage_move_allowed(old.stage, new.stage)
       and not (old.stage = 'public_notice' and new.stage = 'negotiation' and app.notice_withdrawn(old.id)) then
      raise exception 'deal cannot move from % to %', old.stage, new.stage using errcode = 'ZQ003';
    end if;
    if new.stage = 'public_notice' then
      new.notice_ends_at := now() + make_interval(days => (select o.public_notice_days from public.organizations o where o.id = old.institution_id));
    elsif new.stage = 'signed' and now() < old.notice_ends_at then
      raise exception 'public notice runs until %', old.notice_ends_at using errcode = 'ZQ004';
    elsif new.stage in ('closed_won', 'closed_lost') and coalesce(btrim(new.close_reason), '') = '' then
      raise exception 'closing a deal needs a reason' using errcode = 'ZQ005';
    end if;
  elsif old.stage in ('closed_won', 'closed_lost') then
    raise exception 'a closed deal cannot change' using errcode = 'ZQ003';
  end if;
  if new.officer_id is distinct from old.officer_id and new.officer_id is not null and not exists (
      select 1 from public.profiles p where p.id = new.officer_id and p.role = 'officer'
        and (p.organization_id = old.institution_id
             or p.organization_id in (select o.id from public.organizations o where o.parent_id = old.institution_id))) then
    raise exception 'the assignee must be an officer of the institution' using errcode = 'ZQ006';
  end if;
  new.updated_at := now();
  return new;
end
$$;
