-- A login role for anonymous requests (DATABASE_ANONYMOUS_URL). Its connections start as anon
-- (start-up parameter `role`), so a public page costs one round trip per statement instead of a
-- transaction that switches role first. It has no privileges of its own and does not inherit
-- anon's: if a pooler ever dropped the start-up role, its statements would be refused, not run
-- with more rights. It has no password here; whoever enables it sets one
-- (`alter role zhiqiao_anonymous password '…'`). Roles belong to the cluster: created once.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'zhiqiao_anonymous') then
    create role zhiqiao_anonymous login noinherit;
  end if;
  grant anon to zhiqiao_anonymous;
exception when insufficient_privilege then
  -- A managed database may not let the migrating user create roles: the app then keeps
  -- switching role per transaction, or uses a role the operator made (e.g. Supabase's authenticator).
  raise notice 'zhiqiao_anonymous not created: %', sqlerrm;
end
$$;
