-- Needs that get answers (issue #24, docs/domain.md "Needs", "Proposals"): a researcher (or an
-- officer of their university for them) answers an open need with a short proposal: approach,
-- relevant published listings of theirs, team, timeline and an optional PDF. The need's company
-- shortlists it, declines it with a reason, or turns it into an interest in one of its listings,
-- which the officers then triage and convert to a deal as any other interest.
-- Security invariants:
--   * A proposal is read by its researcher, the officers of the researcher's university (and its
--     colleges) and the members of the need's company: nobody else (policy need_proposals_read).
--   * Nobody writes the tables directly: every write is one of the SECURITY DEFINER functions
--     below, which check who asks and from which status (submitted → shortlisted → declined or
--     converted; the author withdraws while submitted or shortlisted).
--   * One standing proposal per researcher and need (a partial unique index); the form's creation
--     key makes a resent form answer with the proposal it made.
--   * Turning a proposal into an interest inserts the interest as the company member who asks, so
--     the interests' own triggers (notifications, realtime, counts) run as for any interest.

create type public.proposal_status as enum ('submitted', 'shortlisted', 'declined', 'converted', 'withdrawn');

create table public.need_proposals (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references public.needs (id) on delete cascade,
  researcher_id uuid not null references public.profiles (id) on delete cascade,
  -- The researcher's university (never a college): its officers read the proposal.
  institution_id uuid not null references public.organizations (id),
  submitted_by uuid not null references public.profiles (id),
  creation_key uuid not null unique,
  approach text not null check (char_length(approach) between 1 and 4000),
  team text not null default '' check (char_length(team) <= 2000),
  timeline text not null default '' check (char_length(timeline) <= 1000),
  file_key text,
  file_name text check (char_length(file_name) <= 200),
  status public.proposal_status not null default 'submitted',
  decline_reason text check (char_length(decline_reason) between 1 and 1000),
  interest_id uuid references public.interests (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint need_proposals_declined_has_reason check ((status = 'declined') = (decline_reason is not null)),
  constraint need_proposals_converted_has_interest check ((status = 'converted') = (interest_id is not null)),
  constraint need_proposals_file_whole check ((file_key is null) = (file_name is null))
);
create unique index need_proposals_one_per_researcher on public.need_proposals (need_id, researcher_id)
  where status <> 'withdrawn';
create index need_proposals_researcher_idx on public.need_proposals (researcher_id, created_at desc);
create index need_proposals_institution_idx on public.need_proposals (institution_id, created_at desc);

-- The listings a proposal names, in the order chosen (at most five).
create table public.need_proposal_listings (
  proposal_id uuid not null references public.need_proposals (id) on delete cascade,
  listing_id uuid not null references public.listings (id) on delete cascade,
  position smallint not null check (position between 0 and 4),
  primary key (proposal_id, listing_id)
);
create index need_proposal_listings_listing_idx on public.need_proposal_listings (listing_id);

alter table public.notifications add column need_proposal_id uuid references public.need_proposals (id) on delete cascade;
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'listing_published', 'listing_changes_requested', 'listing_rejected', 'listing_submitted', 'interest_received',
  'interest_declined', 'deal_opened', 'interest_message', 'filing_overdue', 'objection_received', 'income_overdue',
  'open_licence_taken', 'pledge_received', 'pledge_moved', 'service_case', 'service_case_message', 'portfolio_fee_due',
  'listing_handed', 'proposal_received', 'proposal_shortlisted', 'proposal_declined', 'proposal_converted'));

-- The university a person belongs to, directly or through one of its colleges.
create function app.university_of_person(person uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select app.university_of(p.organization_id) from public.profiles p where p.id = person
$$;

create function app.can_read_need_proposal(researcher uuid, institution uuid, need uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select researcher = auth.uid() or app.is_officer_of(institution)
    or exists (select 1 from public.needs n where n.id = need and n.company_id = app.current_company())
$$;

-- The researchers an officer may answer a need for: those of the officer's university and its colleges.
create function app.proposal_researchers() returns table (id uuid, display_name text)
language sql stable security definer set search_path = '' as $$
  select p.id, p.display_name from public.profiles p
  where p.role = 'researcher' and app.current_user_role() = 'officer'
    and app.university_of_person(p.id) = app.university_of_person(auth.uid())
  order by p.display_name
$$;

create function app.submit_need_proposal(need uuid, researcher uuid, creation_key uuid, approach text, team text,
  timeline text, listings uuid[], file_key text, file_name text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  university uuid := app.university_of_person(researcher);
  made uuid;
  target public.needs;
  listing uuid;
  place integer := 0;
begin
  -- A resent form (Back, a double tap) answers with what it made; the key is nobody else's.
  select p.id into made from public.need_proposals p where p.creation_key = submit_need_proposal.creation_key;
  if made is not null then
    if exists (select 1 from public.need_proposals p where p.id = made and p.need_id = need
               and p.researcher_id = researcher and p.submitted_by = me) then
      return made;
    end if;
    raise exception 'this form was already sent for another proposal' using errcode = 'ZQ702';
  end if;
  if me is null or not exists (select 1 from public.profiles p where p.id = researcher and p.role = 'researcher')
     or not (researcher = me or app.is_officer_of(university)) then
    raise exception 'only the researcher or an officer of their university answers for them' using errcode = 'ZQ705';
  end if;
  select * into target from public.needs n where n.id = need;
  if target.id is null or not target.open
     or (target.deadline is not null and target.deadline < (now() at time zone 'Asia/Shanghai')::date) then
    raise exception 'only an open need takes proposals' using errcode = 'ZQ700';
  end if;
  if cardinality(listings) > 5 then
    raise exception 'a proposal names at most five listings' using errcode = 'ZQ701';
  end if;
  if exists (select 1 from public.need_proposals p where p.need_id = need and p.researcher_id = researcher
             and p.status <> 'withdrawn') then
    raise exception 'the researcher has answered this need already' using errcode = 'ZQ703';
  end if;
  insert into public.need_proposals (need_id, researcher_id, institution_id, submitted_by, creation_key, approach, team,
                                     timeline, file_key, file_name)
  values (need, researcher, university, me, submit_need_proposal.creation_key, approach, coalesce(team, ''),
          coalesce(timeline, ''), file_key, file_name)
  returning id into made;
  foreach listing in array coalesce(listings, '{}') loop
    if not exists (select 1 from public.listings l where l.id = listing and l.status = 'published'
                   and researcher in (select app.listing_researchers(l.id))) then
      raise exception 'a proposal names only published listings of its researcher' using errcode = 'ZQ701';
    end if;
    insert into public.need_proposal_listings (proposal_id, listing_id, position) values (made, listing, place)
    on conflict do nothing;
    place := place + 1;
  end loop;
  insert into public.notifications (user_id, kind, need_proposal_id)
  select p.id, 'proposal_received', made from public.profiles p
  where p.role = 'company' and p.organization_id = target.company_id;
  return made;
end
$$;

-- Shortlist and decline (the need's company), withdraw (the researcher or an officer of their
-- university). A move already made answers as done, so a resent form is harmless.
create function app.move_need_proposal(proposal uuid, target public.proposal_status, reason text) returns void
language plpgsql security definer set search_path = '' as $$
declare
  p public.need_proposals;
  company boolean;
begin
  select * into p from public.need_proposals x where x.id = proposal for update;
  if p.id is null or not app.can_read_need_proposal(p.researcher_id, p.institution_id, p.need_id) then
    raise exception 'no such proposal' using errcode = 'ZQ705';
  end if;
  company := exists (select 1 from public.needs n where n.id = p.need_id and n.company_id = app.current_company());
  if target in ('shortlisted', 'declined') and not company
     or target = 'withdrawn' and not (p.researcher_id = auth.uid() or app.is_officer_of(p.institution_id))
     or target not in ('shortlisted', 'declined', 'withdrawn') then
    raise exception 'not yours to move' using errcode = 'ZQ705';
  end if;
  if p.status = target then
    return;
  end if;
  if p.status not in ('submitted', 'shortlisted') or (target = 'shortlisted' and p.status <> 'submitted') then
    raise exception 'a % proposal cannot become %', p.status, target using errcode = 'ZQ704';
  end if;
  if target = 'declined' and coalesce(btrim(reason), '') = '' then
    raise exception 'a decline gives its reason' using errcode = 'ZQ706';
  end if;
  update public.need_proposals set status = target, updated_at = now(),
         decline_reason = case when target = 'declined' then btrim(reason) end
  where id = proposal;
  if target in ('shortlisted', 'declined') then
    insert into public.notifications (user_id, kind, need_proposal_id, message)
    values (p.researcher_id, 'proposal_' || target::text, proposal, case when target = 'declined' then left(btrim(reason), 2000) end);
  end if;
end
$$;

-- The need's company turns a proposal into its interest in one of the proposal's listings. The
-- interest is the company's open one in that listing if it has one, else a new one made as the
-- member who asks (keyed by the proposal, so it is made once); the officers then see it in their
-- queue. Returns the interest.
create function app.convert_need_proposal(proposal uuid, listing uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  p public.need_proposals;
  company uuid := app.current_company();
  made uuid;
begin
  select * into p from public.need_proposals x where x.id = proposal for update;
  if p.id is null or company is null
     or not exists (select 1 from public.needs n where n.id = p.need_id and n.company_id = company) then
    raise exception 'not yours to convert' using errcode = 'ZQ705';
  end if;
  if p.status = 'converted' then
    return p.interest_id;
  end if;
  if p.status not in ('submitted', 'shortlisted') then
    raise exception 'a % proposal cannot become an interest', p.status using errcode = 'ZQ704';
  end if;
  if not exists (select 1 from public.need_proposal_listings pl join public.listings l on l.id = pl.listing_id
                 where pl.proposal_id = proposal and pl.listing_id = listing and l.status = 'published') then
    raise exception 'an interest is in a published listing the proposal names' using errcode = 'ZQ701';
  end if;
  select i.id into made from public.interests i
  where i.company_id = company and i.listing_id = listing and i.status in ('new', 'in_review');
  if made is null then
    insert into public.interests (listing_id, company_id, created_by, idempotency_key, message)
    values (listing, company, auth.uid(), proposal, left(p.approach, 4000))
    returning id into made;
  end if;
  update public.need_proposals set status = 'converted', interest_id = made, decline_reason = null, updated_at = now()
  where id = proposal;
  insert into public.notifications (user_id, kind, need_proposal_id, listing_id)
  values (p.researcher_id, 'proposal_converted', proposal, listing);
  return made;
end
$$;

comment on function app.submit_need_proposal(uuid, uuid, uuid, text, text, text, uuid[], text, text) is
  'Raises ZQ700 proposalNeedClosed, ZQ701 proposalListingRefused, ZQ702 proposalKeyReused, ZQ703 proposalExists and ZQ705 proposalNotAllowed (src/lib/contracts/database-errors.ts).';
comment on function app.move_need_proposal(uuid, public.proposal_status, text) is
  'Raises ZQ704 proposalMoveIllegal, ZQ705 proposalNotAllowed and ZQ706 proposalReasonMissing (src/lib/contracts/database-errors.ts).';
comment on function app.convert_need_proposal(uuid, uuid) is
  'Raises ZQ701 proposalListingRefused, ZQ704 proposalMoveIllegal and ZQ705 proposalNotAllowed (src/lib/contracts/database-errors.ts).';

alter table public.need_proposals enable row level security;
alter table public.need_proposal_listings enable row level security;
revoke all on public.need_proposals, public.need_proposal_listings from anon, authenticated;
grant all on public.need_proposals, public.need_proposal_listings to service_role;
grant select on public.need_proposals, public.need_proposal_listings to authenticated;
create policy need_proposals_read on public.need_proposals for select to authenticated
  using (app.can_read_need_proposal(researcher_id, institution_id, need_id));
create policy need_proposal_listings_read on public.need_proposal_listings for select to authenticated
  using (exists (select 1 from public.need_proposals p where p.id = proposal_id));

revoke execute on function app.university_of_person(uuid), app.can_read_need_proposal(uuid, uuid, uuid),
  app.proposal_researchers(), app.submit_need_proposal(uuid, uuid, uuid, text, text, text, uuid[], text, text),
  app.move_need_proposal(uuid, public.proposal_status, text), app.convert_need_proposal(uuid, uuid) from public;
grant execute on function app.university_of_person(uuid), app.can_read_need_proposal(uuid, uuid, uuid),
  app.proposal_researchers(), app.submit_need_proposal(uuid, uuid, uuid, text, text, text, uuid[], text, text),
  app.move_need_proposal(uuid, public.proposal_status, text), app.convert_need_proposal(uuid, uuid)
  to authenticated, service_role;
