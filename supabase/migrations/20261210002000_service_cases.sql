-- Service cases 服务委托 (docs/domain.md, "Service cases"; issue #22): a researcher, an officer or a
-- company asks a verified agency for one of the services it offers (drafting an application, an FTO
-- search, negotiation support, licence drafting, litigation advice; a valuation is asked on
-- /valuations instead). The agency quotes or declines; the requester accepts or declines the quote
-- (or withdraws before accepting); the agency delivers with a document; the requester closes the
-- case with a rating. The case has its own messages, documents and timeline. Security invariants:
--   * Status moves and the create go through the SECURITY DEFINER functions below, which check the
--     caller (auth.uid()); authenticated has no insert, update or delete on service_cases,
--     service_case_patents or service_case_events.
--   * The requester side is the requester and, for a company's case, the company's members (a
--     company's case is the company's). The agency side is the agency's verified staff
--     (app.is_provider_of). Officers of a named patent's university read, and never act.
--   * Read (RLS, app.can_see_service_case): those three. Nobody else: not admins (a case is a
--     confidence between the requester and the agency), other agencies, banks, other companies, anon.
--   * A case the caller may not read is answered as one that does not exist (P0002).
--   * Messages and documents are written by the two sides only (RLS insert policies).
--   * Ratings are public as an aggregate and as comments without the requester's name
--     (app.agency_rating, app.agency_rating_comments): only the requester's role is shown.

create type public.service_case_status as enum (
  'requested', 'quoted', 'declined', 'accepted', 'quote_declined', 'delivered', 'closed', 'withdrawn'
);

create table public.service_cases (
  id uuid primary key default gen_random_uuid(),
  requester_id uuid references public.profiles (id) on delete set null,
  requester_role public.user_role not null check (requester_role in ('researcher', 'officer', 'company')),
  requester_organization_id uuid references public.organizations (id),
  agency_id uuid not null references public.organizations (id),
  service public.agency_service not null check (service <> 'valuation'),
  scope text not null check (char_length(btrim(scope)) between 1 and 4000),
  deadline date not null,
  budget_fen bigint check (budget_fen between 1 and 10000000000000),
  status public.service_case_status not null default 'requested',
  quote_fen bigint check (quote_fen between 1 and 10000000000000),
  quote_days integer check (quote_days between 1 and 365),
  quote_note text check (char_length(quote_note) <= 1000),
  decline_reason text check (char_length(btrim(decline_reason)) between 1 and 500),
  delivery_document_id uuid,
  rating smallint check (rating between 1 and 5),
  rating_comment text check (char_length(rating_comment) <= 500),
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  creation_key uuid not null unique,
  constraint service_cases_quoted check ((quote_fen is null) = (quote_days is null)),
  constraint service_cases_delivered check ((status in ('delivered', 'closed')) = (delivery_document_id is not null)),
  constraint service_cases_closed check ((status = 'closed') = (rating is not null and closed_at is not null))
);
create index service_cases_agency_idx on public.service_cases (agency_id, status);
create index service_cases_requester_idx on public.service_cases (requester_id);
create index service_cases_organization_idx on public.service_cases (requester_organization_id);

-- The patents the case concerns, as named (number and title kept, as for valuations).
create table public.service_case_patents (
  id bigint generated always as identity primary key,
  case_id uuid not null references public.service_cases (id) on delete cascade,
  patent_id uuid references public.patents (id) on delete set null,
  institution_id uuid not null references public.organizations (id),
  application_number text not null,
  title text not null default '',
  unique (case_id, patent_id)
);
create index service_case_patents_case_idx on public.service_case_patents (case_id);
create index service_case_patents_institution_idx on public.service_case_patents (institution_id);

-- The timeline: each status entered, who moved it, and the note (a decline's reason, a quote's note,
-- a rating's comment).
create table public.service_case_events (
  id bigint generated always as identity primary key,
  case_id uuid not null references public.service_cases (id) on delete cascade,
  status public.service_case_status not null,
  actor_id uuid references public.profiles (id) on delete set null,
  note text,
  created_at timestamptz not null default now()
);
create index service_case_events_case_idx on public.service_case_events (case_id, id);

create table public.service_case_messages (
  id bigint generated always as identity primary key,
  case_id uuid not null references public.service_cases (id) on delete cascade,
  author_id uuid not null references public.profiles (id),
  idempotency_key uuid not null,
  body text not null check (char_length(btrim(body)) between 1 and 4000),
  created_at timestamptz not null default now(),
  unique (author_id, idempotency_key)
);
create index service_case_messages_case_idx on public.service_case_messages (case_id, id);

create table public.service_case_documents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.service_cases (id) on delete cascade,
  uploaded_by uuid not null references public.profiles (id),
  file_name text not null check (char_length(file_name) between 1 and 200),
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  storage_key text not null unique,
  created_at timestamptz not null default now()
);
create index service_case_documents_case_idx on public.service_case_documents (case_id, created_at);
alter table public.service_cases add constraint service_cases_delivery_document_fkey
  foreign key (delivery_document_id) references public.service_case_documents (id);

-- Notifications name the case they are about.
alter table public.notifications add column service_case_id uuid references public.service_cases (id) on delete cascade;

-- The requester's side: the requester, or a member of the requesting company.
create function app.is_service_case_requester(service_case uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.service_cases c
    where c.id = service_case and auth.uid() is not null and (
      c.requester_id = auth.uid()
      or (c.requester_role = 'company' and c.requester_organization_id = app.current_company())))
$$;
revoke all on function app.is_service_case_requester(uuid) from public;
grant execute on function app.is_service_case_requester(uuid) to authenticated, service_role;

-- The two sides: who writes messages and documents.
create function app.is_service_case_party(service_case uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.is_service_case_requester(service_case)
    or exists (select 1 from public.service_cases c where c.id = service_case and app.is_provider_of(c.agency_id))
$$;
revoke all on function app.is_service_case_party(uuid) from public;
grant execute on function app.is_service_case_party(uuid) to authenticated, service_role;

-- The two sides and the named patents' universities' officers (read only).
create function app.can_see_service_case(service_case uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.is_service_case_party(service_case)
    or exists (select 1 from public.service_case_patents cp
               where cp.case_id = service_case and cp.institution_id in (select app.officer_institutions()))
$$;
revoke all on function app.can_see_service_case(uuid) from public;
grant execute on function app.can_see_service_case(uuid) to authenticated, service_role;

-- A verified agency offering this service (never 'valuation': that is /valuations).
create function app.offers_service(agency uuid, service public.agency_service) returns boolean
language sql stable security definer set search_path = '' as $$
  select service <> 'valuation' and exists (
    select 1 from public.organizations o join public.agency_profiles a on a.organization_id = o.id
    where o.id = agency and o.kind = 'agency' and o.verified and service = any (a.services))
$$;
revoke all on function app.offers_service(uuid, public.agency_service) from public;
grant execute on function app.offers_service(uuid, public.agency_service) to anon, authenticated, service_role;

-- Tells the other side of a move: the agency's staff when the requester's side moved, the
-- requester when the agency moved. The message is the status entered (shown in words).
create function app.notify_service_case(service_case uuid, entered public.service_case_status) returns void
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases;
begin
  select * into c from public.service_cases s where s.id = service_case;
  if app.is_provider_of(c.agency_id) then
    insert into public.notifications (user_id, kind, service_case_id, message)
    select c.requester_id, 'service_case', c.id, entered::text where c.requester_id is not null;
  else
    insert into public.notifications (user_id, kind, service_case_id, message)
    select p.id, 'service_case', c.id, entered::text from public.profiles p
    where p.organization_id = c.agency_id and p.role = 'provider';
  end if;
end
$$;
revoke all on function app.notify_service_case(uuid, public.service_case_status) from public;

-- One status entered: the row, its event, the other side told.
create function app.enter_service_case_status(service_case uuid, entered public.service_case_status, note text)
returns void
language plpgsql security definer set search_path = '' as $$
begin
  update public.service_cases c set status = entered, updated_at = now() where c.id = service_case;
  insert into public.service_case_events (case_id, status, actor_id, note) values (service_case, entered, auth.uid(), note);
  perform app.notify_service_case(service_case, entered);
end
$$;
revoke all on function app.enter_service_case_status(uuid, public.service_case_status, text) from public;

-- A new case. A replayed post (the caller's creation key already used) answers with the case it made.
create function app.request_service_case(
  agency uuid, service public.agency_service, scope text, deadline date, budget_fen bigint, patent_ids uuid[],
  creation_key uuid
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  caller_role public.user_role := app.current_user_role();
  made uuid;
  patent uuid;
begin
  if auth.uid() is null or caller_role is null or caller_role not in ('researcher', 'officer', 'company') or creation_key is null then
    raise exception 'researchers, officers and companies request services' using errcode = '42501';
  end if;
  select c.id into made from public.service_cases c where c.creation_key = request_service_case.creation_key;
  if made is not null then
    if not exists (select 1 from public.service_cases c where c.id = made and c.requester_id = auth.uid()) then
      raise exception 'this creation key is another case''s' using errcode = '42501';
    end if;
    return made;
  end if;
  if agency is null or service is null or not app.offers_service(agency, service) then
    raise exception 'a service is asked of a verified agency offering it' using errcode = 'ZQ560';
  end if;
  if cardinality(patent_ids) > 20 then
    raise exception 'a case names at most twenty patents' using errcode = 'ZQ561';
  end if;
  foreach patent in array coalesce(patent_ids, '{}') loop
    if patent is null or not app.valuation_patent_allowed(patent) then
      raise exception 'a patent the caller may not name' using errcode = 'ZQ561';
    end if;
  end loop;
  if deadline is null or deadline < current_date then
    raise exception 'a deadline is today or later' using errcode = 'ZQ563';
  end if;
  if budget_fen is not null and budget_fen not between 1 and 10000000000000 then
    raise exception 'a budget is more than nothing' using errcode = 'ZQ567';
  end if;
  insert into public.service_cases (requester_id, requester_role, requester_organization_id, agency_id, service, scope,
    deadline, budget_fen, creation_key)
  values (auth.uid(), caller_role, (select p.organization_id from public.profiles p where p.id = auth.uid()), agency, service,
    btrim(scope), deadline, budget_fen, creation_key)
  returning id into made;
  insert into public.service_case_patents (case_id, patent_id, institution_id, application_number, title)
  select made, p.id, l.institution_id, p.application_number, p.title
  from public.patents p join public.listings l on l.id = p.listing_id where p.id = any (coalesce(patent_ids, '{}'));
  insert into public.service_case_events (case_id, status, actor_id) values (made, 'requested', auth.uid());
  perform app.notify_service_case(made, 'requested');
  return made;
end
$$;
comment on function app.request_service_case(uuid, public.agency_service, text, date, bigint, uuid[], uuid) is
  'Raises ZQ560 serviceCaseAgencyRefused, ZQ561 serviceCasePatentRefused, ZQ563 serviceCaseDeadlinePast, ZQ567 serviceCaseBudgetInvalid (src/lib/contracts/database-errors.ts).';
revoke all on function app.request_service_case(uuid, public.agency_service, text, date, bigint, uuid[], uuid) from public;
grant execute on function app.request_service_case(uuid, public.agency_service, text, date, bigint, uuid[], uuid)
  to authenticated, service_role;

-- The case, locked, or P0002 when the caller may not read it.
create function app.lock_service_case(service_case uuid) returns public.service_cases
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases;
begin
  select * into c from public.service_cases s where s.id = service_case for update;
  if c.id is null or not app.can_see_service_case(c.id) then
    raise exception 'no such case' using errcode = 'P0002';
  end if;
  return c;
end
$$;
revoke all on function app.lock_service_case(uuid) from public;

-- The agency's quote: requested → quoted, by its staff.
create function app.quote_service_case(service_case uuid, amount_fen bigint, days integer, note text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases := app.lock_service_case(service_case);
begin
  if not app.is_provider_of(c.agency_id) then
    raise exception 'only the agency''s staff quote' using errcode = '42501';
  end if;
  if c.status <> 'requested' then
    raise exception 'a case is quoted while requested' using errcode = 'ZQ562';
  end if;
  if amount_fen is null or amount_fen not between 1 and 10000000000000 or days is null or days not between 1 and 365 then
    raise exception 'a quote has a positive amount and one to 365 days' using errcode = 'ZQ564';
  end if;
  update public.service_cases s set quote_fen = amount_fen, quote_days = days, quote_note = nullif(btrim(coalesce(note, '')), '')
  where s.id = c.id;
  perform app.enter_service_case_status(c.id, 'quoted', nullif(btrim(coalesce(note, '')), ''));
  return c.id;
end
$$;
comment on function app.quote_service_case(uuid, bigint, integer, text) is
  'Raises ZQ562 serviceCaseMoveIllegal, ZQ564 serviceCaseQuoteInvalid (src/lib/contracts/database-errors.ts).';
revoke all on function app.quote_service_case(uuid, bigint, integer, text) from public;
grant execute on function app.quote_service_case(uuid, bigint, integer, text) to authenticated, service_role;

-- The other moves without a document or a rating. Who and from where:
--   declined (the agency, with a reason) from requested; accepted and quote_declined (the
--   requester's side) from quoted; withdrawn (the requester's side) from requested or quoted.
create function app.move_service_case(service_case uuid, target public.service_case_status, reason text default null)
returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases := app.lock_service_case(service_case);
begin
  if target = 'declined' and not app.is_provider_of(c.agency_id)
     or target in ('accepted', 'quote_declined', 'withdrawn') and not app.is_service_case_requester(c.id)
     or target not in ('declined', 'accepted', 'quote_declined', 'withdrawn') then
    raise exception 'not the caller''s move' using errcode = '42501';
  end if;
  if target = 'declined' and c.status <> 'requested'
     or target in ('accepted', 'quote_declined') and c.status <> 'quoted'
     or target = 'withdrawn' and c.status not in ('requested', 'quoted') then
    raise exception 'not a move from this status' using errcode = 'ZQ562';
  end if;
  if target = 'declined' and (reason is null or char_length(btrim(reason)) not between 1 and 500) then
    raise exception 'a declined case says why' using errcode = '23514';
  end if;
  if target = 'declined' then
    update public.service_cases s set decline_reason = btrim(reason) where s.id = c.id;
  end if;
  perform app.enter_service_case_status(c.id, target, case when target = 'declined' then btrim(reason) end);
  return c.id;
end
$$;
comment on function app.move_service_case(uuid, public.service_case_status, text) is
  'Raises ZQ562 serviceCaseMoveIllegal (src/lib/contracts/database-errors.ts).';
revoke all on function app.move_service_case(uuid, public.service_case_status, text) from public;
grant execute on function app.move_service_case(uuid, public.service_case_status, text) to authenticated, service_role;

-- The agency's delivery: accepted → delivered, with a document of this case its staff uploaded.
create function app.deliver_service_case(service_case uuid, document uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases := app.lock_service_case(service_case);
begin
  if not app.is_provider_of(c.agency_id) then
    raise exception 'only the agency''s staff deliver' using errcode = '42501';
  end if;
  if c.status <> 'accepted' then
    raise exception 'an accepted case is delivered' using errcode = 'ZQ562';
  end if;
  if not exists (select 1 from public.service_case_documents d join public.profiles p on p.id = d.uploaded_by
                 where d.id = document and d.case_id = c.id and p.organization_id = c.agency_id) then
    raise exception 'a delivery is a document the agency added to this case' using errcode = 'ZQ566';
  end if;
  update public.service_cases s set delivery_document_id = document, status = 'delivered' where s.id = c.id;
  perform app.enter_service_case_status(c.id, 'delivered', null);
  return c.id;
end
$$;
comment on function app.deliver_service_case(uuid, uuid) is
  'Raises ZQ562 serviceCaseMoveIllegal, ZQ566 serviceCaseDeliveryDocument (src/lib/contracts/database-errors.ts).';
revoke all on function app.deliver_service_case(uuid, uuid) from public;
grant execute on function app.deliver_service_case(uuid, uuid) to authenticated, service_role;

-- The requester's side closes a delivered case with its rating (once: closed is final).
create function app.close_service_case(service_case uuid, stars integer, comment text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  c public.service_cases := app.lock_service_case(service_case);
  said text := nullif(btrim(coalesce(comment, '')), '');
begin
  if not app.is_service_case_requester(c.id) then
    raise exception 'only the requester closes and rates' using errcode = '42501';
  end if;
  if c.status <> 'delivered' then
    raise exception 'a delivered case is closed' using errcode = 'ZQ562';
  end if;
  if stars is null or stars not between 1 and 5 or char_length(said) > 500 then
    raise exception 'a rating is one to five stars, a comment at most 500 characters' using errcode = 'ZQ565';
  end if;
  update public.service_cases s set rating = stars, rating_comment = said, closed_at = now(), status = 'closed'
  where s.id = c.id;
  perform app.enter_service_case_status(c.id, 'closed', said);
  return c.id;
end
$$;
comment on function app.close_service_case(uuid, integer, text) is
  'Raises ZQ562 serviceCaseMoveIllegal, ZQ565 serviceCaseRatingInvalid (src/lib/contracts/database-errors.ts).';
revoke all on function app.close_service_case(uuid, integer, text) from public;
grant execute on function app.close_service_case(uuid, integer, text) to authenticated, service_role;

-- Public: a verified agency's average rating and number of closed cases (anyone, anonymous too).
create function app.agency_rating(agency uuid)
returns table (closed_cases integer, average_rating numeric)
language sql stable security definer set search_path = '' as $$
  select count(*)::integer, round(avg(c.rating), 1)
  from public.service_cases c join public.organizations o on o.id = c.agency_id and o.verified
  where c.agency_id = agency and c.status = 'closed'
$$;
revoke all on function app.agency_rating(uuid) from public;
grant execute on function app.agency_rating(uuid) to anon, authenticated, service_role;

-- Public: the latest comments, with the requester's role only (never a name or an organisation).
create function app.agency_rating_comments(agency uuid, how_many integer default 5)
returns table (rating smallint, comment text, requester_role public.user_role, closed_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select c.rating, c.rating_comment, c.requester_role, c.closed_at
  from public.service_cases c join public.organizations o on o.id = c.agency_id and o.verified
  where c.agency_id = agency and c.status = 'closed' and c.rating_comment is not null
  order by c.closed_at desc, c.id limit least(greatest(how_many, 0), 20)
$$;
revoke all on function app.agency_rating_comments(uuid, integer) from public;
grant execute on function app.agency_rating_comments(uuid, integer) to anon, authenticated, service_role;

alter table public.service_cases enable row level security;
alter table public.service_case_patents enable row level security;
alter table public.service_case_events enable row level security;
alter table public.service_case_messages enable row level security;
alter table public.service_case_documents enable row level security;
revoke all on public.service_cases, public.service_case_patents, public.service_case_events,
  public.service_case_messages, public.service_case_documents from anon, authenticated;
grant select on public.service_cases, public.service_case_patents, public.service_case_events,
  public.service_case_messages, public.service_case_documents to authenticated;
grant insert (case_id, author_id, idempotency_key, body) on public.service_case_messages to authenticated;
grant insert (id, case_id, uploaded_by, file_name, content_type, size_bytes, storage_key)
  on public.service_case_documents to authenticated;
grant all on public.service_cases, public.service_case_patents, public.service_case_events,
  public.service_case_messages, public.service_case_documents to service_role;

create policy service_cases_read on public.service_cases for select to authenticated
  using ((select app.can_see_service_case(id)));
create policy service_case_patents_read on public.service_case_patents for select to authenticated
  using ((select app.can_see_service_case(case_id)));
create policy service_case_events_read on public.service_case_events for select to authenticated
  using ((select app.can_see_service_case(case_id)));
create policy service_case_messages_read on public.service_case_messages for select to authenticated
  using ((select app.can_see_service_case(case_id)));
create policy service_case_documents_read on public.service_case_documents for select to authenticated
  using ((select app.can_see_service_case(case_id)));
-- Only the two sides write, as themselves; officers read only.
create policy service_case_messages_party_insert on public.service_case_messages for insert to authenticated
  with check (author_id = (select auth.uid()) and (select app.is_service_case_party(case_id)));
create policy service_case_documents_party_insert on public.service_case_documents for insert to authenticated
  with check (uploaded_by = (select auth.uid()) and (select app.is_service_case_party(case_id)));
