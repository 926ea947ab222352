-- search_text (normalised title and pitch) fed the trigram typo fallback, which
-- 20261125000400_search_speed replaced with app.search_words; nothing reads it any more.
alter table public.listings drop column search_text;
