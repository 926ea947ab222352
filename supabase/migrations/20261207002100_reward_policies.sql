-- Reward policies (docs/domain.md, "Reward policy"; issue #20): how a university shares the net
-- income of a transferred result between the inventors (奖励和报酬), the college, the university and
-- the transfer office, per kind of income.
-- Security invariants:
--   * Only the university's officers and platform admins publish a version; the university's
--     members (its own and its colleges' people) and admins read them; nobody else sees any.
--   * Versions are append-only and numbered 1, 2, … per university with no gap; a new version is
--     refused when another was published since the form was opened (ZQ201), and when it would
--     take effect before today or before the latest version (ZQ202): what applied to a signed
--     deal never changes afterwards.
--   * Shares of a kind sum to exactly 100 %; below the floors of the law on promoting the
--     transformation of scientific and technological achievements, Art. 45 (inventors ≥ 50 % of a
--     transfer's or licence's net income, ≥ 50 % of equity, ≥ 5 % of operating profit from own
--     implementation) only with the university's own regulation cited (title, number, effective
--     date). Constraints, so no path around the form skips them.
--   * Every version published is written to the audit log by a trigger.

create table public.reward_policies (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.organizations (id),
  version integer not null check (version between 1 and 100000),
  effective_on date not null,
  transfer_inventors numeric(5, 2) not null check (transfer_inventors between 0 and 100),
  transfer_college numeric(5, 2) not null check (transfer_college between 0 and 100),
  transfer_university numeric(5, 2) not null check (transfer_university between 0 and 100),
  transfer_office numeric(5, 2) not null check (transfer_office between 0 and 100),
  equity_inventors numeric(5, 2) not null check (equity_inventors between 0 and 100),
  equity_college numeric(5, 2) not null check (equity_college between 0 and 100),
  equity_university numeric(5, 2) not null check (equity_university between 0 and 100),
  equity_office numeric(5, 2) not null check (equity_office between 0 and 100),
  own_inventors numeric(5, 2) not null check (own_inventors between 0 and 100),
  own_college numeric(5, 2) not null check (own_college between 0 and 100),
  own_university numeric(5, 2) not null check (own_university between 0 and 100),
  own_office numeric(5, 2) not null check (own_office between 0 and 100),
  regulation_title text check (char_length(btrim(regulation_title)) between 1 and 200),
  regulation_number text check (char_length(btrim(regulation_number)) between 1 and 100),
  regulation_effective_on date,
  note text not null default '' check (char_length(note) <= 2000),
  -- One key per form shown: a replayed submission finds its version instead of making another.
  submission_key uuid not null unique,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (institution_id, version),
  constraint reward_policies_transfer_total
    check (transfer_inventors + transfer_college + transfer_university + transfer_office = 100),
  constraint reward_policies_equity_total
    check (equity_inventors + equity_college + equity_university + equity_office = 100),
  constraint reward_policies_own_total check (own_inventors + own_college + own_university + own_office = 100),
  constraint reward_policies_citation check (
    (regulation_title is null) = (regulation_number is null)
    and (regulation_number is null) = (regulation_effective_on is null)),
  constraint reward_policies_floors check (
    regulation_title is not null or (transfer_inventors >= 50 and equity_inventors >= 50 and own_inventors >= 5))
);
create index reward_policies_in_force_idx on public.reward_policies (institution_id, effective_on desc, version desc);

-- Who may write a university's policy: its officers (of the university or one of its colleges) and
-- platform admins.
create function app.may_set_reward_policy(institution uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.is_officer_of(institution) or coalesce((select app.current_user_role()) = 'admin', false)
$$;

-- Its readers: the writers and every member of the university or one of its colleges.
create function app.may_read_reward_policy(institution uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select app.may_set_reward_policy(institution) or exists (
    select 1 from public.profiles p left join public.organizations o on o.id = p.organization_id
    where p.id = auth.uid() and (p.organization_id = institution or o.parent_id = institution))
$$;

-- The version's number and author are the database's; the version the form expected to create
-- arrives in `version` and must still be the next one (see the invariants above).
create function app.prepare_reward_policy() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  latest public.reward_policies;
begin
  if not exists (select 1 from public.organizations o where o.id = new.institution_id and o.kind = 'university') then
    raise exception 'a reward policy belongs to a university' using errcode = '42501';
  end if;
  if current_user in ('authenticated', 'anon') and not app.may_set_reward_policy(new.institution_id) then
    raise exception 'only the university''s officers and admins publish its reward policy' using errcode = '42501';
  end if;
  perform pg_advisory_xact_lock(7426021, hashtext(new.institution_id::text));
  -- A replay of a version already published: nothing more to store.
  if exists (select 1 from public.reward_policies p where p.submission_key = new.submission_key) then
    return null;
  end if;
  select * into latest from public.reward_policies p where p.institution_id = new.institution_id
  order by p.version desc limit 1;
  if new.version is distinct from coalesce(latest.version, 0) + 1 then
    raise exception 'another version was published meanwhile' using errcode = 'ZQ201';
  end if;
  if new.effective_on < latest.effective_on
     or (current_user in ('authenticated', 'anon') and new.effective_on < (now() at time zone 'Asia/Shanghai')::date) then
    raise exception 'a version takes effect from today and after the latest one' using errcode = 'ZQ202';
  end if;
  new.created_by := auth.uid();
  new.created_at := now();
  return new;
end
$$;
comment on function app.prepare_reward_policy() is
  'Raises ZQ201 rewardPolicyStale, ZQ202 rewardPolicyBackdated (src/lib/contracts/database-errors.ts).';
create trigger reward_policies_prepare before insert on public.reward_policies
  for each row execute function app.prepare_reward_policy();
create trigger reward_policies_append_only before update or delete on public.reward_policies
  for each row execute function app.forbid_change();

create function app.audit_reward_policy() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.audit_events (actor_id, action, entity_type, entity_id, after)
  values (new.created_by, 'reward_policies.publish', 'organizations', new.institution_id::text,
          to_jsonb(new) - 'id' - 'institution_id' - 'submission_key' - 'created_by' - 'created_at');
  return null;
end
$$;
create trigger reward_policies_audit after insert on public.reward_policies
  for each row execute function app.audit_reward_policy();

-- The version in force on a day: the latest to take effect on or before it. As the caller (RLS
-- applies): someone who may not read the university's policy gets none.
create function app.reward_policy_in_force(institution uuid, on_day date) returns public.reward_policies
language sql stable security invoker set search_path = '' as $$
  select p.* from public.reward_policies p
  where p.institution_id = institution and p.effective_on <= on_day
  order by p.effective_on desc, p.version desc
  limit 1
$$;

alter table public.reward_policies enable row level security;
revoke all on public.reward_policies from anon, authenticated;
grant all on public.reward_policies to service_role;
grant select on public.reward_policies to authenticated;
grant insert (institution_id, version, effective_on, transfer_inventors, transfer_college, transfer_university,
  transfer_office, equity_inventors, equity_college, equity_university, equity_office, own_inventors, own_college,
  own_university, own_office, regulation_title, regulation_number, regulation_effective_on, note, submission_key)
  on public.reward_policies to authenticated;
create policy reward_policies_read on public.reward_policies for select to authenticated
  using (app.may_read_reward_policy(institution_id));
create policy reward_policies_insert on public.reward_policies for insert to authenticated
  with check (app.may_set_reward_policy(institution_id));

revoke all on function app.may_set_reward_policy(uuid), app.may_read_reward_policy(uuid),
  app.reward_policy_in_force(uuid, date) from public;
grant execute on function app.may_set_reward_policy(uuid), app.may_read_reward_policy(uuid),
  app.reward_policy_in_force(uuid, date) to authenticated, service_role;
