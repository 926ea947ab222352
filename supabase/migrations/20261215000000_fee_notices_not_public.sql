-- The portfolio watch writes fee_notified_on when it announces a due annual fee, at a server's start
-- and every hour. No public page shows that column, yet it raised the public content version, so
-- every kept anonymous page was rendered again (and a freshly started process made the others do
-- so). Now only a change to what the navigation map counts raises it.
drop trigger portfolio_patents_public on public.portfolio_patents;
create constraint trigger portfolio_patents_public after insert or delete on public.portfolio_patents
  deferrable initially deferred for each row execute function app.raise_public_content_version();
create constraint trigger portfolio_patents_public_update after update on public.portfolio_patents
  deferrable initially deferred for each row
  when ((to_jsonb(old) - 'fee_notified_on' - 'updated_at') is distinct from (to_jsonb(new) - 'fee_notified_on' - 'updated_at'))
  execute function app.raise_public_content_version();
