-- Officers publish their university's NDA terms from /nda-terms (issue #19). Each new version is
-- written to the audit log (action nda_terms.publish, on the university), so an auditor sees who
-- changed the terms companies accept, and when. Versions stay append-only (nda_terms_append_only).
create function app.audit_nda_terms() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after)
  values (auth.uid(), 'nda_terms.publish', 'organizations', new.institution_id::text,
          (select jsonb_build_object('version', t.version) from public.nda_terms t
           where t.institution_id = new.institution_id and t.version = new.version - 1),
          jsonb_build_object('version', new.version));
  return null;
end
$$;
create trigger nda_terms_audit after insert on public.nda_terms
  for each row execute function app.audit_nda_terms();
