-- The audit log names an open licence declaration by its listing's title (issue #21), as it names a
-- deal (app.audit_deal_label). Admins read the log, not the declarations (a draft is its
-- university's), so this reads with the definer's rights and answers admins only.
create function app.audit_declaration_label(declaration uuid) returns text
language sql stable security definer set search_path = '' as $$
  select nullif(l.title, '') from public.open_licence_declarations d join public.listings l on l.id = d.listing_id
  where d.id = declaration and (select app.current_user_role()) = 'admin'
$$;
revoke all on function app.audit_declaration_label(uuid) from public;
grant execute on function app.audit_declaration_label(uuid) to authenticated, service_role;
