-- A deal deleted with its documents (an administrator cleaning up, a test replacing the demo data)
-- takes its history with it: a document's removal is recorded only while its deal still exists,
-- instead of failing the deletion on deal_events' foreign key. Nothing else changes.
create or replace function app.record_document_event() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.deal_events (deal_id, actor_id, kind, after)
    values (new.deal_id, auth.uid(), 'document', jsonb_build_object('document', new.id, 'name', new.file_name));
    return null;
  end if;
  if not exists (select 1 from public.deals where id = old.deal_id) then
    return null;
  end if;
  insert into public.deal_events (deal_id, actor_id, kind, before)
  values (old.deal_id, auth.uid(), 'document', jsonb_build_object('document', old.id, 'name', old.file_name));
  return null;
end
$$;
