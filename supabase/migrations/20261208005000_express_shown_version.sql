-- An express acceptance names the version the company read (docs/domain.md, "Express licences";
-- issue #21). Until now app.accept_express_licence(listing, key) took the listing's latest version
-- when the confirmation arrived: had an officer published a new version (or moved the listing to
-- another template) while the company read the confirm page, the company accepted terms it never
-- saw. The confirm page now posts the version it showed.
-- Security invariants:
--   * A deal opens only on the version the company was shown, and only while that version is still
--     the one the listing offers (its template's latest): otherwise ZQ335, and the page shows the
--     new terms to be read and confirmed again.
--   * A replay of a key already used (a double tap, Back and resubmit) still answers its deal, even
--     after a newer version was published: that acceptance was of the terms shown then.
--   * The two-argument function is dropped: nothing may accept without naming the version.

drop function app.accept_express_licence(uuid, uuid);

create function app.accept_express_licence(listing uuid, acceptance_key uuid, shown_version uuid) returns uuid
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
  -- A version published in the moment after this check changes nothing: the deal names the version
  -- the company read, which was the latest when it accepted.
  if shown_version is distinct from offered.id then
    raise exception 'the listing now offers another version of its terms' using errcode = 'ZQ335',
      detail = offered.id::text;
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
comment on function app.accept_express_licence(uuid, uuid, uuid) is
  'Raises ZQ332 expressNotOffered, ZQ333 expressKeyReused, ZQ334 expressDealOpen (the open deal''s id in the detail) and ZQ335 expressTermsChanged (the offered version''s id in the detail) (src/lib/contracts/database-errors.ts).';
revoke all on function app.accept_express_licence(uuid, uuid, uuid) from public;
grant execute on function app.accept_express_licence(uuid, uuid, uuid) to authenticated, service_role;
