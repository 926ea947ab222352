-- The public-notice gate (deals_notice_gate, app.guard_deal_notice) holds every rule of the deal's
-- notice, now also the pipeline's one backward move: public_notice → negotiation, made by an upheld
-- objection once the notice is withdrawn (app.apply_objection). app.guard_deal_update, the general
-- stage guard, is not asked about that move (the trigger's WHEN below), so it returns to its first
-- form (20261125000500_interests_deals.sql): 20261206000200 had replaced it with a copy carrying
-- that move inside. Landed migrations are never edited, so the copy stays in that file's history
-- and is replaced here.
-- Security invariants:
--   * public_notice → negotiation only while the deal's latest notice is withdrawn and none runs
--     (app.notice_withdrawn), changing nothing but the stage; anything else is ZQ003 as before.
--   * During the notice no term changes (ZQ003): the published ones, and since this migration
--     also milestones and the sublicence share, so the form the deal room hides cannot be posted.
-- Error codes are named in src/lib/contracts/database-errors.ts.

create or replace function app.guard_deal_update() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if not app.deal_stage_move_allowed(old.stage, new.stage) then
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

drop trigger deals_guard_update on public.deals;
create trigger deals_guard_update before update on public.deals
  for each row when (not (old.stage = 'public_notice' and new.stage = 'negotiation'))
  execute function app.guard_deal_update();

create or replace function app.guard_deal_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if new.stage = 'public_notice' then
      if new.mode is null or (new.upfront_fee_cny is null and new.royalty_percent is null and new.equity_percent is null) then
        raise exception 'a public notice publishes the mode and an agreed price' using errcode = 'ZQ104';
      end if;
      if new.pricing_method <> 'negotiated' then
        if coalesce(btrim(new.exchange_name), '') = '' or coalesce(btrim(new.exchange_reference), '') = '' then
          raise exception 'a price found on an exchange records the exchange and its reference' using errcode = 'ZQ105';
        end if;
        -- The exchange's listing was the publicity: nothing to wait for here.
        new.notice_ends_at := now();
      end if;
    elsif new.stage = 'signed' and exists (
        select 1 from public.notice_objections o join public.public_notices n on n.id = o.notice_id
        where n.deal_id = old.id and n.withdrawn_at is null and o.status = 'open') then
      raise exception 'an objection to the notice is open' using errcode = 'ZQ106';
    elsif old.stage = 'public_notice' and new.stage = 'negotiation' then
      -- The backward move, which app.guard_deal_update does not see: only after a withdrawal, and
      -- only the stage.
      if not app.notice_withdrawn(old.id)
         or (to_jsonb(new) - 'stage' - 'notice_ends_at' - 'updated_at') <> (to_jsonb(old) - 'stage' - 'notice_ends_at' - 'updated_at') then
        raise exception 'deal cannot move from % to %', old.stage, new.stage using errcode = 'ZQ003';
      end if;
      new.notice_ends_at := null;
      new.updated_at := now();
    end if;
  elsif old.stage = 'public_notice'
      and (new.mode, new.field_of_use, new.territory, new.term_months, new.upfront_fee_cny, new.royalty_percent,
           new.equity_percent, new.milestones, new.sublicence_share_percent, new.pricing_method, new.exchange_name,
           new.exchange_reference)
      is distinct from (old.mode, old.field_of_use, old.territory, old.term_months, old.upfront_fee_cny, old.royalty_percent,
           old.equity_percent, old.milestones, old.sublicence_share_percent, old.pricing_method, old.exchange_name,
           old.exchange_reference) then
    raise exception 'the terms cannot change during the notice' using errcode = 'ZQ003';
  end if;
  return new;
end
$$;
