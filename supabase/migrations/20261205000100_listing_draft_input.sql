-- A draft keeps whatever the researcher typed, valid or not: the editor reopens from draft_input
-- (the raw form values, checked by the application only for shape and size), while the typed
-- columns hold only values that passed validation and are what review and search read.
alter table public.listings
  add column if not exists draft_input jsonb,
  -- Bumped by every draft save; a save naming an older revision is refused by the application
  -- (a second tab, or a device copy replayed late, must not silently overwrite newer work).
  add column if not exists draft_revision integer not null default 0,
  -- Set by the "new listing" form: replaying that request (Back, resubmit) finds the same draft.
  add column if not exists creation_key uuid;

-- Raw input is bounded so a hostile body cannot grow a row without limit (the form itself is
-- far smaller: 5000 characters is the longest field).
alter table public.listings drop constraint if exists listings_draft_input_shape;
alter table public.listings add constraint listings_draft_input_shape
  check (draft_input is null or (jsonb_typeof(draft_input) = 'object' and octet_length(draft_input::text) <= 400000));

-- Nulls are distinct: listings made before creation keys, and by other paths, never collide.
create unique index if not exists listings_owner_creation_key on public.listings (owner_id, creation_key);

grant insert (creation_key) on table public.listings to authenticated;
grant update (draft_input, draft_revision) on table public.listings to authenticated;
