-- The authorization matrix's fixture, applied after supabase/seed.sql (tests only, never the demo):
-- a second university with its own researcher and officer, their listings, an interest, a deal,
-- and the rows of each kind the matrix reads and writes that the demo lacks. Ids are named in
-- tests/support/authorization/actors.ts. Every user signs in with the demo password (the hash is
-- the demo researcher's).

insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values
  ('00000000-0000-4000-9000-000000000100', 'university', null, '嘉陵大学', 'Jialing University', false),
  ('00000000-0000-4000-9000-000000000101', 'college', '00000000-0000-4000-9000-000000000100', '化学化工学院', 'School of Chemistry and Chemical Engineering', true);

insert into auth.users (id, email) values
  ('00000000-0000-4000-9000-000000001001', 'researcher@jialing.example.edu'),
  ('00000000-0000-4000-9000-000000001003', 'officer@jialing.example.edu');
insert into public.profiles (id, role, organization_id, display_name, email, locale) values
  ('00000000-0000-4000-9000-000000001001', 'researcher', '00000000-0000-4000-9000-000000000101', '宋雅琴 教授', 'researcher@jialing.example.edu', 'zh-CN'),
  ('00000000-0000-4000-9000-000000001003', 'officer', '00000000-0000-4000-9000-000000000100', '顾海峰', 'officer@jialing.example.edu', 'zh-CN');
-- Every account the seed left without a password (the generated ones) gets the demo password too.
insert into public.local_credentials (user_id, email, password_hash)
select u.id, u.email, demo.password_hash
from auth.users u, public.local_credentials demo
where demo.email = 'researcher@demo.zhiqiao.cn'
  and not exists (select 1 from public.local_credentials c where c.user_id = u.id);

-- Listings: the second university's published one and draft, a draft of the demo researcher's
-- colleague, and a second draft of the demo researcher (deleted through the editor).
insert into public.listings (id, owner_id, institution_id, college_id, status, title, pitch, summary, industry, trl,
  cooperation_modes, asking_price_fen, reviewed_by, reviewed_at, published_at) values
  ('00000000-0000-4000-9001-000000000001', '00000000-0000-4000-9000-000000001001', '00000000-0000-4000-9000-000000000100',
   '00000000-0000-4000-9000-000000000101', 'published', '低温等离子体协同催化 VOCs 治理装置 [authz:L2PUB]',
   '喷涂车间 VOCs 去除率 95%，无二次污染', '等离子体与锰基催化剂协同分解喷涂废气中的苯系物。', 'energy_environment', 6,
   array['non_exclusive_license']::public.cooperation_mode[], 40000000,
   '00000000-0000-4000-9000-000000001003', now() - interval '3 days', now() - interval '3 days'),
  ('00000000-0000-4000-9001-000000000002', '00000000-0000-4000-9000-000000001001', '00000000-0000-4000-9000-000000000100',
   '00000000-0000-4000-9000-000000000101', 'draft', '锂电池回收浸出液选择性萃取 [authz:L2DRAFT]', '', '', null, null,
   '{}'::public.cooperation_mode[], null, null, null, null),
  ('00000000-0000-4000-9001-000000000003', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100',
   '00000000-0000-4000-8000-000000000103', 'draft', '铸造砂型 3D 打印粘结剂 [authz:L1COLDRAFT]', '', '', null, null,
   '{}'::public.cooperation_mode[], null, null, null, null),
  ('00000000-0000-4000-9001-000000000004', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100',
   '00000000-0000-4000-8000-000000000101', 'draft', '待删除的草稿 [authz:L1SPAREDRAFT]', '', '', null, null,
   '{}'::public.cooperation_mode[], null, null, null, null);
insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on) values
  ('00000000-0000-4000-9001-000000000001', 0, '202210000001.3', 'invention', 'pending', '一种等离子体协同催化装置', '2022-03-01', null),
  ('00000000-0000-4000-9001-000000000002', 0, '202310000002.1', 'invention', 'pending', '一种选择性萃取方法', '2023-05-01', null),
  ('00000000-0000-4000-9001-000000000003', 0, '202410000003.X', 'invention', 'pending', '一种砂型粘结剂', '2024-02-01', null);
insert into public.listing_inventors (listing_id, position, profile_id, name, share) values
  ('00000000-0000-4000-9001-000000000001', 0, '00000000-0000-4000-9000-000000001001', '宋雅琴', 100),
  ('00000000-0000-4000-9001-000000000002', 0, '00000000-0000-4000-9000-000000001001', '宋雅琴', 100),
  ('00000000-0000-4000-9001-000000000003', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 100);

-- Files: a public image, confidential PDFs and a draft's PDF (their bytes are written by the server test).
insert into public.listing_attachments (id, listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential) values
  ('00000000-0000-4000-9005-000000000001', '00000000-0000-4000-8001-000000000001', 'image', 'public.png', 'image/png', 67, 'authz/listing-public.png', false),
  ('00000000-0000-4000-9005-000000000002', '00000000-0000-4000-8001-000000000001', 'document', 'confidential.pdf', 'application/pdf', 67, 'authz/listing-confidential.pdf', true),
  ('00000000-0000-4000-9005-000000000003', '00000000-0000-4000-8001-000000000071', 'document', 'draft.pdf', 'application/pdf', 67, 'authz/draft.pdf', false),
  ('00000000-0000-4000-9005-000000000004', '00000000-0000-4000-9001-000000000001', 'document', 'confidential.pdf', 'application/pdf', 67, 'authz/second-confidential.pdf', true);

-- A closed need of the demo company, and a listing it saved.
insert into public.needs (id, company_id, author_id, title, problem, industry, open) values
  ('00000000-0000-4000-9002-000000000001', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002',
   '已关闭的需求 [authz:NCLOSED]', '电池包壳体轻量化，已找到方案。', 'automotive', false);
insert into public.saved_listings (user_id, listing_id) values
  ('00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8001-000000000001');

-- Interests in the demo researcher's listings, as the demo company: four new ones (each consumed
-- by one move), each in a listing of its own since a company has one open interest per listing,
-- and one the officer declined.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, message) values
  ('00000000-0000-4000-9003-000000000003', '00000000-0000-4000-8001-000000000001', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-100000000003', 'exclusive_license', 'to review'),
  ('00000000-0000-4000-9003-000000000004', '00000000-0000-4000-8001-000000000021', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-100000000004', 'exclusive_license', 'to decline'),
  ('00000000-0000-4000-9003-000000000005', '00000000-0000-4000-8001-000000000023', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-100000000005', 'exclusive_license', 'to convert'),
  ('00000000-0000-4000-9003-000000000006', '00000000-0000-4000-8001-000000000024', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-100000000006', 'exclusive_license', 'to withdraw'),
  ('00000000-0000-4000-9003-000000000007', '00000000-0000-4000-8001-000000000008', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-100000000007', 'option', 'declined');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
update public.interests set status = 'declined', decline_reason = 'too_early', decline_note = 'TRL 太低'
  where id = '00000000-0000-4000-9003-000000000007';

-- The second company's interests in the second university's listing; its officer opens a deal from one.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002101"}', true);
-- The second is sent once the first is converted: one open interest per company and listing.
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, message) values
  ('00000000-0000-4000-9003-000000000001', '00000000-0000-4000-9001-000000000001', '00000000-0000-4000-8000-000000000203',
   '00000000-0000-4000-8000-000000002101', '00000000-0000-4000-9003-100000000001', 'non_exclusive_license', 'for a deal');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-9000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-9004-000000000001', '00000000-0000-4000-9003-000000000001', '00000000-0000-4000-9000-000000001003');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002101"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, message) values
  ('00000000-0000-4000-9003-000000000002', '00000000-0000-4000-9001-000000000001', '00000000-0000-4000-8000-000000000203',
   '00000000-0000-4000-8000-000000002101', '00000000-0000-4000-9003-100000000002', 'non_exclusive_license', 'still new');
-- A message the demo company added to its interest under review.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.interest_messages (interest_id, author_id, idempotency_key, body) values
  ('00000000-0000-4000-9003-000000000003', '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-9003-300000000001', '补充：可以先做小批量试制。');

-- A message and a document in each deal, from its company.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002101"}', true);
insert into public.deal_messages (deal_id, author_id, idempotency_key, body) values
  ('00000000-0000-4000-9004-000000000001', '00000000-0000-4000-8000-000000002101', '00000000-0000-4000-9003-200000000001', '样品已寄出。');
insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key) values
  ('00000000-0000-4000-9005-000000000012', '00000000-0000-4000-9004-000000000001', '00000000-0000-4000-8000-000000002101',
   'second-deal.pdf', 'application/pdf', 67, 'authz/second-deal.pdf');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key) values
  ('00000000-0000-4000-9005-000000000011', '00000000-0000-4000-8004-000000000001', '00000000-0000-4000-8000-000000001002',
   'first-deal.pdf', 'application/pdf', 67, 'authz/first-deal.pdf');

-- An administrator verifies the second university (an audit row), and a notification with a known id.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001004"}', true);
update public.organizations set verified = true where id = '00000000-0000-4000-9000-000000000100';
select set_config('request.jwt.claims', '', true);
insert into public.notifications (id, user_id, kind, listing_id) overriding system value values
  (900001, '00000000-0000-4000-8000-000000001001', 'listing_published', '00000000-0000-4000-8001-000000000001');

-- A session of the demo researcher and of the demo company, and a sign-in throttle row.
insert into public.sessions (id, user_id, expires_at) values
  (repeat('a', 64), '00000000-0000-4000-8000-000000001001', now() + interval '1 day'),
  (repeat('b', 64), '00000000-0000-4000-8000-000000001002', now() + interval '1 day');
insert into public.login_throttle (key, failures, window_started_at) values ('ip:203.0.113.9', 2, now());

-- An open objection to the demo notice in progress (the seed's other objection is dismissed).
insert into public.notice_objections (id, notice_id, name, contact, grounds, address_hash, file_key, file_name, content_type)
select '00000000-0000-4000-9006-000000000001', n.id, '赵敏', '13900000000', '价格明显低于评估值。', 'authz',
  'authz/objection.pdf', 'objection.pdf', 'application/pdf'
from public.public_notices n where n.deal_id = '00000000-0000-4000-8004-000000000003';

-- Open licences (issue #21): a granted invention with a known id on a published listing of
-- Jinyun, which the demo officer declares in the matrix, and a second draft declaration (of the
-- seed's spare granted invention of listing 004) for the delete case.
insert into public.patents (id, listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on) values
  ('00000000-0000-4000-900c-000000000001', '00000000-0000-4000-8001-000000000016', 1, '202211526911.9', 'invention', 'granted',
   '一种钛合金构件悬垂区域扫描路径规划方法', '2022-12-30', '2025-09-02');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.open_licence_declarations (id, patent_id, fee_basis, lump_sum_fen, payment_method, term_months,
  field_limits, contact, creation_key)
select '00000000-0000-4000-900b-000000000001', p.id, 'lump_sum', 1000000, '书面通知后 30 日内一次性支付。', 12, '',
  '待删除的草稿 [authz:OLSPARE]', gen_random_uuid()
from public.patents p where p.listing_id = '00000000-0000-4000-8001-000000000004' and p.patent_type = 'invention'
order by p.position limit 1;
select set_config('request.jwt.claims', '', true);

-- Service providers (issue #22): the seed's unverified technology broker says it works with
-- Jialing; only its own staff and admins may see that before an admin verifies it.
insert into public.agency_universities (agency_id, university_id) values
  ('00000000-0000-4000-8000-000000000402', '00000000-0000-4000-9000-000000000100');

-- The patent portfolio (issue #23): an import of the demo university waiting for its confirmation.
insert into public.portfolio_imports (id, university_id, created_by, file_name, rows) values
  ('00000000-0000-4000-900d-000000000001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000001003', 'authz-export.csv', '[]');
-- A portfolio patent of the demo university with a known id, for the hand-over route.
insert into public.portfolio_patents (id, university_id, application_number, title, patent_type, filed_on,
  legal_status) values
  ('00000000-0000-4000-803a-000000000002', '00000000-0000-4000-8000-000000000100', '202510987654.6',
   '一种用于授权矩阵的测试专利', 'invention', '2025-01-01', 'pending');

-- Proposals the route matrix moves (supabase/seed.sql holds the demo's): 张卫国's two to the demo
-- company's needs (one to decline, one to turn into an interest in his heat pump listing) and the
-- demo researcher's to another company's need, to withdraw.
insert into public.need_proposals (id, need_id, researcher_id, institution_id, submitted_by, creation_key, approach) values
  ('00000000-0000-4000-9040-000000000001', '00000000-0000-4000-8002-000000000002', '00000000-0000-4000-8000-000000002001',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000002001', gen_random_uuid(), '待拒绝的方案'),
  ('00000000-0000-4000-9040-000000000002', '00000000-0000-4000-8002-000000000003', '00000000-0000-4000-8000-000000002001',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000002001', gen_random_uuid(), '待转为意向的方案'),
  ('00000000-0000-4000-9040-000000000003', '00000000-0000-4000-8002-000000000005', '00000000-0000-4000-8000-000000001001',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000001001', gen_random_uuid(), '待撤回的方案');
insert into public.need_proposal_listings (proposal_id, listing_id, position) values
  ('00000000-0000-4000-9040-000000000002', '00000000-0000-4000-8001-000000000003', 0);
-- A message waiting to leave by email to the demo company user, which no request may see.
insert into app.outbound_messages (channel, user_id, kind) values
  ('email', '00000000-0000-4000-8000-000000001002', 'notification');
-- Alert choices of the demo company user (a daily digest of saved searches, quiet at night).
-- (The demo seed has the same since the alerts work: kept once.)
insert into public.alert_preferences (user_id, topic, channel, frequency) values
  ('00000000-0000-4000-8000-000000001002', 'saved_searches', 'email', 'daily') on conflict do nothing;
insert into public.alert_settings (user_id, quiet_from, quiet_until) values
  ('00000000-0000-4000-8000-000000001002', '22:00', '07:30') on conflict do nothing;
-- A device of the demo company user with web push turned on (its endpoint is never posted to here).
insert into public.push_subscriptions (id, user_id, endpoint, p256dh, auth, label) values
  ('00000000-0000-4000-9060-000000000001', '00000000-0000-4000-8000-000000001002', 'https://fcm.googleapis.com/fcm/send/authz-company',
   'B' || repeat('A', 86), repeat('A', 22), 'Chrome · Android');
-- Saved searches of the demo company user (its owner's alone): one to rename, one to delete.
insert into public.saved_searches (id, user_id, name, query) values
  ('00000000-0000-4000-9050-000000000001', '00000000-0000-4000-8000-000000001002', '动力电池', 'q=动力电池'),
  ('00000000-0000-4000-9050-000000000002', '00000000-0000-4000-8000-000000001002', '待删除的搜索', 'q=待删除');
-- A daily digest of the demo company user already claimed, which no request may see.
insert into app.alert_digests (user_id, channel, frequency, period_start) values
  ('00000000-0000-4000-8000-000000001002', 'email', 'daily', '2026-12-07 00:00+00');
