-- Express licences on standard terms (docs/domain.md, "Express licences"; issue #21). A university
-- publishes templates of standard terms, each in numbered versions, and marks published listings
-- as express; a company accepts the template's latest version from the listing page and a deal
-- opens at term_sheet with those terms, then runs the ordinary public notice and closing.
-- Security invariants:
--   * Only the university's officers (of it or one of its colleges) create its templates, publish
--     their versions and mark its listings express; everyone reads templates, versions and marks
--     (the listing page shows the standard terms to anyone, signed in or not).
--   * A version is published when stored and never changes or disappears afterwards (ZQ330): a
--     deal opened from it names it. Versions are numbered 1, 2, … per template with no gap; a form
--     opened before another version was published is refused (ZQ331).
--   * Only app.accept_express_licence opens an express deal: `authenticated` has no grant on the
--     deal's licence_template_version_id or express_acceptance_key, and the express insert path
--     checks the caller is the interest's company and the version is the listing's template's.
--   * The deal it opens is an ordinary deal at term_sheet: every later move goes through the deal
--     guards (stage order, price before the notice, the notice period and objections before
--     signing, the signing terms, the filings) exactly as for a negotiated deal.
--   * Publishing a version, creating a template, marking and unmarking are in the audit log.

create table public.licence_templates (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.organizations (id),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  -- One key per form shown: a replayed post finds its template instead of making another.
  creation_key uuid not null unique,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
create index licence_templates_institution_idx on public.licence_templates (institution_id, created_at);

create table public.licence_template_versions (
  id uuid primary key default gen_random_uuid(),
  template_id uuid not null references public.licence_templates (id),
  version integer not null check (version between 1 and 10000),
  -- A licence on standard terms: assignment and equity contribution are negotiated, never express.
  mode public.cooperation_mode not null check (mode in ('exclusive_license', 'non_exclusive_license')),
  upfront_fee_fen bigint not null check (upfront_fee_fen between 0 and 10000000000000),
  royalty_percent numeric(5, 2) check (royalty_percent between 0 and 100),
  royalty_base public.royalty_base not null default 'net_sales',
  royalty_period public.royalty_period not null default 'quarter',
  equity_percent numeric(5, 2) check (equity_percent between 0 and 100),
  -- '' is an open field of use (any field), or no territorial limit.
  field_of_use text not null default '' check (char_length(field_of_use) <= 200),
  territory text not null default '' check (char_length(territory) <= 200),
  term_months integer not null check (term_months between 1 and 600),
  summary text not null default '' check (char_length(summary) <= 2000),
  creation_key uuid not null unique,
  published_at timestamptz not null default now(),
  published_by uuid references public.profiles (id) on delete set null,
  unique (template_id, version)
);

create table public.express_listings (
  listing_id uuid primary key references public.listings (id) on delete cascade,
  template_id uuid not null references public.licence_templates (id),
  marked_by uuid references public.profiles (id) on delete set null,
  marked_at timestamptz not null default now()
);
create index express_listings_template_idx on public.express_listings (template_id);

alter table public.deals
  add column licence_template_version_id uuid references public.licence_template_versions (id),
  add column express_acceptance_key uuid unique,
  add constraint deals_express_accepted
    check ((licence_template_version_id is null) = (express_acceptance_key is null));
create index deals_licence_template_version_idx on public.deals (licence_template_version_id)
  where licence_template_version_id is not null;

-- Who writes a university's templates and marks: its officers.
create function app.may_manage_licence_template(template uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.licence_templates t where t.id = template and app.is_officer_of(t.institution_id))
$$;

-- Marking: an officer of the listing's university, a published listing, and a template of that same
-- university that has a published version (so the mark always offers terms).
create function app.may_mark_express(listing uuid, template uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.listings l join public.licence_templates t on t.institution_id = l.institution_id
    where l.id = listing and t.id = template and l.status = 'published' and app.is_officer_of(l.institution_id)
      and exists (select 1 from public.licence_template_versions v where v.template_id = t.id))
$$;

-- Unmarking: an officer of the listing's university, whatever the listing's status.
create function app.may_unmark_express(listing uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.listings l where l.id = listing and app.is_officer_of(l.institution_id))
$$;

create function app.prepare_licence_template() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- A replay of a template already created: nothing more to store.
  if exists (select 1 from public.licence_templates t where t.creation_key = new.creation_key) then
    return null;
  end if;
  new.created_by := auth.uid();
  new.created_at := now();
  return new;
end
$$;
create trigger licence_templates_prepare before insert on public.licence_templates
  for each row execute function app.prepare_licence_template();

-- The version's number, time and publisher are the database's; the number the form expected to
-- create arrives in `version` and must still be the next one.
create function app.prepare_licence_template_version() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  latest integer;
begin
  perform pg_advisory_xact_lock(7426330, hashtext(new.template_id::text));
  if exists (select 1 from public.licence_template_versions v where v.creation_key = new.creation_key) then
    return null;
  end if;
  select max(v.version) into latest from public.licence_template_versions v where v.template_id = new.template_id;
  if new.version is distinct from coalesce(latest, 0) + 1 then
    raise exception 'another version of this template was published meanwhile' using errcode = 'ZQ331';
  end if;
  new.published_at := now();
  new.published_by := auth.uid();
  return new;
end
$$;
comment on function app.prepare_licence_template_version() is
  'Raises ZQ331 templateVersionStale (src/lib/contracts/database-errors.ts).';
create trigger licence_template_versions_prepare before insert on public.licence_template_versions
  for each row execute function app.prepare_licence_template_version();

-- A published version is what deals opened from it accepted: it never changes (not even by the
-- owner's connection), nor does its template's university. Only a foreign key's own action (a
-- publisher's profile deleted: published_by set null) runs below a statement, hence the depth.
create function app.forbid_published_template_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  raise exception 'a published % never changes', tg_table_name using errcode = 'ZQ330';
end
$$;
comment on function app.forbid_published_template_change() is
  'Raises ZQ330 templateVersionPublished (src/lib/contracts/database-errors.ts).';
create trigger licence_template_versions_immutable before update or delete on public.licence_template_versions
  for each row when (pg_trigger_depth() = 0) execute function app.forbid_published_template_change();
create trigger licence_templates_immutable before update on public.licence_templates
  for each row when (pg_trigger_depth() = 0) execute function app.forbid_published_template_change();

create function app.audit_licence_template() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_table_name = 'licence_templates' then
    insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
    values (new.created_by, 'licence_templates.create', 'licence_templates', new.id::text,
            jsonb_build_object('name', new.name, 'institution_id', new.institution_id));
  else
    insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
    values (new.published_by, 'licence_template_versions.publish', 'licence_templates', new.template_id::text,
            to_jsonb(new) - 'id' - 'template_id' - 'creation_key' - 'published_by' - 'published_at');
  end if;
  return null;
end
$$;
create trigger licence_templates_audit after insert on public.licence_templates
  for each row execute function app.audit_licence_template();
create trigger licence_template_versions_audit after insert on public.licence_template_versions
  for each row execute function app.audit_licence_template();

create function app.audit_express_listing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
    values (auth.uid(), 'express_listings.mark', 'listings', new.listing_id::text, jsonb_build_object('template_id', new.template_id));
  elsif tg_op = 'UPDATE' then
    if new.template_id is distinct from old.template_id then
      insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
      values (auth.uid(), 'express_listings.mark', 'listings', new.listing_id::text,
              jsonb_build_object('template_id', old.template_id), jsonb_build_object('template_id', new.template_id));
    end if;
  else
    insert into public.audit_events (actor_id, action, entity_type, entity_id, before)
    values (auth.uid(), 'express_listings.unmark', 'listings', old.listing_id::text, jsonb_build_object('template_id', old.template_id));
  end if;
  return null;
end
$$;
create trigger express_listings_audit after insert or update or delete on public.express_listings
  for each row execute function app.audit_express_listing();

create function app.prepare_express_listing() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  new.marked_by := auth.uid();
  new.marked_at := now();
  return new;
end
$$;
create trigger express_listings_prepare before insert or update on public.express_listings
  for each row execute function app.prepare_express_listing();

-- The listing page shows the standard terms to anonymous readers from the page cache: a mark and a
-- new version change it (see 20261205000800_public_content_version.sql).
create constraint trigger express_listings_public after insert or update or delete on public.express_listings
  deferrable initially deferred for each row execute function app.raise_public_content_version();
create constraint trigger licence_template_versions_public after insert on public.licence_template_versions
  deferrable initially deferred for each row execute function app.raise_public_content_version();

-- The express path of a deal's insert, taken instead of app.prepare_deal (which admits officers
-- only) when the deal names a template version, which only app.accept_express_licence can write.
-- The deal takes the listing, company and university from its interest, and the version's terms.
create function app.prepare_express_deal() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  interest public.interests;
  offered public.licence_template_versions;
begin
  select * into interest from public.interests where id = new.interest_id;
  if interest.id is null or interest.status not in ('new', 'in_review') then
    raise exception 'interest cannot be converted' using errcode = 'ZQ002';
  end if;
  if (select app.current_user_role()) is distinct from 'company'
     or interest.company_id is distinct from app.current_organization_id() then
    raise exception 'only the company accepts an express licence' using errcode = '42501';
  end if;
  select v.* into offered from public.licence_template_versions v
    join public.express_listings e on e.template_id = v.template_id and e.listing_id = interest.listing_id
  where v.id = new.licence_template_version_id;
  if offered.id is null then
    raise exception 'the listing does not offer this version' using errcode = 'ZQ332';
  end if;
  select l.institution_id into new.institution_id from public.listings l where l.id = interest.listing_id;
  new.listing_id := interest.listing_id;
  new.company_id := interest.company_id;
  new.officer_id := null;
  new.stage := 'term_sheet';
  new.mode := offered.mode;
  new.field_of_use := nullif(offered.field_of_use, '');
  new.territory := nullif(offered.territory, '');
  new.term_months := offered.term_months;
  new.upfront_fee_fen := offered.upfront_fee_fen;
  new.royalty_percent := offered.royalty_percent;
  new.royalty_base := offered.royalty_base;
  new.royalty_period := offered.royalty_period;
  new.equity_percent := offered.equity_percent;
  new.milestones := null;
  new.sublicence_share_percent := null;
  new.minimum_annual_royalty_fen := null;
  new.pricing_method := 'negotiated';
  new.exchange_name := null;
  new.exchange_reference := null;
  new.effective_on := null;
  new.signed_on := null;
  new.notice_ends_at := null;
  new.close_reason := null;
  return new;
end
$$;
comment on function app.prepare_express_deal() is
  'Refuses an interest that cannot be converted with ZQ002 interestMoveRefused and a version the listing does not offer with ZQ332 expressNotOffered (src/lib/contracts/database-errors.ts).';

-- An open licence's deal (20261208001100_open_licence_acceptance.sql) has an insert path of its own too.
drop trigger deals_prepare on public.deals;
create trigger deals_prepare before insert on public.deals
  for each row when (new.licence_template_version_id is null and new.open_licence_declaration_id is null)
  execute function app.prepare_deal();
create trigger deals_prepare_express before insert on public.deals
  for each row when (new.licence_template_version_id is not null) execute function app.prepare_express_deal();

-- A company member accepts the listing's standard terms (its template's latest version); returns
-- the deal. The same key again (Back and resubmit, a double tap) returns the same deal. The
-- company's open interest in the listing, if it has one, becomes the deal's (its messages stay in
-- the deal's timeline); otherwise a new interest records the acceptance.
create function app.accept_express_licence(listing uuid, acceptance_key uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  company uuid := app.current_organization_id();
  earlier public.deals;
  target public.listings;
  offered public.licence_template_versions;
  interest_id uuid;
  deal_id uuid;
begin
  if me is null or (select app.current_user_role()) is distinct from 'company' or company is null then
    raise exception 'only a company accepts an express licence' using errcode = '42501';
  end if;
  if acceptance_key is null then
    raise exception 'an acceptance needs its key' using errcode = '23502';
  end if;
  -- One acceptance at a time per company and listing, so two keys cannot open two deals.
  perform pg_advisory_xact_lock(7426331, hashtext(company::text || listing::text));
  select * into earlier from public.deals d where d.express_acceptance_key = acceptance_key;
  if earlier.id is not null then
    if earlier.company_id = company and earlier.listing_id = listing then
      return earlier.id;
    end if;
    raise exception 'this acceptance key was used for another acceptance' using errcode = 'ZQ333';
  end if;
  select * into target from public.listings l where l.id = listing;
  select v.* into offered from public.express_listings e
    join public.licence_template_versions v on v.template_id = e.template_id
  where e.listing_id = listing order by v.version desc limit 1;
  if target.id is null or target.status <> 'published' or offered.id is null then
    raise exception 'this listing does not offer an express licence' using errcode = 'ZQ332';
  end if;
  select d.id into deal_id from public.deals d
  where d.company_id = company and d.listing_id = listing and d.stage not in ('closed_won', 'closed_lost')
  order by d.created_at limit 1;
  if deal_id is not null then
    raise exception 'the company already has an open deal for this listing' using errcode = 'ZQ334', detail = deal_id::text;
  end if;
  select i.id into interest_id from public.interests i
  where i.company_id = company and i.listing_id = listing and i.status in ('new', 'in_review');
  if interest_id is null then
    insert into public.interests (listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory)
    values (listing, company, me, acceptance_key, offered.mode, offered.field_of_use, offered.territory)
    returning id into interest_id;
  end if;
  insert into public.deals (interest_id, licence_template_version_id, express_acceptance_key)
  values (interest_id, offered.id, acceptance_key)
  returning id into deal_id;
  return deal_id;
end
$$;
comment on function app.accept_express_licence(uuid, uuid) is
  'Raises ZQ332 expressNotOffered, ZQ333 expressKeyReused and ZQ334 expressDealOpen (the open deal''s id in the detail) (src/lib/contracts/database-errors.ts).';

alter table public.licence_templates enable row level security;
alter table public.licence_template_versions enable row level security;
alter table public.express_listings enable row level security;
revoke all on public.licence_templates, public.licence_template_versions, public.express_listings from anon, authenticated;
grant all on public.licence_templates, public.licence_template_versions, public.express_listings to service_role;
grant select on public.licence_templates, public.licence_template_versions, public.express_listings to anon, authenticated;
grant insert (institution_id, name, creation_key) on public.licence_templates to authenticated;
grant insert (template_id, version, mode, upfront_fee_fen, royalty_percent, royalty_base, royalty_period, equity_percent,
  field_of_use, territory, term_months, summary, creation_key) on public.licence_template_versions to authenticated;
grant insert (listing_id, template_id), update (template_id), delete on public.express_listings to authenticated;

create policy licence_templates_read on public.licence_templates for select to anon, authenticated using (true);
create policy licence_templates_insert on public.licence_templates for insert to authenticated
  with check (app.is_officer_of(institution_id));
create policy licence_template_versions_read on public.licence_template_versions for select to anon, authenticated
  using (published_at is not null);
create policy licence_template_versions_insert on public.licence_template_versions for insert to authenticated
  with check (app.may_manage_licence_template(template_id));
create policy express_listings_read on public.express_listings for select to anon, authenticated using (true);
create policy express_listings_insert on public.express_listings for insert to authenticated
  with check (app.may_mark_express(listing_id, template_id));
create policy express_listings_update on public.express_listings for update to authenticated
  using (app.may_unmark_express(listing_id)) with check (app.may_mark_express(listing_id, template_id));
create policy express_listings_delete on public.express_listings for delete to authenticated
  using (app.may_unmark_express(listing_id));

revoke all on function app.may_manage_licence_template(uuid), app.may_mark_express(uuid, uuid),
  app.may_unmark_express(uuid), app.accept_express_licence(uuid, uuid) from public;
grant execute on function app.may_manage_licence_template(uuid), app.may_mark_express(uuid, uuid),
  app.may_unmark_express(uuid) to authenticated, service_role;
grant execute on function app.accept_express_licence(uuid, uuid) to authenticated, service_role;
