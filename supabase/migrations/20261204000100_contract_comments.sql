-- Comments only, no behaviour changes: the functions that share a contract with the
-- application name the TypeScript module that holds it, so supabase/schema.sql shows both sides.
-- Error codes: src/lib/contracts/database-errors.ts. Topics: src/lib/contracts/realtime-topics.ts.
comment on function app.guard_interest_update() is
  'Refuses interest status moves with ZQ002 (src/lib/contracts/database-errors.ts: interestMoveRefused).';
comment on function app.prepare_deal() is
  'Refuses converting an interest that cannot be converted with ZQ002 (src/lib/contracts/database-errors.ts: interestMoveRefused).';
comment on function app.guard_deal_update() is
  'Raises ZQ003 dealMoveIllegal, ZQ004 noticeRunning, ZQ005 closeReasonRequired, ZQ006 assigneeNotOfficer (src/lib/contracts/database-errors.ts).';
comment on function app.publish(text, text, jsonb) is
  'Publishes on a topic user:<id>, deal:<id> or institution:<id> (src/lib/contracts/realtime-topics.ts).';
comment on function app.can_read_topic(text) is
  'Who may read a topic user:<id>, deal:<id> or institution:<id> (src/lib/contracts/realtime-topics.ts).';
