-- Supabase Storage (DESIGN.md "Storage port"): the private bucket uploaded files live in.
-- Only the server reads and writes it (service key); browsers get one-minute signed URLs from
-- routes that first read the file's row through RLS, so no policy on storage.objects admits
-- anon or authenticated. The limits repeat what the server checks by content before upload
-- (src/lib/domain/file-type.ts): JPEG, PNG, WebP up to 5 MB, PDF up to 20 MB.
-- Embedded PGlite and plain PostgreSQL have no storage schema: there this changes nothing.

do $$
begin
  if to_regclass('storage.buckets') is not null then
    insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
    values ('zhiqiao-files', 'zhiqiao-files', false, 20 * 1024 * 1024,
            array['image/jpeg', 'image/png', 'image/webp', 'application/pdf'])
    on conflict (id) do update set public = false, file_size_limit = excluded.file_size_limit,
      allowed_mime_types = excluded.allowed_mime_types;
  end if;
end
$$;
