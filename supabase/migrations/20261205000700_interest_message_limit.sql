-- A limit on the messages added to one interest. Each one notifies every officer of the
-- university and the listing's researchers, so a company (or a script with its session, which
-- Supabase's API would let write directly) must not be able to fill their notifications.
-- Security invariant: an interest takes at most 10 added messages in any hour, whoever of the
-- company writes them; the 11th is refused with ZQ007 and the page says to wait.

create or replace function app.limit_interest_messages() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- A replay of a message already stored is answered by ON CONFLICT as it was: it adds nothing.
  if exists (select 1 from public.interest_messages m
             where m.author_id = new.author_id and m.idempotency_key = new.idempotency_key) then
    return new;
  end if;
  -- One writer at a time per interest, so parallel posts cannot all see room for one more.
  perform pg_advisory_xact_lock(hashtextextended('interest_messages:' || new.interest_id::text, 0));
  if (select count(*) from public.interest_messages m
      where m.interest_id = new.interest_id and m.created_at > now() - interval '1 hour') >= 10 then
    raise exception 'this interest already took 10 messages in the last hour' using errcode = 'ZQ007';
  end if;
  return new;
end
$$;
comment on function app.limit_interest_messages() is
  'Refuses an 11th message to one interest within an hour with ZQ007 (src/lib/contracts/database-errors.ts: interestMessagesTooMany).';
drop trigger if exists interest_messages_limit on public.interest_messages;
create trigger interest_messages_limit before insert on public.interest_messages
  for each row execute function app.limit_interest_messages();
