-- Demo data (embedded database, or `npm run db:seed`; never applied automatically to DATABASE_URL).
-- A university modelled on a Chongqing university in the Beibei innovation ring, its colleges,
-- three companies, a service agency, and one demo user per role.
-- Every demo password is zhiqiao-demo-2026 (argon2id hash below).

insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values
  ('00000000-0000-4000-8000-000000000100', 'university', null, '缙云大学', 'Jinyun University', true),
  ('00000000-0000-4000-8000-000000000101', 'college', '00000000-0000-4000-8000-000000000100', '材料与能源学院', 'College of Materials and Energy', true),
  ('00000000-0000-4000-8000-000000000102', 'college', '00000000-0000-4000-8000-000000000100', '计算机与信息科学学院', 'College of Computer and Information Science', true),
  ('00000000-0000-4000-8000-000000000103', 'college', '00000000-0000-4000-8000-000000000100', '工程技术学院', 'College of Engineering and Technology', true),
  ('00000000-0000-4000-8000-000000000104', 'college', '00000000-0000-4000-8000-000000000100', '生命科学学院', 'School of Life Sciences', true),
  ('00000000-0000-4000-8000-000000000105', 'college', '00000000-0000-4000-8000-000000000100', '农学与生物科技学院', 'College of Agronomy and Biotechnology', true),
  ('00000000-0000-4000-8000-000000000106', 'college', '00000000-0000-4000-8000-000000000100', '资源环境学院', 'College of Resources and Environment', true),
  ('00000000-0000-4000-8000-000000000200', 'company', null, '重庆两江智造科技有限公司', 'Liangjiang Smart Manufacturing Technology Co., Ltd.', true),
  ('00000000-0000-4000-8000-000000000201', 'company', null, '山城新能源汽车科技有限公司', 'Shancheng New Energy Vehicle Technology Co., Ltd.', true),
  ('00000000-0000-4000-8000-000000000202', 'company', null, '渝新材料股份有限公司', 'Yuxin Advanced Materials Co., Ltd.', false),
  ('00000000-0000-4000-8000-000000000300', 'agency', null, '北碚知识产权运营服务中心', 'Beibei IP Operation Service Center', true);

insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-000000001001', 'researcher@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001002', 'company@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001003', 'officer@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001004', 'admin@demo.zhiqiao.cn');

insert into public.profiles (id, role, organization_id, display_name, email, locale) values
  ('00000000-0000-4000-8000-000000001001', 'researcher', '00000000-0000-4000-8000-000000000101', '李明远 教授', 'researcher@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001002', 'company', '00000000-0000-4000-8000-000000000201', '王思琪', 'company@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001003', 'officer', '00000000-0000-4000-8000-000000000100', '陈晓东', 'officer@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001004', 'admin', '00000000-0000-4000-8000-000000000300', '平台管理员', 'admin@demo.zhiqiao.cn', 'zh-CN');

insert into public.local_credentials (user_id, email, password_hash)
select id, email, '$argon2id$v=19$m=19456,t=2,p=1$9oBL/2m+oFNXxdVCLZ4Jnw$/PYV6EQDxVB64AXSB4cOMYpS0zLaQ8fnI+K/Wx4mrBE'
from auth.users where email like '%@demo.zhiqiao.cn';
