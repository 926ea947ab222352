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
  ('00000000-0000-4000-8000-000000000300', 'agency', null, '北碚知识产权运营服务中心', 'Beibei IP Operation Service Center', true),
  ('00000000-0000-4000-8000-000000000400', 'agency', null, '重庆渝信资产评估有限公司', 'Chongqing Yuxin Asset Appraisal Co., Ltd.', true),
  ('00000000-0000-4000-8000-000000000401', 'agency', null, '重庆缙云专利代理事务所', 'Chongqing Jinyun Patent Agency', true),
  ('00000000-0000-4000-8000-000000000402', 'agency', null, '两江技术经纪有限公司', 'Liangjiang Technology Brokerage Co., Ltd.', false),
  ('00000000-0000-4000-8000-000000000500', 'bank', null, '山城银行科技支行', 'Shancheng Bank Science and Technology Branch', true);

-- The IP service cluster (issue #22): a valuation firm and a patent agency, verified and working
-- with Jinyun University, and a technology broker still waiting for an admin.
insert into public.agency_profiles (organization_id, agency_type, services, summary_zh, summary_en, fee_basis, turnaround_days, credentials) values
  ('00000000-0000-4000-8000-000000000400', 'valuation_firm', array['valuation', 'negotiation_support']::public.agency_service[],
   '财政部备案资产评估机构，专注专利、商标等无形资产评估，服务专利权质押融资、作价入股和许可定价。评估师团队具有理工科背景。',
   'Registered asset appraisal firm focused on patents and other intangible assets, for pledge loans, equity contributions and licence pricing.',
   '按评估对象数量和评估目的收费，单件发明专利 8,000 元起', 15, '资产评估机构备案号 渝财资备〔2019〕0032 号'),
  ('00000000-0000-4000-8000-000000000401', 'patent_agency', array['application_drafting', 'fto_search', 'licence_drafting']::public.agency_service[],
   '服务高校科研团队十余年，擅长新能源、新材料与智能制造领域发明专利撰写和自由实施（FTO）检索。',
   'Has served university research teams for over ten years: invention drafting and freedom-to-operate searches in new energy, materials and smart manufacturing.',
   '发明专利申请代理费 6,000 元起；FTO 检索按技术点报价', 30, '专利代理机构执业许可证 50212'),
  ('00000000-0000-4000-8000-000000000402', 'technology_broker', array['negotiation_support', 'licence_drafting']::public.agency_service[],
   '', '', '按成交额的 3%–5% 收取佣金', null, '');
insert into public.agency_universities (agency_id, university_id) values
  ('00000000-0000-4000-8000-000000000400', '00000000-0000-4000-8000-000000000100'),
  ('00000000-0000-4000-8000-000000000401', '00000000-0000-4000-8000-000000000100');

insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-000000001001', 'researcher@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001002', 'company@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001003', 'officer@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001004', 'admin@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001005', 'valuer@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001006', 'agent@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001007', 'bank@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000001008', 'broker@demo.zhiqiao.cn');

insert into public.profiles (id, role, organization_id, display_name, email, locale) values
  ('00000000-0000-4000-8000-000000001001', 'researcher', '00000000-0000-4000-8000-000000000101', '李明远 教授', 'researcher@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001002', 'company', '00000000-0000-4000-8000-000000000201', '王思琪', 'company@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001003', 'officer', '00000000-0000-4000-8000-000000000100', '陈晓东', 'officer@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001004', 'admin', '00000000-0000-4000-8000-000000000300', '平台管理员', 'admin@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001005', 'provider', '00000000-0000-4000-8000-000000000400', '孙立平 评估师', 'valuer@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001006', 'provider', '00000000-0000-4000-8000-000000000401', '郑雅文 专利代理师', 'agent@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001007', 'provider', '00000000-0000-4000-8000-000000000500', '吴海峰', 'bank@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000001008', 'provider', '00000000-0000-4000-8000-000000000402', '黄磊', 'broker@demo.zhiqiao.cn', 'zh-CN');

insert into public.local_credentials (user_id, email, password_hash)
select id, email, '$argon2id$v=19$m=19456,t=2,p=1$9oBL/2m+oFNXxdVCLZ4Jnw$/PYV6EQDxVB64AXSB4cOMYpS0zLaQ8fnI+K/Wx4mrBE'
from auth.users where email like '%@demo.zhiqiao.cn';

-- BEGIN generated listings (node scripts/generate-seed-listings.ts --write)
insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values
  ('00000000-0000-4000-8000-000000000203', 'company', null, '重庆江源水务环境科技有限公司', 'Jiangyuan Water & Environment Technology Co., Ltd.', true),
  ('00000000-0000-4000-8000-000000000204', 'company', null, '重庆峡江农业发展有限公司', 'Xiajiang Agricultural Development Co., Ltd.', true);
insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-000000002001', 'zhang.weiguo@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002002', 'liu.siyuan@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002003', 'chen.yutong@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002004', 'zhou.jianhua@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002005', 'he.jing@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002006', 'martin.keller@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002101', 'zhao.wenbo@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002102', 'liu.fang@demo.zhiqiao.cn'),
  ('00000000-0000-4000-8000-000000002103', 'ma.jun@demo.zhiqiao.cn');
insert into public.profiles (id, role, organization_id, display_name, email, locale) values
  ('00000000-0000-4000-8000-000000002001', 'researcher', '00000000-0000-4000-8000-000000000103', '张卫国 教授', 'zhang.weiguo@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002002', 'researcher', '00000000-0000-4000-8000-000000000102', '刘思远 副教授', 'liu.siyuan@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002003', 'researcher', '00000000-0000-4000-8000-000000000104', '陈雨桐 研究员', 'chen.yutong@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002004', 'researcher', '00000000-0000-4000-8000-000000000105', '周建华 教授', 'zhou.jianhua@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002005', 'researcher', '00000000-0000-4000-8000-000000000106', '何静 副教授', 'he.jing@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002006', 'researcher', '00000000-0000-4000-8000-000000000101', 'Martin Keller', 'martin.keller@demo.zhiqiao.cn', 'en'),
  ('00000000-0000-4000-8000-000000002101', 'company', '00000000-0000-4000-8000-000000000203', '赵文博', 'zhao.wenbo@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002102', 'company', '00000000-0000-4000-8000-000000000204', '刘芳', 'liu.fang@demo.zhiqiao.cn', 'zh-CN'),
  ('00000000-0000-4000-8000-000000002103', 'company', '00000000-0000-4000-8000-000000000200', '马骏', 'ma.jun@demo.zhiqiao.cn', 'zh-CN');
insert into public.listings (id, owner_id, institution_id, college_id, status, title, pitch, summary, advantages, applications, industry, ipc_codes, trl, cooperation_modes, asking_price_fen, reviewed_by, reviewed_at, published_at, created_at, updated_at) values
  ('00000000-0000-4000-8001-000000000001', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '动力电池快充液冷—相变耦合热管理系统', '3C 快充工况下电芯最大温差小于 3℃，温升较纯液冷方案降低 9℃', '针对商用车和乘用车电池包快充温升过高、电芯温度不均的问题，本成果将蛇形流道液冷板与石蜡/膨胀石墨复合相变材料耦合，并由电池管理系统实时调节冷却液流量。在 280 Ah 磷酸铁锂电池包上完成台架验证：3C 快充 15 分钟温升由 21℃ 降至 12℃，电芯最大温差小于 3℃。方案沿用现有液冷管路接口，无需改动电池包结构即可导入量产。', array['快充温升降低 9℃，电芯最大温差 <3℃', '系统增重 <4 kg，电池包能量密度损失 <2%', '冷却泵能耗降低 25%，单套成本增加 <300 元']::text[], '纯电动乘用车、商用车与电动重卡电池包；储能电池柜热管理', 'automotive', array['H01M 10/613', 'H01M 10/6556', 'H01M 10/659', 'B60L 58/26']::text[], 6, array['exclusive_license', 'joint_development']::public.cooperation_mode[], 120000000, '00000000-0000-4000-8000-000000001003', now() - interval '2 days', now() - interval '2 days', now() - interval '9 days', now() - interval '2 days'),
  ('00000000-0000-4000-8001-000000000002', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '基于增量容量分析的动力电池健康状态在线估计方法', '仅用车载 BMS 的充电片段数据，SOH 估计误差小于 2%，无需额外传感器', '本方法从日常充电过程的部分电压片段中提取增量容量（IC）曲线特征峰，结合迁移学习模型估计动力电池健康状态（SOH），可在算力有限的车载 BMS 芯片上运行。在三元与磷酸铁锂两类电芯、累计 1200 次循环的数据集上验证，估计误差小于 2%。适用于整车厂售后质保评估、二手车残值评估及退役电池梯次利用分选。', array['SOH 估计平均误差 <2%', '只需 20%–30% SOC 区间的充电片段', '算法内存占用 <64 KB，可部署于量产 BMS']::text[], '电动汽车电池管理系统、退役动力电池梯次利用分选、储能电站运维', 'automotive', array['G01R 31/392', 'G01R 31/367', 'B60L 58/16']::text[], 5, array['non_exclusive_license']::public.cooperation_mode[], 30000000, '00000000-0000-4000-8000-000000001003', now() - interval '49 days 5 hours', now() - interval '49 days 5 hours', now() - interval '57 days', now() - interval '49 days 5 hours'),
  ('00000000-0000-4000-8001-000000000003', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '电动汽车热泵空调与电池热管理一体化系统', '冬季 −10℃ 工况续航提升 18%，一套热泵同时服务乘员舱与动力电池', '以 R290 二次回路热泵为核心，通过八通阀集成乘员舱空调、动力电池加热/冷却和电驱余热回收，按工况在 12 种模式间自动切换。整车转鼓试验表明，−10℃ 环境下 CLTC 续航较 PTC 加热方案提升 18%，−20℃ 仍可稳定制热。系统管路与接头数量减少 40%，便于平台化设计。', array['−10℃ 续航提升 18%', '可回收电驱余热 1.5 kW', '管路与接头数量减少 40%']::text[], '纯电与插电混动乘用车、电动客车整车热管理', 'automotive', array['B60H 1/00', 'B60H 1/32', 'F25B 30/02', 'B60L 58/27']::text[], 7, array['joint_development', 'exclusive_license']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '96 days 10 hours', now() - interval '96 days 10 hours', now() - interval '105 days', now() - interval '96 days 10 hours'),
  ('00000000-0000-4000-8001-000000000004', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '老旧小区充电桩有序充电与配变负荷调度平台', '不增容即可让一台 630 kVA 配变带动 200 个交流充电桩，居民充电费用下降 22%', '平台实时采集小区配电变压器负荷与充电桩状态，按用户预计离开时间和分时电价滚动优化每个充电桩的功率分配，夜间低谷自动补能。已在北碚区两个老旧小区试点运行 14 个月，配变最大负载率始终低于 85%，居民平均充电费用下降 22%。平台支持 OCPP 1.6J 协议，可对接主流品牌充电桩与物业管理系统。', array['单台配变可接入充电桩数量提升 3 倍', '居民充电费用下降 22%', '支持 OCPP 1.6J，兼容主流充电桩品牌']::text[], '老旧小区、园区与单位停车场充电桩运营；充电运营商负荷聚合', 'automotive', array['B60L 53/63', 'B60L 53/67', 'H02J 3/32', 'G06Q 50/06']::text[], 8, array['non_exclusive_license', 'equity']::public.cooperation_mode[], 50000000, '00000000-0000-4000-8000-000000001003', now() - interval '143 days 15 hours', now() - interval '143 days 15 hours', now() - interval '153 days', now() - interval '143 days 15 hours'),
  ('00000000-0000-4000-8001-000000000005', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '铝合金副车架低压铸造与局部挤压补缩工艺', '副车架减重 35%，内部缩松缺陷减少 80%，疲劳寿命提升 20%', '针对一体化铝合金副车架壁厚差大、厚大部位易产生缩松的问题，将模具分区温控与局部挤压补缩相结合，实现顺序凝固。A356 铝合金副车架经 T6 热处理后抗拉强度达 310 MPa，X 射线探伤缺陷等级稳定达到 ASTM E155 二级。工艺已在合作企业完成 3000 件小批量试制。', array['较钢制副车架减重 35%', '缩松缺陷减少 80%', '疲劳寿命提升 20%']::text[], '乘用车副车架、控制臂、电池包壳体等底盘结构件', 'automotive', array['B22D 18/04', 'B22D 18/02', 'B62D 21/11']::text[], 7, array['assignment', 'exclusive_license']::public.cooperation_mode[], 200000000, '00000000-0000-4000-8000-000000001003', now() - interval '190 days 20 hours', now() - interval '190 days 20 hours', now() - interval '201 days', now() - interval '190 days 20 hours'),
  ('00000000-0000-4000-8001-000000000006', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '山地城市隧道群场景自动驾驶组合定位方法', '连续隧道与多层立交场景下横向定位误差小于 20 厘米', '重庆等山地城市隧道密集、立交层叠，卫星信号频繁中断。本方法融合北斗/GNSS、轮速、惯导与激光雷达点云地图匹配，并利用隧道壁几何特征约束纵向漂移，在 35 公里、含 11 座隧道的测试路线上实现全程连续定位，横向误差小于 20 厘米。算法可在车规级域控制器上以 20 Hz 运行。', array['横向定位误差 <20 厘米', '卫星信号中断 3 分钟内纵向漂移 <0.5%', '20 Hz 实时运行于车规级域控制器']::text[], 'L2+/L4 自动驾驶、智能网联汽车测试区、地下停车场自动泊车', 'automotive', array['G01S 19/49', 'G01S 17/931', 'G01C 21/16']::text[], 5, array['option', 'joint_development']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '237 days 1 hours', now() - interval '237 days 1 hours', now() - interval '249 days', now() - interval '237 days 1 hours'),
  ('00000000-0000-4000-8001-000000000007', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '混合动力专用发动机高滚流燃烧系统', '有效热效率 44.5%，常用工况油耗较基础机型降低 12%', '面向插电混动与增程式电动汽车专用发动机，设计高滚流进气道、长冲程与 15:1 高压缩比燃烧室，配合 35 MPa 高压直喷与冷却 EGR。台架试验有效热效率达 44.5%，40% 以上的高效区覆盖 70% 的常用工况。成果与合作企业现有 1.5 L 机型平台兼容，缸体无需重新开模。', array['有效热效率 44.5%', '常用工况油耗降低 12%', '兼容现有 1.5 L 机型平台']::text[], '插电式混合动力与增程式电动汽车专用发动机', 'automotive', array['F02B 31/00', 'F02F 1/42', 'F02M 26/22']::text[], 6, array['exclusive_license', 'joint_development']::public.cooperation_mode[], 350000000, '00000000-0000-4000-8000-000000001003', now() - interval '284 days 6 hours', now() - interval '284 days 6 hours', now() - interval '297 days', now() - interval '284 days 6 hours'),
  ('00000000-0000-4000-8001-000000000008', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', 'Pulse self-heating of power batteries for cold-climate fast charging', 'Warms a power battery from −30 °C to a chargeable 5 °C in 5 minutes, using 40% less energy than PTC heaters', 'Power batteries in cold regions cannot be fast-charged until the cells warm up. This method drives an alternating pulse current through the pack using the existing motor inverter, so the cells heat from the inside. Pulse frequency and amplitude adapt to cell impedance to avoid lithium plating. On a 60 kWh NMC pack the heating rate reached 7 °C per minute, and after 500 heating cycles the capacity loss stayed below 1%. It plugs into the vehicle''s thermal management controller without extra hardware.', array['−30 °C to 5 °C in 5 minutes', '40% less energy than PTC heating', 'No added hardware: uses the motor inverter', 'Under 1% capacity loss after 500 heating cycles']::text[], 'Electric cars, buses and trucks in cold regions; battery thermal management for high-altitude fleets', 'automotive', array['H01M 10/615', 'H01M 10/637', 'B60L 58/27']::text[], 6, array['exclusive_license', 'option']::public.cooperation_mode[], 150000000, '00000000-0000-4000-8000-000000001003', now() - interval '33 days 11 hours', now() - interval '33 days 11 hours', now() - interval '47 days', now() - interval '33 days 11 hours'),
  ('00000000-0000-4000-8001-000000000009', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', 'Membrane humidity control for hydrogen fuel cell truck stacks', 'Extends stack life by 20% and removes the external humidifier', 'Heavy-duty fuel cell stacks degrade quickly when the membrane dries out at high load or floods at idle. A model-based controller estimates membrane water content from stack voltage and high-frequency impedance, then adjusts anode recirculation and cathode back-pressure. In a 3000-hour durability test on a 110 kW stack, voltage decay fell by 20%, and the system ran without an external humidifier, saving weight and cost.', array['20% lower voltage decay over 3000 h', 'No external humidifier: about 8 kg and CNY 6,000 saved per system', 'Runs on existing fuel cell control units']::text[], 'Hydrogen fuel cell trucks and buses; stationary fuel cell power', 'automotive', array['H01M 8/04492', 'H01M 8/04119', 'H01M 8/04828']::text[], 5, array['joint_development', 'non_exclusive_license']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '80 days 16 hours', now() - interval '80 days 16 hours', now() - interval '95 days', now() - interval '80 days 16 hours'),
  ('00000000-0000-4000-8001-000000000010', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', 'Automatic coil alignment for wireless EV charging in parking garages', 'Keeps 92% transfer efficiency with the car parked up to 15 cm off-centre', 'Wireless charging loses efficiency quickly when a car is parked off-centre. This system locates the vehicle coil with low-frequency magnetic beacons and moves the ground pad on a two-axis stage, so the alignment error stays under 2 cm. In 11 kW tests the end-to-end efficiency stayed at 92% for lateral offsets of up to 15 cm. It works with automated valet parking and needs no camera.', array['92% efficiency at a 15 cm offset', 'Alignment under 2 cm within 20 seconds', 'No camera: works in dark garages']::text[], 'Wireless charging in residential and public parking garages; automated valet parking; electric buses at terminals', 'automotive', array['B60L 53/38', 'B60L 53/12', 'H02J 50/90']::text[], 4, array['option', 'joint_development']::public.cooperation_mode[], 60000000, '00000000-0000-4000-8000-000000001003', now() - interval '127 days 21 hours', now() - interval '127 days 21 hours', now() - interval '143 days', now() - interval '127 days 21 hours'),
  ('00000000-0000-4000-8001-000000000011', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '工业机器人三维视觉引导无序抓取系统', '散乱零件抓取成功率 99.2%，单次节拍 4 秒，换型 10 分钟内完成', '系统以结构光三维相机获取料框内零件点云，通过模板匹配与深度学习相结合的位姿估计给出抓取点，并自动规划避碰路径。已在汽车零部件机加工线完成上下料应用，连续运行 3 个月抓取成功率 99.2%。新零件只需导入 CAD 模型即可完成换型，无需重新示教。', array['抓取成功率 99.2%', '单次抓取节拍 4 秒', '导入 CAD 模型，10 分钟内完成换型']::text[], '汽车零部件机加工上下料、铸锻件分拣、物流仓储拆垛', 'smart_manufacturing', array['B25J 9/1697', 'B25J 9/1664', 'G06T 7/73']::text[], 7, array['non_exclusive_license', 'exclusive_license']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '174 days 2 hours', now() - interval '174 days 2 hours', now() - interval '191 days', now() - interval '174 days 2 hours'),
  ('00000000-0000-4000-8001-000000000012', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '数控机床主轴热误差实时补偿技术', '只需 4 个温度测点，主轴热伸长误差减少 60%，无需改造机床结构', '通过热特性仿真优选 4 个关键温度测点，建立随转速自适应的主轴热误差模型，借助数控系统的外部原点偏移功能实时补偿。在立式加工中心连续 8 小时加工试验中，Z 向热误差由 32 μm 降至 12 μm。补偿模块兼容 FANUC、西门子与华中数控系统。', array['Z 向热误差减少 60%', '仅需 4 个温度测点', '兼容三大主流数控系统']::text[], '精密零件加工、模具制造、发动机缸体缸盖加工', 'smart_manufacturing', array['B23Q 15/18', 'G05B 19/404']::text[], 8, array['non_exclusive_license']::public.cooperation_mode[], 20000000, '00000000-0000-4000-8000-000000001003', now() - interval '221 days 7 hours', now() - interval '221 days 7 hours', now() - interval '239 days', now() - interval '221 days 7 hours'),
  ('00000000-0000-4000-8001-000000000013', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '摩托车发动机缸体柔性混线装配系统', '6 种缸体同线混产，换型时间由 2 小时缩短至 15 分钟，装配人工减少 50%', '针对重庆摩托车企业多品种、小批量的生产特点，设计模块化装配工位、快换自适应夹具和基于 RFID 的工艺参数自动下发系统。合作企业装配线改造后，可在一条线上混线装配 6 种缸体，换型时间缩短至 15 分钟，装配一次合格率提升至 99.5%。', array['换型时间缩短至 15 分钟', '同线混产 6 种缸体', '一次合格率 99.5%，人工减少 50%']::text[], '摩托车与通用汽油机装配、园林机械、小型发动机制造', 'smart_manufacturing', array['B23P 21/00', 'B23P 19/04', 'G05B 19/418']::text[], 8, array['assignment', 'joint_development']::public.cooperation_mode[], 150000000, '00000000-0000-4000-8000-000000001003', now() - interval '268 days 12 hours', now() - interval '268 days 12 hours', now() - interval '287 days', now() - interval '268 days 12 hours'),
  ('00000000-0000-4000-8001-000000000014', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '焊缝缺陷相控阵超声图像智能识别方法', '气孔、夹渣、未熔合等 5 类缺陷识别准确率 97%，检测效率提升 5 倍', '以 2.6 万张标注的相控阵超声扇扫图像训练缺陷检测网络，结合声束几何校正实现缺陷定位与尺寸测量，并自动生成符合 GB/T 29712 的检测报告。在压力容器与钢结构桥梁焊缝的盲测中，5 类缺陷总体识别准确率 97%，漏检率低于 1%。', array['5 类缺陷识别准确率 97%', '漏检率 <1%', '自动生成检测报告，效率提升 5 倍']::text[], '压力容器、钢结构桥梁、油气管道与船舶焊缝无损检测', 'smart_manufacturing', array['G01N 29/06', 'G01N 29/44', 'G06T 7/00']::text[], 6, array['non_exclusive_license', 'equity']::public.cooperation_mode[], 60000000, '00000000-0000-4000-8000-000000001003', now() - interval '17 days 17 hours', now() - interval '17 days 17 hours', now() - interval '37 days', now() - interval '17 days 17 hours'),
  ('00000000-0000-4000-8001-000000000015', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '离散制造产线数字孪生与故障预测平台', '提前 48 小时预警设备故障，非计划停机减少 35%', '平台以轻量化三维模型和 OPC UA 数据接口构建产线数字孪生体，融合振动、电流与工艺参数，利用时序图神经网络预测关键设备剩余寿命。在一家汽车零部件企业的 3 条机加工线运行一年，提前 48 小时预警故障 27 次，非计划停机减少 35%。', array['故障提前 48 小时预警', '非计划停机减少 35%', '基于 OPC UA，两周内完成产线接入']::text[], '汽车零部件、摩托车、电子装配等离散制造产线', 'smart_manufacturing', array['G05B 23/0283', 'G05B 17/02', 'G06N 3/045']::text[], 7, array['non_exclusive_license', 'equity']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '64 days 22 hours', now() - interval '64 days 22 hours', now() - interval '85 days', now() - interval '64 days 22 hours'),
  ('00000000-0000-4000-8001-000000000016', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '激光选区熔化钛合金构件分区工艺参数优化方法', 'TC4 构件致密度 99.8%，打印效率较默认参数提升 30%', '基于熔池监测与高通量试验建立激光功率、扫描速度和层厚的工艺窗口模型，针对薄壁、悬垂和实体区域分区设置参数。TC4 钛合金试样致密度 99.8%，室温抗拉强度 1150 MPa、延伸率 11%，打印效率较设备默认参数提升 30%。', array['致密度 99.8%', '抗拉强度 1150 MPa，延伸率 11%', '打印效率提升 30%']::text[], '航空航天结构件、医疗植入物、模具随形冷却水路', 'smart_manufacturing', array['B22F 10/28', 'B22F 10/366', 'B33Y 10/00', 'C22C 14/00']::text[], 5, array['joint_development']::public.cooperation_mode[], 40000000, '00000000-0000-4000-8000-000000001003', now() - interval '111 days 3 hours', now() - interval '111 days 3 hours', now() - interval '133 days', now() - interval '111 days 3 hours'),
  ('00000000-0000-4000-8001-000000000017', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', 'Predictive maintenance for CNC spindle bearings', 'Warns of spindle bearing failure 72 hours ahead and cuts unplanned stops by 40%', 'Spindle bearing failures cause most unplanned downtime in machining workshops. An edge module samples vibration and spindle current and reduces them to a handful of features, and a lightweight model on the machine controller estimates the remaining useful life. Across 46 machining centres over 18 months it gave 72 hours of warning on average, and unplanned stops fell by 40%.', array['72-hour average early warning', '40% fewer unplanned stops', 'Edge module under CNY 2,000 per machine']::text[], 'Machining workshops, automotive and motorcycle parts plants, mould makers', 'smart_manufacturing', array['G05B 23/0283', 'G01M 13/045', 'B23Q 17/09']::text[], 7, array['non_exclusive_license']::public.cooperation_mode[], 35000000, '00000000-0000-4000-8000-000000001003', now() - interval '158 days 8 hours', now() - interval '158 days 8 hours', now() - interval '181 days', now() - interval '158 days 8 hours'),
  ('00000000-0000-4000-8001-000000000018', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', 'Force-controlled robotic grinding of cast aluminium parts', 'Replaces manual deburring with ±0.05 mm consistency and a three times faster cycle', 'Manual grinding of cast aluminium housings is slow, noisy and inconsistent. An active force-control flange keeps the contact force within ±2 N, while a path generated from a 3D scan follows each part''s actual burr line. On gearbox housings the cycle time fell from 9 to 3 minutes and the finish stayed within ±0.05 mm. The cell is built around a standard six-axis robot.', array['Contact force held within ±2 N', 'Cycle time cut from 9 to 3 minutes', 'Finish consistency of ±0.05 mm']::text[], 'Deburring and grinding of die-cast gearbox, motor and battery housings', 'smart_manufacturing', array['B24B 27/00', 'B25J 11/0065', 'B24B 49/16']::text[], 6, array['exclusive_license', 'assignment']::public.cooperation_mode[], 90000000, '00000000-0000-4000-8000-000000001003', now() - interval '205 days 13 hours', now() - interval '205 days 13 hours', now() - interval '229 days', now() - interval '205 days 13 hours'),
  ('00000000-0000-4000-8001-000000000019', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '钙钛矿太阳能电池多层阻隔封装胶膜', '85℃/85%RH 湿热老化 2000 小时后效率保持 95%，水汽透过率低于 10⁻⁴ g/(m²·d)', '钙钛矿电池对水氧极为敏感，封装是其产业化的关键瓶颈。本成果以低温交联聚烯烃为基体，复合原子层沉积氧化铝阻隔层与吸湿功能层，层压温度仅 110℃，不损伤钙钛矿吸光层。组件按 IEC 61215 湿热试验 2000 小时后效率保持 95%，胶膜可直接用于现有光伏层压设备。', array['湿热 2000 小时效率保持 95%', '水汽透过率 <10⁻⁴ g/(m²·d)', '110℃ 低温层压，兼容现有产线']::text[], '钙钛矿及钙钛矿/晶硅叠层光伏组件、柔性光伏、建筑光伏一体化', 'new_materials', array['H10K 30/88', 'H10K 85/50', 'C08J 5/18', 'B32B 27/32']::text[], 5, array['exclusive_license', 'equity']::public.cooperation_mode[], 250000000, '00000000-0000-4000-8000-000000001003', now() - interval '252 days 18 hours', now() - interval '252 days 18 hours', now() - interval '277 days', now() - interval '252 days 18 hours'),
  ('00000000-0000-4000-8001-000000000020', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '低稀土高强韧镁合金及其挤压成形方法', '稀土用量减少 70%，挤压型材屈服强度 380 MPa、延伸率 15%', '依托重庆的镁资源与镁合金产业基础，以微量钙、锰替代大部分稀土元素，通过低温慢速挤压获得细晶、弱织构组织。挤压型材室温屈服强度 380 MPa、延伸率 15%，原材料成本较 WE43 类稀土镁合金降低 40%。已在合作企业完成 2 吨级熔炼与型材试制。', array['屈服强度 380 MPa，延伸率 15%', '稀土用量减少 70%', '原材料成本降低 40%']::text[], '汽车座椅骨架、仪表盘支架、3C 产品外壳、轨道交通内饰结构件', 'new_materials', array['C22C 23/04', 'C22C 23/06', 'C22F 1/06', 'B21C 23/00']::text[], 6, array['assignment', 'exclusive_license']::public.cooperation_mode[], 180000000, '00000000-0000-4000-8000-000000001003', now() - interval '299 days 23 hours', now() - interval '299 days 23 hours', now() - interval '325 days', now() - interval '299 days 23 hours'),
  ('00000000-0000-4000-8001-000000000021', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '石墨烯改性环氧防腐涂料', '耐中性盐雾 3000 小时，涂层厚度减少 40%，锌粉用量减少 60%', '采用原位插层剥离制备少层石墨烯，经硅烷偶联剂表面改性后均匀分散于环氧树脂中，片层形成“迷宫效应”阻隔水和氯离子渗透。干膜厚度 120 μm 时耐中性盐雾超过 3000 小时、附着力 1 级，较传统环氧富锌体系减薄 40%。', array['耐中性盐雾 >3000 小时', '涂层减薄 40%', '锌粉用量减少 60%']::text[], '跨江桥梁钢结构、输电铁塔、港口机械与海洋工程防腐', 'new_materials', array['C09D 163/00', 'C09D 5/08', 'C09D 7/62', 'C01B 32/19']::text[], 7, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '48 days 4 hours', now() - interval '48 days 4 hours', now() - interval '75 days', now() - interval '48 days 4 hours'),
  ('00000000-0000-4000-8001-000000000022', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '连续玄武岩纤维增强复合材料筋', '抗拉强度为 HRB400 钢筋的 2.5 倍，重量仅为其 1/4，永不锈蚀', '以国产连续玄武岩纤维和改性环氧树脂为原料，采用在线缠绕肋纹与拉挤一体化工艺生产直径 6–32 mm 的复合材料筋。抗拉强度 1200 MPa 以上，与混凝土粘结强度达 15 MPa，耐碱性能满足 GB/T 30022 要求，适用于易腐蚀环境和要求电磁透明的结构。', array['抗拉强度 ≥1200 MPa', '密度仅为钢筋的 1/4', '耐氯盐与碱腐蚀，全寿命免维护']::text[], '桥面板、隧道衬砌、海工与水利混凝土结构、地铁盾构可切削围护桩', 'new_materials', array['E04C 5/07', 'B29C 70/52', 'C03C 25/26']::text[], 8, array['exclusive_license', 'assignment']::public.cooperation_mode[], 100000000, '00000000-0000-4000-8000-000000001003', now() - interval '95 days 9 hours', now() - interval '95 days 9 hours', now() - interval '123 days', now() - interval '95 days 9 hours'),
  ('00000000-0000-4000-8001-000000000023', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '多孔碳限域纳米硅的锂离子电池硅碳负极材料', '比容量 1500 mAh/g，首次库仑效率 90%，掺混电池 1000 次循环容量保持 85%', '以生物质衍生多孔碳为骨架，通过化学气相沉积将纳米硅限域在孔道内，再包覆无定形碳层，有效缓冲硅的体积膨胀。材料比容量 1500 mAh/g、首效 90%，与石墨按 15% 比例掺混制成的软包电池 1000 次循环容量保持率 85%。工艺可在现有回转炉 CVD 设备上放大，面向高能量密度动力电池。', array['比容量 1500 mAh/g，首效 90%', '1000 次循环容量保持 85%', '可用回转炉 CVD 设备放大生产']::text[], '高能量密度动力电池、消费电子电池负极材料', 'new_materials', array['H01M 4/38', 'H01M 4/36', 'H01M 4/587', 'H01M 10/0525']::text[], 4, array['joint_development', 'option']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '142 days 14 hours', now() - interval '142 days 14 hours', now() - interval '171 days', now() - interval '142 days 14 hours'),
  ('00000000-0000-4000-8001-000000000024', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '竹基硬碳钠离子电池负极材料', '以竹加工废料为原料，可逆比容量 330 mAh/g，成本较进口硬碳降低 50%', '利用重庆丰富的竹加工废料，经酸洗除杂、预氧化交联和 1400℃ 碳化制备富含闭孔的硬碳。材料可逆比容量 330 mAh/g、首效 88%，在 18650 钠离子电池中 2C 循环 2000 次容量保持 90%。原料价格低、来源稳定，适合储能与两轮车电池。', array['可逆比容量 330 mAh/g，首效 88%', '2000 次循环容量保持 90%', '材料成本较进口硬碳降低 50%']::text[], '钠离子电池储能、两轮电动车与低速车电池', 'new_materials', array['H01M 4/587', 'C01B 32/05', 'H01M 10/054']::text[], 5, array['exclusive_license', 'equity']::public.cooperation_mode[], 120000000, '00000000-0000-4000-8000-000000001003', now() - interval '189 days 19 hours', now() - interval '189 days 19 hours', now() - interval '196 days', now() - interval '189 days 19 hours'),
  ('00000000-0000-4000-8001-000000000025', '00000000-0000-4000-8000-000000002006', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', 'Indium-free recombination layer for perovskite–silicon tandem solar cells', '29.1% efficiency on 1 cm² perovskite–silicon tandem cells, made below 150 °C on existing HJT tools', 'Perovskite–silicon tandems need a recombination layer that conducts well, stays transparent and survives perovskite deposition on textured silicon. We developed a sputtered indium-free oxide bilayer combined with a self-assembled monolayer hole contact that conformally covers the pyramid texture. Tandem cells of 1 cm² reached 29.1% efficiency and kept 92% of it after 1000 hours of maximum-power-point tracking at 65 °C. Every step runs below 150 °C on tools already found in heterojunction silicon lines.', array['29.1% efficiency on 1 cm²', 'Indium-free: lower material cost', '92% retained after 1000 h at 65 °C', 'Below 150 °C on existing HJT tools']::text[], 'High-efficiency perovskite tandem photovoltaic modules; heterojunction cell makers moving to tandems', 'new_materials', array['H10K 30/57', 'H10K 85/50', 'H01L 31/078']::text[], 4, array['option', 'joint_development']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '236 days', now() - interval '236 days', now() - interval '244 days', now() - interval '236 days'),
  ('00000000-0000-4000-8001-000000000026', '00000000-0000-4000-8000-000000002006', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', 'Composite solid-state electrolyte membrane for lithium metal batteries', '1.2 mS/cm ionic conductivity at room temperature and 1000 hours of dendrite-free cycling', 'A thin polymer–ceramic membrane combines a garnet-type LLZO filler with a cross-linked PEO matrix and is cast roll-to-roll at 25 µm. The ceramic network forms continuous ion pathways, giving 1.2 mS/cm at 25 °C, while the polymer keeps the membrane flexible. Lithium symmetric cells cycled for 1000 hours at 0.5 mA/cm² without short circuits, and 2 Ah pouch cells with NMC811 cathodes passed nail penetration without fire.', array['1.2 mS/cm at 25 °C', '1000 h of dendrite-free cycling', 'Roll-to-roll casting at 25 µm', 'Passed nail penetration in 2 Ah pouch cells']::text[], 'Solid-state and semi-solid-state lithium metal batteries for electric vehicles and drones', 'new_materials', array['H01M 10/0565', 'H01M 10/0562', 'H01M 10/052']::text[], 4, array['joint_development', 'exclusive_license']::public.cooperation_mode[], 300000000, '00000000-0000-4000-8000-000000001003', now() - interval '283 days 5 hours', now() - interval '283 days 5 hours', now() - interval '292 days', now() - interval '283 days 5 hours'),
  ('00000000-0000-4000-8001-000000000027', '00000000-0000-4000-8000-000000002006', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', 'Self-healing anti-corrosion coating for steel bridges', 'Scratches reseal within 24 hours; no creep corrosion after 4000 hours of salt spray', 'Bridges over the Yangtze and Jialing rivers face humid, polluted air that quickly attacks damaged paint. This epoxy coating carries microcapsules of a corrosion inhibitor and a healing agent: when the film is scratched, the capsules break and reseal the defect within 24 hours. Scribed panels showed no creep corrosion after 4000 hours of salt spray, and accelerated ageing predicts more than 15 years of service, halving repainting cycles.', array['Scratches self-heal within 24 hours', 'No creep corrosion after 4000 h salt spray', 'Repainting intervals doubled']::text[], 'Steel bridges, power transmission towers, port cranes and offshore structures', 'new_materials', array['C09D 5/08', 'C09D 163/00', 'C09D 7/65']::text[], 5, array['non_exclusive_license', 'joint_development']::public.cooperation_mode[], 70000000, '00000000-0000-4000-8000-000000001003', now() - interval '32 days 10 hours', now() - interval '32 days 10 hours', now() - interval '42 days', now() - interval '32 days 10 hours'),
  ('00000000-0000-4000-8001-000000000028', '00000000-0000-4000-8000-000000002006', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', 'Halogen-free flame-retardant polypropylene for battery housings', 'UL 94 V-0 at 1.5 mm with 30% less additive and unchanged impact strength', 'Battery housings and charging equipment need flame-retardant plastics without halogens. A synergistic intumescent system of a phosphorus–nitrogen flame retardant and a nano-clay char former reaches UL 94 V-0 at 1.5 mm with 22% loading instead of the usual 30%. Notched impact strength stays at 8 kJ/m², and the compound runs on standard twin-screw extruders.', array['UL 94 V-0 at 1.5 mm', '30% less flame-retardant additive', 'Notched impact strength kept at 8 kJ/m²']::text[], 'Battery pack housings, charging pile enclosures, electrical appliances', 'new_materials', array['C08L 23/12', 'C08K 5/5313', 'C08K 3/346']::text[], 6, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 50000000, '00000000-0000-4000-8000-000000001003', now() - interval '79 days 15 hours', now() - interval '79 days 15 hours', now() - interval '90 days', now() - interval '79 days 15 hours'),
  ('00000000-0000-4000-8001-000000000029', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '微结构导电弹性体柔性压力传感器', '灵敏度 50 kPa⁻¹，响应时间 20 毫秒，弯折 1 万次性能不衰减', '以砂纸为模板在聚二甲基硅氧烷表面复制随机微棘结构，再喷涂碳纳米管/银纳米线导电层，实现宽量程、高灵敏的压阻式压力检测。传感器灵敏度 50 kPa⁻¹、检测下限 2 Pa，可贴附于皮肤采集脉搏波形，也可阵列化用作机器人触觉。制备工艺简单，单片成本低于 5 元。', array['灵敏度 50 kPa⁻¹，检测下限 2 Pa', '弯折 1 万次性能无衰减', '单片成本 <5 元']::text[], '智能穿戴脉搏监测、康复训练、机器人电子皮肤、智能座椅', 'electronic_information', array['G01L 1/18', 'G01L 1/20', 'A61B 5/02']::text[], 4, array['exclusive_license', 'option']::public.cooperation_mode[], 35000000, '00000000-0000-4000-8000-000000001003', now() - interval '126 days 20 hours', now() - interval '126 days 20 hours', now() - interval '138 days', now() - interval '126 days 20 hours'),
  ('00000000-0000-4000-8001-000000000030', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '面向边缘计算的低功耗目标检测芯片架构', '0.5 瓦功耗下对 1080P 视频实现 60 帧每秒检测，能效比 4 TOPS/W', '架构采用稀疏卷积加速阵列与片上权重压缩存储，配合量化感知训练把模型压缩至 4 比特，显著降低访存功耗。FPGA 原型与 28 nm 工艺流片前仿真表明，在 1080P 视频上以 60 帧每秒运行 YOLO 类检测网络，功耗 0.5 瓦，精度损失小于 1%。', array['功耗 0.5 瓦，60 帧每秒', '能效比 4 TOPS/W', '4 比特量化精度损失 <1%']::text[], '安防摄像头、车载 ADAS 终端、无人机与工业相机', 'electronic_information', array['G06N 3/063', 'G06N 3/0495', 'G06V 10/82']::text[], 4, array['equity', 'joint_development']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '173 days 1 hours', now() - interval '173 days 1 hours', now() - interval '186 days', now() - interval '173 days 1 hours'),
  ('00000000-0000-4000-8001-000000000031', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '山区输电线路巡检无人机自主避障系统', '复杂山区线路自主巡检，避障成功率 99%，巡检效率提升 3 倍', '融合双目视觉与 77 GHz 毫米波雷达，对导线、树障和铁塔进行实时三维感知，基于改进的快速搜索随机树算法在线规划避障航迹。在渝东北山区 500 kV 线路累计自主巡检 1600 公里，避障成功率 99%，单架次巡检里程较人工遥控提升 3 倍。', array['避障成功率 99%', '巡检效率提升 3 倍', '可识别直径 10 mm 以上导线']::text[], '输电线路巡检、油气管道巡线、山区应急测绘', 'electronic_information', array['G05D 1/10', 'B64U 10/13', 'G01S 13/86']::text[], 8, array['exclusive_license', 'assignment']::public.cooperation_mode[], 160000000, '00000000-0000-4000-8000-000000001003', now() - interval '220 days 6 hours', now() - interval '220 days 6 hours', now() - interval '234 days', now() - interval '220 days 6 hours'),
  ('00000000-0000-4000-8001-000000000032', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', '古籍异体字智能识别与版式分析方法', '竖排古籍异体字识别准确率 95%，自动区分正文、双行夹注与眉批', '结合字形部件结构先验与视觉 Transformer，对刻本、抄本古籍中的异体字、通假字进行识别，并用版式分析模型自动区分正文、双行夹注与眉批。在 30 万字标注语料上测试，字符识别准确率 95%，较通用 OCR 提升 20 个百分点，已用于地方志数字化项目。', array['异体字识别准确率 95%', '较通用 OCR 提升 20 个百分点', '自动区分正文、夹注与眉批']::text[], '图书馆与档案馆古籍数字化、地方志整理、文博出版', 'electronic_information', array['G06V 30/28', 'G06V 30/414', 'G06V 10/82']::text[], 6, array['non_exclusive_license']::public.cooperation_mode[], 25000000, '00000000-0000-4000-8000-000000001003', now() - interval '267 days 11 hours', now() - interval '267 days 11 hours', now() - interval '282 days', now() - interval '267 days 11 hours'),
  ('00000000-0000-4000-8001-000000000033', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '光纤光栅桥梁结构健康监测系统', '应变测量精度 1 微应变，现场无需供电，传感器寿命 20 年', '采用封装增敏的光纤光栅应变、温度和加速度传感器构建分布式监测网络，通过波分复用在单根光纤上串接 60 个测点，由云平台进行损伤识别与分级预警。系统已在两座跨江斜拉桥运行 5 年，数据完好率 99.6%，成功捕捉超载车辆和拉索异常振动事件。', array['应变精度 1 微应变', '单根光纤串接 60 个测点', '现场无源，寿命 20 年']::text[], '大跨桥梁、隧道、边坡与大坝结构健康监测', 'electronic_information', array['G01M 5/0041', 'G01D 5/353', 'G01B 11/16']::text[], 9, array['assignment', 'non_exclusive_license']::public.cooperation_mode[], 120000000, '00000000-0000-4000-8000-000000001003', now() - interval '16 days 16 hours', now() - interval '16 days 16 hours', now() - interval '32 days', now() - interval '16 days 16 hours'),
  ('00000000-0000-4000-8001-000000000034', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', 'Low-power LoRa soil moisture sensor network for hillside farms', 'Five-year battery life and ±2% moisture accuracy on terraced slopes', 'Terraced orchards and tea gardens are too hilly for reliable cellular coverage and too large for wired sensors. Capacitive soil probes with temperature compensation report every 30 minutes over LoRa, using adaptive duty cycling and relay nodes that route around ridges. A 120-node deployment in a Jiangjin citrus orchard ran for two years on its original batteries, and irrigation water use fell by 25%.', array['Five-year battery life on two AA cells', '±2% volumetric moisture accuracy', '25% less irrigation water in field trials']::text[], 'Smart irrigation for orchards, tea gardens and vegetable bases; slope monitoring', 'electronic_information', array['G01N 27/223', 'H04W 84/18', 'A01G 25/16']::text[], 7, array['non_exclusive_license', 'exclusive_license']::public.cooperation_mode[], 30000000, '00000000-0000-4000-8000-000000001003', now() - interval '63 days 21 hours', now() - interval '63 days 21 hours', now() - interval '80 days', now() - interval '63 days 21 hours'),
  ('00000000-0000-4000-8001-000000000035', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', 'Millimetre-wave radar fall detection for elderly care', 'Detects 96% of falls without cameras, including in bathrooms and through bedding', 'Cameras are unwelcome in bedrooms and bathrooms, and wearables are often left on the nightstand. A 60 GHz radar module extracts micro-Doppler and point-cloud features, and a small neural network on the module tells falls apart from sitting and lying down. In trials in three Chongqing care homes it detected 96% of falls with fewer than one false alarm per room per week, and it also tracks breathing rate during sleep.', array['96% fall detection rate', 'Under one false alarm per room per week', 'No camera: privacy-preserving', 'Breathing rate monitoring included']::text[], 'Elderly care homes, home care, hospital wards, smart bathrooms', 'electronic_information', array['G01S 13/88', 'G01S 7/415', 'G08B 21/043']::text[], 6, array['exclusive_license', 'equity']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '110 days 2 hours', now() - interval '110 days 2 hours', now() - interval '128 days', now() - interval '110 days 2 hours'),
  ('00000000-0000-4000-8001-000000000036', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'published', 'Speech recognition for Southwestern Mandarin dialects', 'Cuts the character error rate on Chongqing and Sichuan dialect speech from 28% to 9%', 'General-purpose speech recognisers struggle with Southwestern Mandarin, spoken by more than 200 million people. We built a 3,000-hour annotated corpus of Chongqing, Chengdu and Guizhou speech and fine-tuned a streaming conformer model with dialect-aware pronunciation lexicons. The character error rate fell from 28% to 9% on held-out dialect speech, and the model runs in real time on a smartphone CPU.', array['Character error rate down from 28% to 9%', '3,000-hour annotated dialect corpus', 'Real time on a smartphone CPU']::text[], 'Government service hotlines, in-car voice assistants, apps for older users, meeting transcription', 'electronic_information', array['G10L 15/16', 'G10L 15/07', 'G10L 15/183']::text[], 6, array['non_exclusive_license']::public.cooperation_mode[], 45000000, '00000000-0000-4000-8000-000000001003', now() - interval '157 days 7 hours', now() - interval '157 days 7 hours', now() - interval '176 days', now() - interval '157 days 7 hours'),
  ('00000000-0000-4000-8001-000000000037', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', '家蚕丝素蛋白多孔医用敷料', '慢性创面完全愈合时间缩短 30%，生长因子 7 天缓释，可完全生物降解', '以家蚕茧为原料提取再生丝素蛋白，经冷冻干燥构建孔径 80–150 μm 的三维多孔支架，并负载表皮生长因子实现 7 天缓释。在大鼠糖尿病创面模型中，创面完全愈合时间较商用敷料缩短 30%，新生组织胶原排列更规则。原料来自重庆蚕桑产业，成本低、来源稳定。', array['愈合时间缩短 30%', '生长因子 7 天缓释', '完全可降解，细胞毒性 0 级']::text[], '烧烫伤、糖尿病足等慢性创面护理；医用敷料生产企业', 'biomedicine', array['A61L 15/32', 'A61L 15/44', 'A61L 15/42']::text[], 5, array['exclusive_license', 'joint_development']::public.cooperation_mode[], 150000000, '00000000-0000-4000-8000-000000001003', now() - interval '204 days 12 hours', now() - interval '204 days 12 hours', now() - interval '224 days', now() - interval '204 days 12 hours'),
  ('00000000-0000-4000-8001-000000000038', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', '石柱黄连小檗碱绿色提取纯化工艺', '小檗碱收率提高 25%，乙醇回收率 95%，不使用氯仿等有毒溶剂', '针对石柱黄连道地药材，采用超声辅助低浓度乙醇提取与大孔树脂—结晶联用纯化，替代传统硫酸浸提和有机溶剂萃取。小檗碱收率较传统工艺提高 25%，产品纯度 98% 以上，溶剂回收率 95%，生产废水 COD 降低 60%。已完成百公斤级中试。', array['收率提高 25%，纯度 ≥98%', '乙醇回收率 95%', '废水 COD 降低 60%']::text[], '中药提取物生产、黄连素原料药、保健食品', 'biomedicine', array['A61K 36/718', 'B01D 15/08', 'C07D 455/03']::text[], 7, array['assignment', 'non_exclusive_license']::public.cooperation_mode[], 60000000, '00000000-0000-4000-8000-000000001003', now() - interval '251 days 17 hours', now() - interval '251 days 17 hours', now() - interval '272 days', now() - interval '251 days 17 hours'),
  ('00000000-0000-4000-8001-000000000039', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', '量子点荧光免疫层析肿瘤标志物快速检测试纸条', '15 分钟出结果，检出限 0.1 ng/mL，一张试纸条同时定量 AFP 与 CEA', '以高亮度核壳量子点标记抗体，结合双检测线设计，在一张试纸条上同时定量检测甲胎蛋白（AFP）和癌胚抗原（CEA），配套手持式荧光读数仪。临床样本比对显示与化学发光法一致率 96%，单次检测成本约为其五分之一，适用于基层医疗机构筛查。', array['15 分钟出结果', '检出限 0.1 ng/mL', '与化学发光法一致率 96%，成本仅 1/5']::text[], '基层医院与体检中心肿瘤筛查、社区健康管理', 'biomedicine', array['G01N 33/558', 'G01N 33/574', 'G01N 33/58']::text[], 6, array['exclusive_license', 'equity']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '298 days 22 hours', now() - interval '298 days 22 hours', now() - interval '320 days', now() - interval '298 days 22 hours'),
  ('00000000-0000-4000-8001-000000000040', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', 'pH 响应型纳米胶束抗肿瘤药物递送载体', '肿瘤部位药物富集提高 4 倍，抑瘤率 78%，心脏毒性显著降低', '两亲性嵌段共聚物自组装形成粒径约 80 nm 的纳米胶束并包载阿霉素，在血液中性环境下保持稳定，进入肿瘤酸性微环境后快速释药。荷瘤小鼠实验中，肿瘤部位药物浓度为游离药物的 4 倍，抑瘤率 78%，心脏毒性指标明显降低。载体材料可规模化合成。', array['肿瘤药物富集提高 4 倍', '抑瘤率 78%', '心脏毒性显著降低']::text[], '抗肿瘤新制剂与改良型新药开发', 'biomedicine', array['A61K 9/107', 'A61K 47/69', 'A61P 35/00']::text[], 3, array['option', 'joint_development']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '47 days 3 hours', now() - interval '47 days 3 hours', now() - interval '70 days', now() - interval '47 days 3 hours'),
  ('00000000-0000-4000-8001-000000000041', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', '重组人源化Ⅲ型胶原蛋白毕赤酵母高效表达与纯化方法', '发酵表达量 12 g/L，纯度 99%，生产成本降低 60%', '通过密码子优化、多拷贝整合和甲醇诱导策略优化，在毕赤酵母中高效分泌表达人源化Ⅲ型胶原蛋白片段，并建立两步层析纯化工艺。50 L 发酵罐表达量达 12 g/L，产品纯度 99%，内毒素低于 10 EU/mg，具备三螺旋结构与细胞黏附活性。', array['表达量 12 g/L', '纯度 99%，内毒素 <10 EU/mg', '生产成本降低 60%']::text[], '医用敷料、医疗器械与功能性护肤品原料', 'biomedicine', array['C07K 14/78', 'C12N 15/81', 'C12P 21/02']::text[], 6, array['exclusive_license', 'assignment']::public.cooperation_mode[], 300000000, '00000000-0000-4000-8000-000000001003', now() - interval '94 days 8 hours', now() - interval '94 days 8 hours', now() - interval '118 days', now() - interval '94 days 8 hours'),
  ('00000000-0000-4000-8001-000000000042', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', 'Silk fibroin microneedle patch for painless insulin delivery', 'Delivers insulin through the skin in 10 minutes, with glucose control equal to injections in animal tests', 'Dissolving microneedles made of silk fibroin hold insulin in their tips and keep it stable at room temperature for three months. Pressed onto the skin, the 600 µm needles dissolve within 10 minutes and release their dose without pain. In diabetic rats, glucose control matched subcutaneous injection. The silk comes from local sericulture, and the patches are cast in reusable silicone moulds.', array['Insulin stable at room temperature for 3 months', 'Painless: needles dissolve in 10 minutes', 'Glucose control equal to subcutaneous injection in animal tests']::text[], 'Insulin and vaccine delivery; dermatological and cosmetic patches', 'biomedicine', array['A61M 37/0015', 'A61K 9/0021', 'A61K 38/28']::text[], 4, array['option', 'exclusive_license']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '141 days 13 hours', now() - interval '141 days 13 hours', now() - interval '166 days', now() - interval '141 days 13 hours'),
  ('00000000-0000-4000-8001-000000000043', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', 'Urate-lowering probiotic strain isolated from Chongqing paocai', 'Lowers serum uric acid by 35% in animal models; deposited strain ready for food use', 'Lactobacillus plantarum JY-18 was isolated from traditional Chongqing pickled vegetables (paocai) and selected for breaking down purine nucleosides in the gut. In hyperuricaemic mice, eight weeks of feeding lowered serum uric acid by 35% and protected kidney function. The strain tolerates gastric acid and bile, survives freeze-drying at more than 10¹¹ CFU/g, and is deposited at the China General Microbiological Culture Collection Center.', array['35% lower serum uric acid in mice', 'Survives freeze-drying at >10¹¹ CFU/g', 'Deposited strain with whole-genome safety assessment']::text[], 'Probiotic supplements, functional dairy and fermented foods for people with high uric acid', 'biomedicine', array['C12N 1/20', 'A61K 35/747', 'A23L 33/135']::text[], 5, array['exclusive_license', 'assignment']::public.cooperation_mode[], 100000000, '00000000-0000-4000-8000-000000001003', now() - interval '188 days 18 hours', now() - interval '188 days 18 hours', now() - interval '214 days', now() - interval '188 days 18 hours'),
  ('00000000-0000-4000-8001-000000000044', '00000000-0000-4000-8000-000000002003', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000104', 'published', 'Aptamer electrochemical sensor for bedside sepsis testing', 'Measures procalcitonin from a finger-prick in 8 minutes, down to 0.05 ng/mL', 'Sepsis treatment depends on fast biomarker results, but central laboratories take hours. Screen-printed electrodes modified with gold nanostructures and a procalcitonin-specific aptamer give an impedance signal proportional to concentration. The sensor needs 20 µL of whole blood, reads out on a palm-sized analyser in 8 minutes, and correlated at r = 0.97 with hospital immunoassays across 180 patient samples.', array['8-minute result from 20 µL of blood', 'Detection limit 0.05 ng/mL', 'r = 0.97 against hospital immunoassays']::text[], 'Emergency departments, intensive care units, primary care clinics', 'biomedicine', array['G01N 27/327', 'G01N 33/5438', 'C12N 15/115']::text[], 5, array['joint_development', 'option']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '235 days 23 hours', now() - interval '235 days 23 hours', now() - interval '262 days', now() - interval '235 days 23 hours'),
  ('00000000-0000-4000-8001-000000000045', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '柑橘黄龙病田间快速检测技术', '果园现场 30 分钟出结果，准确率 98%，单次检测成本低于 15 元', '针对柑橘黄龙病病原菌设计重组酶聚合酶扩增（RPA）引物，结合 CRISPR/Cas12a 荧光读出和便携式恒温检测仪，叶片样品无需核酸纯化即可在果园现场快速检测。与实验室 qPCR 方法比对 1200 份样品，准确率 98%。可用于三峡库区柑橘产区的苗木检疫和病树早期普查。', array['30 分钟出结果', '与 qPCR 比对准确率 98%', '单次成本 <15 元，无需核酸纯化']::text[], '柑橘苗木检疫、果园病害普查、植保站与合作社现场筛查', 'modern_agriculture', array['C12Q 1/689', 'C12Q 1/6844', 'C12N 15/11']::text[], 7, array['non_exclusive_license', 'exclusive_license']::public.cooperation_mode[], 40000000, '00000000-0000-4000-8000-000000001003', now() - interval '282 days 4 hours', now() - interval '282 days 4 hours', now() - interval '310 days', now() - interval '282 days 4 hours'),
  ('00000000-0000-4000-8001-000000000046', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '涪陵榨菜低盐腌制与超声辅助脱盐工艺', '成品含盐量降低 40%，脆度与风味保持，腌制周期缩短 20%', '以分段梯度加盐替代传统“三腌三榨”高盐工艺，接种本地分离的耐盐乳酸菌控制发酵，并用超声辅助脱盐缩短脱盐时间、减少风味物质流失。成品含盐量由 10% 降至 6%，亚硝酸盐低于 5 mg/kg，感官评分与传统产品无显著差异。腌制废水减少 30%，已在涪陵两家企业试生产。', array['榨菜含盐量降低 40%', '腌制周期缩短 20%', '腌制废水减少 30%，亚硝酸盐 <5 mg/kg']::text[], '榨菜、泡菜等腌制蔬菜加工企业', 'modern_agriculture', array['A23L 19/20', 'A23B 7/10', 'A23L 5/30']::text[], 8, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 50000000, '00000000-0000-4000-8000-000000001003', now() - interval '31 days 9 hours', now() - interval '31 days 9 hours', now() - interval '60 days', now() - interval '31 days 9 hours'),
  ('00000000-0000-4000-8001-000000000047', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '家蚕多丝量抗病新品种分子标记辅助选育技术', '蚕茧单产提高 15%，病害损失减少一半，育种周期由 8 年缩短至 5 年', '基于家蚕基因组重测序开发与茧层率、抗核型多角体病毒病紧密连锁的分子标记，建立早期分子筛选与常规育种相结合的选育体系。选育的新品种在重庆、四川示范饲养 3 万张蚕种，单产提高 15%，病害损失减少一半，茧丝品质满足高品位生丝要求。', array['单产提高 15%', '病害损失减少 50%', '育种周期由 8 年缩短至 5 年']::text[], '蚕种场、蚕桑生产基地、丝绸原料企业', 'modern_agriculture', array['A01K 67/04', 'C12Q 1/6888']::text[], 8, array['exclusive_license', 'non_exclusive_license']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '78 days 14 hours', now() - interval '78 days 14 hours', now() - interval '85 days', now() - interval '78 days 14 hours'),
  ('00000000-0000-4000-8001-000000000048', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '丘陵山地果园齿轨单轨运输机', '最大爬坡 45°，载重 300 kg，果园运输成本降低 60%', '采用齿轮齿条驱动和双向自锁制动的单轨运输机，轨道可沿等高线和坡面灵活布置，农户用常规工具即可安装。整机由汽油机或锂电池驱动，最大爬坡 45°、载重 300 kg，具备遥控和自动往返功能。已在奉节脐橙、万州柑橘园推广 60 余套。', array['最大爬坡 45°，载重 300 kg', '运输成本降低 60%', '双向自锁制动，断链不溜车']::text[], '山地柑橘、脐橙、茶园与中药材基地的物资运输', 'modern_agriculture', array['B61B 13/04', 'B61C 11/04', 'A01D 90/00']::text[], 9, array['assignment', 'non_exclusive_license']::public.cooperation_mode[], 30000000, '00000000-0000-4000-8000-000000001003', now() - interval '125 days 19 hours', now() - interval '125 days 19 hours', now() - interval '133 days', now() - interval '125 days 19 hours'),
  ('00000000-0000-4000-8001-000000000049', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '稻渔综合种养智能水位与溶氧调控系统', '节水 30%，小龙虾存活率提高 15%，亩均增收 800 元', '系统由水位、溶解氧和水温传感器、太阳能供电控制箱与自动闸门组成，按水稻生育期和鱼虾养殖需求联动调控水位，溶氧不足时自动增氧。在潼南、永川稻渔基地 2000 亩示范应用，节水 30%，小龙虾存活率提高 15%，亩均增收 800 元。', array['节水 30%', '亩均增收 800 元', '太阳能供电，无需架设电网']::text[], '稻鱼、稻虾、稻鳅综合种养基地与家庭农场', 'modern_agriculture', array['A01K 61/10', 'A01G 25/16', 'A01K 63/04']::text[], 8, array['non_exclusive_license']::public.cooperation_mode[], 20000000, '00000000-0000-4000-8000-000000001003', now() - interval '172 days', now() - interval '172 days', now() - interval '181 days', now() - interval '172 days'),
  ('00000000-0000-4000-8001-000000000050', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '丘陵茶园名优茶嫩芽识别与智能采摘机', '一芽一叶识别准确率 92%，采摘效率为人工的 8 倍，芽叶完整率 85%', '采用轻量化实例分割网络识别一芽一叶、一芽二叶嫩梢，双目相机定位采摘点，柔性指夹式末端执行器模拟人手提采，避免机械切割造成的断碎。履带式底盘适应 25° 以内的坡地茶园。在永川茶园测试中嫩芽识别准确率 92%，芽叶完整率 85%。', array['嫩芽识别准确率 92%', '采摘效率为人工的 8 倍', '芽叶完整率 85%']::text[], '名优绿茶、红茶茶园；丘陵山区茶叶合作社', 'modern_agriculture', array['A01D 46/04', 'G06V 20/68', 'B25J 15/08']::text[], 5, array['joint_development', 'exclusive_license']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '219 days 5 hours', now() - interval '219 days 5 hours', now() - interval '229 days', now() - interval '219 days 5 hours'),
  ('00000000-0000-4000-8001-000000000051', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', '柑橘采后壳聚糖复合涂膜保鲜技术', '常温贮藏 90 天好果率 92%，不使用化学杀菌剂', '以壳聚糖、纳米二氧化钛和橘皮精油复配成可食性涂膜，抑制青霉、绿霉病菌并降低果实呼吸强度，配套自动化喷涂打蜡线。在血橙和沃柑上常温贮藏 90 天，好果率 92%，失重率低于 5%，不使用咪鲜胺等化学杀菌剂，满足出口要求。', array['常温贮藏 90 天好果率 92%', '失重率 <5%', '不含化学杀菌剂，满足出口要求']::text[], '柑橘采后商品化处理中心、果品出口企业、冷链物流', 'modern_agriculture', array['A23B 7/16', 'A23B 7/154', 'A23B 9/14']::text[], 7, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 35000000, '00000000-0000-4000-8000-000000001003', now() - interval '266 days 10 hours', now() - interval '266 days 10 hours', now() - interval '277 days', now() - interval '266 days 10 hours'),
  ('00000000-0000-4000-8001-000000000052', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', 'Citrus peel biorefinery for pectin and essential oil', 'Turns a tonne of citrus peel into 25 kg of pectin and 4 kg of essential oil, using half the acid', 'Juice plants in the Three Gorges area discard hundreds of thousands of tonnes of citrus peel every year. Steam distillation first recovers the essential oil; microwave-assisted extraction with a recyclable organic-acid system then yields high-methoxyl pectin, and the residue is fermented into feed. Pilot runs at 5 tonnes per day gave 25 kg of food-grade pectin and 4 kg of oil per tonne of fresh peel, with half the acid of conventional extraction.', array['25 kg pectin and 4 kg essential oil per tonne of peel', '50% less acid than conventional extraction', 'Residue becomes animal feed: near-zero waste']::text[], 'Citrus juice and canning plants; food additive and flavour producers', 'modern_agriculture', array['C08B 37/06', 'C11B 9/02', 'A23K 10/37']::text[], 6, array['exclusive_license', 'joint_development']::public.cooperation_mode[], 90000000, '00000000-0000-4000-8000-000000001003', now() - interval '15 days 15 hours', now() - interval '15 days 15 hours', now() - interval '27 days', now() - interval '15 days 15 hours'),
  ('00000000-0000-4000-8001-000000000053', '00000000-0000-4000-8000-000000002004', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000105', 'published', 'Solar-powered insect trap with image-based pest counting', 'Counts 12 orchard pests automatically with 94% accuracy and cuts pesticide sprays by 30%', 'A solar-powered light and pheromone trap photographs its sticky board every few hours, and an on-device model identifies and counts 12 common pests of citrus, tea and vegetables, including the Asian citrus psyllid that spreads Huanglongbing. Counts go to a phone app that warns when thresholds are crossed, so farmers spray only when needed. Over two seasons in Jiangjin and Zhongxian orchards, pesticide applications fell by 30%.', array['94% counting accuracy across 12 pests', '30% fewer pesticide sprays', 'Solar-powered, runs off-grid all year']::text[], 'Citrus orchards, tea gardens, vegetable bases and plant protection stations', 'modern_agriculture', array['A01M 1/04', 'A01M 1/02', 'G06V 20/52']::text[], 7, array['non_exclusive_license', 'equity']::public.cooperation_mode[], 25000000, '00000000-0000-4000-8000-000000001003', now() - interval '62 days 20 hours', now() - interval '62 days 20 hours', now() - interval '75 days', now() - interval '62 days 20 hours'),
  ('00000000-0000-4000-8001-000000000054', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '城镇污水处理厂精确曝气低碳控制系统', '按需曝气，吨水电耗降低 18%，出水氨氮稳定达到一级 A 标准', '系统以在线溶解氧、氨氮和进水流量数据为输入，采用模型预测控制动态计算各廊道需气量，联动鼓风机与电动调节阀实现精确曝气。在日处理 10 万吨的城镇污水处理厂运行 2 年，曝气电耗降低 18%，碳源投加减少 12%，出水氨氮稳定低于 1.5 mg/L。', array['吨水电耗降低 18%', '碳源投加减少 12%', '出水氨氮稳定 <1.5 mg/L']::text[], '城镇污水处理厂节能降碳改造、工业园区污水处理厂', 'energy_environment', array['C02F 3/006', 'C02F 3/12', 'G05B 13/04']::text[], 9, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 100000000, '00000000-0000-4000-8000-000000001003', now() - interval '109 days 1 hours', now() - interval '109 days 1 hours', now() - interval '123 days', now() - interval '109 days 1 hours'),
  ('00000000-0000-4000-8001-000000000055', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '农村分散式生活污水处理一体化设备', '占地减少 50%，吨水电耗 0.25 kWh，无人值守，出水达到一级 A 标准', '设备将改良 A²O 工艺与移动床生物膜（MBBR）耦合在一个玻璃钢罐体内，配合太阳能供电和远程运维平台，适用于 20–200 吨/日的农村聚居点和旅游景区。已在渝东南 40 余个村落应用，COD、氨氮与总磷去除稳定，出水达到 GB 18918 一级 A 标准。', array['占地减少 50%', '吨水电耗 0.25 kWh', '远程运维，无人值守']::text[], '农村生活污水、旅游景区、高速公路服务区与学校的污水处理', 'energy_environment', array['C02F 9/14', 'C02F 3/30', 'C02F 3/08']::text[], 9, array['assignment', 'non_exclusive_license']::public.cooperation_mode[], 80000000, '00000000-0000-4000-8000-000000001003', now() - interval '156 days 6 hours', now() - interval '156 days 6 hours', now() - interval '171 days', now() - interval '156 days 6 hours'),
  ('00000000-0000-4000-8001-000000000056', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '难降解工业废水掺硼金刚石电极电催化氧化深度处理技术', 'COD 去除率 90%，无需投加化学药剂，不产生污泥', '采用自主制备的大面积掺硼金刚石（BDD）电极，在电极表面产生羟基自由基直接矿化难降解有机物，配套脉冲电源与板框式反应器降低能耗。处理化工园区制药废水生化出水，COD 由 300 mg/L 降至 30 mg/L 以下，吨水电耗 8 kWh，电极寿命超过 5 年，可作为工业废水水处理提标改造的深度处理单元。', array['COD 去除率 90%', '无需投加药剂，不产生污泥', 'BDD 电极寿命 >5 年']::text[], '制药、化工、印染与垃圾渗滤液等难降解废水深度处理', 'energy_environment', array['C02F 1/461', 'C02F 1/4672', 'C23C 16/27']::text[], 6, array['exclusive_license', 'joint_development']::public.cooperation_mode[], 200000000, '00000000-0000-4000-8000-000000001003', now() - interval '203 days 11 hours', now() - interval '203 days 11 hours', now() - interval '219 days', now() - interval '203 days 11 hours'),
  ('00000000-0000-4000-8001-000000000057', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '给水处理超滤膜污染协同控制方法', '膜化学清洗周期延长 2 倍，水厂运行成本降低 25%，出水浊度低于 0.1 NTU', '针对长江、嘉陵江原水季节性高藻、高浊导致的超滤膜污染问题，采用高锰酸钾预氧化与粉末活性炭协同投加，并根据跨膜压差增长速率自动调整反冲洗与投加策略。在日供水 5 万吨的自来水厂应用，膜化学清洗周期由 30 天延长至 90 天。', array['化学清洗周期延长 2 倍', '运行成本降低 25%', '出水浊度 <0.1 NTU']::text[], '自来水厂给水处理、二次供水、膜法净水设备', 'energy_environment', array['C02F 1/44', 'B01D 65/08', 'C02F 1/28', 'C02F 1/72']::text[], 8, array['non_exclusive_license']::public.cooperation_mode[], 40000000, '00000000-0000-4000-8000-000000001003', now() - interval '250 days 16 hours', now() - interval '250 days 16 hours', now() - interval '267 days', now() - interval '250 days 16 hours'),
  ('00000000-0000-4000-8001-000000000058', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '空气源热泵结霜图谱按需除霜控制方法', '除霜能耗降低 30%，平均制热量提高 8%，适应长江流域高湿冬季', '长江流域冬季湿度高，空气源热泵结霜频繁，传统定时除霜常在无霜时误除霜。本方法建立室外温度、湿度与结霜速率的结霜图谱，结合翅片两侧压差实时判断结霜程度，仅在需要时启动除霜。在重庆某小区热泵热水系统中运行一个采暖季，除霜能耗降低 30%。', array['除霜能耗降低 30%', '平均制热量提高 8%', '通过软件升级即可改造既有机组']::text[], '空气源热泵采暖与热水机组、热泵烘干、冷链冷库', 'energy_environment', array['F25B 47/02', 'F24D 3/18', 'F25D 21/00']::text[], 7, array['non_exclusive_license', 'exclusive_license']::public.cooperation_mode[], 30000000, '00000000-0000-4000-8000-000000001003', now() - interval '297 days 21 hours', now() - interval '297 days 21 hours', now() - interval '315 days', now() - interval '297 days 21 hours'),
  ('00000000-0000-4000-8001-000000000059', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '页岩气压裂返排液高盐废水资源化处理技术', '返排液回用率 95%，处理成本降低 40%，浓盐水结晶为工业盐', '针对涪陵页岩气田压裂返排液高盐、高悬浮物、含聚合物的特点，集成电絮凝、管式微滤、反渗透与机械蒸汽再压缩（MVR）蒸发结晶工艺，产水回用于压裂配液，浓盐水结晶为工业盐。示范工程日处理 500 立方米，回用率 95%，处理成本较拉运回注降低 40%。', array['回用率 95%', '处理成本降低 40%', '结晶盐达到工业盐标准']::text[], '页岩气、致密气开采返排液处理；煤化工高盐废水处理', 'energy_environment', array['C02F 9/00', 'C02F 1/04', 'C02F 103/10', 'E21B 43/26']::text[], 8, array['assignment', 'joint_development']::public.cooperation_mode[], 250000000, '00000000-0000-4000-8000-000000001003', now() - interval '46 days 2 hours', now() - interval '46 days 2 hours', now() - interval '65 days', now() - interval '46 days 2 hours'),
  ('00000000-0000-4000-8001-000000000060', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '锂电池储能电站热失控多源融合预警系统', '热失控发生前 20 分钟预警，误报率低于 1%，联动断电与消防', '系统在电池簇内布置氢气、一氧化碳、温度和压力传感器，结合电池管理系统的电压、内阻数据，采用多源信息融合与分级判据识别早期热失控特征，预警后联动断电、排风和全氟己酮灭火。在 50 MWh 储能电站运行 1 年，多次提前发现单体析锂和连接件过热隐患。', array['热失控前 20 分钟预警', '误报率 <1%', '分级处置，联动消防与断电']::text[], '电化学储能电站、数据中心 UPS、换电站与动力电池仓储', 'energy_environment', array['H01M 10/48', 'H01M 10/42', 'G08B 21/18', 'A62C 3/16']::text[], 7, array['exclusive_license', 'non_exclusive_license']::public.cooperation_mode[], 150000000, '00000000-0000-4000-8000-000000001003', now() - interval '93 days 7 hours', now() - interval '93 days 7 hours', now() - interval '113 days', now() - interval '93 days 7 hours'),
  ('00000000-0000-4000-8001-000000000061', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '餐厨垃圾两相厌氧发酵产沼气工艺', '吨垃圾沼气产量提高 35%，连续运行无酸化失稳，沼渣制成有机肥', '将水解酸化与产甲烷分为两相，前端添加微量元素和导电材料以强化种间直接电子传递，解决餐厨垃圾高油高盐导致的酸化失稳问题。在日处理 200 吨的城市餐厨垃圾处理厂应用，吨垃圾沼气产量由 75 立方米提高到 100 立方米，沼渣经好氧堆肥制成有机肥。', array['沼气产量提高 35%', '连续运行 2 年无酸化失稳', '沼渣资源化制有机肥']::text[], '城市餐厨垃圾处理厂、食品加工有机废弃物处理', 'energy_environment', array['C12P 5/023', 'C02F 11/04', 'B09B 3/65']::text[], 8, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 70000000, '00000000-0000-4000-8000-000000001003', now() - interval '140 days 12 hours', now() - interval '140 days 12 hours', now() - interval '161 days', now() - interval '140 days 12 hours'),
  ('00000000-0000-4000-8001-000000000062', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', 'Closed-loop heat pump dryer for chillies and herbs', 'Dries chillies and herbs with 45% less energy than coal-fired kilns and better colour retention', 'Chongqing''s chilli and herb growers still rely on coal-fired kilns. This closed-loop heat pump dryer recovers the latent heat of the moist exhaust air, and a staged temperature and humidity schedule keeps capsaicin and colour intact. A 3-tonne-per-batch dryer in Shizhu used 45% less energy than the coal kiln it replaced, with no combustion emissions, and the dried chillies scored higher on ASTA colour value.', array['45% less energy than coal kilns', 'No on-site combustion emissions', 'ASTA colour value up by 15%']::text[], 'Drying of chillies, Sichuan pepper, Chinese herbs, fruit and vegetables', 'energy_environment', array['F26B 23/005', 'F26B 21/08', 'F25B 30/02']::text[], 8, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 45000000, '00000000-0000-4000-8000-000000001003', now() - interval '187 days 17 hours', now() - interval '187 days 17 hours', now() - interval '209 days', now() - interval '187 days 17 hours'),
  ('00000000-0000-4000-8001-000000000063', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', 'Sewage sludge pyrolysis to biochar with phosphorus recovery', 'Cuts sludge volume by 80% and recovers 85% of its phosphorus as fertiliser', 'Wastewater treatment plants pay heavily to landfill or incinerate dewatered sludge. A low-temperature pyrolysis line turns the sludge into biochar with its heavy metals immobilised, and acid leaching recovers phosphorus as struvite fertiliser. A 20-tonne-per-day pilot at a municipal wastewater treatment plant reduced sludge volume by 80%, recovered 85% of the phosphorus, and ran on its own pyrolysis gas.', array['80% less sludge volume', '85% of phosphorus recovered as struvite', 'Self-sustaining on pyrolysis gas']::text[], 'Municipal and industrial wastewater treatment plants; sludge disposal companies', 'energy_environment', array['C02F 11/10', 'C10B 53/00', 'C05B 7/00']::text[], 6, array['joint_development', 'exclusive_license']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '234 days 22 hours', now() - interval '234 days 22 hours', now() - interval '257 days', now() - interval '234 days 22 hours'),
  ('00000000-0000-4000-8001-000000000064', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '建筑垃圾再生骨料高性能混凝土', '再生粗骨料替代率 50%，强度达到 C40，每立方米成本降低 15%', '对建筑垃圾破碎得到的再生骨料进行纳米二氧化硅浆液浸渍和碳化强化，降低吸水率、填补微裂缝，再通过配合比优化制备高性能再生混凝土。替代率 50% 时 28 天抗压强度达 C40 等级，抗氯离子渗透与抗冻性能满足设计要求，已用于市政道路和装配式构件。', array['再生骨料替代率 50%', '强度达到 C40', '每立方米成本降低 15%，减排 CO₂ 30 kg']::text[], '市政道路、装配式建筑预制构件、非承重砌块', 'other', array['C04B 28/04', 'C04B 18/16', 'C04B 20/10']::text[], 8, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 30000000, '00000000-0000-4000-8000-000000001003', now() - interval '281 days 3 hours', now() - interval '281 days 3 hours', now() - interval '305 days', now() - interval '281 days 3 hours'),
  ('00000000-0000-4000-8001-000000000065', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'published', '石窟寺砂岩文物纳米氢氧化钙—有机硅复合加固材料', '渗透深度 5 毫米，表面强度提高 2 倍，色差 ΔE 小于 1', '针对砂岩石刻和彩绘层粉化、脱落问题，以醇分散纳米氢氧化钙与低分子量有机硅复合：前者与砂岩胶结物相容，后者提高耐水性。材料渗透深度 5 毫米，加固后表面强度提高 2 倍，色差 ΔE 小于 1，不改变文物外观，已在川渝地区石窟寺保护工程中试用。', array['渗透深度 5 毫米', '表面强度提高 2 倍', '色差 ΔE <1，可再处理']::text[], '石窟寺、摩崖石刻、彩绘泥塑与古建筑砂岩构件保护', 'other', array['C04B 41/50', 'C04B 41/64', 'C09D 183/04']::text[], 6, array['non_exclusive_license', 'joint_development']::public.cooperation_mode[], null, '00000000-0000-4000-8000-000000001003', now() - interval '30 days 8 hours', now() - interval '30 days 8 hours', now() - interval '55 days', now() - interval '30 days 8 hours'),
  ('00000000-0000-4000-8001-000000000066', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', '跨座式单轨轨道梁减振扣件', '轨旁振动降低 15 dB，500 万次疲劳试验无失效，维护周期 10 年', '针对跨座式单轨穿越居民区时的结构振动与噪声，设计双层非线性刚度弹性支座与限位结构，在保证车辆运行稳定性的前提下隔离高频振动。在重庆单轨线路试验段测试，轨旁 10 米处振动加速度级降低 15 dB，弹性元件通过 500 万次疲劳试验。', array['振动降低 15 dB', '500 万次疲劳试验无失效', '维护周期 10 年']::text[], '跨座式单轨、中低速磁浮与城市轨道交通高架线路', 'other', array['E01B 9/68', 'E01B 25/08', 'F16F 1/376']::text[], 7, array['assignment', 'exclusive_license']::public.cooperation_mode[], 120000000, '00000000-0000-4000-8000-000000001003', now() - interval '77 days 13 hours', now() - interval '77 days 13 hours', now() - interval '103 days', now() - interval '77 days 13 hours'),
  ('00000000-0000-4000-8001-000000000067', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'published', '山区滑坡北斗与 InSAR 协同监测预警系统', '毫米级形变监测，滑坡预警最长提前 72 小时', '以时序 InSAR 在大范围内识别潜在滑坡隐患点，再在重点隐患点部署北斗高精度 GNSS 监测站、裂缝计和雨量计，构建“广域普查—重点监测—分级预警”体系。在三峡库区 120 处地质灾害隐患点应用 3 年，成功预警 5 起滑坡，提前时间 24–72 小时。', array['北斗监测精度水平 2 mm、垂直 4 mm', '成功预警 5 起滑坡，最长提前 72 小时', 'InSAR 广域普查成本降低 70%']::text[], '地质灾害防治、库岸与公路边坡、矿山与尾矿库安全监测', 'other', array['G01S 19/14', 'G01S 13/90', 'G08B 21/10']::text[], 8, array['non_exclusive_license', 'joint_development']::public.cooperation_mode[], 90000000, '00000000-0000-4000-8000-000000001003', now() - interval '124 days 18 hours', now() - interval '124 days 18 hours', now() - interval '151 days', now() - interval '124 days 18 hours'),
  ('00000000-0000-4000-8001-000000000068', '00000000-0000-4000-8000-000000002001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000103', 'published', 'Basalt-fibre textile mortar for seismic retrofit of masonry buildings', 'Doubles the lateral capacity of brick walls with a 15 mm layer and no steel', 'Many brick schools and rural houses in southwest China fall short of current seismic codes. A basalt fibre mesh embedded in a 15 mm layer of polymer-modified mortar is applied to both faces of a wall and anchored with fibre ties. Full-scale cyclic tests showed the lateral capacity doubled and the displacement capacity grew 2.5 times. The materials do not corrode, the retrofit adds almost no weight, and a crew can finish a classroom in three days.', array['Lateral capacity doubled, displacement capacity ×2.5', 'Only 15 mm thick and corrosion-free', 'A classroom retrofitted in three days']::text[], 'Seismic strengthening of masonry schools, rural houses and heritage buildings', 'other', array['E04G 23/0218', 'E04G 23/0225', 'C04B 28/04']::text[], 7, array['non_exclusive_license', 'assignment']::public.cooperation_mode[], 35000000, '00000000-0000-4000-8000-000000001003', now() - interval '171 days 23 hours', now() - interval '171 days 23 hours', now() - interval '199 days', now() - interval '171 days 23 hours'),
  ('00000000-0000-4000-8001-000000000069', '00000000-0000-4000-8000-000000002005', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000106', 'submitted', '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术', '盐分回收率 90%，回收盐水可回用于腌制，废水处理成本降低 35%', '榨菜腌制废水含盐量高达 8%–12%，常规生化处理难以达标。本技术以陶瓷膜预过滤去除蛋白和悬浮物，真空膜蒸馏浓缩回收盐水，淡水再经生化处理达标排放。中试装置日处理 20 吨，盐分回收率 90%，回收盐水经调配后可回用于腌制工序。', array['盐分回收率 90%', '废水处理成本降低 35%', '回收盐水可回用于腌制']::text[], '榨菜、泡菜等腌制蔬菜企业高盐废水处理；食品工业高盐废水', 'energy_environment', array['C02F 1/447', 'C02F 9/00', 'C02F 103/32']::text[], 5, array['joint_development', 'non_exclusive_license']::public.cooperation_mode[], 60000000, null, null, null, now() - interval '12 days', now() - interval '1 days 3 hours'),
  ('00000000-0000-4000-8001-000000000070', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000102', 'submitted', 'Federated learning for surface defect inspection across factories', 'Trains one defect model across plants without moving images, within 1% of a centrally trained model', 'Suppliers are reluctant to pool their inspection images. Each plant trains on its own images, and only encrypted model updates are aggregated on a coordination server, with a personalised head for each production line. Across four die-casting and stamping plants the shared model reached 97.5% defect recall, within 1% of a model trained on pooled data, and new plants reached target accuracy with 80% fewer labelled images.', array['Within 1% of centrally trained accuracy', '80% fewer labelled images for a new plant', 'Images never leave the plant']::text[], 'Surface defect inspection in die casting, stamping and electronics assembly across supplier networks', 'smart_manufacturing', array['G06N 3/098', 'G06T 7/0004', 'G06V 10/774']::text[], 5, array['non_exclusive_license', 'equity']::public.cooperation_mode[], 50000000, null, null, null, now() - interval '21 days', now() - interval '3 days 3 hours'),
  ('00000000-0000-4000-8001-000000000071', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000101', 'draft', '硫化物固态电解质干法成膜工艺', '无溶剂干法制备 30 μm 硫化物电解质膜，室温离子电导率 3 mS/cm', '以聚四氟乙烯纤维化粘结实现硫化物固态电解质的无溶剂干法成膜，避免溶剂与电解质的副反应。（待补充：中试数据与全电池循环结果）', array['室温离子电导率 3 mS/cm']::text[], '', 'new_materials', array['H01M 10/0562']::text[], 3, '{}'::public.cooperation_mode[], null, null, null, null, now() - interval '4 days', now() - interval '0 days 6 hours');
insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on) values
  ('00000000-0000-4000-8001-000000000001', 0, '202110420380.4', 'invention', 'granted', '一种液冷与相变材料耦合的动力电池热管理装置', '2021-04-10', '2024-02-14'),
  ('00000000-0000-4000-8001-000000000001', 1, '202310773729.1', 'invention', 'pending', '一种动力电池快充工况冷却液流量自适应控制方法', '2023-06-28', null),
  ('00000000-0000-4000-8001-000000000001', 2, '202222491893.7', 'utility_model', 'granted', '一种带相变储热层的电池包液冷板', '2022-11-09', '2023-11-18'),
  ('00000000-0000-4000-8001-000000000002', 0, '202011422920.4', 'invention', 'granted', '一种基于增量容量曲线特征的锂离子电池健康状态估计方法', '2020-11-22', '2023-08-10'),
  ('00000000-0000-4000-8001-000000000002', 1, '202410831026.4', 'invention', 'pending', '一种基于迁移学习的动力电池健康状态在线估计方法', '2024-07-15', null),
  ('00000000-0000-4000-8001-000000000003', 0, '202211424494.7', 'invention', 'granted', '一种电动汽车热泵空调与电池热管理集成系统', '2022-11-24', '2026-02-12'),
  ('00000000-0000-4000-8001-000000000003', 1, '202320161742.7', 'utility_model', 'granted', '一种用于整车热管理的八通阀', '2023-01-13', '2023-09-22'),
  ('00000000-0000-4000-8001-000000000004', 0, '202111043436.5', 'invention', 'granted', '一种基于配变负荷预测的电动汽车有序充电调度方法', '2021-09-03', '2023-06-14'),
  ('00000000-0000-4000-8001-000000000004', 1, '202310629955.2', 'invention', 'pending', '一种居民小区充电桩群功率分配系统', '2023-05-28', null),
  ('00000000-0000-4000-8001-000000000005', 0, '201910998185.2', 'invention', 'granted', '一种铝合金副车架低压铸造局部挤压补缩方法', '2019-08-18', '2021-11-04'),
  ('00000000-0000-4000-8001-000000000005', 1, '202022153210.8', 'utility_model', 'granted', '一种低压铸造模具分区温控装置', '2020-09-23', '2021-10-08'),
  ('00000000-0000-4000-8001-000000000006', 0, '202210256701.6', 'invention', 'granted', '一种隧道场景下激光雷达与惯导融合的车辆定位方法', '2022-02-20', '2024-02-05'),
  ('00000000-0000-4000-8001-000000000006', 1, '202410785395.4', 'invention', 'pending', '一种基于地图匹配的山地城市车辆组合定位方法', '2024-07-03', null),
  ('00000000-0000-4000-8001-000000000007', 0, '202110526865.1', 'invention', 'granted', '一种高滚流比进气道及混合动力专用发动机', '2021-04-25', '2024-06-08'),
  ('00000000-0000-4000-8001-000000000007', 1, '202310941817.8', 'invention', 'pending', '一种带冷却废气再循环的高压缩比燃烧系统', '2023-08-05', null),
  ('00000000-0000-4000-8001-000000000007', 2, '202120964474.3', 'utility_model', 'granted', '一种发动机进气道型芯', '2021-04-28', '2022-05-16'),
  ('00000000-0000-4000-8001-000000000008', 0, '202011252638.6', 'invention', 'granted', 'Method for alternating-current pulse self-heating of a lithium-ion power battery using the motor inverter', '2020-10-21', '2023-05-21'),
  ('00000000-0000-4000-8001-000000000008', 1, '202180074816.7', 'invention', 'granted', 'Adaptive pulse frequency control for low-temperature battery heating', '2021-08-15', '2024-06-24'),
  ('00000000-0000-4000-8001-000000000009', 0, '202210640679.5', 'invention', 'granted', 'Humidity self-regulating control method for a proton exchange membrane fuel cell stack', '2022-05-23', '2025-10-12'),
  ('00000000-0000-4000-8001-000000000009', 1, '202222416511.4', 'utility_model', 'granted', 'Anode recirculation device for a fuel cell system', '2022-10-23', '2023-08-10'),
  ('00000000-0000-4000-8001-000000000010', 0, '202310821933.6', 'invention', 'pending', 'Magnetic beacon positioning method for wireless charging coils of electric vehicles', '2023-07-11', null),
  ('00000000-0000-4000-8001-000000000011', 0, '202010027348.5', 'invention', 'granted', '一种基于点云模板匹配的散乱零件位姿估计方法', '2020-01-07', '2022-10-26'),
  ('00000000-0000-4000-8001-000000000011', 1, '202210420551.8', 'invention', 'granted', '一种机器人无序抓取的避碰路径规划方法', '2022-04-04', '2024-06-17'),
  ('00000000-0000-4000-8001-000000000011', 2, '202122750981.X', 'utility_model', 'granted', '一种用于料框抓取的柔性真空吸盘', '2021-12-05', '2022-11-05'),
  ('00000000-0000-4000-8001-000000000012', 0, '201810022772.3', 'invention', 'granted', '一种数控机床主轴热误差建模与补偿方法', '2018-01-01', '2021-02-17'),
  ('00000000-0000-4000-8001-000000000013', 0, '201922355245.7', 'utility_model', 'granted', '一种发动机缸体柔性装配自适应夹具', '2019-10-26', '2020-05-15'),
  ('00000000-0000-4000-8001-000000000013', 1, '202010373287.8', 'invention', 'granted', '一种多品种混线装配工艺参数自动下发系统', '2020-03-20', '2022-10-20'),
  ('00000000-0000-4000-8001-000000000014', 0, '202211525189.7', 'invention', 'granted', '一种基于深度学习的焊缝相控阵超声图像缺陷识别方法', '2022-12-28', '2024-12-03'),
  ('00000000-0000-4000-8001-000000000014', 1, '202411095252.7', 'invention', 'pending', '一种相控阵超声扇扫图像的缺陷尺寸测量方法', '2024-09-14', null),
  ('00000000-0000-4000-8001-000000000015', 0, '202110745795.9', 'invention', 'granted', '一种基于数字孪生的产线设备剩余寿命预测方法', '2021-06-21', '2024-03-30'),
  ('00000000-0000-4000-8001-000000000015', 1, '202311325243.8', 'invention', 'pending', '一种多源数据融合的产线故障预警系统', '2023-11-03', null),
  ('00000000-0000-4000-8001-000000000016', 0, '202211526903.4', 'invention', 'granted', '一种钛合金激光选区熔化分区工艺参数优化方法', '2022-12-23', '2025-08-11'),
  ('00000000-0000-4000-8001-000000000017', 0, '202110160618.4', 'invention', 'granted', 'Method for predicting the remaining useful life of machine tool spindle bearings', '2021-02-07', '2023-01-12'),
  ('00000000-0000-4000-8001-000000000017', 1, '202222677765.1', 'utility_model', 'granted', 'Edge acquisition module for spindle vibration and current', '2022-12-05', '2023-08-15'),
  ('00000000-0000-4000-8001-000000000018', 0, '202110944343.3', 'invention', 'granted', 'Constant-force grinding flange for industrial robots', '2021-08-04', '2023-10-16'),
  ('00000000-0000-4000-8001-000000000018', 1, '202311104853.5', 'invention', 'granted', 'Scan-based path planning method for robotic deburring of castings', '2023-09-13', '2026-04-23'),
  ('00000000-0000-4000-8001-000000000019', 0, '202210739077.5', 'invention', 'granted', '一种用于钙钛矿太阳能电池的多层阻隔封装胶膜及其制备方法', '2022-06-20', '2025-08-28'),
  ('00000000-0000-4000-8001-000000000019', 1, '202410519796.5', 'invention', 'pending', '一种钙钛矿光伏组件低温层压封装方法', '2024-05-02', null),
  ('00000000-0000-4000-8001-000000000020', 0, '201910245381.2', 'invention', 'granted', '一种低稀土高强韧变形镁合金及其制备方法', '2019-02-26', '2022-01-03'),
  ('00000000-0000-4000-8001-000000000020', 1, '202010124727.6', 'invention', 'granted', '一种镁合金低温慢速挤压成形方法', '2020-01-27', '2023-03-08'),
  ('00000000-0000-4000-8001-000000000020', 2, '202022085539.5', 'utility_model', 'lapsed', '一种镁合金型材挤压模具', '2020-09-21', '2021-08-09'),
  ('00000000-0000-4000-8001-000000000021', 0, '201911353157.1', 'invention', 'granted', '一种改性石墨烯环氧防腐涂料及其制备方法', '2019-11-08', '2022-02-28'),
  ('00000000-0000-4000-8001-000000000021', 1, '201710849221.X', 'invention', 'granted', '一种少层石墨烯的原位插层剥离制备方法', '2017-07-13', '2020-05-22'),
  ('00000000-0000-4000-8001-000000000022', 0, '201810694956.4', 'invention', 'granted', '一种表面缠绕肋纹的玄武岩纤维复合材料筋及其拉挤成型方法', '2018-06-09', '2021-01-24'),
  ('00000000-0000-4000-8001-000000000022', 1, '201922523965.X', 'utility_model', 'granted', '一种复合材料筋在线缠绕肋纹装置', '2019-11-11', '2020-12-01'),
  ('00000000-0000-4000-8001-000000000023', 0, '202311266122.0', 'invention', 'pending', '一种多孔碳限域纳米硅复合负极材料及其制备方法', '2023-10-17', null),
  ('00000000-0000-4000-8001-000000000023', 1, '202110514537.X', 'invention', 'granted', '一种生物质衍生多孔碳骨架的制备方法', '2021-05-02', '2024-04-04'),
  ('00000000-0000-4000-8001-000000000024', 0, '202211140618.9', 'invention', 'granted', '一种竹基闭孔硬碳负极材料的制备方法', '2022-09-25', '2025-08-27'),
  ('00000000-0000-4000-8001-000000000024', 1, '202410989274.1', 'invention', 'pending', '一种钠离子电池硬碳负极的预氧化交联方法', '2024-08-12', null),
  ('00000000-0000-4000-8001-000000000025', 0, '202311187707.3', 'invention', 'granted', 'Indium-free recombination layer for a perovskite/silicon tandem solar cell and preparation method', '2023-10-02', '2025-11-11'),
  ('00000000-0000-4000-8001-000000000025', 1, '202410697912.2', 'invention', 'pending', 'Conformal self-assembled hole transport layer on textured silicon', '2024-06-12', null),
  ('00000000-0000-4000-8001-000000000026', 0, '202210764431.X', 'invention', 'granted', 'Polymer–garnet composite solid electrolyte membrane and roll-to-roll preparation method', '2022-06-25', '2025-09-04'),
  ('00000000-0000-4000-8001-000000000026', 1, '202380087060.9', 'invention', 'pending', 'Cross-linked polyethylene oxide electrolyte for lithium metal batteries', '2023-09-25', null),
  ('00000000-0000-4000-8001-000000000027', 0, '202110825772.9', 'invention', 'granted', 'Microcapsule self-healing anticorrosive epoxy coating and preparation method', '2021-07-12', '2023-04-26'),
  ('00000000-0000-4000-8001-000000000027', 1, '202310673112.2', 'invention', 'pending', 'Corrosion inhibitor-loaded microcapsules and their preparation', '2023-06-07', null),
  ('00000000-0000-4000-8001-000000000028', 0, '202010274440.1', 'invention', 'granted', 'Halogen-free intumescent flame-retardant polypropylene composite and preparation method', '2020-03-02', '2022-09-15'),
  ('00000000-0000-4000-8001-000000000029', 0, '202111417436.7', 'invention', 'granted', '一种随机微棘结构柔性压阻式压力传感器及其制备方法', '2021-11-28', '2024-09-06'),
  ('00000000-0000-4000-8001-000000000029', 1, '202220467307.2', 'utility_model', 'granted', '一种柔性压力传感阵列', '2022-02-21', '2022-11-03'),
  ('00000000-0000-4000-8001-000000000030', 0, '202210444744.7', 'invention', 'granted', '一种面向稀疏卷积神经网络的硬件加速器', '2022-04-11', '2024-10-25'),
  ('00000000-0000-4000-8001-000000000030', 1, '202410968073.3', 'invention', 'pending', '一种卷积神经网络权重片上压缩存储方法', '2024-08-12', null),
  ('00000000-0000-4000-8001-000000000031', 0, '202010616716.X', 'invention', 'granted', '一种基于视觉与毫米波雷达融合的无人机导线避障方法', '2020-05-15', '2022-07-15'),
  ('00000000-0000-4000-8001-000000000031', 1, '202110507163.9', 'invention', 'granted', '一种输电线路巡检无人机航迹在线规划方法', '2021-04-21', '2024-08-06'),
  ('00000000-0000-4000-8001-000000000031', 2, '202021175915.3', 'utility_model', 'lapsed', '一种巡检无人机双目相机减振云台', '2020-05-17', '2021-05-07'),
  ('00000000-0000-4000-8001-000000000032', 0, '202211403110.3', 'invention', 'granted', '一种融合字形部件先验的古籍异体字识别方法', '2022-11-23', '2025-11-29'),
  ('00000000-0000-4000-8001-000000000033', 0, '201610706447.X', 'invention', 'granted', '一种基于光纤光栅的斜拉桥拉索索力监测方法', '2016-06-09', '2019-03-22'),
  ('00000000-0000-4000-8001-000000000033', 1, '201721752058.7', 'utility_model', 'granted', '一种封装增敏型光纤光栅应变传感器', '2017-08-03', '2018-03-15'),
  ('00000000-0000-4000-8001-000000000034', 0, '202120333722.4', 'utility_model', 'granted', 'Capacitive soil moisture sensor with temperature compensation', '2021-02-11', '2022-02-26'),
  ('00000000-0000-4000-8001-000000000034', 1, '202210940145.4', 'invention', 'granted', 'Adaptive duty cycling method for LoRa sensor networks in mountainous terrain', '2022-08-02', '2025-06-17'),
  ('00000000-0000-4000-8001-000000000035', 0, '202211506592.5', 'invention', 'granted', 'Millimetre-wave radar fall detection method based on micro-Doppler and point-cloud features', '2022-12-20', '2025-10-02'),
  ('00000000-0000-4000-8001-000000000035', 1, '202321861235.0', 'utility_model', 'granted', 'Non-contact breathing rate measurement device based on radar', '2023-08-23', '2024-09-05'),
  ('00000000-0000-4000-8001-000000000035', 2, '202330141491.1', 'design', 'granted', 'Housing for a wall-mounted radar sensor', '2023-03-05', '2023-08-24'),
  ('00000000-0000-4000-8001-000000000036', 0, '202311151018.7', 'invention', 'pending', 'Streaming speech recognition method for dialects using dialect-aware pronunciation lexicons', '2023-09-21', null),
  ('00000000-0000-4000-8001-000000000037', 0, '202010120268.4', 'invention', 'granted', '一种负载生长因子的丝素蛋白多孔敷料及其制备方法', '2020-01-25', '2023-06-08'),
  ('00000000-0000-4000-8001-000000000037', 1, '201810716977.1', 'invention', 'granted', '一种再生丝素蛋白溶液的快速制备方法', '2018-06-18', '2020-02-18'),
  ('00000000-0000-4000-8001-000000000038', 0, '201911118740.4', 'invention', 'granted', '一种黄连中小檗碱的绿色提取纯化方法', '2019-09-16', '2022-03-08'),
  ('00000000-0000-4000-8001-000000000039', 0, '202110867899.7', 'invention', 'granted', '一种基于量子点的双标志物荧光免疫层析试纸条', '2021-07-18', '2024-09-19'),
  ('00000000-0000-4000-8001-000000000039', 1, '202122660881.8', 'utility_model', 'granted', '一种手持式荧光免疫层析读数仪', '2021-11-25', '2022-11-08'),
  ('00000000-0000-4000-8001-000000000040', 0, '202310123277.2', 'invention', 'pending', '一种 pH 响应型嵌段共聚物纳米胶束及其载药应用', '2023-01-28', null),
  ('00000000-0000-4000-8001-000000000041', 0, '202110124861.0', 'invention', 'granted', '一种重组人源化Ⅲ型胶原蛋白的毕赤酵母表达方法', '2021-01-28', '2023-07-29'),
  ('00000000-0000-4000-8001-000000000041', 1, '202211189255.8', 'invention', 'granted', '一种重组胶原蛋白的两步层析纯化方法', '2022-10-08', '2025-10-10'),
  ('00000000-0000-4000-8001-000000000041', 2, '202280011054.0', 'invention', 'pending', '一种高产重组胶原蛋白的毕赤酵母工程菌', '2022-02-03', null),
  ('00000000-0000-4000-8001-000000000042', 0, '202210759384.X', 'invention', 'granted', 'Silk fibroin dissolving microneedle patch loaded with insulin and preparation method', '2022-06-25', '2025-04-28'),
  ('00000000-0000-4000-8001-000000000042', 1, '202221495465.5', 'utility_model', 'granted', 'Mould for casting dissolving microneedle arrays', '2022-07-05', '2023-02-06'),
  ('00000000-0000-4000-8001-000000000043', 0, '202111042974.2', 'invention', 'granted', 'Lactobacillus plantarum strain degrading purine nucleosides and its use', '2021-08-27', '2025-01-01'),
  ('00000000-0000-4000-8001-000000000044', 0, '202310700622.4', 'invention', 'granted', 'Aptamer-modified electrode for procalcitonin detection and preparation method', '2023-06-06', '2026-02-16'),
  ('00000000-0000-4000-8001-000000000044', 1, '202320752936.4', 'utility_model', 'granted', 'Portable impedance analyser for point-of-care testing', '2023-04-06', '2024-04-22'),
  ('00000000-0000-4000-8001-000000000045', 0, '202110386275.3', 'invention', 'granted', '一种柑橘黄龙病菌 RPA-CRISPR/Cas12a 快速检测引物组及方法', '2021-03-23', '2023-04-07'),
  ('00000000-0000-4000-8001-000000000045', 1, '202222654909.1', 'utility_model', 'granted', '一种便携式恒温核酸检测仪', '2022-11-26', '2023-09-05'),
  ('00000000-0000-4000-8001-000000000046', 0, '201910109472.3', 'invention', 'granted', '一种榨菜低盐梯度腌制方法', '2019-01-26', '2020-09-26'),
  ('00000000-0000-4000-8001-000000000046', 1, '202022543555.4', 'utility_model', 'granted', '一种腌制蔬菜超声辅助脱盐装置', '2020-11-09', '2021-07-10'),
  ('00000000-0000-4000-8001-000000000046', 2, '202110811055.0', 'invention', 'granted', '一种耐盐植物乳杆菌及其在榨菜发酵中的应用', '2021-07-06', '2024-03-09'),
  ('00000000-0000-4000-8001-000000000047', 0, '201810324558.3', 'invention', 'granted', '一种与家蚕抗核型多角体病毒病紧密连锁的分子标记及其应用', '2018-03-14', '2020-07-01'),
  ('00000000-0000-4000-8001-000000000047', 1, '202010988764.1', 'invention', 'granted', '一种家蚕高茧层率品种的分子标记辅助选育方法', '2020-08-22', '2023-05-04'),
  ('00000000-0000-4000-8001-000000000048', 0, '201622796939.0', 'utility_model', 'lapsed', '一种单轨运输机双向自锁制动装置', '2016-12-12', '2017-07-28'),
  ('00000000-0000-4000-8001-000000000048', 1, '201710257784.X', 'invention', 'granted', '一种山地果园齿轨单轨运输机', '2017-02-26', '2020-03-05'),
  ('00000000-0000-4000-8001-000000000048', 2, '201820958726.X', 'utility_model', 'granted', '一种单轨运输机遥控往返控制系统', '2018-04-24', '2019-03-29'),
  ('00000000-0000-4000-8001-000000000049', 0, '202120809008.8', 'utility_model', 'granted', '一种稻渔综合种养田水位与溶氧联动调控系统', '2021-04-09', '2022-01-23'),
  ('00000000-0000-4000-8001-000000000049', 1, '202221773698.7', 'utility_model', 'granted', '一种稻田养殖自动闸门', '2022-08-11', '2023-03-20'),
  ('00000000-0000-4000-8001-000000000050', 0, '202211127008.5', 'invention', 'granted', '一种名优茶嫩芽识别与采摘点定位方法', '2022-09-25', '2025-07-15'),
  ('00000000-0000-4000-8001-000000000050', 1, '202310793001.5', 'invention', 'pending', '一种仿人手提采的茶叶采摘末端执行器', '2023-06-28', null),
  ('00000000-0000-4000-8001-000000000051', 0, '202011022273.8', 'invention', 'granted', '一种柑橘采后壳聚糖复合保鲜涂膜及其制备方法', '2020-08-22', '2023-01-08'),
  ('00000000-0000-4000-8001-000000000052', 0, '202010224978.1', 'invention', 'granted', 'Method for co-producing pectin and essential oil from citrus peel', '2020-02-19', '2023-06-25'),
  ('00000000-0000-4000-8001-000000000052', 1, '202210643978.4', 'invention', 'granted', 'Microwave-assisted pectin extraction with recyclable organic acids', '2022-05-23', '2024-12-30'),
  ('00000000-0000-4000-8001-000000000053', 0, '202121761476.9', 'utility_model', 'granted', 'Pest trap with automatic image capture and counting', '2021-08-11', '2022-03-22'),
  ('00000000-0000-4000-8001-000000000053', 1, '202210605914.5', 'invention', 'granted', 'Method for identifying orchard pests on sticky boards by deep learning', '2022-05-23', '2025-10-03'),
  ('00000000-0000-4000-8001-000000000054', 0, '201911515392.4', 'invention', 'granted', '一种基于模型预测控制的污水处理精确曝气方法', '2019-12-17', '2021-10-07'),
  ('00000000-0000-4000-8001-000000000054', 1, '202021944505.0', 'utility_model', 'granted', '一种污水处理厂曝气廊道气量分配装置', '2020-08-28', '2021-03-11'),
  ('00000000-0000-4000-8001-000000000055', 0, '201811433994.0', 'invention', 'granted', '一种 A²O 与 MBBR 耦合的一体化污水处理设备', '2018-12-02', '2021-07-07'),
  ('00000000-0000-4000-8001-000000000055', 1, '201820161095.9', 'utility_model', 'lapsed', '一种一体化污水处理罐体', '2018-01-19', '2018-09-23'),
  ('00000000-0000-4000-8001-000000000055', 2, '202011258795.8', 'invention', 'granted', '一种分散式污水处理设备远程运维系统', '2020-10-21', '2023-07-03'),
  ('00000000-0000-4000-8001-000000000056', 0, '201810137258.4', 'invention', 'granted', '一种大面积掺硼金刚石电极的制备方法', '2018-01-26', '2020-07-07'),
  ('00000000-0000-4000-8001-000000000056', 1, '202111356320.7', 'invention', 'granted', '一种脉冲电催化氧化废水处理装置', '2021-11-08', '2024-04-13'),
  ('00000000-0000-4000-8001-000000000057', 0, '202010593200.8', 'invention', 'granted', '一种超滤膜污染的预氧化与粉末活性炭协同控制方法', '2020-05-17', '2022-08-20'),
  ('00000000-0000-4000-8001-000000000058', 0, '201910788347.X', 'invention', 'granted', '一种基于结霜图谱的空气源热泵按需除霜控制方法', '2019-07-06', '2022-07-06'),
  ('00000000-0000-4000-8001-000000000059', 0, '201710848692.9', 'invention', 'granted', '一种页岩气压裂返排液资源化处理方法', '2017-07-16', '2020-01-17'),
  ('00000000-0000-4000-8001-000000000059', 1, '201822268840.2', 'utility_model', 'granted', '一种压裂返排液电絮凝预处理装置', '2018-10-06', '2019-10-16'),
  ('00000000-0000-4000-8001-000000000059', 2, '201910739282.X', 'invention', 'granted', '一种高盐废水机械蒸汽再压缩蒸发结晶系统', '2019-06-14', '2021-02-15'),
  ('00000000-0000-4000-8001-000000000060', 0, '202110835674.3', 'invention', 'granted', '一种基于多源信息融合的储能电池热失控预警方法', '2021-07-16', '2023-11-22'),
  ('00000000-0000-4000-8001-000000000060', 1, '202221534426.1', 'utility_model', 'granted', '一种储能电池簇内气体与温度复合探测器', '2022-07-08', '2023-01-14'),
  ('00000000-0000-4000-8001-000000000061', 0, '202011021514.7', 'invention', 'granted', '一种强化种间直接电子传递的餐厨垃圾两相厌氧发酵方法', '2020-08-22', '2022-10-31'),
  ('00000000-0000-4000-8001-000000000062', 0, '201911017199.8', 'invention', 'granted', 'Closed-loop heat pump drying system with exhaust heat recovery', '2019-08-26', '2022-02-01'),
  ('00000000-0000-4000-8001-000000000062', 1, '202111082341.4', 'invention', 'granted', 'Staged temperature and humidity control method for heat pump drying of chillies', '2021-09-05', '2024-02-08'),
  ('00000000-0000-4000-8001-000000000063', 0, '202211388534.7', 'invention', 'granted', 'Method for pyrolysing sewage sludge into biochar with phosphorus recovery', '2022-11-16', '2026-02-05'),
  ('00000000-0000-4000-8001-000000000063', 1, '202320623488.8', 'utility_model', 'granted', 'Struvite crystallisation reactor for sludge leachate', '2023-03-20', '2024-01-25'),
  ('00000000-0000-4000-8001-000000000064', 0, '201911369518.1', 'invention', 'granted', '一种再生骨料纳米浸渍与碳化协同强化方法', '2019-11-15', '2023-02-17'),
  ('00000000-0000-4000-8001-000000000064', 1, '202011511974.8', 'invention', 'granted', '一种高性能再生骨料混凝土及其制备方法', '2020-12-16', '2023-08-26'),
  ('00000000-0000-4000-8001-000000000065', 0, '202110733846.6', 'invention', 'granted', '一种用于砂岩质文物的纳米氢氧化钙—有机硅复合加固剂', '2021-06-20', '2023-06-03'),
  ('00000000-0000-4000-8001-000000000066', 0, '201810298958.1', 'invention', 'granted', '一种跨座式单轨轨道梁双层非线性刚度减振扣件', '2018-03-10', '2020-11-18'),
  ('00000000-0000-4000-8001-000000000066', 1, '201921160140.X', 'utility_model', 'granted', '一种减振扣件限位装置', '2019-05-19', '2020-05-31'),
  ('00000000-0000-4000-8001-000000000067', 0, '202010866627.0', 'invention', 'granted', '一种 InSAR 与北斗 GNSS 协同的滑坡监测预警方法', '2020-07-17', '2022-12-24'),
  ('00000000-0000-4000-8001-000000000067', 1, '202120060030.7', 'utility_model', 'granted', '一种低功耗北斗滑坡形变监测站', '2021-01-07', '2021-10-11'),
  ('00000000-0000-4000-8001-000000000068', 0, '202011047082.7', 'invention', 'granted', 'Basalt fibre textile-reinforced mortar strengthening method for masonry walls', '2020-09-01', '2022-07-10'),
  ('00000000-0000-4000-8001-000000000069', 0, '202411505764.6', 'invention', 'pending', '一种榨菜腌制高盐废水膜蒸馏盐分回收方法', '2024-12-12', null),
  ('00000000-0000-4000-8001-000000000070', 0, '202410698399.9', 'invention', 'pending', 'Federated training method for industrial surface defect detection models with personalised heads', '2024-06-07', null),
  ('00000000-0000-4000-8001-000000000071', 0, '202511550190.9', 'invention', 'pending', '一种硫化物固态电解质膜的干法制备方法', '2025-12-26', null);
insert into public.listing_inventors (listing_id, position, profile_id, name, share) values
  ('00000000-0000-4000-8001-000000000001', 0, '00000000-0000-4000-8000-000000001001', '李明远', 50),
  ('00000000-0000-4000-8001-000000000001', 1, null, '孙浩然', 30),
  ('00000000-0000-4000-8001-000000000001', 2, null, '吴佳怡', 20),
  ('00000000-0000-4000-8001-000000000002', 0, '00000000-0000-4000-8000-000000001001', '李明远', 100),
  ('00000000-0000-4000-8001-000000000003', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 50),
  ('00000000-0000-4000-8001-000000000003', 1, null, '王博文', 20),
  ('00000000-0000-4000-8001-000000000003', 2, null, '冯雪', 20),
  ('00000000-0000-4000-8001-000000000003', 3, null, '杨帆', 10),
  ('00000000-0000-4000-8001-000000000004', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 80),
  ('00000000-0000-4000-8001-000000000004', 1, null, '许晨阳', 20),
  ('00000000-0000-4000-8001-000000000005', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 33.34),
  ('00000000-0000-4000-8001-000000000005', 1, null, '陈志强', 33.33),
  ('00000000-0000-4000-8001-000000000005', 2, null, '黄晓丽', 33.33),
  ('00000000-0000-4000-8001-000000000006', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 50),
  ('00000000-0000-4000-8001-000000000006', 1, null, '赵小燕', 30),
  ('00000000-0000-4000-8001-000000000006', 2, null, '何宇航', 20),
  ('00000000-0000-4000-8001-000000000007', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 50),
  ('00000000-0000-4000-8001-000000000007', 1, null, '刘海涛', 20),
  ('00000000-0000-4000-8001-000000000007', 2, null, '吴佳怡', 20),
  ('00000000-0000-4000-8001-000000000007', 3, null, '程远', 10),
  ('00000000-0000-4000-8001-000000000008', 0, '00000000-0000-4000-8000-000000001001', 'Li Mingyuan', 55),
  ('00000000-0000-4000-8001-000000000008', 1, null, 'Sun Haoran', 45),
  ('00000000-0000-4000-8001-000000000009', 0, '00000000-0000-4000-8000-000000002001', 'Zhang Weiguo', 60),
  ('00000000-0000-4000-8001-000000000009', 1, null, 'Huang Xiaoli', 25),
  ('00000000-0000-4000-8001-000000000009', 2, null, 'Cheng Yuan', 15),
  ('00000000-0000-4000-8001-000000000010', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 35),
  ('00000000-0000-4000-8001-000000000010', 1, null, 'He Yuhang', 25),
  ('00000000-0000-4000-8001-000000000010', 2, null, 'Xu Chenyang', 25),
  ('00000000-0000-4000-8001-000000000010', 3, null, 'Zhao Xiaoyan', 15),
  ('00000000-0000-4000-8001-000000000011', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 50),
  ('00000000-0000-4000-8001-000000000011', 1, null, '陈志强', 30),
  ('00000000-0000-4000-8001-000000000011', 2, null, '许晨阳', 20),
  ('00000000-0000-4000-8001-000000000012', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 100),
  ('00000000-0000-4000-8001-000000000013', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 40),
  ('00000000-0000-4000-8001-000000000013', 1, null, '黄晓丽', 35),
  ('00000000-0000-4000-8001-000000000013', 2, null, '程远', 25),
  ('00000000-0000-4000-8001-000000000014', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 60),
  ('00000000-0000-4000-8001-000000000014', 1, null, '赵小燕', 25),
  ('00000000-0000-4000-8001-000000000014', 2, null, '冯雪', 15),
  ('00000000-0000-4000-8001-000000000015', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 50),
  ('00000000-0000-4000-8001-000000000015', 1, null, '许晨阳', 20),
  ('00000000-0000-4000-8001-000000000015', 2, null, '何宇航', 20),
  ('00000000-0000-4000-8001-000000000015', 3, null, '杨帆', 10),
  ('00000000-0000-4000-8001-000000000016', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 50),
  ('00000000-0000-4000-8001-000000000016', 1, null, '李俊峰', 30),
  ('00000000-0000-4000-8001-000000000016', 2, null, '周婷', 20),
  ('00000000-0000-4000-8001-000000000017', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 70),
  ('00000000-0000-4000-8001-000000000017', 1, null, 'Xu Chenyang', 30),
  ('00000000-0000-4000-8001-000000000018', 0, '00000000-0000-4000-8000-000000002001', 'Zhang Weiguo', 40),
  ('00000000-0000-4000-8001-000000000018', 1, null, 'Chen Zhiqiang', 35),
  ('00000000-0000-4000-8001-000000000018', 2, null, 'Li Junfeng', 25),
  ('00000000-0000-4000-8001-000000000019', 0, '00000000-0000-4000-8000-000000001001', '李明远', 60),
  ('00000000-0000-4000-8001-000000000019', 1, null, 'Martin Keller', 25),
  ('00000000-0000-4000-8001-000000000019', 2, null, '周婷', 15),
  ('00000000-0000-4000-8001-000000000020', 0, '00000000-0000-4000-8000-000000001001', '李明远', 30),
  ('00000000-0000-4000-8001-000000000020', 1, null, '黄晓丽', 30),
  ('00000000-0000-4000-8001-000000000020', 2, null, '李俊峰', 20),
  ('00000000-0000-4000-8001-000000000020', 3, null, '周婷', 20),
  ('00000000-0000-4000-8001-000000000021', 0, '00000000-0000-4000-8000-000000001001', '李明远', 60),
  ('00000000-0000-4000-8001-000000000021', 1, null, '吴佳怡', 40),
  ('00000000-0000-4000-8001-000000000022', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 45),
  ('00000000-0000-4000-8001-000000000022', 1, null, '刘海涛', 35),
  ('00000000-0000-4000-8001-000000000022', 2, null, '陈志强', 20),
  ('00000000-0000-4000-8001-000000000023', 0, '00000000-0000-4000-8000-000000001001', '李明远', 40),
  ('00000000-0000-4000-8001-000000000023', 1, null, '孙浩然', 35),
  ('00000000-0000-4000-8001-000000000023', 2, null, '周婷', 25),
  ('00000000-0000-4000-8001-000000000024', 0, '00000000-0000-4000-8000-000000001001', '李明远', 30),
  ('00000000-0000-4000-8001-000000000024', 1, null, '何宇航', 30),
  ('00000000-0000-4000-8001-000000000024', 2, null, '吴佳怡', 20),
  ('00000000-0000-4000-8001-000000000024', 3, null, '冯雪', 20),
  ('00000000-0000-4000-8001-000000000025', 0, '00000000-0000-4000-8000-000000002006', 'Martin Keller', 33.34),
  ('00000000-0000-4000-8001-000000000025', 1, null, 'Li Mingyuan', 33.33),
  ('00000000-0000-4000-8001-000000000025', 2, null, 'Zhou Ting', 33.33),
  ('00000000-0000-4000-8001-000000000026', 0, '00000000-0000-4000-8000-000000002006', 'Martin Keller', 50),
  ('00000000-0000-4000-8001-000000000026', 1, null, 'Sun Haoran', 30),
  ('00000000-0000-4000-8001-000000000026', 2, null, 'He Yuhang', 20),
  ('00000000-0000-4000-8001-000000000027', 0, '00000000-0000-4000-8000-000000002006', 'Martin Keller', 100),
  ('00000000-0000-4000-8001-000000000028', 0, '00000000-0000-4000-8000-000000002006', 'Martin Keller', 40),
  ('00000000-0000-4000-8001-000000000028', 1, null, 'Feng Xue', 35),
  ('00000000-0000-4000-8001-000000000028', 2, null, 'Huang Xiaoli', 25),
  ('00000000-0000-4000-8001-000000000029', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 60),
  ('00000000-0000-4000-8001-000000000029', 1, null, '周婷', 25),
  ('00000000-0000-4000-8001-000000000029', 2, null, '何宇航', 15),
  ('00000000-0000-4000-8001-000000000030', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 35),
  ('00000000-0000-4000-8001-000000000030', 1, null, '许晨阳', 25),
  ('00000000-0000-4000-8001-000000000030', 2, null, '杨帆', 25),
  ('00000000-0000-4000-8001-000000000030', 3, null, '赵小燕', 15),
  ('00000000-0000-4000-8001-000000000031', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 50),
  ('00000000-0000-4000-8001-000000000031', 1, null, '程远', 30),
  ('00000000-0000-4000-8001-000000000031', 2, null, '何宇航', 20),
  ('00000000-0000-4000-8001-000000000032', 0, '00000000-0000-4000-8000-000000002002', '刘思远', 45),
  ('00000000-0000-4000-8001-000000000032', 1, null, '冯雪', 35),
  ('00000000-0000-4000-8001-000000000032', 2, null, '王博文', 20),
  ('00000000-0000-4000-8001-000000000033', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 40),
  ('00000000-0000-4000-8001-000000000033', 1, null, '李俊峰', 35),
  ('00000000-0000-4000-8001-000000000033', 2, null, '刘海涛', 25),
  ('00000000-0000-4000-8001-000000000034', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 60),
  ('00000000-0000-4000-8001-000000000034', 1, null, 'Zhou Jianhua', 25),
  ('00000000-0000-4000-8001-000000000034', 2, null, 'Yang Fan', 15),
  ('00000000-0000-4000-8001-000000000035', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 50),
  ('00000000-0000-4000-8001-000000000035', 1, null, 'Zhao Xiaoyan', 20),
  ('00000000-0000-4000-8001-000000000035', 2, null, 'Xu Chenyang', 20),
  ('00000000-0000-4000-8001-000000000035', 3, null, 'Chen Yutong', 10),
  ('00000000-0000-4000-8001-000000000036', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 50),
  ('00000000-0000-4000-8001-000000000036', 1, null, 'Feng Xue', 30),
  ('00000000-0000-4000-8001-000000000036', 2, null, 'Wang Bowen', 20),
  ('00000000-0000-4000-8001-000000000037', 0, '00000000-0000-4000-8000-000000002003', '陈雨桐', 45),
  ('00000000-0000-4000-8001-000000000037', 1, null, '周婷', 35),
  ('00000000-0000-4000-8001-000000000037', 2, null, '冯雪', 20),
  ('00000000-0000-4000-8001-000000000038', 0, '00000000-0000-4000-8000-000000002003', '陈雨桐', 40),
  ('00000000-0000-4000-8001-000000000038', 1, null, '黄晓丽', 35),
  ('00000000-0000-4000-8001-000000000038', 2, null, '王博文', 25),
  ('00000000-0000-4000-8001-000000000039', 0, '00000000-0000-4000-8000-000000002003', '陈雨桐', 50),
  ('00000000-0000-4000-8001-000000000039', 1, null, '何宇航', 20),
  ('00000000-0000-4000-8001-000000000039', 2, null, '孙浩然', 20),
  ('00000000-0000-4000-8001-000000000039', 3, null, '吴佳怡', 10),
  ('00000000-0000-4000-8001-000000000040', 0, '00000000-0000-4000-8000-000000002003', '陈雨桐', 50),
  ('00000000-0000-4000-8001-000000000040', 1, null, '周婷', 50),
  ('00000000-0000-4000-8001-000000000041', 0, '00000000-0000-4000-8000-000000002003', '陈雨桐', 50),
  ('00000000-0000-4000-8001-000000000041', 1, null, '冯雪', 30),
  ('00000000-0000-4000-8001-000000000041', 2, null, '杨帆', 20),
  ('00000000-0000-4000-8001-000000000042', 0, '00000000-0000-4000-8000-000000002003', 'Chen Yutong', 45),
  ('00000000-0000-4000-8001-000000000042', 1, null, 'Zhou Ting', 35),
  ('00000000-0000-4000-8001-000000000042', 2, null, 'Feng Xue', 20),
  ('00000000-0000-4000-8001-000000000043', 0, '00000000-0000-4000-8000-000000002003', 'Chen Yutong', 40),
  ('00000000-0000-4000-8001-000000000043', 1, null, 'Wang Bowen', 35),
  ('00000000-0000-4000-8001-000000000043', 2, null, 'Zhou Jianhua', 25),
  ('00000000-0000-4000-8001-000000000044', 0, '00000000-0000-4000-8000-000000002003', 'Chen Yutong', 30),
  ('00000000-0000-4000-8001-000000000044', 1, null, 'He Yuhang', 30),
  ('00000000-0000-4000-8001-000000000044', 2, null, 'Sun Haoran', 20),
  ('00000000-0000-4000-8001-000000000044', 3, null, 'Yang Fan', 20),
  ('00000000-0000-4000-8001-000000000045', 0, '00000000-0000-4000-8000-000000002004', '周建华', 33.34),
  ('00000000-0000-4000-8001-000000000045', 1, null, '陈雨桐', 33.33),
  ('00000000-0000-4000-8001-000000000045', 2, null, '杨帆', 33.33),
  ('00000000-0000-4000-8001-000000000046', 0, '00000000-0000-4000-8000-000000002004', '周建华', 50),
  ('00000000-0000-4000-8001-000000000046', 1, null, '黄晓丽', 30),
  ('00000000-0000-4000-8001-000000000046', 2, null, '王博文', 20),
  ('00000000-0000-4000-8001-000000000047', 0, '00000000-0000-4000-8000-000000002004', '周建华', 50),
  ('00000000-0000-4000-8001-000000000047', 1, null, '陈雨桐', 20),
  ('00000000-0000-4000-8001-000000000047', 2, null, '程远', 20),
  ('00000000-0000-4000-8001-000000000047', 3, null, '周婷', 10),
  ('00000000-0000-4000-8001-000000000048', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 40),
  ('00000000-0000-4000-8001-000000000048', 1, null, '刘海涛', 35),
  ('00000000-0000-4000-8001-000000000048', 2, null, '周建华', 25),
  ('00000000-0000-4000-8001-000000000049', 0, '00000000-0000-4000-8000-000000002004', '周建华', 80),
  ('00000000-0000-4000-8001-000000000049', 1, null, '杨帆', 20),
  ('00000000-0000-4000-8001-000000000050', 0, '00000000-0000-4000-8000-000000002004', '周建华', 33.34),
  ('00000000-0000-4000-8001-000000000050', 1, null, '刘思远', 33.33),
  ('00000000-0000-4000-8001-000000000050', 2, null, '许晨阳', 33.33),
  ('00000000-0000-4000-8001-000000000051', 0, '00000000-0000-4000-8000-000000002004', '周建华', 100),
  ('00000000-0000-4000-8001-000000000052', 0, '00000000-0000-4000-8000-000000002004', 'Zhou Jianhua', 45),
  ('00000000-0000-4000-8001-000000000052', 1, null, 'Huang Xiaoli', 35),
  ('00000000-0000-4000-8001-000000000052', 2, null, 'Cheng Yuan', 20),
  ('00000000-0000-4000-8001-000000000053', 0, '00000000-0000-4000-8000-000000002004', 'Zhou Jianhua', 40),
  ('00000000-0000-4000-8001-000000000053', 1, null, 'Liu Siyuan', 35),
  ('00000000-0000-4000-8001-000000000053', 2, null, 'Yang Fan', 25),
  ('00000000-0000-4000-8001-000000000054', 0, '00000000-0000-4000-8000-000000002005', '何静', 60),
  ('00000000-0000-4000-8001-000000000054', 1, null, '程远', 25),
  ('00000000-0000-4000-8001-000000000054', 2, null, '黄晓丽', 15),
  ('00000000-0000-4000-8001-000000000055', 0, '00000000-0000-4000-8000-000000002005', '何静', 50),
  ('00000000-0000-4000-8001-000000000055', 1, null, '冯雪', 20),
  ('00000000-0000-4000-8001-000000000055', 2, null, '刘海涛', 20),
  ('00000000-0000-4000-8001-000000000055', 3, null, '周建华', 10),
  ('00000000-0000-4000-8001-000000000056', 0, '00000000-0000-4000-8000-000000002005', '何静', 50),
  ('00000000-0000-4000-8001-000000000056', 1, null, '李明远', 30),
  ('00000000-0000-4000-8001-000000000056', 2, null, '孙浩然', 20),
  ('00000000-0000-4000-8001-000000000057', 0, '00000000-0000-4000-8000-000000002005', '何静', 45),
  ('00000000-0000-4000-8001-000000000057', 1, null, '杨帆', 35),
  ('00000000-0000-4000-8001-000000000057', 2, null, '程远', 20),
  ('00000000-0000-4000-8001-000000000058', 0, '00000000-0000-4000-8000-000000001001', '李明远', 100),
  ('00000000-0000-4000-8001-000000000059', 0, '00000000-0000-4000-8000-000000002005', '何静', 60),
  ('00000000-0000-4000-8001-000000000059', 1, null, '程远', 25),
  ('00000000-0000-4000-8001-000000000059', 2, null, '王博文', 15),
  ('00000000-0000-4000-8001-000000000060', 0, '00000000-0000-4000-8000-000000001001', '李明远', 33.34),
  ('00000000-0000-4000-8001-000000000060', 1, null, '何静', 33.33),
  ('00000000-0000-4000-8001-000000000060', 2, null, '许晨阳', 33.33),
  ('00000000-0000-4000-8001-000000000061', 0, '00000000-0000-4000-8000-000000002005', '何静', 50),
  ('00000000-0000-4000-8001-000000000061', 1, null, '周婷', 30),
  ('00000000-0000-4000-8001-000000000061', 2, null, '杨帆', 20),
  ('00000000-0000-4000-8001-000000000062', 0, '00000000-0000-4000-8000-000000002001', 'Zhang Weiguo', 45),
  ('00000000-0000-4000-8001-000000000062', 1, null, 'Li Junfeng', 35),
  ('00000000-0000-4000-8001-000000000062', 2, null, 'Zhou Jianhua', 20),
  ('00000000-0000-4000-8001-000000000063', 0, '00000000-0000-4000-8000-000000002005', 'He Jing', 40),
  ('00000000-0000-4000-8001-000000000063', 1, null, 'Cheng Yuan', 35),
  ('00000000-0000-4000-8001-000000000063', 2, null, 'Feng Xue', 25),
  ('00000000-0000-4000-8001-000000000064', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 80),
  ('00000000-0000-4000-8001-000000000064', 1, null, '陈志强', 20),
  ('00000000-0000-4000-8001-000000000065', 0, '00000000-0000-4000-8000-000000001001', '李明远', 33.34),
  ('00000000-0000-4000-8001-000000000065', 1, null, '周婷', 33.33),
  ('00000000-0000-4000-8001-000000000065', 2, null, '冯雪', 33.33),
  ('00000000-0000-4000-8001-000000000066', 0, '00000000-0000-4000-8000-000000002001', '张卫国', 35),
  ('00000000-0000-4000-8001-000000000066', 1, null, '李俊峰', 25),
  ('00000000-0000-4000-8001-000000000066', 2, null, '刘海涛', 25),
  ('00000000-0000-4000-8001-000000000066', 3, null, '程远', 15),
  ('00000000-0000-4000-8001-000000000067', 0, '00000000-0000-4000-8000-000000002005', '何静', 45),
  ('00000000-0000-4000-8001-000000000067', 1, null, '周建华', 35),
  ('00000000-0000-4000-8001-000000000067', 2, null, '何宇航', 20),
  ('00000000-0000-4000-8001-000000000068', 0, '00000000-0000-4000-8000-000000002001', 'Zhang Weiguo', 40),
  ('00000000-0000-4000-8001-000000000068', 1, null, 'Chen Zhiqiang', 35),
  ('00000000-0000-4000-8001-000000000068', 2, null, 'Liu Haitao', 25),
  ('00000000-0000-4000-8001-000000000069', 0, '00000000-0000-4000-8000-000000002005', '何静', 60),
  ('00000000-0000-4000-8001-000000000069', 1, null, '周建华', 25),
  ('00000000-0000-4000-8001-000000000069', 2, null, '黄晓丽', 15),
  ('00000000-0000-4000-8001-000000000070', 0, '00000000-0000-4000-8000-000000002002', 'Liu Siyuan', 33.34),
  ('00000000-0000-4000-8001-000000000070', 1, null, 'Xu Chenyang', 33.33),
  ('00000000-0000-4000-8001-000000000070', 2, null, 'He Yuhang', 33.33),
  ('00000000-0000-4000-8001-000000000071', 0, '00000000-0000-4000-8000-000000001001', '李明远', 80),
  ('00000000-0000-4000-8001-000000000071', 1, null, '孙浩然', 20);
insert into public.needs (id, company_id, author_id, title, problem, industry, budget_fen, deadline, created_at, updated_at) values
  ('00000000-0000-4000-8002-000000000001', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', '纯电动客车动力电池包快充热管理方案', '我司 12 米纯电动客车电池包（磷酸铁锂，420 kWh）在 2C 快充时温升超过 15℃，电芯温差达 6℃，影响快充时间与电池寿命。需要液冷或相变等热管理方案，把快充温升控制在 8℃ 以内、电芯温差小于 3℃，系统增重不超过 20 kg，并能在 12 个月内完成样件验证。', 'automotive', 80000000, current_date + 75, now() - interval '3 days', now() - interval '3 days'),
  ('00000000-0000-4000-8002-000000000002', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', '研发园区充电桩有序充电与负荷管理系统', '我司两江新区研发园区停车场计划新增 150 个交流充电桩，现有 1250 kVA 变压器无法增容。需要有序充电调度与负荷管理系统，支持 OCPP 协议、分时电价和员工预约充电，并能与园区能源管理平台对接。', 'automotive', 30000000, current_date + 90, now() - interval '16 days', now() - interval '16 days'),
  ('00000000-0000-4000-8002-000000000003', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', 'Heat pump thermal management to recover winter driving range', 'Our compact electric SUV loses about 35% of its range at −7 °C because cabin and battery heating rely on PTC heaters. We are looking for a heat pump thermal management system, or a battery self-heating method, that recovers at least 15% of winter range, fits our existing coolant loop layout and can be validated on a prototype within a year.', 'automotive', 150000000, current_date + 120, now() - interval '29 days', now() - interval '29 days'),
  ('00000000-0000-4000-8002-000000000004', '00000000-0000-4000-8000-000000000200', '00000000-0000-4000-8000-000000002103', '压铸壳体机器人视觉上下料与力控去毛刺', '我司变速箱铝合金压铸壳体需人工从料框取件并打磨毛刺，劳动强度大、节拍不稳定。希望引入三维视觉引导的机器人无序抓取和力控打磨工作站，抓取成功率 99% 以上，单件节拍 60 秒以内，可兼容 5 种以上壳体型号。', 'smart_manufacturing', 120000000, current_date + 100, now() - interval '42 days', now() - interval '42 days'),
  ('00000000-0000-4000-8002-000000000005', '00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000002101', '城镇污水处理厂曝气系统节能降碳改造', '我司运营的 3 座城镇污水处理厂（合计日处理 18 万吨）曝气电耗占全厂电耗的 55%，溶解氧波动大，出水氨氮偶有超标风险。希望采用精确曝气控制技术，吨水电耗降低 15% 以上，出水稳定达到一级 A 标准，可先在一座厂试点。', 'energy_environment', 120000000, current_date + 60, now() - interval '15 days', now() - interval '15 days'),
  ('00000000-0000-4000-8002-000000000006', '00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000002101', '化工园区难降解废水深度处理技术', '园区污水处理厂接纳制药和精细化工废水，生化出水 COD 约 150 mg/L，需要稳定降至 50 mg/L 以下。寻求电催化氧化等高级氧化深度水处理技术，吨水处理成本不高于 3 元，且不产生危废污泥。', 'energy_environment', 200000000, current_date + 180, now() - interval '28 days', now() - interval '28 days'),
  ('00000000-0000-4000-8002-000000000007', '00000000-0000-4000-8000-000000000204', '00000000-0000-4000-8000-000000002102', '柑橘黄龙病田间快速检测与木虱监测', '我司在奉节、云阳管理 1.2 万亩柑橘基地，黄龙病防控依赖送样检测，周期长达一周。需要能在果园现场 1 小时内出结果的黄龙病快速检测方案（单次成本低于 20 元），以及柑橘木虱虫口的自动监测设备。', 'modern_agriculture', 40000000, current_date + 200, now() - interval '41 days', now() - interval '41 days'),
  ('00000000-0000-4000-8002-000000000008', '00000000-0000-4000-8000-000000000204', '00000000-0000-4000-8000-000000002102', '榨菜低盐腌制工艺升级与腌制废水处理', '我司年加工榨菜头 3 万吨，产品含盐量约 10%，难以满足消费者减盐需求，高盐腌制废水处理压力也很大。寻求低盐腌制与脱盐工艺，使成品含盐量降至 6% 以下并保持脆度，同时希望配套腌制废水的盐分回收方案。', 'modern_agriculture', 60000000, current_date + 130, now() - interval '14 days', now() - interval '14 days');
-- END generated listings

-- Needs past their life (issue #24): one the company closed after finding a partner, one whose
-- deadline passed. Neither is public or matched; the company sees both under 本单位的需求.
insert into public.needs (id, company_id, author_id, title, problem, industry, budget_fen, deadline, open, created_at, updated_at) values
  ('00000000-0000-4000-8002-000000000101', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', '电池包壳体轻量化铝合金材料', '我司电池包下壳体现用钢制冲压件，重 38 kg。寻求高强铝合金挤压或压铸方案，减重 30% 以上并满足挤压、底部球击和 IP67 密封要求。已与高校达成合作，本需求关闭。', 'new_materials', 50000000, current_date + 40, false, now() - interval '60 days', now() - interval '5 days'),
  ('00000000-0000-4000-8002-000000000102', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', '车载毫米波雷达低温标定方法', '我司 77 GHz 角雷达在 −30 ℃ 下的测角误差超过 1.5°，需要低温环境下的快速标定方法与产线标定设备方案，单台标定时间不超过 90 秒。', 'automotive', 20000000, current_date - 10, true, now() - interval '70 days', now() - interval '70 days');

-- Proposals answering needs (issue #24): one submitted, one shortlisted, one declined with its
-- reason, so the company's need pages, the researchers' 我的方案 and the notifications show each
-- state. Need 0001 is left unanswered by 李明远 for the end-to-end test to answer.
insert into public.need_proposals (id, need_id, researcher_id, institution_id, submitted_by, creation_key, approach, team, timeline,
                                   status, decline_reason, created_at, updated_at, file_key, file_name) values
  ('00000000-0000-4000-8040-000000000001', '00000000-0000-4000-8002-000000000003', '00000000-0000-4000-8000-000000001001',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8040-000000000101',
   'Pre-heat the pack by pulse self-heating (AC excitation of the cells) instead of PTC heaters, and recover cabin heat with the heat pump''s waste-heat loop. In our bench tests the pack reached 10 °C from −20 °C in 8 minutes using 40% less energy than PTC heating.',
   'Prof. Li Mingyuan (battery thermal management), two doctoral students, and the college''s battery test centre (climatic chambers down to −40 °C).',
   'Month 1–2: model of your pack and heat pump. Month 3–5: prototype controller on one pack. Month 6: winter road test.',
   'submitted', null, now() - interval '3 days', now() - interval '3 days', null, null),
  ('00000000-0000-4000-8040-000000000002', '00000000-0000-4000-8002-000000000002', '00000000-0000-4000-8000-000000002002',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000002002', '00000000-0000-4000-8040-000000000102',
   '采用我们在老旧小区验证过的有序充电平台：按变压器实时负载分配 150 个交流桩的充电功率，夜间谷段优先，保证 1250 kVA 变压器不过载；支持按车辆离场时间排队，员工通过小程序预约。',
   '刘思远副教授团队（电力系统负荷调度），2 名工程师负责现场部署，合作供电公司提供配变数据接口。',
   '第 1 个月：现场勘察与负荷建模；第 2–3 个月：平台部署与 30 个桩试点；第 4 个月：全部 150 个桩上线。',
   'shortlisted', null, now() - interval '9 days', now() - interval '5 days', 'demo/orderly-charging-proposal.pdf', '园区有序充电方案.pdf'),
  ('00000000-0000-4000-8040-000000000003', '00000000-0000-4000-8002-000000000002', '00000000-0000-4000-8000-000000001001',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8040-000000000103',
   '用动力电池健康状态在线估计，为充电桩排队提供每辆车的可充功率上限，避免老旧电池大功率充电。',
   '李明远教授课题组。',
   '3 个月完成算法接入。',
   'declined', '我们的需求是园区配变负荷管理，电池健康估计与此关系不大，本次不采纳。', now() - interval '8 days', now() - interval '4 days', null, null);
insert into public.need_proposal_listings (proposal_id, listing_id, position) values
  ('00000000-0000-4000-8040-000000000001', '00000000-0000-4000-8001-000000000008', 0),
  ('00000000-0000-4000-8040-000000000001', '00000000-0000-4000-8001-000000000001', 1),
  ('00000000-0000-4000-8040-000000000002', '00000000-0000-4000-8001-000000000004', 0),
  ('00000000-0000-4000-8040-000000000003', '00000000-0000-4000-8001-000000000002', 0);
insert into public.notifications (user_id, kind, need_proposal_id, message, read_at, created_at) values
  ('00000000-0000-4000-8000-000000001002', 'proposal_received', '00000000-0000-4000-8040-000000000001', null, null, now() - interval '3 days'),
  ('00000000-0000-4000-8000-000000001002', 'proposal_received', '00000000-0000-4000-8040-000000000002', null, now() - interval '5 days', now() - interval '9 days'),
  ('00000000-0000-4000-8000-000000001002', 'proposal_received', '00000000-0000-4000-8040-000000000003', null, now() - interval '4 days', now() - interval '8 days'),
  ('00000000-0000-4000-8000-000000002002', 'proposal_shortlisted', '00000000-0000-4000-8040-000000000002', null, null, now() - interval '5 days'),
  ('00000000-0000-4000-8000-000000001001', 'proposal_declined', '00000000-0000-4000-8040-000000000003',
   '我们的需求是园区配变负荷管理，电池健康估计与此关系不大，本次不采纳。', null, now() - interval '4 days');

-- Unified social credit codes of the verified organisations (made up, with correct check
-- characters); 渝新材料 is not verified yet, so an admin has its code still to check.
update public.organizations o set credit_code = v.code
from (values
  ('00000000-0000-4000-8000-000000000100'::uuid, '125000004504001984'),
  ('00000000-0000-4000-8000-000000000200'::uuid, '91500000MA5U3X123N'),
  ('00000000-0000-4000-8000-000000000201'::uuid, '91500112MA60B3PX70'),
  ('00000000-0000-4000-8000-000000000203'::uuid, '91500105MA5UJ2LN85'),
  ('00000000-0000-4000-8000-000000000204'::uuid, '91500236MA61C8UT4N'),
  ('00000000-0000-4000-8000-000000000300'::uuid, '12500109MB15631747')
) as v(id, code)
where o.id = v.id;

-- The university's reward policy (Art. 45; issue #20), published by the officer: version 1 at the
-- statutory floors, version 2 (in force now) above them, so /reward-policy shows a history. As the
-- seed (not a signed-in user) the versions may take effect in the past.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.reward_policies (institution_id, version, effective_on, transfer_inventors, transfer_college,
  transfer_university, transfer_office, equity_inventors, equity_college, equity_university, equity_office,
  own_inventors, own_college, own_university, own_office, note, submission_key) values
  ('00000000-0000-4000-8000-000000000100', 1, '2024-01-01', 50, 15, 25, 10, 50, 15, 25, 10, 5, 15, 70, 10,
   '按法定下限执行，待学校成果转化管理办法修订。', '00000000-0000-4000-8008-000000000001');
insert into public.reward_policies (institution_id, version, effective_on, transfer_inventors, transfer_college,
  transfer_university, transfer_office, equity_inventors, equity_college, equity_university, equity_office,
  own_inventors, own_college, own_university, own_office, note, submission_key) values
  ('00000000-0000-4000-8000-000000000100', 2, '2026-01-01', 70, 10, 10, 10, 70, 10, 15, 5, 10, 15, 65, 10,
   '校长办公会通过：提高成果完成人奖励比例。', '00000000-0000-4000-8008-000000000002');
select set_config('request.jwt.claims', '', true);

-- A draft the demo researcher left half-typed: the columns hold only what was valid when it was
-- saved, draft_input holds everything as typed, including a patent number with a wrong check
-- character (…218.4 is right). Opening it shows the typed values; submitting shows what is wrong.
insert into public.listings (id, owner_id, institution_id, college_id, status, title, pitch, summary, advantages,
  applications, industry, draft_input, draft_revision, created_at, updated_at) values
  ('00000000-0000-4000-8001-000000000072', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100',
   '00000000-0000-4000-8000-000000000101', 'draft', '竹基硬碳钠离子电池负极材料', '以竹屑为前驱体，首次库伦效率 90%',
   '以重庆本地竹加工废料为前驱体，经预氧化与高温碳化制备硬碳负极。',
   array['首次库伦效率 90%', '材料成本比进口硬碳低 40%']::text[], '', 'new_materials',
   $draft${"title": "竹基硬碳钠离子电池负极材料", "pitch": "以竹屑为前驱体，首次库伦效率 90%",
     "summary": "以重庆本地竹加工废料为前驱体，经预氧化与高温碳化制备硬碳负极。",
     "advantages": "首次库伦效率 90%\n材料成本比进口硬碳低 40%", "applications": "", "industry": "new_materials",
     "ipcCodes": "", "trl": "", "cooperationModes": [], "negotiable": false, "askingPrice": "",
     "inventors": [{"name": "李明远", "share": "100", "email": ""}],
     "patents": [{"number": "CN202410356218.5", "type": "invention", "legalStatus": "pending",
       "title": "一种竹基硬碳负极材料的制备方法", "filedOn": "2024-03-22", "grantedOn": ""}]}$draft$::jsonb,
   3, now() - interval '2 days', now() - interval '1 day');
insert into public.listing_inventors (listing_id, position, profile_id, name, share) values
  ('00000000-0000-4000-8001-000000000072', 0, '00000000-0000-4000-8000-000000001001', '李明远', 100);

-- Demo licensing interest and deals, written as the people who would write them (the triggers
-- check who acts through auth.uid()), so the pipeline is not empty on a fresh start.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
  budget_min_fen, budget_max_fen, timeline, message) values
  ('00000000-0000-4000-8003-000000000001', '00000000-0000-4000-8001-000000000002', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000001', 'exclusive_license', '乘用车电池管理系统', '中国大陆',
   50000000, 150000000, 'within_6_months', '我们的 BMS 团队希望评估该方法在量产车型上的适配性，期望独占许可。'),
  ('00000000-0000-4000-8003-000000000002', '00000000-0000-4000-8001-000000000010', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000002', 'non_exclusive_license', 'Wireless charging pads for fleets', 'Chongqing',
   20000000, 60000000, 'within_3_months', 'Interested in a pilot with our depot chargers first.'),
  ('00000000-0000-4000-8003-000000000003', '00000000-0000-4000-8001-000000000015', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000003', 'joint_development', '电驱产线', '',
   null, null, 'within_12_months', '想了解是否可以联合开发。'),
  ('00000000-0000-4000-8003-000000000004', '00000000-0000-4000-8001-000000000006', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000004', 'non_exclusive_license', '城市隧道自动驾驶接驳车', '重庆市',
   300000, 800000, 'within_3_months', '我们在两江新区运营无人接驳线路，隧道段定位漂移是主要问题，希望尽快获得非独占许可。');
-- The third stays open: its listing shows "意向已发送", and the company added a message to it.
insert into public.interest_messages (interest_id, author_id, idempotency_key, body) values
  ('00000000-0000-4000-8003-000000000003', '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-300000000001',
   '补充一下：我们的电驱产线明年一季度改造，希望在此之前确定合作方式。');

-- Seed helpers, gone when the seeding session ends. A deal moves one stage at a time, as the stage
-- trigger requires, under the claims already set (an officer's): advance_deal steps it up to
-- `target`. A notice that ran in the past is moved back with its deal: the frozen-notice guard would
-- refuse this, as it should for anyone else, so it is off for this update only.
create function pg_temp.advance_deal(deal uuid, target public.deal_stage) returns void
language plpgsql as $$
declare
  stages public.deal_stage[] := enum_range(null::public.deal_stage);
  current public.deal_stage;
begin
  loop
    select stage into current from public.deals where id = deal;
    exit when current >= target;
    update public.deals set stage = stages[array_position(stages, current) + 1] where id = deal;
  end loop;
end
$$;
create function pg_temp.backdate_notice(deal uuid, days integer) returns void
language plpgsql as $$
begin
  alter table public.public_notices disable trigger public_notices_frozen;
  update public.public_notices set starts_at = starts_at - make_interval(days => days), ends_at = ends_at - make_interval(days => days)
    where deal_id = deal;
  alter table public.public_notices enable trigger public_notices_frozen;
  update public.deals set notice_ends_at = notice_ends_at - make_interval(days => days) where id = deal;
end
$$;

-- A demo distribution approved `days` ago, as it would have been before its payout: the approval
-- functions stamp now(). The receipt's mark may be set by the owner; its lines are append-only.
create function pg_temp.backdate_approval(receipt uuid, days integer) returns void
language plpgsql as $$
begin
  update public.receipts set distribution_approved_at = now() - make_interval(days => days) where id = receipt;
  alter table public.distribution_lines disable trigger distribution_lines_append_only;
  update public.distribution_lines set created_at = now() - make_interval(days => days) where receipt_id = receipt;
  alter table public.distribution_lines enable trigger distribution_lines_append_only;
end
$$;

select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-8004-000000000001', '00000000-0000-4000-8003-000000000001', '00000000-0000-4000-8000-000000001003'),
  ('00000000-0000-4000-8004-000000000002', '00000000-0000-4000-8003-000000000002', '00000000-0000-4000-8000-000000001003'),
  ('00000000-0000-4000-8004-000000000003', '00000000-0000-4000-8003-000000000004', '00000000-0000-4000-8000-000000001003');
-- One deal in its public notice, so the deal room's countdown shows on a fresh start: one step
-- at a time, as the stage trigger requires; entering public_notice starts the 15 days.
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000003', 'negotiation');
update public.deals set mode = 'non_exclusive_license', term_months = 36, upfront_fee_fen = 30000000, royalty_percent = 2
  where id = '00000000-0000-4000-8004-000000000003';
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000003', 'public_notice');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000001', 'nda');
update public.deals set stage = 'evaluation', next_action = '安排样品测试', next_action_on = current_date - 2,
  mode = 'exclusive_license', term_months = 60, upfront_fee_fen = 80000000, royalty_percent = 3
  where id = '00000000-0000-4000-8004-000000000001';
update public.deals set next_action = 'Send the NDA draft', next_action_on = current_date + 5
  where id = '00000000-0000-4000-8004-000000000002';
insert into public.deal_messages (deal_id, author_id, idempotency_key, body) values
  ('00000000-0000-4000-8004-000000000001', '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-200000000001',
   '保密协议已签回，附件是我们的测试方案，请李老师看看。'),
  ('00000000-0000-4000-8004-000000000001', '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8003-200000000002',
   '方案可行，建议先用 20 组电池的老化数据验证。');
select set_config('request.jwt.claims', '', true);

-- Public notices (公示): the deal above in public_notice runs its notice now (created by the stage
-- trigger from its terms). A second deal's notice ran 15 days three weeks ago and passed, after an
-- objection the office dismissed, so /notices shows one of each on a fresh start.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
  budget_min_fen, budget_max_fen, timeline, message) values
  ('00000000-0000-4000-8003-000000000010', '00000000-0000-4000-8001-000000000005', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000010', 'exclusive_license', '乘用车底盘结构件', '中国大陆',
   100000000, 250000000, 'within_3_months', '我们的新平台副车架需要这项低压铸造工艺，希望独占许可。');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-8004-000000000010', '00000000-0000-4000-8003-000000000010', '00000000-0000-4000-8000-000000001003');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000010', 'negotiation');
update public.deals set term_months = 60, upfront_fee_fen = 180000000, royalty_percent = 2.5 where id = '00000000-0000-4000-8004-000000000010';
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000010', 'public_notice');
select set_config('request.jwt.claims', '', true);
insert into public.notice_objections (id, notice_id, name, contact, grounds, address_hash)
select '00000000-0000-4000-8006-000000000001', n.id, '王建华', 'wangjh@example.cn',
  '该工艺中的模具分区温控装置与本人 2018 年参与的横向课题成果相近，请核实权属后再行转让。', 'seed'
from public.public_notices n where n.deal_id = '00000000-0000-4000-8004-000000000010';
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
update public.notice_objections set status = 'dismissed',
  resolution = '经核查，该横向课题合同约定成果归委托企业所有，与本项专利无关；两项专利均由学校单独申请并授权，权属清楚。'
where notice_id in (select id from public.public_notices where deal_id = '00000000-0000-4000-8004-000000000010');
select set_config('request.jwt.claims', '', true);
-- Three weeks ago: the notice, its objection and the deal's end date move back together. The
-- resolved-objection guard would refuse this, as it should for anyone else.
select pg_temp.backdate_notice('00000000-0000-4000-8004-000000000010', 21);
alter table public.notice_objections disable trigger notice_objections_guard_update;
update public.notice_objections set created_at = created_at - interval '19 days', resolved_at = resolved_at - interval '17 days'
  where notice_id in (select id from public.public_notices where deal_id = '00000000-0000-4000-8004-000000000010');
alter table public.notice_objections enable trigger notice_objections_guard_update;
-- The officers heard of the objection when it came, and have read it since.
update public.notifications set created_at = created_at - interval '19 days', read_at = now() - interval '18 days'
  where kind = 'objection_received' and deal_id = '00000000-0000-4000-8004-000000000010';

-- Closing (issue #19): the university's standard NDA terms; the demo company has accepted them in
-- the deal in evaluation; the deal on the wireless-charging listing waits at the NDA stage, whose
-- listing holds a confidential test report the company cannot open yet. A signed non-exclusive
-- licence with its filings (the technical contract registration done, the CNIPA recordal overdue),
-- and the exclusive licence whose notice passed above, closed won, so its listing shows as licensed
-- and leaves search. The notices ran before today: the period is moved back instead of waiting 15
-- days at seed time.
-- Files named here (`demo/…` keys) are written by the seeding code after this script, through the
-- storage the server uses (src/lib/server/db/seed-files.ts); their sizes are set from the bytes.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.nda_terms (id, institution_id, body_zh, body_en) values ('00000000-0000-4000-8007-000000000001',
  '00000000-0000-4000-8000-000000000100',
  $nda$一、保密信息：高校在本交易中披露的技术资料、实验数据、专利申请文件及保密附件。
二、企业仅为评估与洽谈本项技术合作使用保密信息，不得向第三方披露，不得反向工程。
三、保密期限自接受之日起三年；已公开或企业独立开发的信息除外。
四、交易终止后，企业应在 30 日内删除或返还保密信息。$nda$,
  $nda$1. Confidential information: technical material, test data, patent filings and confidential attachments the university discloses in this deal.
2. The company uses it only to evaluate and negotiate this cooperation, discloses it to no third party and does not reverse-engineer it.
3. Confidentiality lasts three years from acceptance; information that is public or independently developed is excluded.
4. When the deal ends, the company deletes or returns the information within 30 days.$nda$);
insert into public.listing_attachments (id, listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential) values
  ('00000000-0000-4000-8005-000000000001', '00000000-0000-4000-8001-000000000010', 'document', '线圈对准样机测试报告（保密）.pdf',
   'application/pdf', 482133, 'demo/coil-alignment-test-report.pdf', true),
  ('00000000-0000-4000-8005-000000000002', '00000000-0000-4000-8001-000000000001', 'image', '液冷板与相变层结构示意图.png',
   'image/png', 5210, 'demo/battery-cooling-diagram.png', false);
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000002', 'nda');

select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.deal_ndas (deal_id, kind, terms_id)
  select '00000000-0000-4000-8004-000000000001', 'accepted', t.id from public.nda_terms t
  where t.institution_id = '00000000-0000-4000-8000-000000000100' and t.version = 1;
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
  budget_min_fen, budget_max_fen, timeline, message) values
  ('00000000-0000-4000-8003-000000000005', '00000000-0000-4000-8001-000000000007', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000005', 'non_exclusive_license', '混合动力乘用车', '中国大陆',
   40000000, 90000000, 'within_3_months', '希望获得非独占许可，用于明年的混动车型。');

select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-8004-000000000004', '00000000-0000-4000-8003-000000000005', '00000000-0000-4000-8000-000000001003');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000004', 'negotiation');
update public.deals set mode = 'non_exclusive_license', term_months = 60, upfront_fee_fen = 60000000, royalty_percent = 2.5
  where id = '00000000-0000-4000-8004-000000000004';
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000004', 'public_notice');
select set_config('request.jwt.claims', '', true);
-- Its notice ran four months ago.
select pg_temp.backdate_notice('00000000-0000-4000-8004-000000000004', 120);
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
update public.deals set stage = 'signed', effective_on = current_date - 95 where id = '00000000-0000-4000-8004-000000000004';
update public.deals set stage = 'signed', effective_on = current_date - 5 where id = '00000000-0000-4000-8004-000000000010';
insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key) values
  ('00000000-0000-4000-8006-000000000001', '00000000-0000-4000-8004-000000000004', '00000000-0000-4000-8000-000000001003',
   '技术合同登记证明.pdf', 'application/pdf', 210344, 'demo/technical-contract-registration.pdf'),
  ('00000000-0000-4000-8006-000000000002', '00000000-0000-4000-8004-000000000010', '00000000-0000-4000-8000-000000001003',
   '专利实施许可合同备案通知书.pdf', 'application/pdf', 188027, 'demo/licence-recordal-notice.pdf');
update public.deal_filings set status = 'done', filing_number = '2026500102000318', filed_on = current_date - 80,
  evidence_document_id = '00000000-0000-4000-8006-000000000001'
  where deal_id = '00000000-0000-4000-8004-000000000004' and kind = 'technical_contract_registration';
update public.deal_filings set status = 'done', filing_number = '2026500000123', filed_on = current_date - 2,
  evidence_document_id = '00000000-0000-4000-8006-000000000002'
  where deal_id = '00000000-0000-4000-8004-000000000010' and kind = 'licence_recordal';
update public.deal_filings set status = 'waived', waive_reason = '企业放弃申请技术合同税收优惠，不办理认定登记。'
  where deal_id = '00000000-0000-4000-8004-000000000010' and kind = 'technical_contract_registration';
update public.deals set stage = 'closed_won', close_reason = '合同已生效，备案办结。' where id = '00000000-0000-4000-8004-000000000010';
select set_config('request.jwt.claims', '', true);

-- An assignment (转让) closed won: the motorcycle-engine assembly line went to Liangjiang Smart
-- Manufacturing, so its listing is transferred (已转让), off search, on /listings/licensed.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002103"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
  budget_min_fen, budget_max_fen, timeline, message) values
  ('00000000-0000-4000-8003-000000000011', '00000000-0000-4000-8001-000000000013', '00000000-0000-4000-8000-000000000200',
   '00000000-0000-4000-8000-000000002103', '00000000-0000-4000-8003-100000000011', 'assignment', '摩托车与通用汽油机装配', '全球',
   120000000, 160000000, 'within_3_months', '我们计划把这套混线装配系统做成产品对外销售，希望受让专利权。');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-8004-000000000011', '00000000-0000-4000-8003-000000000011', '00000000-0000-4000-8000-000000001003');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000011', 'negotiation');
update public.deals set mode = 'assignment', territory = '全球', upfront_fee_fen = 150000000 where id = '00000000-0000-4000-8004-000000000011';
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000011', 'public_notice');
select set_config('request.jwt.claims', '', true);
select pg_temp.backdate_notice('00000000-0000-4000-8004-000000000011', 70);
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
update public.deals set stage = 'signed', effective_on = current_date - 50 where id = '00000000-0000-4000-8004-000000000011';
insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key) values
  ('00000000-0000-4000-8006-000000000003', '00000000-0000-4000-8004-000000000011', '00000000-0000-4000-8000-000000001003',
   '专利权转让手续合格通知书.pdf', 'application/pdf', 150000, 'demo/assignment-registration-notice.pdf'),
  ('00000000-0000-4000-8006-000000000004', '00000000-0000-4000-8004-000000000011', '00000000-0000-4000-8000-000000001003',
   '技术合同认定登记证明（转让）.pdf', 'application/pdf', 150000, 'demo/assignment-contract-registration.pdf');
update public.deal_filings set status = 'done', filing_number = '2026100812345', filed_on = current_date - 31,
  evidence_document_id = '00000000-0000-4000-8006-000000000003'
  where deal_id = '00000000-0000-4000-8004-000000000011' and kind = 'assignment_registration';
update public.deal_filings set status = 'done', filing_number = '2026500102000402', filed_on = current_date - 40,
  evidence_document_id = '00000000-0000-4000-8006-000000000004'
  where deal_id = '00000000-0000-4000-8004-000000000011' and kind = 'technical_contract_registration';
update public.deals set stage = 'closed_won', close_reason = '转让登记已公告，专利权人变更为受让方。' where id = '00000000-0000-4000-8004-000000000011';
select set_config('request.jwt.claims', '', true);
-- Income (issue #20): an exclusive licence of the demo researcher's fast-charging thermal
-- management system (inventors 李明远, the demo researcher, 50 %, and 孙浩然 30 % and 吴佳怡 20 %,
-- who have no account) to Shancheng New Energy, signed ten months ago. Its schedule was generated
-- at signing from the terms and milestones below; the company reported two quarters (the second
-- with a royalty that differs from the database's), the office received the upfront fee, itemised
-- its deductions, approved the distribution by policy version 2 and paid the demo researcher's
-- share; the first quarter's royalty came in since and waits for approval. The first milestone and
-- the second quarter are outstanding, and the third quarter has ended unreported (the company's
-- report to file), so "My rewards", the deal's Income tab and the overdue notices all have
-- something on a fresh start.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.interests (id, listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
  budget_min_fen, budget_max_fen, timeline, message) values
  ('00000000-0000-4000-8003-000000000012', '00000000-0000-4000-8001-000000000001', '00000000-0000-4000-8000-000000000201',
   '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8003-100000000012', 'exclusive_license', '商用车与乘用车电池包', '中国大陆',
   40000000, 80000000, 'within_3_months', '我们的新一代电池包平台需要快充热管理方案，希望独占许可并按销售额提成。');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.deals (id, interest_id, officer_id) values
  ('00000000-0000-4000-8004-000000000012', '00000000-0000-4000-8003-000000000012', '00000000-0000-4000-8000-000000001003');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000012', 'negotiation');
update public.deals set mode = 'exclusive_license', field_of_use = '商用车与乘用车电池包', territory = '中国大陆', term_months = 60,
  upfront_fee_fen = 50000000, royalty_percent = 3, royalty_base = 'net_sales', royalty_period = 'quarter',
  minimum_annual_royalty_fen = 20000000, milestones = '样机验收与量产节点付款，详见里程碑。'
  where id = '00000000-0000-4000-8004-000000000012';
insert into public.deal_milestones (deal_id, position, description, amount_fen, due_on, due_trigger) values
  ('00000000-0000-4000-8004-000000000012', 0, '样机通过整车厂 B 样验收', 30000000, current_date - 120, null),
  ('00000000-0000-4000-8004-000000000012', 1, '首款搭载车型量产（SOP）', 50000000, null, '首款搭载车型 SOP 后 30 日内');
select pg_temp.advance_deal('00000000-0000-4000-8004-000000000012', 'public_notice');
select set_config('request.jwt.claims', '', true);
select pg_temp.backdate_notice('00000000-0000-4000-8004-000000000012', 340);
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
-- Three hundred days: three quarters have ended (whatever today is), the fourth and the first
-- contract year have not.
update public.deals set stage = 'signed', effective_on = current_date - 300 where id = '00000000-0000-4000-8004-000000000012';
-- Signed when it took effect (the trigger stamps today, as it should for anyone else).
update public.deals set signed_on = current_date - 300 where id = '00000000-0000-4000-8004-000000000012';
insert into public.deal_documents (id, deal_id, uploaded_by, file_name, content_type, size_bytes, storage_key) values
  ('00000000-0000-4000-8006-000000000005', '00000000-0000-4000-8004-000000000012', '00000000-0000-4000-8000-000000001003',
   '入门费到账回单.pdf', 'application/pdf', 150000, 'demo/upfront-fee-bank-slip.pdf'),
  ('00000000-0000-4000-8006-000000000006', '00000000-0000-4000-8004-000000000012', '00000000-0000-4000-8000-000000001003',
   '专利实施许可合同备案通知书（快充热管理）.pdf', 'application/pdf', 150000, 'demo/income-licence-recordal.pdf'),
  ('00000000-0000-4000-8006-000000000007', '00000000-0000-4000-8004-000000000012', '00000000-0000-4000-8000-000000001003',
   '技术合同认定登记证明（快充热管理）.pdf', 'application/pdf', 150000, 'demo/income-contract-registration.pdf');
-- Its filings were done in time.
update public.deal_filings set status = 'done', filing_number = '2026500000187', filed_on = current_date - 230,
  evidence_document_id = '00000000-0000-4000-8006-000000000006'
  where deal_id = '00000000-0000-4000-8004-000000000012' and kind = 'licence_recordal';
update public.deal_filings set status = 'done', filing_number = '2026500102000512', filed_on = current_date - 250,
  evidence_document_id = '00000000-0000-4000-8006-000000000007'
  where deal_id = '00000000-0000-4000-8004-000000000012' and kind = 'technical_contract_registration';
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001002"}', true);
insert into public.royalty_reports (deal_id, schedule_line_id, sales_fen, stated_royalty_fen, idempotency_key)
select l.deal_id, l.id, v.sales, v.stated, v.key::uuid
from (values (0, 1268000000, 38040000, '00000000-0000-4000-8009-000000000101'),
             (1, 2045630000, 61360000, '00000000-0000-4000-8009-000000000102')) as v (n, sales, stated, key)
join lateral (select * from public.payment_schedule_lines x
              where x.deal_id = '00000000-0000-4000-8004-000000000012' and x.kind = 'royalty'
              order by x.position offset v.n limit 1) l on true;
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference, document_id, idempotency_key)
select '00000000-0000-4000-8009-000000000001', l.deal_id, l.id, 50000000, current_date - 235, 'ICBC 3100 2026 0417 0088',
  '00000000-0000-4000-8006-000000000005', '00000000-0000-4000-8009-000000000201'
from public.payment_schedule_lines l where l.deal_id = '00000000-0000-4000-8004-000000000012' and l.kind = 'upfront';
insert into public.receipt_deductions (receipt_id, kind, amount_fen, note, idempotency_key) values
  ('00000000-0000-4000-8009-000000000001', 'patent_fees', 1260000, '三件专利本年度年费', '00000000-0000-4000-8009-000000000301'),
  ('00000000-0000-4000-8009-000000000001', 'agency_fees', 1500000, '技术经纪服务费', '00000000-0000-4000-8009-000000000302');
select app.approve_distribution('00000000-0000-4000-8009-000000000001', '00000000-0000-4000-8009-000000000401');
-- The first quarter's royalty came in later: its distribution waits for the office's approval.
insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
select '00000000-0000-4000-8009-000000000002', l.deal_id, l.id, 38040000, current_date - 40, 'ICBC 3100 2026 1027 0131',
  '00000000-0000-4000-8009-000000000202'
from public.payment_schedule_lines l where l.deal_id = '00000000-0000-4000-8004-000000000012' and l.kind = 'royalty'
order by l.position limit 1;
insert into public.distribution_payouts (distribution_line_id, paid_on, reference)
select x.id, current_date - 200, '2026 年第二批成果转化奖励发放'
from public.distribution_lines x
where x.receipt_id = '00000000-0000-4000-8009-000000000001' and x.profile_id = '00000000-0000-4000-8000-000000001001';
select set_config('request.jwt.claims', '', true);
select pg_temp.backdate_approval('00000000-0000-4000-8009-000000000001', 232);

-- ---------------------------------------------------------------------------------------------
-- Income report demo (issue #20, reports): money received on two more signed deals, so the
-- officer's report at /income has several deals, colleges and industries and the statements list
-- inventors with and without accounts. Written as the demo officer, through the same triggers and
-- functions the deal room uses (receipts, deductions, approval, payouts).
-- ---------------------------------------------------------------------------------------------
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
-- The non-exclusive engine licence: its upfront fee of ¥600,000 came in two transfers; the office
-- itemised the patent annuities and the agency's fee, approved both, and paid 张卫国 the first.
insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
  select '00000000-0000-4000-800a-000000000101'::uuid, l.deal_id, l.id, 40000000, current_date - 62, 'ICBC 2026-0401-7731',
         '00000000-0000-4000-800a-100000000101'::uuid
  from public.payment_schedule_lines l where l.deal_id = '00000000-0000-4000-8004-000000000004' and l.kind = 'upfront';
insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
  select '00000000-0000-4000-800a-000000000102'::uuid, l.deal_id, l.id, 20000000, current_date - 41, 'ICBC 2026-0401-8120',
         '00000000-0000-4000-800a-100000000102'::uuid
  from public.payment_schedule_lines l where l.deal_id = '00000000-0000-4000-8004-000000000004' and l.kind = 'upfront';
insert into public.receipt_deductions (receipt_id, kind, amount_fen, note, idempotency_key) values
  ('00000000-0000-4000-800a-000000000101', 'patent_fees', 1260000, '两件发明专利年费', '00000000-0000-4000-800a-200000000101'),
  ('00000000-0000-4000-800a-000000000101', 'agency_fees', 800000, '技术经纪佣金', '00000000-0000-4000-800a-200000000102');
select app.approve_distribution('00000000-0000-4000-800a-000000000101', '00000000-0000-4000-800a-300000000101');
select app.approve_distribution('00000000-0000-4000-800a-000000000102', '00000000-0000-4000-800a-300000000102');
insert into public.distribution_payouts (distribution_line_id, paid_on, reference)
  select x.id, current_date - 30, '成果转化奖励第三批发放' from public.distribution_lines x
  where x.receipt_id = '00000000-0000-4000-800a-000000000101' and x.recipient = 'inventor' and x.inventor_position = 0;
-- The motorcycle-engine assembly line's assignment: ¥1,500,000, the tax withheld itemised, approved,
-- not paid out yet.
insert into public.receipts (id, deal_id, schedule_line_id, amount_fen, received_on, bank_reference, idempotency_key)
  select '00000000-0000-4000-800a-000000000103'::uuid, l.deal_id, l.id, 150000000, current_date - 15, 'CCB 5001-2026-0093',
         '00000000-0000-4000-800a-100000000103'::uuid
  from public.payment_schedule_lines l where l.deal_id = '00000000-0000-4000-8004-000000000011' and l.kind = 'upfront';
insert into public.receipt_deductions (receipt_id, kind, amount_fen, note, idempotency_key) values
  ('00000000-0000-4000-800a-000000000103', 'taxes', 4500000, '技术转让增值税及附加', '00000000-0000-4000-800a-200000000103');
select app.approve_distribution('00000000-0000-4000-800a-000000000103', '00000000-0000-4000-800a-300000000103');
select set_config('request.jwt.claims', '', true);
-- Each approved between its money coming in and its payout.
select pg_temp.backdate_approval('00000000-0000-4000-800a-000000000101', 58);
select pg_temp.backdate_approval('00000000-0000-4000-800a-000000000102', 38);
select pg_temp.backdate_approval('00000000-0000-4000-800a-000000000103', 12);
drop function pg_temp.advance_deal(uuid, public.deal_stage);
drop function pg_temp.backdate_notice(uuid, integer);
drop function pg_temp.backdate_approval(uuid, integer);

-- ---------------------------------------------------------------------------------------------
-- Open licences 专利开放许可 (issue #21, spine): two declarations announced by CNIPA on published
-- listings of the university — the ancient-character recognition method for a lump sum, the
-- machine-tool spindle compensation for a royalty — and the second taken by Liangjiang Smart
-- Manufacturing by written notice, a closed_won non-exclusive licence with its royalty schedule;
-- a third is a draft.
-- Written as the officer and the company, through the same triggers and function the pages use;
-- only the submission day is moved back (the step guard stamps today).
-- ---------------------------------------------------------------------------------------------
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.open_licence_declarations (id, patent_id, fee_basis, lump_sum_fen, royalty_percent, royalty_base,
  royalty_period, payment_method, term_months, field_limits, contact, creation_key)
select v.id::uuid, p.id, v.basis::public.open_licence_fee_basis, v.lump, v.pct, v.base::public.royalty_base,
  v.period::public.royalty_period, v.payment, v.term, v.field, '缙云大学技术转移中心 陈晓东 023-6825 1234 tto@jinyun.edu.cn',
  v.key::uuid
from (values
  ('00000000-0000-4000-800b-000000000001', '00000000-0000-4000-8001-000000000032', '202211403110.3', 'lump_sum',
   8000000::bigint, null::numeric, null, null, '书面通知后 30 日内一次性支付至缙云大学对公账户，到账之日许可生效。', 36, '',
   '00000000-0000-4000-800b-100000000001'),
  ('00000000-0000-4000-800b-000000000002', '00000000-0000-4000-8001-000000000012', '201810022772.3', 'royalty',
   null, 3.00, 'net_sales', 'year', '按年度以许可产品净销售额的 3% 支付提成，每年度结束后 30 日内报送销售报表并付款。', 60,
   '数控机床及其功能部件', '00000000-0000-4000-800b-100000000002')) as v (id, listing, application, basis, lump, pct, base,
     period, payment, term, field, key)
join public.patents p on p.listing_id = v.listing::uuid and p.application_number = v.application;
update public.open_licence_declarations set status = 'submitted'
  where id in ('00000000-0000-4000-800b-000000000001', '00000000-0000-4000-800b-000000000002');
select set_config('request.jwt.claims', '', true);
-- Submitted ten weeks ago (the step guard stamps today, and would refuse this for anyone else;
-- its audit row says submitted, which is the day that changes).
alter table public.open_licence_declarations disable trigger open_licence_declarations_guard;
alter table public.open_licence_declarations disable trigger open_licence_declarations_audit;
update public.open_licence_declarations set submitted_on = current_date - 70
  where id in ('00000000-0000-4000-800b-000000000001', '00000000-0000-4000-800b-000000000002');
alter table public.open_licence_declarations enable trigger open_licence_declarations_audit;
alter table public.open_licence_declarations enable trigger open_licence_declarations_guard;
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
update public.open_licence_declarations set status = 'announced', announced_on = current_date - 42,
  announcement_number = case id when '00000000-0000-4000-800b-000000000001' then 'KF2026000417' else 'KF2026000418' end
  where id in ('00000000-0000-4000-800b-000000000001', '00000000-0000-4000-800b-000000000002');
select set_config('request.jwt.claims', '', true);
-- A third, still a draft: the office is drafting the weld-inspection method's terms.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.open_licence_declarations (id, patent_id, fee_basis, lump_sum_fen, royalty_percent, royalty_base,
  royalty_period, payment_method, term_months, field_limits, contact, creation_key)
select '00000000-0000-4000-800b-000000000003', p.id, 'lump_sum_and_royalty', 2000000, 2.00, 'net_sales', 'half_year',
  '入门费于书面通知后 30 日内支付；提成每半年结算一次。', 48, '压力容器与管道焊缝检测',
  '缙云大学技术转移中心 陈晓东 023-6825 1234 tto@jinyun.edu.cn', '00000000-0000-4000-800b-100000000003'
from public.patents p where p.listing_id = '00000000-0000-4000-8001-000000000014' and p.application_number = '202211525189.7';
-- A fourth draft, a utility model: its patent evaluation report (Art. 50) is attached, so it is
-- ready to submit (seed-files.ts writes the PDF behind the demo/ key).
insert into public.open_licence_declarations (id, patent_id, fee_basis, lump_sum_fen, payment_method, term_months,
  field_limits, contact, evaluation_report_key, creation_key)
select '00000000-0000-4000-800b-000000000004', p.id, 'lump_sum', 1500000,
  '书面通知后 30 日内一次性支付至缙云大学对公账户，到账之日许可生效。', 36, '桥梁与隧道结构健康监测',
  '缙云大学技术转移中心 陈晓东 023-6825 1234 tto@jinyun.edu.cn', 'demo/open-licence-evaluation-report.pdf',
  '00000000-0000-4000-800b-100000000004'
from public.patents p where p.listing_id = '00000000-0000-4000-8001-000000000033' and p.application_number = '201721752058.7';
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002103"}', true);
select app.accept_open_licence('00000000-0000-4000-800b-000000000002', '00000000-0000-4000-800b-200000000001');
select set_config('request.jwt.claims', '', true);
-- BEGIN express licences (issue #21). The university's startup licence on standard terms, in two
-- versions (the second waives the upfront fee for equity), on two published listings; 峡江农业
-- accepted it on the rice–fish water control system, so its deal waits at term_sheet for the
-- office to start the public notice, and /licence-templates counts one use of version 2.
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000001003"}', true);
insert into public.licence_templates (id, institution_id, name, creation_key) values
  ('00000000-0000-4000-8021-000000000001', '00000000-0000-4000-8000-000000000100', '初创企业标准许可',
   '00000000-0000-4000-8021-100000000001');
insert into public.licence_template_versions (id, template_id, version, mode, upfront_fee_fen, royalty_percent,
  royalty_base, royalty_period, equity_percent, field_of_use, territory, term_months, summary, creation_key) values
  ('00000000-0000-4000-8021-400000000001', '00000000-0000-4000-8021-000000000001', 1, 'non_exclusive_license',
   5000000, 3.00, 'net_sales', 'half_year', null, '', '中国大陆', 60,
   '面向成立五年内的科技型中小企业：首付 5 万元，按净销售额 3% 提成，每半年报告一次。',
   '00000000-0000-4000-8021-200000000001'),
  ('00000000-0000-4000-8021-400000000002', '00000000-0000-4000-8021-000000000001', 2, 'non_exclusive_license',
   0, 2.00, 'net_sales', 'half_year', 5.00, '', '中国大陆', 60,
   '面向成立五年内的科技型中小企业：无首付，按净销售额 2% 提成，学校持股 5%，实施领域不限。',
   '00000000-0000-4000-8021-200000000002');
insert into public.express_listings (listing_id, template_id) values
  ('00000000-0000-4000-8001-000000000049', '00000000-0000-4000-8021-000000000001'),
  ('00000000-0000-4000-8001-000000000057', '00000000-0000-4000-8021-000000000001');
select set_config('request.jwt.claims', '{"role":"authenticated","sub":"00000000-0000-4000-8000-000000002102"}', true);
select app.accept_express_licence('00000000-0000-4000-8001-000000000049', '00000000-0000-4000-8021-300000000001',
  '00000000-0000-4000-8021-400000000002');
select set_config('request.jwt.claims', '', true);
-- END express licences
-- BEGIN valuations (issue #22). 山城新能源 had the heat pump patent valued by 渝信资产评估 for a
-- pledge loan (delivered, with its report), and waits for the firm on the fast-charge cooling
-- patent; 李明远 asked for an equity-contribution valuation of his own patent, which the firm accepted.
insert into public.valuation_requests (id, requester_id, requester_role, requester_organization_id, firm_id, purpose,
  preferred_method, notes, wanted_by, status, report_key, value_low_fen, value_high_fen, method_used, base_date,
  valid_until, created_at, updated_at, creation_key) values
  ('00000000-0000-4000-8037-000000000001', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000400', 'pledge_loan', 'income',
   '拟以该专利向山城银行科技支行申请知识产权质押贷款，请按银行要求出具评估报告。', null, 'delivered',
   'demo/valuation-report-heat-pump.pdf', 320000000, 410000000, 'income', current_date - 12, current_date + 353,
   now() - interval '30 days', now() - interval '5 days', '00000000-0000-4000-8037-100000000001'),
  ('00000000-0000-4000-8037-000000000002', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000400', 'deal_pricing', 'market',
   '独占许可谈判定价参考，希望在月底前拿到初步意见。', current_date + 30, 'requested',
   null, null, null, null, null, null, now() - interval '2 days', now() - interval '2 days',
   '00000000-0000-4000-8037-100000000002'),
  ('00000000-0000-4000-8037-000000000003', '00000000-0000-4000-8000-000000001001', 'researcher',
   '00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000400', 'equity_contribution', 'income',
   '团队拟以专利作价入股成立公司，需要评估报告作为出资依据。', current_date + 45, 'accepted',
   null, null, null, null, null, null, now() - interval '6 days', now() - interval '4 days',
   '00000000-0000-4000-8037-100000000003');
insert into public.valuation_patents (valuation_id, patent_id, institution_id, application_number, title)
select v.id::uuid, p.id, l.institution_id, p.application_number, p.title
from (values
  ('00000000-0000-4000-8037-000000000001', '202211424494.7'),
  ('00000000-0000-4000-8037-000000000002', '202110420380.4'),
  ('00000000-0000-4000-8037-000000000003', '202222491893.7')
) as v (id, number)
join public.patents p on p.application_number = v.number join public.listings l on l.id = p.listing_id;
insert into public.valuation_events (valuation_id, status, actor_id, created_at) values
  ('00000000-0000-4000-8037-000000000001', 'requested', '00000000-0000-4000-8000-000000001002', now() - interval '30 days'),
  ('00000000-0000-4000-8037-000000000001', 'accepted', '00000000-0000-4000-8000-000000001005', now() - interval '28 days'),
  ('00000000-0000-4000-8037-000000000001', 'delivered', '00000000-0000-4000-8000-000000001005', now() - interval '5 days'),
  ('00000000-0000-4000-8037-000000000002', 'requested', '00000000-0000-4000-8000-000000001002', now() - interval '2 days'),
  ('00000000-0000-4000-8037-000000000003', 'requested', '00000000-0000-4000-8000-000000001001', now() - interval '6 days'),
  ('00000000-0000-4000-8037-000000000003', 'accepted', '00000000-0000-4000-8000-000000001005', now() - interval '4 days');
-- END valuations

-- Valuations shared in deals (issue #22): the demo company had the subframe casting patent
-- valued to price its exclusive licence, and attached the report to the deal while negotiating
-- (signed since). The demo officer has a valuation of the battery-health patent, not attached yet
-- to the company's deal on it (…8004-…001, in evaluation).
insert into public.valuation_requests (id, requester_id, requester_role, requester_organization_id, firm_id, purpose,
  preferred_method, notes, wanted_by, status, report_key, value_low_fen, value_high_fen, method_used, base_date,
  valid_until, created_at, updated_at, creation_key) values
  ('00000000-0000-4000-8037-000000000004', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000400', 'deal_pricing', 'market',
   '副车架低压铸造工艺独占许可的报价依据，请参考近三年同类铸造工艺专利的成交价。', null, 'delivered',
   'demo/valuation-report-subframe.pdf', 180000000, 240000000, 'market', current_date - 20, current_date + 345,
   now() - interval '40 days', now() - interval '20 days', '00000000-0000-4000-8037-100000000004'),
  ('00000000-0000-4000-8037-000000000005', '00000000-0000-4000-8000-000000001003', 'officer',
   '00000000-0000-4000-8000-000000000100', '00000000-0000-4000-8000-000000000400', 'deal_pricing', 'income',
   '该专利正与山城新能源洽谈独占许可，请评估许可价值，作为学校定价与公示的依据。', null, 'delivered',
   'demo/valuation-report-battery-health.pdf', 90000000, 130000000, 'income', current_date - 9, current_date + 356,
   now() - interval '25 days', now() - interval '9 days', '00000000-0000-4000-8037-100000000005');
insert into public.valuation_patents (valuation_id, patent_id, institution_id, application_number, title)
select v.id::uuid, p.id, l.institution_id, p.application_number, p.title
from (values ('00000000-0000-4000-8037-000000000004', '201910998185.2'), ('00000000-0000-4000-8037-000000000005', '202011422920.4'))
  as v (id, number)
join public.patents p on p.application_number = v.number join public.listings l on l.id = p.listing_id;
insert into public.valuation_events (valuation_id, status, actor_id, created_at) values
  ('00000000-0000-4000-8037-000000000004', 'requested', '00000000-0000-4000-8000-000000001002', now() - interval '40 days'),
  ('00000000-0000-4000-8037-000000000004', 'accepted', '00000000-0000-4000-8000-000000001005', now() - interval '38 days'),
  ('00000000-0000-4000-8037-000000000004', 'delivered', '00000000-0000-4000-8000-000000001005', now() - interval '20 days'),
  ('00000000-0000-4000-8037-000000000005', 'requested', '00000000-0000-4000-8000-000000001003', now() - interval '25 days'),
  ('00000000-0000-4000-8037-000000000005', 'accepted', '00000000-0000-4000-8000-000000001005', now() - interval '24 days'),
  ('00000000-0000-4000-8037-000000000005', 'delivered', '00000000-0000-4000-8000-000000001005', now() - interval '9 days');
insert into public.deal_valuations (deal_id, valuation_id, attached_by, attached_at) values
  ('00000000-0000-4000-8004-000000000010', '00000000-0000-4000-8037-000000000004', '00000000-0000-4000-8000-000000001002',
   now() - interval '18 days');
-- BEGIN service cases (issue #22). 缙云专利代理事务所 (…0401) has three cases from 山城新能源: an FTO
-- search it quoted (waiting for the company's answer), a licence contract draft it delivered, and
-- an application it drafted, closed with five stars and a comment (its profile shows the rating);
-- 李明远 asks it to draft an application for his new invention (waiting for a quote). Inserted
-- as accepted first: a delivered case names its delivery, a document of the case.
insert into public.service_cases (id, requester_id, requester_role, requester_organization_id, agency_id, service, scope,
  deadline, budget_fen, status, quote_fen, quote_days, quote_note, created_at, updated_at, creation_key) values
  ('00000000-0000-4000-8038-000000000001', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000401', 'fto_search',
   '公司拟推出集成热泵空调的电池热管理总成，请在上市前做中国与欧洲的自由实施（FTO）检索，重点关注热泵与电池回路耦合相关的有效专利，并给出规避建议。',
   current_date + 40, 3000000, 'quoted', 2600000, 25, '含中英文检索报告与规避设计建议；欧洲部分由合作所完成。',
   now() - interval '6 days', now() - interval '2 days', '00000000-0000-4000-8038-200000000001'),
  ('00000000-0000-4000-8038-000000000002', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000401', 'licence_drafting',
   '就液冷与相变材料耦合电池热管理专利的独占许可，起草许可合同初稿，需包含入门费、提成、最低年提成和技术指导条款。',
   current_date + 10, 1500000, 'accepted', 1200000, 14, null,
   now() - interval '20 days', now() - interval '3 days', '00000000-0000-4000-8038-200000000002'),
  ('00000000-0000-4000-8038-000000000003', '00000000-0000-4000-8000-000000001002', 'company',
   '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000401', 'application_drafting',
   '公司自研的电池包快换锁止机构需申请发明专利，请撰写申请文件并代为提交。',
   current_date - 10, null, 'accepted', 800000, 30, '发明专利申请撰写及代理，官费另计。',
   now() - interval '75 days', now() - interval '12 days', '00000000-0000-4000-8038-200000000003'),
  ('00000000-0000-4000-8038-000000000004', '00000000-0000-4000-8000-000000001001', 'researcher',
   '00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000401', 'application_drafting',
   '课题组新研制了一种用于动力电池的复合相变储热材料及其制备方法，希望在论文投稿前提交发明专利申请。',
   current_date + 21, 1000000, 'requested', null, null, null,
   now() - interval '1 day', now() - interval '1 day', '00000000-0000-4000-8038-200000000004');
insert into public.service_case_patents (case_id, patent_id, institution_id, application_number, title)
select '00000000-0000-4000-8038-000000000001'::uuid, p.id, l.institution_id, p.application_number, p.title
from public.patents p join public.listings l on l.id = p.listing_id where p.application_number = '202211424494.7'
union all
select '00000000-0000-4000-8038-000000000002'::uuid, p.id, l.institution_id, p.application_number, p.title
from public.patents p join public.listings l on l.id = p.listing_id where p.application_number = '202110420380.4';
insert into public.service_case_documents (id, case_id, uploaded_by, file_name, content_type, size_bytes, storage_key, created_at) values
  ('00000000-0000-4000-8038-100000000001', '00000000-0000-4000-8038-000000000002', '00000000-0000-4000-8000-000000001006',
   '专利实施许可合同（初稿）.pdf', 'application/pdf', 1, 'demo/case-licence-contract-draft.pdf', now() - interval '3 days'),
  ('00000000-0000-4000-8038-100000000002', '00000000-0000-4000-8038-000000000003', '00000000-0000-4000-8000-000000001006',
   '发明专利申请文件（定稿）.pdf', 'application/pdf', 1, 'demo/case-application-final.pdf', now() - interval '20 days');
update public.service_cases set status = 'delivered', delivery_document_id = '00000000-0000-4000-8038-100000000001'
where id = '00000000-0000-4000-8038-000000000002';
update public.service_cases set status = 'closed', delivery_document_id = '00000000-0000-4000-8038-100000000002',
  rating = 5, rating_comment = '撰写质量高，权利要求布局合理，沟通及时，提前一周交稿。', closed_at = now() - interval '12 days'
where id = '00000000-0000-4000-8038-000000000003';
insert into public.service_case_events (case_id, status, actor_id, note, created_at) values
  ('00000000-0000-4000-8038-000000000001', 'requested', '00000000-0000-4000-8000-000000001002', null, now() - interval '6 days'),
  ('00000000-0000-4000-8038-000000000001', 'quoted', '00000000-0000-4000-8000-000000001006',
   '含中英文检索报告与规避设计建议；欧洲部分由合作所完成。', now() - interval '2 days'),
  ('00000000-0000-4000-8038-000000000002', 'requested', '00000000-0000-4000-8000-000000001002', null, now() - interval '20 days'),
  ('00000000-0000-4000-8038-000000000002', 'quoted', '00000000-0000-4000-8000-000000001006', null, now() - interval '18 days'),
  ('00000000-0000-4000-8038-000000000002', 'accepted', '00000000-0000-4000-8000-000000001002', null, now() - interval '17 days'),
  ('00000000-0000-4000-8038-000000000002', 'delivered', '00000000-0000-4000-8000-000000001006', null, now() - interval '3 days'),
  ('00000000-0000-4000-8038-000000000003', 'requested', '00000000-0000-4000-8000-000000001002', null, now() - interval '75 days'),
  ('00000000-0000-4000-8038-000000000003', 'quoted', '00000000-0000-4000-8000-000000001006',
   '发明专利申请撰写及代理，官费另计。', now() - interval '73 days'),
  ('00000000-0000-4000-8038-000000000003', 'accepted', '00000000-0000-4000-8000-000000001002', null, now() - interval '72 days'),
  ('00000000-0000-4000-8038-000000000003', 'delivered', '00000000-0000-4000-8000-000000001006', null, now() - interval '20 days'),
  ('00000000-0000-4000-8038-000000000003', 'closed', '00000000-0000-4000-8000-000000001002',
   '撰写质量高，权利要求布局合理，沟通及时，提前一周交稿。', now() - interval '12 days'),
  ('00000000-0000-4000-8038-000000000004', 'requested', '00000000-0000-4000-8000-000000001001', null, now() - interval '1 day');
insert into public.service_case_messages (case_id, author_id, idempotency_key, body, created_at) values
  ('00000000-0000-4000-8038-000000000001', '00000000-0000-4000-8000-000000001006', '00000000-0000-4000-8038-300000000001',
   '请提供产品结构示意图和主要参数，便于确定检索要素。', now() - interval '5 days'),
  ('00000000-0000-4000-8038-000000000001', '00000000-0000-4000-8000-000000001002', '00000000-0000-4000-8038-300000000002',
   '已整理好结构图，稍后上传。欧洲部分是否可以只覆盖德国和法国？', now() - interval '4 days'),
  ('00000000-0000-4000-8038-000000000002', '00000000-0000-4000-8000-000000001006', '00000000-0000-4000-8038-300000000003',
   '合同初稿已上传，提成基数按净销售额计，请重点看第七条技术指导条款。', now() - interval '3 days');
-- END service cases
-- BEGIN pledge loans (issue #22). 山城新能源 co-owns two of 缙云大学's patents (校企共有专利) and
-- declares them with one pending patent of its own. It asks 山城银行科技支行 for a loan on the heat
-- pump patent with 渝信资产评估's delivered valuation (under review); an earlier loan on the tunnel
-- positioning patent is registered with CNIPA and disbursed, so that listing's deal room shows the
-- pledge banner, and the bank consented to the patent's licence (the demo's running licence deal).
-- Rows written directly, with fixed ids the tests name; the events' trigger notifies each side.
insert into public.company_patents (id, company_id, application_number, title, patent_type, legal_status, granted_on,
  co_owner, declared_by, created_at, creation_key) values
  ('00000000-0000-4000-8039-100000000001', '00000000-0000-4000-8000-000000000201', '202211424494.7',
   '一种电动汽车热泵空调与电池热管理集成系统', 'invention', 'granted', '2026-02-12', '缙云大学',
   '00000000-0000-4000-8000-000000001002', now() - interval '90 days', '00000000-0000-4000-8039-100000000001'),
  ('00000000-0000-4000-8039-100000000002', '00000000-0000-4000-8000-000000000201', '202210256701.6',
   '一种隧道场景下激光雷达与惯导融合的车辆定位方法', 'invention', 'granted', '2024-02-05', '缙云大学',
   '00000000-0000-4000-8000-000000001002', now() - interval '90 days', '00000000-0000-4000-8039-100000000002'),
  ('00000000-0000-4000-8039-100000000003', '00000000-0000-4000-8000-000000000201', '202510123456.5',
   '一种纯电动客车电池包液冷板', 'invention', 'pending', null, null,
   '00000000-0000-4000-8000-000000001002', now() - interval '60 days', '00000000-0000-4000-8039-100000000003');
insert into public.pledge_applications (id, company_id, applicant_id, bank_id, amount_fen, term_months, purpose,
  valuation_id, risk_compensation, status, registration_number, registered_on, created_at, updated_at, creation_key) values
  ('00000000-0000-4000-8039-000000000001', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002',
   '00000000-0000-4000-8000-000000000500', 150000000, 24, '隧道定位系统量产备货的流动资金。', null, true, 'disbursed',
   'Y2026500000318', current_date - 40, now() - interval '75 days', now() - interval '20 days',
   '00000000-0000-4000-8039-200000000001'),
  ('00000000-0000-4000-8039-000000000002', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002',
   '00000000-0000-4000-8000-000000000500', 300000000, 36,
   '热泵热管理系统产线建设：购置真空钎焊炉与气密检测设备，补充流动资金。', '00000000-0000-4000-8037-000000000001', true,
   'under_review', null, null, now() - interval '4 days', now() - interval '2 days', '00000000-0000-4000-8039-200000000002');
insert into public.pledge_patents (application_id, application_number, title, legal_status, source) values
  ('00000000-0000-4000-8039-000000000001', '202210256701.6', '一种隧道场景下激光雷达与惯导融合的车辆定位方法', 'granted', 'declared'),
  ('00000000-0000-4000-8039-000000000002', '202211424494.7', '一种电动汽车热泵空调与电池热管理集成系统', 'granted', 'declared');
insert into public.pledge_consents (application_id, application_number, scope, counterparty, actor_id, created_at) values
  ('00000000-0000-4000-8039-000000000001', '202210256701.6', 'licence', '山城新能源汽车科技有限公司（普通许可）',
   '00000000-0000-4000-8000-000000001007', now() - interval '20 days');
insert into public.pledge_events (application_id, event, actor_id, reason, created_at) values
  ('00000000-0000-4000-8039-000000000001', 'submitted', '00000000-0000-4000-8000-000000001002', null, now() - interval '75 days'),
  ('00000000-0000-4000-8039-000000000001', 'under_review', '00000000-0000-4000-8000-000000001007', null, now() - interval '70 days'),
  ('00000000-0000-4000-8039-000000000001', 'approved', '00000000-0000-4000-8000-000000001007', null, now() - interval '50 days'),
  ('00000000-0000-4000-8039-000000000001', 'registered', '00000000-0000-4000-8000-000000001007', 'Y2026500000318', now() - interval '40 days'),
  ('00000000-0000-4000-8039-000000000001', 'disbursed', '00000000-0000-4000-8000-000000001007', null, now() - interval '35 days'),
  ('00000000-0000-4000-8039-000000000001', 'consented', '00000000-0000-4000-8000-000000001007',
   '202210256701.6 · licence · 山城新能源汽车科技有限公司（普通许可）', now() - interval '20 days'),
  ('00000000-0000-4000-8039-000000000002', 'submitted', '00000000-0000-4000-8000-000000001002', null, now() - interval '4 days'),
  ('00000000-0000-4000-8039-000000000002', 'under_review', '00000000-0000-4000-8000-000000001007', null, now() - interval '2 days');
-- END pledge loans

-- ---------------------------------------------------------------------------------------------
-- Office metrics demo (issue #23): the seed moved every demo deal through its stages within a
-- second, so /metrics would show zero days in each stage. Here each deal's history is spread back
-- in time as an office would have lived it (about 4 days of inquiry, 9 under NDA, 21 in evaluation,
-- 26 negotiating, 11 on the term sheet, 16 in public notice, a few more per deal): the latest
-- stage event keeps its time, every earlier event of the deal (terms, documents too) moves back by
-- the days of the stages after it, and the deal's opening moves with its first event. Written as the
-- owner with triggers off, because deal events are append-only and a closed deal refuses edits.
-- ---------------------------------------------------------------------------------------------
set local session_replication_role = replica;
with stage_events as (
  select e.id, e.deal_id, e.after ->> 'stage' as stage,
         row_number() over (partition by e.deal_id order by e.id desc) as back
  from public.deal_events e
  where e.kind in ('created', 'stage') and e.deal_id::text like '00000000-0000-4000-8004-%'
),
lasted as (
  select s.*, case when s.back = 1 then 0 else
    case s.stage when 'inquiry' then 4 when 'nda' then 9 when 'evaluation' then 21 when 'negotiation' then 26
                 when 'term_sheet' then 11 when 'public_notice' then 16 else 5 end + abs(hashtext(s.id::text)) % 6 end as days
  from stage_events s
),
shifts as (
  select l.id, l.deal_id,
         sum(l.days) over (partition by l.deal_id order by l.id desc rows between unbounded preceding and current row) as days
  from lasted l
),
moved as (
  -- Every event of a deal moves with the latest stage event at or before it.
  select e.id, (select s.days from shifts s where s.deal_id = e.deal_id and s.id <= e.id order by s.id desc limit 1) as days
  from public.deal_events e where e.deal_id::text like '00000000-0000-4000-8004-%'
)
update public.deal_events e set created_at = e.created_at - make_interval(days => m.days::int)
from moved m where m.id = e.id and m.days > 0;
update public.deals d set created_at = least(d.created_at, (select min(e.created_at) from public.deal_events e where e.deal_id = d.id))
where d.id::text like '00000000-0000-4000-8004-%';
set local session_replication_role = origin;
-- END office metrics demo

-- BEGIN patent portfolio (docs/domain.md, "Patent portfolio"): Jinyun University's portfolio, the
-- patents of its listings plus 300 more generated below, with valid application numbers (the check
-- character computed as src/lib/rules/patent-number.ts does), filing dates spread over 15 years so
-- some annual fee always falls due within 90 days, and a few fee decisions.
select set_config('app.portfolio_source', 'import', false);
insert into public.portfolio_patents (university_id, application_number, title, patent_type, applicants, inventors,
  filed_on, granted_on, legal_status, ipc_codes)
select distinct on (p.application_number) l.institution_id, p.application_number, p.title, p.patent_type,
       array['缙云大学'], coalesce((select array_agg(i.name order by i.position) from public.listing_inventors i
                                    where i.listing_id = l.id), '{}'),
       p.filed_on, p.granted_on,
       case when p.legal_status = 'granted' and app.patent_expires_on(p.patent_type, p.filed_on) < current_date
            then 'lapsed' else p.legal_status end,
       coalesce((select array_agg(regexp_replace(c, '^([A-H][0-9]{2}[A-Z]) ?', '\1 ') order by n)
                 from unnest(l.ipc_codes) with ordinality u(c, n)
                 where c ~ '^[A-H][0-9]{2}[A-Z] ?[0-9]{1,4}/[0-9]{2,6}$'), '{}')
from public.patents p join public.listings l on l.id = p.listing_id
where l.institution_id = '00000000-0000-4000-8000-000000000100' and p.filed_on is not null and p.title <> ''
  and (p.legal_status = 'pending' or p.granted_on is not null)
order by p.application_number, l.created_at;

-- Subjects of the eight industries, each with its IPC code; a title is "一种" + qualifier + subject +
-- aspect (384 titles for 300 patents, none twice).
with subjects(k, subject, ipc) as (values
  (0, '动力电池包', 'H01M 10/613'), (1, '电驱动总成', 'B60K 1/00'), (2, '工业机器人关节', 'B25J 9/16'),
  (3, '数控机床主轴', 'B23Q 17/09'), (4, '高熵合金涂层', 'C23C 4/06'), (5, '碳纤维复合材料', 'C08J 5/04'),
  (6, '毫米波雷达天线', 'H01Q 1/32'), (7, '边缘计算网关', 'H04L 67/12'), (8, '中药提取物', 'A61K 36/18'),
  (9, '医用水凝胶敷料', 'A61L 15/60'), (10, '柑橘采摘机器人', 'A01D 46/30'), (11, '稻渔综合种养水质', 'A01K 61/10'),
  (12, '光伏组件清扫装置', 'H02S 40/10'), (13, '工业废水膜处理', 'C02F 1/44'), (14, '山地桥梁健康监测', 'G01M 5/00'),
  (15, '榨菜腌制工艺', 'A23B 7/10')
), aspects(j, aspect) as (values
  (0, '热管理方法'), (1, '检测装置'), (2, '制备方法'), (3, '控制系统'), (4, '故障诊断方法'), (5, '寿命预测方法'),
  (6, '结构及其安装方法'), (7, '在线监测系统')
), inventors(k, names) as (values
  (0, array['李明远', '陈思琪']), (1, array['张伟国', '刘晓燕', '王浩']), (2, array['赵一鸣', '孙丽']),
  (3, array['周建华', '吴婷婷']), (4, array['郑凯', '何雨萱', '冯涛'])
), generated as (
  select n, case when n % 10 < 6 then 'invention' when n % 10 < 9 then 'utility_model' else 'design' end::public.patent_type as kind,
         date '2011-03-01' + (n * 53 % 5400) as filed, n % 16 as k, n / 16 % 8 as j, n / 128 % 3 as q
  from generate_series(1, 300) n
), numbered as (
  select g.*, extract(year from g.filed)::int::text
              || case g.kind when 'invention' then '1' when 'utility_model' then '2' else '3' end
              || lpad((1000000 + n * 7919 % 8999999)::text, 7, '0') as digits,
         g.filed + case g.kind when 'invention' then 620 + g.n % 400 when 'utility_model' then 180 + g.n % 90 else 120 + g.n % 60 end as grant_day
  from generated g
)
insert into public.portfolio_patents (university_id, application_number, title, patent_type, applicants, inventors,
  filed_on, granted_on, legal_status, ipc_codes)
select '00000000-0000-4000-8000-000000000100', x.digits || '.' || x.check_char,
       case when x.kind = 'design' then (array['', '便携式', '模块化'])[x.q + 1] || s.subject || '（外观设计）'
            else '一种' || (array['', '高可靠', '低成本'])[x.q + 1] || s.subject || a.aspect end,
       x.kind, array['缙云大学'], i.names, x.filed,
       case when x.grant_day < current_date - 30 and x.n % 17 <> 0 then x.grant_day end,
       case when x.grant_day >= current_date - 30 or x.n % 17 = 0
              then (case when x.n % 17 = 0 and x.filed < current_date - 1200 then 'lapsed' else 'pending' end)
            when x.n % 11 = 0 or app.patent_expires_on(x.kind, x.filed) < current_date then 'lapsed'
            else 'granted' end::public.patent_legal_status,
       case when x.kind = 'design' then '{}' else array[s.ipc] end
from (
  select nb.*, (select case when sum(substr(nb.digits, w.i::int, 1)::int * w.weight) % 11 = 10 then 'X'
                            else (sum(substr(nb.digits, w.i::int, 1)::int * w.weight) % 11)::text end
                from unnest(array[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) with ordinality w(weight, i)) as check_char
  from numbered nb
) x
join subjects s on s.k = x.k join aspects a on a.j = x.j join inventors i on i.k = x.n % 5
on conflict (university_id, application_number) do nothing;
select set_config('app.portfolio_source', '', false);

-- Decisions already taken on three fees due within 90 days (Asia/Shanghai): keep, offer, let lapse.
with due as (
  select p.id, app.next_annual_fee_on(p.patent_type, p.filed_on, p.granted_on, p.legal_status,
                                      (now() at time zone 'Asia/Shanghai')::date) as due_on,
         row_number() over (order by p.application_number) as r
  from public.portfolio_patents p
  where p.university_id = '00000000-0000-4000-8000-000000000100' and p.legal_status = 'granted'
    and app.next_annual_fee_on(p.patent_type, p.filed_on, p.granted_on, p.legal_status,
                               (now() at time zone 'Asia/Shanghai')::date) <= (now() at time zone 'Asia/Shanghai')::date + 90
), decided as (
  insert into public.portfolio_fee_decisions (patent_id, due_on, decision, note, decided_by, decided_at, creation_key)
  select due.id, due.due_on, (array['keep', 'offer', 'let_lapse']::public.portfolio_fee_decision[])[due.r],
         (array['已有企业在谈许可，继续维持。', '推荐给电池热管理方向的需求企业。', '技术已被替代，不再缴费。'])[due.r],
         '00000000-0000-4000-8000-000000001003', now() - make_interval(days => due.r::int), gen_random_uuid()
  from due where due.r <= 3
  returning patent_id, due_on, decision, note, decided_at
)
insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after, created_at)
select '00000000-0000-4000-8000-000000001003', 'portfolio_fee_decisions.decide', 'portfolio_patents', d.patent_id::text,
       null, jsonb_build_object('decision', d.decision, 'due_on', d.due_on, 'note', d.note), d.decided_at
from decided d;
-- END patent portfolio

-- Universities' colleges and researchers' confirmation (issue #24). Every researcher above is a
-- confirmed member of a college (the column's default); 吴晓琳 signed up two days ago under
-- 计算机与信息科学学院 and waits for the office, so the officer's /members page has someone to
-- confirm. Two colleges were added by the office since (audited like any college).
insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values
  ('00000000-0000-4000-8000-000000000107', 'college', '00000000-0000-4000-8000-000000000100', '材料科学与工程学院', 'School of Materials Science and Engineering', true),
  ('00000000-0000-4000-8000-000000000108', 'college', '00000000-0000-4000-8000-000000000100', '化学化工学院', 'School of Chemistry and Chemical Engineering', true);
insert into public.audit_events (actor_id, action, entity_type, entity_id, before, after, created_at) values
  ('00000000-0000-4000-8000-000000001003', 'organizations.create', 'organizations', '00000000-0000-4000-8000-000000000107',
   null, '{"kind": "college", "name_zh": "材料科学与工程学院"}', now() - interval '20 days'),
  ('00000000-0000-4000-8000-000000001003', 'organizations.create', 'organizations', '00000000-0000-4000-8000-000000000108',
   null, '{"kind": "college", "name_zh": "化学化工学院"}', now() - interval '20 days');
insert into auth.users (id, email) values ('00000000-0000-4000-8000-000000002007', 'wu.xiaolin@demo.zhiqiao.cn');
insert into public.profiles (id, role, organization_id, display_name, email, locale, membership_status, created_at) values
  ('00000000-0000-4000-8000-000000002007', 'researcher', '00000000-0000-4000-8000-000000000102', '吴晓琳 讲师',
   'wu.xiaolin@demo.zhiqiao.cn', 'zh-CN', 'pending', now() - interval '2 days');
insert into public.local_credentials (user_id, email, password_hash)
select id, email, '$argon2id$v=19$m=19456,t=2,p=1$9oBL/2m+oFNXxdVCLZ4Jnw$/PYV6EQDxVB64AXSB4cOMYpS0zLaQ8fnI+K/Wx4mrBE'
from auth.users where id = '00000000-0000-4000-8000-000000002007';
-- END colleges and confirmation

-- BEGIN company teams (docs/domain.md, "Company teams"): the demo company's second member (王思琪
-- founded the company and owns it; 林晓燕 joined by invitation) and an invitation still waiting,
-- so the team page is not empty. The waiting link's token is random and shown to nobody.
insert into auth.users (id, email) values ('00000000-0000-4000-8000-000000002201', 'lin.xiaoyan@demo.zhiqiao.cn');
insert into public.profiles (id, role, organization_id, display_name, email, locale, team_role) values
  ('00000000-0000-4000-8000-000000002201', 'company', '00000000-0000-4000-8000-000000000201', '林晓燕',
   'lin.xiaoyan@demo.zhiqiao.cn', 'zh-CN', 'member');
insert into public.local_credentials (user_id, email, password_hash)
select '00000000-0000-4000-8000-000000002201', 'lin.xiaoyan@demo.zhiqiao.cn', c.password_hash from public.local_credentials c
where c.email = 'company@demo.zhiqiao.cn';
insert into public.team_invitations (id, organization_id, token_hash, email, invited_by, created_at, expires_at, accepted_by, accepted_at) values
  ('00000000-0000-4000-8050-000000000001', '00000000-0000-4000-8000-000000000201',
   encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), 'lin.xiaoyan@demo.zhiqiao.cn',
   '00000000-0000-4000-8000-000000001002', now() - interval '12 days', now() - interval '5 days',
   '00000000-0000-4000-8000-000000002201', now() - interval '11 days'),
  ('00000000-0000-4000-8050-000000000002', '00000000-0000-4000-8000-000000000201',
   encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), 'zhou.min@example.com',
   '00000000-0000-4000-8000-000000001002', now() - interval '1 day', now() + interval '6 days', null, null);
-- Her saved listing, which the founder's /saved page lists under "saved by your colleagues".
insert into public.saved_listings (user_id, listing_id) values
  ('00000000-0000-4000-8000-000000002201', '00000000-0000-4000-8001-000000000008');
-- END company teams

-- BEGIN alerts (docs/domain.md, "Alerts"): the demo company user's saved searches, a couple of
-- matches they heard of, a need match each way, and their alert settings (a daily digest, quiet at
-- night), so /searches, /account/alerts and the inbox are not empty on first run. match_query is
-- the catalogue's strict query for the words (src/lib/rules/search-text.ts, buildSearchQuery).
insert into public.saved_searches (id, user_id, name, query, match_query, industries, created_at) values
  ('00000000-0000-4000-8060-000000000001', '00000000-0000-4000-8000-000000001002', '电池热管理',
   'q=%E7%94%B5%E6%B1%A0+%E7%83%AD%E7%AE%A1%E7%90%86',
   $$('电池' | 'battery':* | 'batteries':*) & (('热管' & '管理') | ('thermal':* <-> 'management':*))$$::tsquery,
   '{}', now() - interval '20 days'),
  ('00000000-0000-4000-8060-000000000002', '00000000-0000-4000-8000-000000001002', '储能 · 能源环保',
   'q=%E5%82%A8%E8%83%BD&industry=energy_environment', $$('储能' | ('energy':* <-> 'storage':*))$$::tsquery,
   '{energy_environment}', now() - interval '15 days');
insert into public.notifications (user_id, kind, listing_id, saved_search_id, need_id, message, created_at) values
  ('00000000-0000-4000-8000-000000001002', 'saved_search_match', '00000000-0000-4000-8001-000000000003',
   '00000000-0000-4000-8060-000000000001', null, '电池热管理', now() - interval '2 days'),
  ('00000000-0000-4000-8000-000000001002', 'saved_search_match', '00000000-0000-4000-8001-000000000060',
   '00000000-0000-4000-8060-000000000002', null, '储能 · 能源环保', now() - interval '1 day'),
  -- A newly published listing matched the company's need for a fast-charging battery pack…
  ('00000000-0000-4000-8000-000000001002', 'need_listing_match', '00000000-0000-4000-8001-000000000003',
   null, '00000000-0000-4000-8002-000000000001', '纯电动客车动力电池包快充热管理方案', now() - interval '2 days'),
  -- …and that need, when posted, matched the demo researcher's published listing.
  ('00000000-0000-4000-8000-000000001001', 'listing_need_match', '00000000-0000-4000-8001-000000000001',
   null, '00000000-0000-4000-8002-000000000001', '纯电动客车动力电池包快充热管理方案', now() - interval '3 days');
insert into public.alert_preferences (user_id, topic, channel, frequency) values
  ('00000000-0000-4000-8000-000000001002', 'saved_searches', 'email', 'daily'),
  ('00000000-0000-4000-8000-000000001002', 'matches', 'email', 'weekly'),
  ('00000000-0000-4000-8000-000000001002', 'matches', 'push', 'immediately');
insert into public.alert_settings (user_id, quiet_from, quiet_until) values
  ('00000000-0000-4000-8000-000000001002', '22:00', '07:30');
-- The two organisations still unverified (渝新材料 and 两江技术经纪, above) were announced to the
-- admin when they signed up: the admin's inbox leads to them.
insert into public.notifications (user_id, kind, message, created_at) values
  ('00000000-0000-4000-8000-000000001004', 'organization_awaiting', '渝新材料股份有限公司', now() - interval '12 days'),
  ('00000000-0000-4000-8000-000000001004', 'organization_awaiting', '两江技术经纪有限公司', now() - interval '2 days');
-- The seed's notifications are history, not news: nothing of it leaves by email or push.
delete from app.outbound_messages where kind = 'notification';
-- END alerts
