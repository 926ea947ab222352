-- Money is integer fen (分) in every column (issue #20): listings' asking price and needs' budget
-- were yuan numeric(14, 2), interests' budgets and deals' upfront fee whole yuan. Each column is
-- renamed to *_fen and converted exactly (numeric × 100 is exact; no float on the way), keeping
-- its column grants (they belong to the column, not its name). Ceilings stay what they were:
-- ¥999,999,999,999.99 for prices and budgets, ¥100,000,000,000 for fees (src/lib/rules/amount.ts).

alter table public.listings rename column asking_price_cny to asking_price_fen;
alter table public.listings drop constraint listings_asking_price_cny_check;
alter table public.listings alter column asking_price_fen type bigint using (asking_price_fen * 100)::bigint;
alter table public.listings add constraint listings_asking_price_fen_check
  check (asking_price_fen between 1 and 99999999999999);

alter table public.needs rename column budget_cny to budget_fen;
alter table public.needs drop constraint needs_budget_cny_check;
alter table public.needs alter column budget_fen type bigint using (budget_fen * 100)::bigint;
alter table public.needs add constraint needs_budget_fen_check check (budget_fen between 1 and 99999999999999);

-- The update triggers (guards, history, live announcements) would take these updates for changes of
-- terms, and refuse them during a public notice: the same money in another unit is no change, so
-- they are held off for these statements.
alter table public.interests rename column budget_min_cny to budget_min_fen;
alter table public.interests rename column budget_max_cny to budget_max_fen;
alter table public.interests drop constraint interests_budget_min_cny_check;
alter table public.interests drop constraint interests_budget_max_cny_check;
alter table public.interests disable trigger user;
update public.interests set budget_min_fen = budget_min_fen * 100, budget_max_fen = budget_max_fen * 100
  where budget_min_fen is not null or budget_max_fen is not null;
alter table public.interests enable trigger user;
alter table public.interests add constraint interests_budget_min_fen_check
  check (budget_min_fen between 0 and 10000000000000);
alter table public.interests add constraint interests_budget_max_fen_check
  check (budget_max_fen between 0 and 10000000000000);

alter table public.deals rename column upfront_fee_cny to upfront_fee_fen;
alter table public.deals drop constraint deals_upfront_fee_cny_check;
alter table public.deals disable trigger user;
update public.deals set upfront_fee_fen = upfront_fee_fen * 100 where upfront_fee_fen is not null;
alter table public.deals enable trigger user;
alter table public.deals add constraint deals_upfront_fee_fen_check check (upfront_fee_fen between 0 and 10000000000000);
-- The functions that named the old columns, as they stand, with the new names.

create or replace function app.guard_deal_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage is distinct from old.stage then
    if new.stage = 'public_notice' then
      if new.mode is null or (new.upfront_fee_fen is null and new.royalty_percent is null and new.equity_percent is null) then
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
      and (new.mode, new.field_of_use, new.territory, new.term_months, new.upfront_fee_fen, new.royalty_percent,
           new.equity_percent, new.milestones, new.sublicence_share_percent, new.pricing_method, new.exchange_name,
           new.exchange_reference)
      is distinct from (old.mode, old.field_of_use, old.territory, old.term_months, old.upfront_fee_fen, old.royalty_percent,
           old.equity_percent, old.milestones, old.sublicence_share_percent, old.pricing_method, old.exchange_name,
           old.exchange_reference) then
    raise exception 'the terms cannot change during the notice' using errcode = 'ZQ003';
  end if;
  return new;
end
$$;

create or replace function app.open_public_notice() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.stage = 'public_notice' and old.stage <> 'public_notice' and new.pricing_method = 'negotiated' then
    -- The id (a version-4 shape) follows from the deal and the run (a withdrawn notice's successor
    -- is run 2): a notice is public, and its address is stable wherever the same deal is replayed
    -- (the demo data).
    insert into public.public_notices (id, deal_id, institution_id, listing_id, listing_title, patents, inventors,
      company_name_zh, company_name_en, mode, field_of_use, territory, term_months, upfront_fee_fen, royalty_percent,
      equity_percent, ends_at)
    select overlay(overlay(md5('notice:' || new.id || ':' || (select count(*) + 1 from public.public_notices p where p.deal_id = new.id))
             placing '4' from 13) placing '8' from 17)::uuid,
           new.id, new.institution_id, new.listing_id, l.title,
           coalesce((select jsonb_agg(jsonb_build_object('number', p.application_number, 'type', p.patent_type,
                       'legal_status', p.legal_status, 'title', p.title) order by p.position)
                     from public.patents p where p.listing_id = l.id), '[]'),
           coalesce((select array_agg(i.name order by i.position) from public.listing_inventors i where i.listing_id = l.id), '{}'),
           c.name_zh, coalesce(c.name_en, ''), new.mode, new.field_of_use, new.territory, new.term_months,
           new.upfront_fee_fen, new.royalty_percent, new.equity_percent, new.notice_ends_at
    from public.listings l, public.organizations c
    where l.id = new.listing_id and c.id = new.company_id;
  elsif old.stage = 'public_notice' and new.stage = 'closed_lost' then
    update public.public_notices set withdrawn_at = now() where deal_id = new.id and withdrawn_at is null;
  end if;
  return null;
end
$$;

create or replace function app.record_deal_events() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  term_columns text[] := array['mode', 'field_of_use', 'territory', 'term_months', 'upfront_fee_fen', 'royalty_percent',
                               'milestones', 'equity_percent', 'sublicence_share_percent'];
  before_terms jsonb;
  after_terms jsonb;
begin
  if tg_op = 'INSERT' then
    insert into public.deal_events (deal_id, actor_id, kind, after)
    values (new.id, auth.uid(), 'created', jsonb_build_object('stage', new.stage, 'interest', new.interest_id));
    update public.interests set status = 'converted' where id = new.interest_id;
    insert into public.notifications (user_id, kind, listing_id, deal_id)
    select i.created_by, 'deal_opened', new.listing_id, new.id from public.interests i where i.id = new.interest_id
    union
    select researcher, 'deal_opened', new.listing_id, new.id from app.listing_researchers(new.listing_id) researcher;
    return null;
  end if;
  if new.stage is distinct from old.stage then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'stage', jsonb_build_object('stage', old.stage),
            jsonb_strip_nulls(jsonb_build_object('stage', new.stage, 'notice_ends_at', new.notice_ends_at, 'reason', new.close_reason)));
  end if;
  select jsonb_object_agg(key, value) into before_terms from jsonb_each(to_jsonb(old)) where key = any(term_columns);
  select jsonb_object_agg(key, value) into after_terms from jsonb_each(to_jsonb(new)) where key = any(term_columns);
  if before_terms is distinct from after_terms then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    select new.id, auth.uid(), 'terms',
           (select jsonb_object_agg(key, value) from jsonb_each(before_terms) where after_terms -> key is distinct from value),
           (select jsonb_object_agg(key, value) from jsonb_each(after_terms) where before_terms -> key is distinct from value);
  end if;
  if new.officer_id is distinct from old.officer_id then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'assignment', jsonb_build_object('officer', old.officer_id), jsonb_build_object('officer', new.officer_id));
  end if;
  if (new.next_action, new.next_action_on) is distinct from (old.next_action, old.next_action_on) then
    insert into public.deal_events (deal_id, actor_id, kind, before, after)
    values (new.id, auth.uid(), 'next_action', jsonb_build_object('text', old.next_action, 'on', old.next_action_on),
            jsonb_build_object('text', new.next_action, 'on', new.next_action_on));
  end if;
  return null;
end
$$;
