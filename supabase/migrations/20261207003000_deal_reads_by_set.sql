-- Who may read a deal, computed once per statement instead of once per row.
--
-- `deals_read` called app.is_deal_participant(id) for every row of public.deals: a board query
-- scanned every university's deals and ran the function (its own plan, three lookups) on each.
-- The reader's sets are small and fixed for a statement: the institutions they are an officer of,
-- the listings they own or co-invented, the company they act for. Policies compare columns with
-- them (each evaluated once per statement, `(select …)`), so the board reads the reader's deals by
-- index and a child table's rows by the deal's primary key.
--
-- Invariant (unchanged): a deal is readable by the officers of its institution (or of its parent
-- institution, see app.is_officer_of), the listing's owner and co-inventors, and the members with
-- role company of the deal's company; by nobody when signed out. A row of deal_messages,
-- deal_documents, deal_events, deal_filings or deal_ndas is readable exactly when its deal is.

-- Institutions the signed-in officer acts for: their own organisation and its parent (a college's
-- officer acts for the university). Empty for everyone else. Mirrors app.is_officer_of.
create function app.officer_institutions() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select p.organization_id from public.profiles p
  where p.id = auth.uid() and p.role = 'officer' and p.organization_id is not null
  union
  select o.parent_id from public.profiles p join public.organizations o on o.id = p.organization_id
  where p.id = auth.uid() and p.role = 'officer' and o.parent_id is not null
$$;

-- Listings the signed-in user owns or is a recorded co-inventor of (definer: a withdrawn listing
-- the user owns still counts, whatever the listings' own policies show).
create function app.participant_listings() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select l.id from public.listings l where l.owner_id = auth.uid()
  union
  select i.listing_id from public.listing_inventors i where i.profile_id = auth.uid()
$$;

-- The organisation a signed-in user with role company acts for; null for every other role.
create function app.current_company() returns uuid
language sql stable security definer set search_path = '' as $$
  select p.organization_id from public.profiles p where p.id = auth.uid() and p.role = 'company'
$$;

revoke all on function app.officer_institutions(), app.participant_listings(), app.current_company() from public;
grant execute on function app.officer_institutions(), app.participant_listings(), app.current_company()
  to authenticated, service_role;

drop policy deals_read on public.deals;
create policy deals_read on public.deals for select to authenticated using (
  institution_id in (select app.officer_institutions())
  or listing_id in (select app.participant_listings())
  or company_id = (select app.current_company())
);

-- Single-deal checks (triggers, insert policies, realtime topics) keep this function; it now
-- states the same rule as deals_read, once.
create or replace function app.is_deal_participant(deal uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.deals d
    where d.id = deal
      and (d.institution_id in (select app.officer_institutions())
           or d.listing_id in (select app.participant_listings())
           or d.company_id = (select app.current_company()))
  )
$$;

-- The child tables' reads go through deals_read: the subquery on public.deals runs under the
-- reader's row security, so a row shows exactly when its deal does.
drop policy deal_messages_read on public.deal_messages;
create policy deal_messages_read on public.deal_messages for select to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id));
drop policy deal_documents_read on public.deal_documents;
create policy deal_documents_read on public.deal_documents for select to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id));
drop policy deal_events_read on public.deal_events;
create policy deal_events_read on public.deal_events for select to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id));
drop policy deal_filings_read on public.deal_filings;
create policy deal_filings_read on public.deal_filings for select to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id));
drop policy deal_ndas_read on public.deal_ndas;
create policy deal_ndas_read on public.deal_ndas for select to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_id));
