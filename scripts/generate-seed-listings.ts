// Prints the demo researchers, companies, listings (with patents and inventors) and needs that
// supabase/seed.sql holds between its "generated listings" markers:
//   node scripts/generate-seed-listings.ts            prints the block
//   node scripts/generate-seed-listings.ts --write    replaces the block in supabase/seed.sql
// Deterministic (a fixed-seed generator picks patent serials and dates), so the seed only changes
// when this file does. Every row is checked against the schema's constraints before printing;
// patent numbers carry correct check characters and type digits.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkCharacter, parsePatentNumber } from '../src/lib/rules/patent-number.ts';
import { seededRandom } from './lib/seeded-random.ts';
// Types only (erased under plain Node), so the vocabulary tables stay the one place values live.
import type { CooperationMode as Mode, Industry } from '../src/lib/vocabularies/listing.ts';

type Status = 'published' | 'submitted' | 'draft';
/** I invention, P invention entering China via PCT (type digit 8), U utility model, D design. */
type Kind = 'I' | 'P' | 'U' | 'D';
/** G granted, P pending, L lapsed (granted, then lapsed). */
type Legal = 'G' | 'P' | 'L';
type PatentSeed = [title: string, kind: Kind, year: number, legal: Legal];
type Owner = 'li' | 'zhang' | 'liu' | 'chen' | 'zhou' | 'he' | 'keller';

interface ListingSeed {
	owner: Owner;
	industry: Industry;
	trl: number | null;
	modes: Mode[];
	/** Whole yuan (written to the seed in fen); null means negotiable. */
	price: number | null;
	title: string;
	pitch: string;
	summary: string;
	advantages: string[];
	applications: string;
	ipc: string[];
	patents: PatentSeed[];
	/** Everyone but the owner, who is always inventor 0. */
	coInventors: string[];
	shares?: number[];
	status?: Status;
}

const university = '00000000-0000-4000-8000-000000000100';
const officer = '00000000-0000-4000-8000-000000001003';
const college = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;

// The demo researcher (…1001) exists above the markers; the others are created here.
const researchers: Record<
	Owner,
	{ id: string; display: string; zh: string; en: string; college: string; email: string; locale: 'zh-CN' | 'en' }
> = {
	li: {
		id: '00000000-0000-4000-8000-000000001001',
		display: '李明远 教授',
		zh: '李明远',
		en: 'Li Mingyuan',
		college: college(1),
		email: 'researcher@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	zhang: {
		id: '00000000-0000-4000-8000-000000002001',
		display: '张卫国 教授',
		zh: '张卫国',
		en: 'Zhang Weiguo',
		college: college(3),
		email: 'zhang.weiguo@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	liu: {
		id: '00000000-0000-4000-8000-000000002002',
		display: '刘思远 副教授',
		zh: '刘思远',
		en: 'Liu Siyuan',
		college: college(2),
		email: 'liu.siyuan@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	chen: {
		id: '00000000-0000-4000-8000-000000002003',
		display: '陈雨桐 研究员',
		zh: '陈雨桐',
		en: 'Chen Yutong',
		college: college(4),
		email: 'chen.yutong@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	zhou: {
		id: '00000000-0000-4000-8000-000000002004',
		display: '周建华 教授',
		zh: '周建华',
		en: 'Zhou Jianhua',
		college: college(5),
		email: 'zhou.jianhua@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	he: {
		id: '00000000-0000-4000-8000-000000002005',
		display: '何静 副教授',
		zh: '何静',
		en: 'He Jing',
		college: college(6),
		email: 'he.jing@demo.zhiqiao.cn',
		locale: 'zh-CN'
	},
	keller: {
		id: '00000000-0000-4000-8000-000000002006',
		display: 'Martin Keller',
		zh: 'Martin Keller',
		en: 'Martin Keller',
		college: college(1),
		email: 'martin.keller@demo.zhiqiao.cn',
		locale: 'en'
	}
};

// Two more companies, so needs come from firms that would plausibly post them.
const companies = [
	{
		id: '00000000-0000-4000-8000-000000000203',
		zh: '重庆江源水务环境科技有限公司',
		en: 'Jiangyuan Water & Environment Technology Co., Ltd.'
	},
	{
		id: '00000000-0000-4000-8000-000000000204',
		zh: '重庆峡江农业发展有限公司',
		en: 'Xiajiang Agricultural Development Co., Ltd.'
	}
];
const companyUsers = {
	water: {
		id: '00000000-0000-4000-8000-000000002101',
		org: companies[0].id,
		display: '赵文博',
		email: 'zhao.wenbo@demo.zhiqiao.cn'
	},
	agri: {
		id: '00000000-0000-4000-8000-000000002102',
		org: companies[1].id,
		display: '刘芳',
		email: 'liu.fang@demo.zhiqiao.cn'
	},
	smart: {
		id: '00000000-0000-4000-8000-000000002103',
		org: '00000000-0000-4000-8000-000000000200',
		display: '马骏',
		email: 'ma.jun@demo.zhiqiao.cn'
	},
	vehicles: {
		id: '00000000-0000-4000-8000-000000001002',
		org: '00000000-0000-4000-8000-000000000201',
		display: '王思琪',
		email: 'company@demo.zhiqiao.cn'
	}
};

// Grouped by industry; published_at is spread so that the newest listings mix industries.
// Hand-written demo data, one listing a block: kept as written rather than reflowed.
// prettier-ignore
const listings: ListingSeed[] = [
	// ── automotive ──
	{
		owner: 'li', industry: 'automotive', trl: 6, modes: ['exclusive_license', 'joint_development'], price: 1200000,
		title: '动力电池快充液冷—相变耦合热管理系统',
		pitch: '3C 快充工况下电芯最大温差小于 3℃，温升较纯液冷方案降低 9℃',
		summary: '针对商用车和乘用车电池包快充温升过高、电芯温度不均的问题，本成果将蛇形流道液冷板与石蜡/膨胀石墨复合相变材料耦合，并由电池管理系统实时调节冷却液流量。在 280 Ah 磷酸铁锂电池包上完成台架验证：3C 快充 15 分钟温升由 21℃ 降至 12℃，电芯最大温差小于 3℃。方案沿用现有液冷管路接口，无需改动电池包结构即可导入量产。',
		advantages: ['快充温升降低 9℃，电芯最大温差 <3℃', '系统增重 <4 kg，电池包能量密度损失 <2%', '冷却泵能耗降低 25%，单套成本增加 <300 元'],
		applications: '纯电动乘用车、商用车与电动重卡电池包；储能电池柜热管理',
		ipc: ['H01M 10/613', 'H01M 10/6556', 'H01M 10/659', 'B60L 58/26'],
		patents: [['一种液冷与相变材料耦合的动力电池热管理装置', 'I', 2021, 'G'], ['一种动力电池快充工况冷却液流量自适应控制方法', 'I', 2023, 'P'], ['一种带相变储热层的电池包液冷板', 'U', 2022, 'G']],
		coInventors: ['孙浩然', '吴佳怡']
	},
	{
		owner: 'li', industry: 'automotive', trl: 5, modes: ['non_exclusive_license'], price: 300000,
		title: '基于增量容量分析的动力电池健康状态在线估计方法',
		pitch: '仅用车载 BMS 的充电片段数据，SOH 估计误差小于 2%，无需额外传感器',
		summary: '本方法从日常充电过程的部分电压片段中提取增量容量（IC）曲线特征峰，结合迁移学习模型估计动力电池健康状态（SOH），可在算力有限的车载 BMS 芯片上运行。在三元与磷酸铁锂两类电芯、累计 1200 次循环的数据集上验证，估计误差小于 2%。适用于整车厂售后质保评估、二手车残值评估及退役电池梯次利用分选。',
		advantages: ['SOH 估计平均误差 <2%', '只需 20%–30% SOC 区间的充电片段', '算法内存占用 <64 KB，可部署于量产 BMS'],
		applications: '电动汽车电池管理系统、退役动力电池梯次利用分选、储能电站运维',
		ipc: ['G01R 31/392', 'G01R 31/367', 'B60L 58/16'],
		patents: [['一种基于增量容量曲线特征的锂离子电池健康状态估计方法', 'I', 2020, 'G'], ['一种基于迁移学习的动力电池健康状态在线估计方法', 'I', 2024, 'P']],
		coInventors: []
	},
	{
		owner: 'zhang', industry: 'automotive', trl: 7, modes: ['joint_development', 'exclusive_license'], price: null,
		title: '电动汽车热泵空调与电池热管理一体化系统',
		pitch: '冬季 −10℃ 工况续航提升 18%，一套热泵同时服务乘员舱与动力电池',
		summary: '以 R290 二次回路热泵为核心，通过八通阀集成乘员舱空调、动力电池加热/冷却和电驱余热回收，按工况在 12 种模式间自动切换。整车转鼓试验表明，−10℃ 环境下 CLTC 续航较 PTC 加热方案提升 18%，−20℃ 仍可稳定制热。系统管路与接头数量减少 40%，便于平台化设计。',
		advantages: ['−10℃ 续航提升 18%', '可回收电驱余热 1.5 kW', '管路与接头数量减少 40%'],
		applications: '纯电与插电混动乘用车、电动客车整车热管理',
		ipc: ['B60H 1/00', 'B60H 1/32', 'F25B 30/02', 'B60L 58/27'],
		patents: [['一种电动汽车热泵空调与电池热管理集成系统', 'I', 2022, 'G'], ['一种用于整车热管理的八通阀', 'U', 2023, 'G']],
		coInventors: ['王博文', '冯雪', '杨帆']
	},
	{
		owner: 'liu', industry: 'automotive', trl: 8, modes: ['non_exclusive_license', 'equity'], price: 500000,
		title: '老旧小区充电桩有序充电与配变负荷调度平台',
		pitch: '不增容即可让一台 630 kVA 配变带动 200 个交流充电桩，居民充电费用下降 22%',
		summary: '平台实时采集小区配电变压器负荷与充电桩状态，按用户预计离开时间和分时电价滚动优化每个充电桩的功率分配，夜间低谷自动补能。已在北碚区两个老旧小区试点运行 14 个月，配变最大负载率始终低于 85%，居民平均充电费用下降 22%。平台支持 OCPP 1.6J 协议，可对接主流品牌充电桩与物业管理系统。',
		advantages: ['单台配变可接入充电桩数量提升 3 倍', '居民充电费用下降 22%', '支持 OCPP 1.6J，兼容主流充电桩品牌'],
		applications: '老旧小区、园区与单位停车场充电桩运营；充电运营商负荷聚合',
		ipc: ['B60L 53/63', 'B60L 53/67', 'H02J 3/32', 'G06Q 50/06'],
		patents: [['一种基于配变负荷预测的电动汽车有序充电调度方法', 'I', 2021, 'G'], ['一种居民小区充电桩群功率分配系统', 'I', 2023, 'P']],
		coInventors: ['许晨阳']
	},
	{
		owner: 'zhang', industry: 'automotive', trl: 7, modes: ['assignment', 'exclusive_license'], price: 2000000,
		title: '铝合金副车架低压铸造与局部挤压补缩工艺',
		pitch: '副车架减重 35%，内部缩松缺陷减少 80%，疲劳寿命提升 20%',
		summary: '针对一体化铝合金副车架壁厚差大、厚大部位易产生缩松的问题，将模具分区温控与局部挤压补缩相结合，实现顺序凝固。A356 铝合金副车架经 T6 热处理后抗拉强度达 310 MPa，X 射线探伤缺陷等级稳定达到 ASTM E155 二级。工艺已在合作企业完成 3000 件小批量试制。',
		advantages: ['较钢制副车架减重 35%', '缩松缺陷减少 80%', '疲劳寿命提升 20%'],
		applications: '乘用车副车架、控制臂、电池包壳体等底盘结构件',
		ipc: ['B22D 18/04', 'B22D 18/02', 'B62D 21/11'],
		patents: [['一种铝合金副车架低压铸造局部挤压补缩方法', 'I', 2019, 'G'], ['一种低压铸造模具分区温控装置', 'U', 2020, 'G']],
		coInventors: ['陈志强', '黄晓丽']
	},
	{
		owner: 'liu', industry: 'automotive', trl: 5, modes: ['option', 'joint_development'], price: null,
		title: '山地城市隧道群场景自动驾驶组合定位方法',
		pitch: '连续隧道与多层立交场景下横向定位误差小于 20 厘米',
		summary: '重庆等山地城市隧道密集、立交层叠，卫星信号频繁中断。本方法融合北斗/GNSS、轮速、惯导与激光雷达点云地图匹配，并利用隧道壁几何特征约束纵向漂移，在 35 公里、含 11 座隧道的测试路线上实现全程连续定位，横向误差小于 20 厘米。算法可在车规级域控制器上以 20 Hz 运行。',
		advantages: ['横向定位误差 <20 厘米', '卫星信号中断 3 分钟内纵向漂移 <0.5%', '20 Hz 实时运行于车规级域控制器'],
		applications: 'L2+/L4 自动驾驶、智能网联汽车测试区、地下停车场自动泊车',
		ipc: ['G01S 19/49', 'G01S 17/931', 'G01C 21/16'],
		patents: [['一种隧道场景下激光雷达与惯导融合的车辆定位方法', 'I', 2022, 'G'], ['一种基于地图匹配的山地城市车辆组合定位方法', 'I', 2024, 'P']],
		coInventors: ['赵小燕', '何宇航']
	},
	{
		owner: 'zhang', industry: 'automotive', trl: 6, modes: ['exclusive_license', 'joint_development'], price: 3500000,
		title: '混合动力专用发动机高滚流燃烧系统',
		pitch: '有效热效率 44.5%，常用工况油耗较基础机型降低 12%',
		summary: '面向插电混动与增程式电动汽车专用发动机，设计高滚流进气道、长冲程与 15:1 高压缩比燃烧室，配合 35 MPa 高压直喷与冷却 EGR。台架试验有效热效率达 44.5%，40% 以上的高效区覆盖 70% 的常用工况。成果与合作企业现有 1.5 L 机型平台兼容，缸体无需重新开模。',
		advantages: ['有效热效率 44.5%', '常用工况油耗降低 12%', '兼容现有 1.5 L 机型平台'],
		applications: '插电式混合动力与增程式电动汽车专用发动机',
		ipc: ['F02B 31/00', 'F02F 1/42', 'F02M 26/22'],
		patents: [['一种高滚流比进气道及混合动力专用发动机', 'I', 2021, 'G'], ['一种带冷却废气再循环的高压缩比燃烧系统', 'I', 2023, 'P'], ['一种发动机进气道型芯', 'U', 2021, 'G']],
		coInventors: ['刘海涛', '吴佳怡', '程远']
	},
	{
		owner: 'li', industry: 'automotive', trl: 6, modes: ['exclusive_license', 'option'], price: 1500000,
		title: 'Pulse self-heating of power batteries for cold-climate fast charging',
		pitch: 'Warms a power battery from −30 °C to a chargeable 5 °C in 5 minutes, using 40% less energy than PTC heaters',
		summary: "Power batteries in cold regions cannot be fast-charged until the cells warm up. This method drives an alternating pulse current through the pack using the existing motor inverter, so the cells heat from the inside. Pulse frequency and amplitude adapt to cell impedance to avoid lithium plating. On a 60 kWh NMC pack the heating rate reached 7 °C per minute, and after 500 heating cycles the capacity loss stayed below 1%. It plugs into the vehicle's thermal management controller without extra hardware.",
		advantages: ['−30 °C to 5 °C in 5 minutes', '40% less energy than PTC heating', 'No added hardware: uses the motor inverter', 'Under 1% capacity loss after 500 heating cycles'],
		applications: 'Electric cars, buses and trucks in cold regions; battery thermal management for high-altitude fleets',
		ipc: ['H01M 10/615', 'H01M 10/637', 'B60L 58/27'],
		patents: [['Method for alternating-current pulse self-heating of a lithium-ion power battery using the motor inverter', 'I', 2020, 'G'], ['Adaptive pulse frequency control for low-temperature battery heating', 'P', 2021, 'G']],
		coInventors: ['Sun Haoran']
	},
	{
		owner: 'zhang', industry: 'automotive', trl: 5, modes: ['joint_development', 'non_exclusive_license'], price: null,
		title: 'Membrane humidity control for hydrogen fuel cell truck stacks',
		pitch: 'Extends stack life by 20% and removes the external humidifier',
		summary: 'Heavy-duty fuel cell stacks degrade quickly when the membrane dries out at high load or floods at idle. A model-based controller estimates membrane water content from stack voltage and high-frequency impedance, then adjusts anode recirculation and cathode back-pressure. In a 3000-hour durability test on a 110 kW stack, voltage decay fell by 20%, and the system ran without an external humidifier, saving weight and cost.',
		advantages: ['20% lower voltage decay over 3000 h', 'No external humidifier: about 8 kg and CNY 6,000 saved per system', 'Runs on existing fuel cell control units'],
		applications: 'Hydrogen fuel cell trucks and buses; stationary fuel cell power',
		ipc: ['H01M 8/04492', 'H01M 8/04119', 'H01M 8/04828'],
		patents: [['Humidity self-regulating control method for a proton exchange membrane fuel cell stack', 'I', 2022, 'G'], ['Anode recirculation device for a fuel cell system', 'U', 2022, 'G']],
		coInventors: ['Huang Xiaoli', 'Cheng Yuan']
	},
	{
		owner: 'liu', industry: 'automotive', trl: 4, modes: ['option', 'joint_development'], price: 600000,
		title: 'Automatic coil alignment for wireless EV charging in parking garages',
		pitch: 'Keeps 92% transfer efficiency with the car parked up to 15 cm off-centre',
		summary: 'Wireless charging loses efficiency quickly when a car is parked off-centre. This system locates the vehicle coil with low-frequency magnetic beacons and moves the ground pad on a two-axis stage, so the alignment error stays under 2 cm. In 11 kW tests the end-to-end efficiency stayed at 92% for lateral offsets of up to 15 cm. It works with automated valet parking and needs no camera.',
		advantages: ['92% efficiency at a 15 cm offset', 'Alignment under 2 cm within 20 seconds', 'No camera: works in dark garages'],
		applications: 'Wireless charging in residential and public parking garages; automated valet parking; electric buses at terminals',
		ipc: ['B60L 53/38', 'B60L 53/12', 'H02J 50/90'],
		patents: [['Magnetic beacon positioning method for wireless charging coils of electric vehicles', 'I', 2023, 'P']],
		coInventors: ['He Yuhang', 'Xu Chenyang', 'Zhao Xiaoyan']
	},

	// ── smart manufacturing ──
	{
		owner: 'zhang', industry: 'smart_manufacturing', trl: 7, modes: ['non_exclusive_license', 'exclusive_license'], price: 800000,
		title: '工业机器人三维视觉引导无序抓取系统',
		pitch: '散乱零件抓取成功率 99.2%，单次节拍 4 秒，换型 10 分钟内完成',
		summary: '系统以结构光三维相机获取料框内零件点云，通过模板匹配与深度学习相结合的位姿估计给出抓取点，并自动规划避碰路径。已在汽车零部件机加工线完成上下料应用，连续运行 3 个月抓取成功率 99.2%。新零件只需导入 CAD 模型即可完成换型，无需重新示教。',
		advantages: ['抓取成功率 99.2%', '单次抓取节拍 4 秒', '导入 CAD 模型，10 分钟内完成换型'],
		applications: '汽车零部件机加工上下料、铸锻件分拣、物流仓储拆垛',
		ipc: ['B25J 9/1697', 'B25J 9/1664', 'G06T 7/73'],
		patents: [['一种基于点云模板匹配的散乱零件位姿估计方法', 'I', 2020, 'G'], ['一种机器人无序抓取的避碰路径规划方法', 'I', 2022, 'G'], ['一种用于料框抓取的柔性真空吸盘', 'U', 2021, 'G']],
		coInventors: ['陈志强', '许晨阳']
	},
	{
		owner: 'zhang', industry: 'smart_manufacturing', trl: 8, modes: ['non_exclusive_license'], price: 200000,
		title: '数控机床主轴热误差实时补偿技术',
		pitch: '只需 4 个温度测点，主轴热伸长误差减少 60%，无需改造机床结构',
		summary: '通过热特性仿真优选 4 个关键温度测点，建立随转速自适应的主轴热误差模型，借助数控系统的外部原点偏移功能实时补偿。在立式加工中心连续 8 小时加工试验中，Z 向热误差由 32 μm 降至 12 μm。补偿模块兼容 FANUC、西门子与华中数控系统。',
		advantages: ['Z 向热误差减少 60%', '仅需 4 个温度测点', '兼容三大主流数控系统'],
		applications: '精密零件加工、模具制造、发动机缸体缸盖加工',
		ipc: ['B23Q 15/18', 'G05B 19/404'],
		patents: [['一种数控机床主轴热误差建模与补偿方法', 'I', 2018, 'G']],
		coInventors: []
	},
	{
		owner: 'zhang', industry: 'smart_manufacturing', trl: 8, modes: ['assignment', 'joint_development'], price: 1500000,
		title: '摩托车发动机缸体柔性混线装配系统',
		pitch: '6 种缸体同线混产，换型时间由 2 小时缩短至 15 分钟，装配人工减少 50%',
		summary: '针对重庆摩托车企业多品种、小批量的生产特点，设计模块化装配工位、快换自适应夹具和基于 RFID 的工艺参数自动下发系统。合作企业装配线改造后，可在一条线上混线装配 6 种缸体，换型时间缩短至 15 分钟，装配一次合格率提升至 99.5%。',
		advantages: ['换型时间缩短至 15 分钟', '同线混产 6 种缸体', '一次合格率 99.5%，人工减少 50%'],
		applications: '摩托车与通用汽油机装配、园林机械、小型发动机制造',
		ipc: ['B23P 21/00', 'B23P 19/04', 'G05B 19/418'],
		patents: [['一种发动机缸体柔性装配自适应夹具', 'U', 2019, 'G'], ['一种多品种混线装配工艺参数自动下发系统', 'I', 2020, 'G']],
		coInventors: ['黄晓丽', '程远']
	},
	{
		owner: 'liu', industry: 'smart_manufacturing', trl: 6, modes: ['non_exclusive_license', 'equity'], price: 600000,
		title: '焊缝缺陷相控阵超声图像智能识别方法',
		pitch: '气孔、夹渣、未熔合等 5 类缺陷识别准确率 97%，检测效率提升 5 倍',
		summary: '以 2.6 万张标注的相控阵超声扇扫图像训练缺陷检测网络，结合声束几何校正实现缺陷定位与尺寸测量，并自动生成符合 GB/T 29712 的检测报告。在压力容器与钢结构桥梁焊缝的盲测中，5 类缺陷总体识别准确率 97%，漏检率低于 1%。',
		advantages: ['5 类缺陷识别准确率 97%', '漏检率 <1%', '自动生成检测报告，效率提升 5 倍'],
		applications: '压力容器、钢结构桥梁、油气管道与船舶焊缝无损检测',
		ipc: ['G01N 29/06', 'G01N 29/44', 'G06T 7/00'],
		patents: [['一种基于深度学习的焊缝相控阵超声图像缺陷识别方法', 'I', 2022, 'G'], ['一种相控阵超声扇扫图像的缺陷尺寸测量方法', 'I', 2024, 'P']],
		coInventors: ['赵小燕', '冯雪']
	},
	{
		owner: 'liu', industry: 'smart_manufacturing', trl: 7, modes: ['non_exclusive_license', 'equity'], price: null,
		title: '离散制造产线数字孪生与故障预测平台',
		pitch: '提前 48 小时预警设备故障，非计划停机减少 35%',
		summary: '平台以轻量化三维模型和 OPC UA 数据接口构建产线数字孪生体，融合振动、电流与工艺参数，利用时序图神经网络预测关键设备剩余寿命。在一家汽车零部件企业的 3 条机加工线运行一年，提前 48 小时预警故障 27 次，非计划停机减少 35%。',
		advantages: ['故障提前 48 小时预警', '非计划停机减少 35%', '基于 OPC UA，两周内完成产线接入'],
		applications: '汽车零部件、摩托车、电子装配等离散制造产线',
		ipc: ['G05B 23/0283', 'G05B 17/02', 'G06N 3/045'],
		patents: [['一种基于数字孪生的产线设备剩余寿命预测方法', 'I', 2021, 'G'], ['一种多源数据融合的产线故障预警系统', 'I', 2023, 'P']],
		coInventors: ['许晨阳', '何宇航', '杨帆']
	},
	{
		owner: 'zhang', industry: 'smart_manufacturing', trl: 5, modes: ['joint_development'], price: 400000,
		title: '激光选区熔化钛合金构件分区工艺参数优化方法',
		pitch: 'TC4 构件致密度 99.8%，打印效率较默认参数提升 30%',
		summary: '基于熔池监测与高通量试验建立激光功率、扫描速度和层厚的工艺窗口模型，针对薄壁、悬垂和实体区域分区设置参数。TC4 钛合金试样致密度 99.8%，室温抗拉强度 1150 MPa、延伸率 11%，打印效率较设备默认参数提升 30%。',
		advantages: ['致密度 99.8%', '抗拉强度 1150 MPa，延伸率 11%', '打印效率提升 30%'],
		applications: '航空航天结构件、医疗植入物、模具随形冷却水路',
		ipc: ['B22F 10/28', 'B22F 10/366', 'B33Y 10/00', 'C22C 14/00'],
		patents: [['一种钛合金激光选区熔化分区工艺参数优化方法', 'I', 2022, 'G']],
		coInventors: ['李俊峰', '周婷']
	},
	{
		owner: 'liu', industry: 'smart_manufacturing', trl: 7, modes: ['non_exclusive_license'], price: 350000,
		title: 'Predictive maintenance for CNC spindle bearings',
		pitch: 'Warns of spindle bearing failure 72 hours ahead and cuts unplanned stops by 40%',
		summary: 'Spindle bearing failures cause most unplanned downtime in machining workshops. An edge module samples vibration and spindle current and reduces them to a handful of features, and a lightweight model on the machine controller estimates the remaining useful life. Across 46 machining centres over 18 months it gave 72 hours of warning on average, and unplanned stops fell by 40%.',
		advantages: ['72-hour average early warning', '40% fewer unplanned stops', 'Edge module under CNY 2,000 per machine'],
		applications: 'Machining workshops, automotive and motorcycle parts plants, mould makers',
		ipc: ['G05B 23/0283', 'G01M 13/045', 'B23Q 17/09'],
		patents: [['Method for predicting the remaining useful life of machine tool spindle bearings', 'I', 2021, 'G'], ['Edge acquisition module for spindle vibration and current', 'U', 2022, 'G']],
		coInventors: ['Xu Chenyang']
	},
	{
		owner: 'zhang', industry: 'smart_manufacturing', trl: 6, modes: ['exclusive_license', 'assignment'], price: 900000,
		title: 'Force-controlled robotic grinding of cast aluminium parts',
		pitch: 'Replaces manual deburring with ±0.05 mm consistency and a three times faster cycle',
		summary: "Manual grinding of cast aluminium housings is slow, noisy and inconsistent. An active force-control flange keeps the contact force within ±2 N, while a path generated from a 3D scan follows each part's actual burr line. On gearbox housings the cycle time fell from 9 to 3 minutes and the finish stayed within ±0.05 mm. The cell is built around a standard six-axis robot.",
		advantages: ['Contact force held within ±2 N', 'Cycle time cut from 9 to 3 minutes', 'Finish consistency of ±0.05 mm'],
		applications: 'Deburring and grinding of die-cast gearbox, motor and battery housings',
		ipc: ['B24B 27/00', 'B25J 11/0065', 'B24B 49/16'],
		patents: [['Constant-force grinding flange for industrial robots', 'I', 2021, 'G'], ['Scan-based path planning method for robotic deburring of castings', 'I', 2023, 'G']],
		coInventors: ['Chen Zhiqiang', 'Li Junfeng']
	},

	// ── new materials ──
	{
		owner: 'li', industry: 'new_materials', trl: 5, modes: ['exclusive_license', 'equity'], price: 2500000,
		title: '钙钛矿太阳能电池多层阻隔封装胶膜',
		pitch: '85℃/85%RH 湿热老化 2000 小时后效率保持 95%，水汽透过率低于 10⁻⁴ g/(m²·d)',
		summary: '钙钛矿电池对水氧极为敏感，封装是其产业化的关键瓶颈。本成果以低温交联聚烯烃为基体，复合原子层沉积氧化铝阻隔层与吸湿功能层，层压温度仅 110℃，不损伤钙钛矿吸光层。组件按 IEC 61215 湿热试验 2000 小时后效率保持 95%，胶膜可直接用于现有光伏层压设备。',
		advantages: ['湿热 2000 小时效率保持 95%', '水汽透过率 <10⁻⁴ g/(m²·d)', '110℃ 低温层压，兼容现有产线'],
		applications: '钙钛矿及钙钛矿/晶硅叠层光伏组件、柔性光伏、建筑光伏一体化',
		ipc: ['H10K 30/88', 'H10K 85/50', 'C08J 5/18', 'B32B 27/32'],
		patents: [['一种用于钙钛矿太阳能电池的多层阻隔封装胶膜及其制备方法', 'I', 2022, 'G'], ['一种钙钛矿光伏组件低温层压封装方法', 'I', 2024, 'P']],
		coInventors: ['Martin Keller', '周婷']
	},
	{
		owner: 'li', industry: 'new_materials', trl: 6, modes: ['assignment', 'exclusive_license'], price: 1800000,
		title: '低稀土高强韧镁合金及其挤压成形方法',
		pitch: '稀土用量减少 70%，挤压型材屈服强度 380 MPa、延伸率 15%',
		summary: '依托重庆的镁资源与镁合金产业基础，以微量钙、锰替代大部分稀土元素，通过低温慢速挤压获得细晶、弱织构组织。挤压型材室温屈服强度 380 MPa、延伸率 15%，原材料成本较 WE43 类稀土镁合金降低 40%。已在合作企业完成 2 吨级熔炼与型材试制。',
		advantages: ['屈服强度 380 MPa，延伸率 15%', '稀土用量减少 70%', '原材料成本降低 40%'],
		applications: '汽车座椅骨架、仪表盘支架、3C 产品外壳、轨道交通内饰结构件',
		ipc: ['C22C 23/04', 'C22C 23/06', 'C22F 1/06', 'B21C 23/00'],
		patents: [['一种低稀土高强韧变形镁合金及其制备方法', 'I', 2019, 'G'], ['一种镁合金低温慢速挤压成形方法', 'I', 2020, 'G'], ['一种镁合金型材挤压模具', 'U', 2020, 'L']],
		coInventors: ['黄晓丽', '李俊峰', '周婷']
	},
	{
		owner: 'li', industry: 'new_materials', trl: 7, modes: ['non_exclusive_license', 'assignment'], price: 800000,
		title: '石墨烯改性环氧防腐涂料',
		pitch: '耐中性盐雾 3000 小时，涂层厚度减少 40%，锌粉用量减少 60%',
		summary: '采用原位插层剥离制备少层石墨烯，经硅烷偶联剂表面改性后均匀分散于环氧树脂中，片层形成“迷宫效应”阻隔水和氯离子渗透。干膜厚度 120 μm 时耐中性盐雾超过 3000 小时、附着力 1 级，较传统环氧富锌体系减薄 40%。',
		advantages: ['耐中性盐雾 >3000 小时', '涂层减薄 40%', '锌粉用量减少 60%'],
		applications: '跨江桥梁钢结构、输电铁塔、港口机械与海洋工程防腐',
		ipc: ['C09D 163/00', 'C09D 5/08', 'C09D 7/62', 'C01B 32/19'],
		patents: [['一种改性石墨烯环氧防腐涂料及其制备方法', 'I', 2019, 'G'], ['一种少层石墨烯的原位插层剥离制备方法', 'I', 2017, 'G']],
		coInventors: ['吴佳怡']
	},
	{
		owner: 'zhang', industry: 'new_materials', trl: 8, modes: ['exclusive_license', 'assignment'], price: 1000000,
		title: '连续玄武岩纤维增强复合材料筋',
		pitch: '抗拉强度为 HRB400 钢筋的 2.5 倍，重量仅为其 1/4，永不锈蚀',
		summary: '以国产连续玄武岩纤维和改性环氧树脂为原料，采用在线缠绕肋纹与拉挤一体化工艺生产直径 6–32 mm 的复合材料筋。抗拉强度 1200 MPa 以上，与混凝土粘结强度达 15 MPa，耐碱性能满足 GB/T 30022 要求，适用于易腐蚀环境和要求电磁透明的结构。',
		advantages: ['抗拉强度 ≥1200 MPa', '密度仅为钢筋的 1/4', '耐氯盐与碱腐蚀，全寿命免维护'],
		applications: '桥面板、隧道衬砌、海工与水利混凝土结构、地铁盾构可切削围护桩',
		ipc: ['E04C 5/07', 'B29C 70/52', 'C03C 25/26'],
		patents: [['一种表面缠绕肋纹的玄武岩纤维复合材料筋及其拉挤成型方法', 'I', 2018, 'G'], ['一种复合材料筋在线缠绕肋纹装置', 'U', 2019, 'G']],
		coInventors: ['刘海涛', '陈志强']
	},
	{
		owner: 'li', industry: 'new_materials', trl: 4, modes: ['joint_development', 'option'], price: null,
		title: '多孔碳限域纳米硅的锂离子电池硅碳负极材料',
		pitch: '比容量 1500 mAh/g，首次库仑效率 90%，掺混电池 1000 次循环容量保持 85%',
		summary: '以生物质衍生多孔碳为骨架，通过化学气相沉积将纳米硅限域在孔道内，再包覆无定形碳层，有效缓冲硅的体积膨胀。材料比容量 1500 mAh/g、首效 90%，与石墨按 15% 比例掺混制成的软包电池 1000 次循环容量保持率 85%。工艺可在现有回转炉 CVD 设备上放大，面向高能量密度动力电池。',
		advantages: ['比容量 1500 mAh/g，首效 90%', '1000 次循环容量保持 85%', '可用回转炉 CVD 设备放大生产'],
		applications: '高能量密度动力电池、消费电子电池负极材料',
		ipc: ['H01M 4/38', 'H01M 4/36', 'H01M 4/587', 'H01M 10/0525'],
		patents: [['一种多孔碳限域纳米硅复合负极材料及其制备方法', 'I', 2023, 'P'], ['一种生物质衍生多孔碳骨架的制备方法', 'I', 2021, 'G']],
		coInventors: ['孙浩然', '周婷']
	},
	{
		owner: 'li', industry: 'new_materials', trl: 5, modes: ['exclusive_license', 'equity'], price: 1200000,
		title: '竹基硬碳钠离子电池负极材料',
		pitch: '以竹加工废料为原料，可逆比容量 330 mAh/g，成本较进口硬碳降低 50%',
		summary: '利用重庆丰富的竹加工废料，经酸洗除杂、预氧化交联和 1400℃ 碳化制备富含闭孔的硬碳。材料可逆比容量 330 mAh/g、首效 88%，在 18650 钠离子电池中 2C 循环 2000 次容量保持 90%。原料价格低、来源稳定，适合储能与两轮车电池。',
		advantages: ['可逆比容量 330 mAh/g，首效 88%', '2000 次循环容量保持 90%', '材料成本较进口硬碳降低 50%'],
		applications: '钠离子电池储能、两轮电动车与低速车电池',
		ipc: ['H01M 4/587', 'C01B 32/05', 'H01M 10/054'],
		patents: [['一种竹基闭孔硬碳负极材料的制备方法', 'I', 2022, 'G'], ['一种钠离子电池硬碳负极的预氧化交联方法', 'I', 2024, 'P']],
		coInventors: ['何宇航', '吴佳怡', '冯雪']
	},
	{
		owner: 'keller', industry: 'new_materials', trl: 4, modes: ['option', 'joint_development'], price: null,
		title: 'Indium-free recombination layer for perovskite–silicon tandem solar cells',
		pitch: '29.1% efficiency on 1 cm² perovskite–silicon tandem cells, made below 150 °C on existing HJT tools',
		summary: 'Perovskite–silicon tandems need a recombination layer that conducts well, stays transparent and survives perovskite deposition on textured silicon. We developed a sputtered indium-free oxide bilayer combined with a self-assembled monolayer hole contact that conformally covers the pyramid texture. Tandem cells of 1 cm² reached 29.1% efficiency and kept 92% of it after 1000 hours of maximum-power-point tracking at 65 °C. Every step runs below 150 °C on tools already found in heterojunction silicon lines.',
		advantages: ['29.1% efficiency on 1 cm²', 'Indium-free: lower material cost', '92% retained after 1000 h at 65 °C', 'Below 150 °C on existing HJT tools'],
		applications: 'High-efficiency perovskite tandem photovoltaic modules; heterojunction cell makers moving to tandems',
		ipc: ['H10K 30/57', 'H10K 85/50', 'H01L 31/078'],
		patents: [['Indium-free recombination layer for a perovskite/silicon tandem solar cell and preparation method', 'I', 2023, 'G'], ['Conformal self-assembled hole transport layer on textured silicon', 'I', 2024, 'P']],
		coInventors: ['Li Mingyuan', 'Zhou Ting']
	},
	{
		owner: 'keller', industry: 'new_materials', trl: 4, modes: ['joint_development', 'exclusive_license'], price: 3000000,
		title: 'Composite solid-state electrolyte membrane for lithium metal batteries',
		pitch: '1.2 mS/cm ionic conductivity at room temperature and 1000 hours of dendrite-free cycling',
		summary: 'A thin polymer–ceramic membrane combines a garnet-type LLZO filler with a cross-linked PEO matrix and is cast roll-to-roll at 25 µm. The ceramic network forms continuous ion pathways, giving 1.2 mS/cm at 25 °C, while the polymer keeps the membrane flexible. Lithium symmetric cells cycled for 1000 hours at 0.5 mA/cm² without short circuits, and 2 Ah pouch cells with NMC811 cathodes passed nail penetration without fire.',
		advantages: ['1.2 mS/cm at 25 °C', '1000 h of dendrite-free cycling', 'Roll-to-roll casting at 25 µm', 'Passed nail penetration in 2 Ah pouch cells'],
		applications: 'Solid-state and semi-solid-state lithium metal batteries for electric vehicles and drones',
		ipc: ['H01M 10/0565', 'H01M 10/0562', 'H01M 10/052'],
		patents: [['Polymer–garnet composite solid electrolyte membrane and roll-to-roll preparation method', 'I', 2022, 'G'], ['Cross-linked polyethylene oxide electrolyte for lithium metal batteries', 'P', 2023, 'P']],
		coInventors: ['Sun Haoran', 'He Yuhang']
	},
	{
		owner: 'keller', industry: 'new_materials', trl: 5, modes: ['non_exclusive_license', 'joint_development'], price: 700000,
		title: 'Self-healing anti-corrosion coating for steel bridges',
		pitch: 'Scratches reseal within 24 hours; no creep corrosion after 4000 hours of salt spray',
		summary: 'Bridges over the Yangtze and Jialing rivers face humid, polluted air that quickly attacks damaged paint. This epoxy coating carries microcapsules of a corrosion inhibitor and a healing agent: when the film is scratched, the capsules break and reseal the defect within 24 hours. Scribed panels showed no creep corrosion after 4000 hours of salt spray, and accelerated ageing predicts more than 15 years of service, halving repainting cycles.',
		advantages: ['Scratches self-heal within 24 hours', 'No creep corrosion after 4000 h salt spray', 'Repainting intervals doubled'],
		applications: 'Steel bridges, power transmission towers, port cranes and offshore structures',
		ipc: ['C09D 5/08', 'C09D 163/00', 'C09D 7/65'],
		patents: [['Microcapsule self-healing anticorrosive epoxy coating and preparation method', 'I', 2021, 'G'], ['Corrosion inhibitor-loaded microcapsules and their preparation', 'I', 2023, 'P']],
		coInventors: []
	},
	{
		owner: 'keller', industry: 'new_materials', trl: 6, modes: ['non_exclusive_license', 'assignment'], price: 500000,
		title: 'Halogen-free flame-retardant polypropylene for battery housings',
		pitch: 'UL 94 V-0 at 1.5 mm with 30% less additive and unchanged impact strength',
		summary: 'Battery housings and charging equipment need flame-retardant plastics without halogens. A synergistic intumescent system of a phosphorus–nitrogen flame retardant and a nano-clay char former reaches UL 94 V-0 at 1.5 mm with 22% loading instead of the usual 30%. Notched impact strength stays at 8 kJ/m², and the compound runs on standard twin-screw extruders.',
		advantages: ['UL 94 V-0 at 1.5 mm', '30% less flame-retardant additive', 'Notched impact strength kept at 8 kJ/m²'],
		applications: 'Battery pack housings, charging pile enclosures, electrical appliances',
		ipc: ['C08L 23/12', 'C08K 5/5313', 'C08K 3/346'],
		patents: [['Halogen-free intumescent flame-retardant polypropylene composite and preparation method', 'I', 2020, 'G']],
		coInventors: ['Feng Xue', 'Huang Xiaoli']
	},

	// ── electronic information ──
	{
		owner: 'liu', industry: 'electronic_information', trl: 4, modes: ['exclusive_license', 'option'], price: 350000,
		title: '微结构导电弹性体柔性压力传感器',
		pitch: '灵敏度 50 kPa⁻¹，响应时间 20 毫秒，弯折 1 万次性能不衰减',
		summary: '以砂纸为模板在聚二甲基硅氧烷表面复制随机微棘结构，再喷涂碳纳米管/银纳米线导电层，实现宽量程、高灵敏的压阻式压力检测。传感器灵敏度 50 kPa⁻¹、检测下限 2 Pa，可贴附于皮肤采集脉搏波形，也可阵列化用作机器人触觉。制备工艺简单，单片成本低于 5 元。',
		advantages: ['灵敏度 50 kPa⁻¹，检测下限 2 Pa', '弯折 1 万次性能无衰减', '单片成本 <5 元'],
		applications: '智能穿戴脉搏监测、康复训练、机器人电子皮肤、智能座椅',
		ipc: ['G01L 1/18', 'G01L 1/20', 'A61B 5/02'],
		patents: [['一种随机微棘结构柔性压阻式压力传感器及其制备方法', 'I', 2021, 'G'], ['一种柔性压力传感阵列', 'U', 2022, 'G']],
		coInventors: ['周婷', '何宇航']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 4, modes: ['equity', 'joint_development'], price: null,
		title: '面向边缘计算的低功耗目标检测芯片架构',
		pitch: '0.5 瓦功耗下对 1080P 视频实现 60 帧每秒检测，能效比 4 TOPS/W',
		summary: '架构采用稀疏卷积加速阵列与片上权重压缩存储，配合量化感知训练把模型压缩至 4 比特，显著降低访存功耗。FPGA 原型与 28 nm 工艺流片前仿真表明，在 1080P 视频上以 60 帧每秒运行 YOLO 类检测网络，功耗 0.5 瓦，精度损失小于 1%。',
		advantages: ['功耗 0.5 瓦，60 帧每秒', '能效比 4 TOPS/W', '4 比特量化精度损失 <1%'],
		applications: '安防摄像头、车载 ADAS 终端、无人机与工业相机',
		ipc: ['G06N 3/063', 'G06N 3/0495', 'G06V 10/82'],
		patents: [['一种面向稀疏卷积神经网络的硬件加速器', 'I', 2022, 'G'], ['一种卷积神经网络权重片上压缩存储方法', 'I', 2024, 'P']],
		coInventors: ['许晨阳', '杨帆', '赵小燕']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 8, modes: ['exclusive_license', 'assignment'], price: 1600000,
		title: '山区输电线路巡检无人机自主避障系统',
		pitch: '复杂山区线路自主巡检，避障成功率 99%，巡检效率提升 3 倍',
		summary: '融合双目视觉与 77 GHz 毫米波雷达，对导线、树障和铁塔进行实时三维感知，基于改进的快速搜索随机树算法在线规划避障航迹。在渝东北山区 500 kV 线路累计自主巡检 1600 公里，避障成功率 99%，单架次巡检里程较人工遥控提升 3 倍。',
		advantages: ['避障成功率 99%', '巡检效率提升 3 倍', '可识别直径 10 mm 以上导线'],
		applications: '输电线路巡检、油气管道巡线、山区应急测绘',
		ipc: ['G05D 1/10', 'B64U 10/13', 'G01S 13/86'],
		patents: [['一种基于视觉与毫米波雷达融合的无人机导线避障方法', 'I', 2020, 'G'], ['一种输电线路巡检无人机航迹在线规划方法', 'I', 2021, 'G'], ['一种巡检无人机双目相机减振云台', 'U', 2020, 'L']],
		coInventors: ['程远', '何宇航']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 6, modes: ['non_exclusive_license'], price: 250000,
		title: '古籍异体字智能识别与版式分析方法',
		pitch: '竖排古籍异体字识别准确率 95%，自动区分正文、双行夹注与眉批',
		summary: '结合字形部件结构先验与视觉 Transformer，对刻本、抄本古籍中的异体字、通假字进行识别，并用版式分析模型自动区分正文、双行夹注与眉批。在 30 万字标注语料上测试，字符识别准确率 95%，较通用 OCR 提升 20 个百分点，已用于地方志数字化项目。',
		advantages: ['异体字识别准确率 95%', '较通用 OCR 提升 20 个百分点', '自动区分正文、夹注与眉批'],
		applications: '图书馆与档案馆古籍数字化、地方志整理、文博出版',
		ipc: ['G06V 30/28', 'G06V 30/414', 'G06V 10/82'],
		patents: [['一种融合字形部件先验的古籍异体字识别方法', 'I', 2022, 'G']],
		coInventors: ['冯雪', '王博文']
	},
	{
		owner: 'zhang', industry: 'electronic_information', trl: 9, modes: ['assignment', 'non_exclusive_license'], price: 1200000,
		title: '光纤光栅桥梁结构健康监测系统',
		pitch: '应变测量精度 1 微应变，现场无需供电，传感器寿命 20 年',
		summary: '采用封装增敏的光纤光栅应变、温度和加速度传感器构建分布式监测网络，通过波分复用在单根光纤上串接 60 个测点，由云平台进行损伤识别与分级预警。系统已在两座跨江斜拉桥运行 5 年，数据完好率 99.6%，成功捕捉超载车辆和拉索异常振动事件。',
		advantages: ['应变精度 1 微应变', '单根光纤串接 60 个测点', '现场无源，寿命 20 年'],
		applications: '大跨桥梁、隧道、边坡与大坝结构健康监测',
		ipc: ['G01M 5/0041', 'G01D 5/353', 'G01B 11/16'],
		patents: [['一种基于光纤光栅的斜拉桥拉索索力监测方法', 'I', 2016, 'G'], ['一种封装增敏型光纤光栅应变传感器', 'U', 2017, 'G']],
		coInventors: ['李俊峰', '刘海涛']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 7, modes: ['non_exclusive_license', 'exclusive_license'], price: 300000,
		title: 'Low-power LoRa soil moisture sensor network for hillside farms',
		pitch: 'Five-year battery life and ±2% moisture accuracy on terraced slopes',
		summary: 'Terraced orchards and tea gardens are too hilly for reliable cellular coverage and too large for wired sensors. Capacitive soil probes with temperature compensation report every 30 minutes over LoRa, using adaptive duty cycling and relay nodes that route around ridges. A 120-node deployment in a Jiangjin citrus orchard ran for two years on its original batteries, and irrigation water use fell by 25%.',
		advantages: ['Five-year battery life on two AA cells', '±2% volumetric moisture accuracy', '25% less irrigation water in field trials'],
		applications: 'Smart irrigation for orchards, tea gardens and vegetable bases; slope monitoring',
		ipc: ['G01N 27/223', 'H04W 84/18', 'A01G 25/16'],
		patents: [['Capacitive soil moisture sensor with temperature compensation', 'U', 2021, 'G'], ['Adaptive duty cycling method for LoRa sensor networks in mountainous terrain', 'I', 2022, 'G']],
		coInventors: ['Zhou Jianhua', 'Yang Fan']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 6, modes: ['exclusive_license', 'equity'], price: 800000,
		title: 'Millimetre-wave radar fall detection for elderly care',
		pitch: 'Detects 96% of falls without cameras, including in bathrooms and through bedding',
		summary: 'Cameras are unwelcome in bedrooms and bathrooms, and wearables are often left on the nightstand. A 60 GHz radar module extracts micro-Doppler and point-cloud features, and a small neural network on the module tells falls apart from sitting and lying down. In trials in three Chongqing care homes it detected 96% of falls with fewer than one false alarm per room per week, and it also tracks breathing rate during sleep.',
		advantages: ['96% fall detection rate', 'Under one false alarm per room per week', 'No camera: privacy-preserving', 'Breathing rate monitoring included'],
		applications: 'Elderly care homes, home care, hospital wards, smart bathrooms',
		ipc: ['G01S 13/88', 'G01S 7/415', 'G08B 21/043'],
		patents: [['Millimetre-wave radar fall detection method based on micro-Doppler and point-cloud features', 'I', 2022, 'G'], ['Non-contact breathing rate measurement device based on radar', 'U', 2023, 'G'], ['Housing for a wall-mounted radar sensor', 'D', 2023, 'G']],
		coInventors: ['Zhao Xiaoyan', 'Xu Chenyang', 'Chen Yutong']
	},
	{
		owner: 'liu', industry: 'electronic_information', trl: 6, modes: ['non_exclusive_license'], price: 450000,
		title: 'Speech recognition for Southwestern Mandarin dialects',
		pitch: 'Cuts the character error rate on Chongqing and Sichuan dialect speech from 28% to 9%',
		summary: 'General-purpose speech recognisers struggle with Southwestern Mandarin, spoken by more than 200 million people. We built a 3,000-hour annotated corpus of Chongqing, Chengdu and Guizhou speech and fine-tuned a streaming conformer model with dialect-aware pronunciation lexicons. The character error rate fell from 28% to 9% on held-out dialect speech, and the model runs in real time on a smartphone CPU.',
		advantages: ['Character error rate down from 28% to 9%', '3,000-hour annotated dialect corpus', 'Real time on a smartphone CPU'],
		applications: 'Government service hotlines, in-car voice assistants, apps for older users, meeting transcription',
		ipc: ['G10L 15/16', 'G10L 15/07', 'G10L 15/183'],
		patents: [['Streaming speech recognition method for dialects using dialect-aware pronunciation lexicons', 'I', 2023, 'P']],
		coInventors: ['Feng Xue', 'Wang Bowen']
	},

	// ── biomedicine ──
	{
		owner: 'chen', industry: 'biomedicine', trl: 5, modes: ['exclusive_license', 'joint_development'], price: 1500000,
		title: '家蚕丝素蛋白多孔医用敷料',
		pitch: '慢性创面完全愈合时间缩短 30%，生长因子 7 天缓释，可完全生物降解',
		summary: '以家蚕茧为原料提取再生丝素蛋白，经冷冻干燥构建孔径 80–150 μm 的三维多孔支架，并负载表皮生长因子实现 7 天缓释。在大鼠糖尿病创面模型中，创面完全愈合时间较商用敷料缩短 30%，新生组织胶原排列更规则。原料来自重庆蚕桑产业，成本低、来源稳定。',
		advantages: ['愈合时间缩短 30%', '生长因子 7 天缓释', '完全可降解，细胞毒性 0 级'],
		applications: '烧烫伤、糖尿病足等慢性创面护理；医用敷料生产企业',
		ipc: ['A61L 15/32', 'A61L 15/44', 'A61L 15/42'],
		patents: [['一种负载生长因子的丝素蛋白多孔敷料及其制备方法', 'I', 2020, 'G'], ['一种再生丝素蛋白溶液的快速制备方法', 'I', 2018, 'G']],
		coInventors: ['周婷', '冯雪']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 7, modes: ['assignment', 'non_exclusive_license'], price: 600000,
		title: '石柱黄连小檗碱绿色提取纯化工艺',
		pitch: '小檗碱收率提高 25%，乙醇回收率 95%，不使用氯仿等有毒溶剂',
		summary: '针对石柱黄连道地药材，采用超声辅助低浓度乙醇提取与大孔树脂—结晶联用纯化，替代传统硫酸浸提和有机溶剂萃取。小檗碱收率较传统工艺提高 25%，产品纯度 98% 以上，溶剂回收率 95%，生产废水 COD 降低 60%。已完成百公斤级中试。',
		advantages: ['收率提高 25%，纯度 ≥98%', '乙醇回收率 95%', '废水 COD 降低 60%'],
		applications: '中药提取物生产、黄连素原料药、保健食品',
		ipc: ['A61K 36/718', 'B01D 15/08', 'C07D 455/03'],
		patents: [['一种黄连中小檗碱的绿色提取纯化方法', 'I', 2019, 'G']],
		coInventors: ['黄晓丽', '王博文']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 6, modes: ['exclusive_license', 'equity'], price: null,
		title: '量子点荧光免疫层析肿瘤标志物快速检测试纸条',
		pitch: '15 分钟出结果，检出限 0.1 ng/mL，一张试纸条同时定量 AFP 与 CEA',
		summary: '以高亮度核壳量子点标记抗体，结合双检测线设计，在一张试纸条上同时定量检测甲胎蛋白（AFP）和癌胚抗原（CEA），配套手持式荧光读数仪。临床样本比对显示与化学发光法一致率 96%，单次检测成本约为其五分之一，适用于基层医疗机构筛查。',
		advantages: ['15 分钟出结果', '检出限 0.1 ng/mL', '与化学发光法一致率 96%，成本仅 1/5'],
		applications: '基层医院与体检中心肿瘤筛查、社区健康管理',
		ipc: ['G01N 33/558', 'G01N 33/574', 'G01N 33/58'],
		patents: [['一种基于量子点的双标志物荧光免疫层析试纸条', 'I', 2021, 'G'], ['一种手持式荧光免疫层析读数仪', 'U', 2021, 'G']],
		coInventors: ['何宇航', '孙浩然', '吴佳怡']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 3, modes: ['option', 'joint_development'], price: null,
		title: 'pH 响应型纳米胶束抗肿瘤药物递送载体',
		pitch: '肿瘤部位药物富集提高 4 倍，抑瘤率 78%，心脏毒性显著降低',
		summary: '两亲性嵌段共聚物自组装形成粒径约 80 nm 的纳米胶束并包载阿霉素，在血液中性环境下保持稳定，进入肿瘤酸性微环境后快速释药。荷瘤小鼠实验中，肿瘤部位药物浓度为游离药物的 4 倍，抑瘤率 78%，心脏毒性指标明显降低。载体材料可规模化合成。',
		advantages: ['肿瘤药物富集提高 4 倍', '抑瘤率 78%', '心脏毒性显著降低'],
		applications: '抗肿瘤新制剂与改良型新药开发',
		ipc: ['A61K 9/107', 'A61K 47/69', 'A61P 35/00'],
		patents: [['一种 pH 响应型嵌段共聚物纳米胶束及其载药应用', 'I', 2023, 'P']],
		coInventors: ['周婷']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 6, modes: ['exclusive_license', 'assignment'], price: 3000000,
		title: '重组人源化Ⅲ型胶原蛋白毕赤酵母高效表达与纯化方法',
		pitch: '发酵表达量 12 g/L，纯度 99%，生产成本降低 60%',
		summary: '通过密码子优化、多拷贝整合和甲醇诱导策略优化，在毕赤酵母中高效分泌表达人源化Ⅲ型胶原蛋白片段，并建立两步层析纯化工艺。50 L 发酵罐表达量达 12 g/L，产品纯度 99%，内毒素低于 10 EU/mg，具备三螺旋结构与细胞黏附活性。',
		advantages: ['表达量 12 g/L', '纯度 99%，内毒素 <10 EU/mg', '生产成本降低 60%'],
		applications: '医用敷料、医疗器械与功能性护肤品原料',
		ipc: ['C07K 14/78', 'C12N 15/81', 'C12P 21/02'],
		patents: [['一种重组人源化Ⅲ型胶原蛋白的毕赤酵母表达方法', 'I', 2021, 'G'], ['一种重组胶原蛋白的两步层析纯化方法', 'I', 2022, 'G'], ['一种高产重组胶原蛋白的毕赤酵母工程菌', 'P', 2022, 'P']],
		coInventors: ['冯雪', '杨帆']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 4, modes: ['option', 'exclusive_license'], price: null,
		title: 'Silk fibroin microneedle patch for painless insulin delivery',
		pitch: 'Delivers insulin through the skin in 10 minutes, with glucose control equal to injections in animal tests',
		summary: 'Dissolving microneedles made of silk fibroin hold insulin in their tips and keep it stable at room temperature for three months. Pressed onto the skin, the 600 µm needles dissolve within 10 minutes and release their dose without pain. In diabetic rats, glucose control matched subcutaneous injection. The silk comes from local sericulture, and the patches are cast in reusable silicone moulds.',
		advantages: ['Insulin stable at room temperature for 3 months', 'Painless: needles dissolve in 10 minutes', 'Glucose control equal to subcutaneous injection in animal tests'],
		applications: 'Insulin and vaccine delivery; dermatological and cosmetic patches',
		ipc: ['A61M 37/0015', 'A61K 9/0021', 'A61K 38/28'],
		patents: [['Silk fibroin dissolving microneedle patch loaded with insulin and preparation method', 'I', 2022, 'G'], ['Mould for casting dissolving microneedle arrays', 'U', 2022, 'G']],
		coInventors: ['Zhou Ting', 'Feng Xue']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 5, modes: ['exclusive_license', 'assignment'], price: 1000000,
		title: 'Urate-lowering probiotic strain isolated from Chongqing paocai',
		pitch: 'Lowers serum uric acid by 35% in animal models; deposited strain ready for food use',
		summary: 'Lactobacillus plantarum JY-18 was isolated from traditional Chongqing pickled vegetables (paocai) and selected for breaking down purine nucleosides in the gut. In hyperuricaemic mice, eight weeks of feeding lowered serum uric acid by 35% and protected kidney function. The strain tolerates gastric acid and bile, survives freeze-drying at more than 10¹¹ CFU/g, and is deposited at the China General Microbiological Culture Collection Center.',
		advantages: ['35% lower serum uric acid in mice', 'Survives freeze-drying at >10¹¹ CFU/g', 'Deposited strain with whole-genome safety assessment'],
		applications: 'Probiotic supplements, functional dairy and fermented foods for people with high uric acid',
		ipc: ['C12N 1/20', 'A61K 35/747', 'A23L 33/135'],
		patents: [['Lactobacillus plantarum strain degrading purine nucleosides and its use', 'I', 2021, 'G']],
		coInventors: ['Wang Bowen', 'Zhou Jianhua']
	},
	{
		owner: 'chen', industry: 'biomedicine', trl: 5, modes: ['joint_development', 'option'], price: 800000,
		title: 'Aptamer electrochemical sensor for bedside sepsis testing',
		pitch: 'Measures procalcitonin from a finger-prick in 8 minutes, down to 0.05 ng/mL',
		summary: 'Sepsis treatment depends on fast biomarker results, but central laboratories take hours. Screen-printed electrodes modified with gold nanostructures and a procalcitonin-specific aptamer give an impedance signal proportional to concentration. The sensor needs 20 µL of whole blood, reads out on a palm-sized analyser in 8 minutes, and correlated at r = 0.97 with hospital immunoassays across 180 patient samples.',
		advantages: ['8-minute result from 20 µL of blood', 'Detection limit 0.05 ng/mL', 'r = 0.97 against hospital immunoassays'],
		applications: 'Emergency departments, intensive care units, primary care clinics',
		ipc: ['G01N 27/327', 'G01N 33/5438', 'C12N 15/115'],
		patents: [['Aptamer-modified electrode for procalcitonin detection and preparation method', 'I', 2023, 'G'], ['Portable impedance analyser for point-of-care testing', 'U', 2023, 'G']],
		coInventors: ['He Yuhang', 'Sun Haoran', 'Yang Fan']
	},

	// ── modern agriculture ──
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 7, modes: ['non_exclusive_license', 'exclusive_license'], price: 400000,
		title: '柑橘黄龙病田间快速检测技术',
		pitch: '果园现场 30 分钟出结果，准确率 98%，单次检测成本低于 15 元',
		summary: '针对柑橘黄龙病病原菌设计重组酶聚合酶扩增（RPA）引物，结合 CRISPR/Cas12a 荧光读出和便携式恒温检测仪，叶片样品无需核酸纯化即可在果园现场快速检测。与实验室 qPCR 方法比对 1200 份样品，准确率 98%。可用于三峡库区柑橘产区的苗木检疫和病树早期普查。',
		advantages: ['30 分钟出结果', '与 qPCR 比对准确率 98%', '单次成本 <15 元，无需核酸纯化'],
		applications: '柑橘苗木检疫、果园病害普查、植保站与合作社现场筛查',
		ipc: ['C12Q 1/689', 'C12Q 1/6844', 'C12N 15/11'],
		patents: [['一种柑橘黄龙病菌 RPA-CRISPR/Cas12a 快速检测引物组及方法', 'I', 2021, 'G'], ['一种便携式恒温核酸检测仪', 'U', 2022, 'G']],
		coInventors: ['陈雨桐', '杨帆']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 8, modes: ['non_exclusive_license', 'assignment'], price: 500000,
		title: '涪陵榨菜低盐腌制与超声辅助脱盐工艺',
		pitch: '成品含盐量降低 40%，脆度与风味保持，腌制周期缩短 20%',
		summary: '以分段梯度加盐替代传统“三腌三榨”高盐工艺，接种本地分离的耐盐乳酸菌控制发酵，并用超声辅助脱盐缩短脱盐时间、减少风味物质流失。成品含盐量由 10% 降至 6%，亚硝酸盐低于 5 mg/kg，感官评分与传统产品无显著差异。腌制废水减少 30%，已在涪陵两家企业试生产。',
		advantages: ['榨菜含盐量降低 40%', '腌制周期缩短 20%', '腌制废水减少 30%，亚硝酸盐 <5 mg/kg'],
		applications: '榨菜、泡菜等腌制蔬菜加工企业',
		ipc: ['A23L 19/20', 'A23B 7/10', 'A23L 5/30'],
		patents: [['一种榨菜低盐梯度腌制方法', 'I', 2019, 'G'], ['一种腌制蔬菜超声辅助脱盐装置', 'U', 2020, 'G'], ['一种耐盐植物乳杆菌及其在榨菜发酵中的应用', 'I', 2021, 'G']],
		coInventors: ['黄晓丽', '王博文']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 8, modes: ['exclusive_license', 'non_exclusive_license'], price: 800000,
		title: '家蚕多丝量抗病新品种分子标记辅助选育技术',
		pitch: '蚕茧单产提高 15%，病害损失减少一半，育种周期由 8 年缩短至 5 年',
		summary: '基于家蚕基因组重测序开发与茧层率、抗核型多角体病毒病紧密连锁的分子标记，建立早期分子筛选与常规育种相结合的选育体系。选育的新品种在重庆、四川示范饲养 3 万张蚕种，单产提高 15%，病害损失减少一半，茧丝品质满足高品位生丝要求。',
		advantages: ['单产提高 15%', '病害损失减少 50%', '育种周期由 8 年缩短至 5 年'],
		applications: '蚕种场、蚕桑生产基地、丝绸原料企业',
		ipc: ['A01K 67/04', 'C12Q 1/6888'],
		patents: [['一种与家蚕抗核型多角体病毒病紧密连锁的分子标记及其应用', 'I', 2018, 'G'], ['一种家蚕高茧层率品种的分子标记辅助选育方法', 'I', 2020, 'G']],
		coInventors: ['陈雨桐', '程远', '周婷']
	},
	{
		owner: 'zhang', industry: 'modern_agriculture', trl: 9, modes: ['assignment', 'non_exclusive_license'], price: 300000,
		title: '丘陵山地果园齿轨单轨运输机',
		pitch: '最大爬坡 45°，载重 300 kg，果园运输成本降低 60%',
		summary: '采用齿轮齿条驱动和双向自锁制动的单轨运输机，轨道可沿等高线和坡面灵活布置，农户用常规工具即可安装。整机由汽油机或锂电池驱动，最大爬坡 45°、载重 300 kg，具备遥控和自动往返功能。已在奉节脐橙、万州柑橘园推广 60 余套。',
		advantages: ['最大爬坡 45°，载重 300 kg', '运输成本降低 60%', '双向自锁制动，断链不溜车'],
		applications: '山地柑橘、脐橙、茶园与中药材基地的物资运输',
		ipc: ['B61B 13/04', 'B61C 11/04', 'A01D 90/00'],
		patents: [['一种单轨运输机双向自锁制动装置', 'U', 2016, 'L'], ['一种山地果园齿轨单轨运输机', 'I', 2017, 'G'], ['一种单轨运输机遥控往返控制系统', 'U', 2018, 'G']],
		coInventors: ['刘海涛', '周建华']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 8, modes: ['non_exclusive_license'], price: 200000,
		title: '稻渔综合种养智能水位与溶氧调控系统',
		pitch: '节水 30%，小龙虾存活率提高 15%，亩均增收 800 元',
		summary: '系统由水位、溶解氧和水温传感器、太阳能供电控制箱与自动闸门组成，按水稻生育期和鱼虾养殖需求联动调控水位，溶氧不足时自动增氧。在潼南、永川稻渔基地 2000 亩示范应用，节水 30%，小龙虾存活率提高 15%，亩均增收 800 元。',
		advantages: ['节水 30%', '亩均增收 800 元', '太阳能供电，无需架设电网'],
		applications: '稻鱼、稻虾、稻鳅综合种养基地与家庭农场',
		ipc: ['A01K 61/10', 'A01G 25/16', 'A01K 63/04'],
		patents: [['一种稻渔综合种养田水位与溶氧联动调控系统', 'U', 2021, 'G'], ['一种稻田养殖自动闸门', 'U', 2022, 'G']],
		coInventors: ['杨帆']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 5, modes: ['joint_development', 'exclusive_license'], price: null,
		title: '丘陵茶园名优茶嫩芽识别与智能采摘机',
		pitch: '一芽一叶识别准确率 92%，采摘效率为人工的 8 倍，芽叶完整率 85%',
		summary: '采用轻量化实例分割网络识别一芽一叶、一芽二叶嫩梢，双目相机定位采摘点，柔性指夹式末端执行器模拟人手提采，避免机械切割造成的断碎。履带式底盘适应 25° 以内的坡地茶园。在永川茶园测试中嫩芽识别准确率 92%，芽叶完整率 85%。',
		advantages: ['嫩芽识别准确率 92%', '采摘效率为人工的 8 倍', '芽叶完整率 85%'],
		applications: '名优绿茶、红茶茶园；丘陵山区茶叶合作社',
		ipc: ['A01D 46/04', 'G06V 20/68', 'B25J 15/08'],
		patents: [['一种名优茶嫩芽识别与采摘点定位方法', 'I', 2022, 'G'], ['一种仿人手提采的茶叶采摘末端执行器', 'I', 2023, 'P']],
		coInventors: ['刘思远', '许晨阳']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 7, modes: ['non_exclusive_license', 'assignment'], price: 350000,
		title: '柑橘采后壳聚糖复合涂膜保鲜技术',
		pitch: '常温贮藏 90 天好果率 92%，不使用化学杀菌剂',
		summary: '以壳聚糖、纳米二氧化钛和橘皮精油复配成可食性涂膜，抑制青霉、绿霉病菌并降低果实呼吸强度，配套自动化喷涂打蜡线。在血橙和沃柑上常温贮藏 90 天，好果率 92%，失重率低于 5%，不使用咪鲜胺等化学杀菌剂，满足出口要求。',
		advantages: ['常温贮藏 90 天好果率 92%', '失重率 <5%', '不含化学杀菌剂，满足出口要求'],
		applications: '柑橘采后商品化处理中心、果品出口企业、冷链物流',
		ipc: ['A23B 7/16', 'A23B 7/154', 'A23B 9/14'],
		patents: [['一种柑橘采后壳聚糖复合保鲜涂膜及其制备方法', 'I', 2020, 'G']],
		coInventors: []
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 6, modes: ['exclusive_license', 'joint_development'], price: 900000,
		title: 'Citrus peel biorefinery for pectin and essential oil',
		pitch: 'Turns a tonne of citrus peel into 25 kg of pectin and 4 kg of essential oil, using half the acid',
		summary: 'Juice plants in the Three Gorges area discard hundreds of thousands of tonnes of citrus peel every year. Steam distillation first recovers the essential oil; microwave-assisted extraction with a recyclable organic-acid system then yields high-methoxyl pectin, and the residue is fermented into feed. Pilot runs at 5 tonnes per day gave 25 kg of food-grade pectin and 4 kg of oil per tonne of fresh peel, with half the acid of conventional extraction.',
		advantages: ['25 kg pectin and 4 kg essential oil per tonne of peel', '50% less acid than conventional extraction', 'Residue becomes animal feed: near-zero waste'],
		applications: 'Citrus juice and canning plants; food additive and flavour producers',
		ipc: ['C08B 37/06', 'C11B 9/02', 'A23K 10/37'],
		patents: [['Method for co-producing pectin and essential oil from citrus peel', 'I', 2020, 'G'], ['Microwave-assisted pectin extraction with recyclable organic acids', 'I', 2022, 'G']],
		coInventors: ['Huang Xiaoli', 'Cheng Yuan']
	},
	{
		owner: 'zhou', industry: 'modern_agriculture', trl: 7, modes: ['non_exclusive_license', 'equity'], price: 250000,
		title: 'Solar-powered insect trap with image-based pest counting',
		pitch: 'Counts 12 orchard pests automatically with 94% accuracy and cuts pesticide sprays by 30%',
		summary: 'A solar-powered light and pheromone trap photographs its sticky board every few hours, and an on-device model identifies and counts 12 common pests of citrus, tea and vegetables, including the Asian citrus psyllid that spreads Huanglongbing. Counts go to a phone app that warns when thresholds are crossed, so farmers spray only when needed. Over two seasons in Jiangjin and Zhongxian orchards, pesticide applications fell by 30%.',
		advantages: ['94% counting accuracy across 12 pests', '30% fewer pesticide sprays', 'Solar-powered, runs off-grid all year'],
		applications: 'Citrus orchards, tea gardens, vegetable bases and plant protection stations',
		ipc: ['A01M 1/04', 'A01M 1/02', 'G06V 20/52'],
		patents: [['Pest trap with automatic image capture and counting', 'U', 2021, 'G'], ['Method for identifying orchard pests on sticky boards by deep learning', 'I', 2022, 'G']],
		coInventors: ['Liu Siyuan', 'Yang Fan']
	},

	// ── energy & environment ──
	{
		owner: 'he', industry: 'energy_environment', trl: 9, modes: ['non_exclusive_license', 'assignment'], price: 1000000,
		title: '城镇污水处理厂精确曝气低碳控制系统',
		pitch: '按需曝气，吨水电耗降低 18%，出水氨氮稳定达到一级 A 标准',
		summary: '系统以在线溶解氧、氨氮和进水流量数据为输入，采用模型预测控制动态计算各廊道需气量，联动鼓风机与电动调节阀实现精确曝气。在日处理 10 万吨的城镇污水处理厂运行 2 年，曝气电耗降低 18%，碳源投加减少 12%，出水氨氮稳定低于 1.5 mg/L。',
		advantages: ['吨水电耗降低 18%', '碳源投加减少 12%', '出水氨氮稳定 <1.5 mg/L'],
		applications: '城镇污水处理厂节能降碳改造、工业园区污水处理厂',
		ipc: ['C02F 3/006', 'C02F 3/12', 'G05B 13/04'],
		patents: [['一种基于模型预测控制的污水处理精确曝气方法', 'I', 2019, 'G'], ['一种污水处理厂曝气廊道气量分配装置', 'U', 2020, 'G']],
		coInventors: ['程远', '黄晓丽']
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 9, modes: ['assignment', 'non_exclusive_license'], price: 800000,
		title: '农村分散式生活污水处理一体化设备',
		pitch: '占地减少 50%，吨水电耗 0.25 kWh，无人值守，出水达到一级 A 标准',
		summary: '设备将改良 A²O 工艺与移动床生物膜（MBBR）耦合在一个玻璃钢罐体内，配合太阳能供电和远程运维平台，适用于 20–200 吨/日的农村聚居点和旅游景区。已在渝东南 40 余个村落应用，COD、氨氮与总磷去除稳定，出水达到 GB 18918 一级 A 标准。',
		advantages: ['占地减少 50%', '吨水电耗 0.25 kWh', '远程运维，无人值守'],
		applications: '农村生活污水、旅游景区、高速公路服务区与学校的污水处理',
		ipc: ['C02F 9/14', 'C02F 3/30', 'C02F 3/08'],
		patents: [['一种 A²O 与 MBBR 耦合的一体化污水处理设备', 'I', 2018, 'G'], ['一种一体化污水处理罐体', 'U', 2018, 'L'], ['一种分散式污水处理设备远程运维系统', 'I', 2020, 'G']],
		coInventors: ['冯雪', '刘海涛', '周建华']
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 6, modes: ['exclusive_license', 'joint_development'], price: 2000000,
		title: '难降解工业废水掺硼金刚石电极电催化氧化深度处理技术',
		pitch: 'COD 去除率 90%，无需投加化学药剂，不产生污泥',
		summary: '采用自主制备的大面积掺硼金刚石（BDD）电极，在电极表面产生羟基自由基直接矿化难降解有机物，配套脉冲电源与板框式反应器降低能耗。处理化工园区制药废水生化出水，COD 由 300 mg/L 降至 30 mg/L 以下，吨水电耗 8 kWh，电极寿命超过 5 年，可作为工业废水水处理提标改造的深度处理单元。',
		advantages: ['COD 去除率 90%', '无需投加药剂，不产生污泥', 'BDD 电极寿命 >5 年'],
		applications: '制药、化工、印染与垃圾渗滤液等难降解废水深度处理',
		ipc: ['C02F 1/461', 'C02F 1/4672', 'C23C 16/27'],
		patents: [['一种大面积掺硼金刚石电极的制备方法', 'I', 2018, 'G'], ['一种脉冲电催化氧化废水处理装置', 'I', 2021, 'G']],
		coInventors: ['李明远', '孙浩然']
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 8, modes: ['non_exclusive_license'], price: 400000,
		title: '给水处理超滤膜污染协同控制方法',
		pitch: '膜化学清洗周期延长 2 倍，水厂运行成本降低 25%，出水浊度低于 0.1 NTU',
		summary: '针对长江、嘉陵江原水季节性高藻、高浊导致的超滤膜污染问题，采用高锰酸钾预氧化与粉末活性炭协同投加，并根据跨膜压差增长速率自动调整反冲洗与投加策略。在日供水 5 万吨的自来水厂应用，膜化学清洗周期由 30 天延长至 90 天。',
		advantages: ['化学清洗周期延长 2 倍', '运行成本降低 25%', '出水浊度 <0.1 NTU'],
		applications: '自来水厂给水处理、二次供水、膜法净水设备',
		ipc: ['C02F 1/44', 'B01D 65/08', 'C02F 1/28', 'C02F 1/72'],
		patents: [['一种超滤膜污染的预氧化与粉末活性炭协同控制方法', 'I', 2020, 'G']],
		coInventors: ['杨帆', '程远']
	},
	{
		owner: 'li', industry: 'energy_environment', trl: 7, modes: ['non_exclusive_license', 'exclusive_license'], price: 300000,
		title: '空气源热泵结霜图谱按需除霜控制方法',
		pitch: '除霜能耗降低 30%，平均制热量提高 8%，适应长江流域高湿冬季',
		summary: '长江流域冬季湿度高，空气源热泵结霜频繁，传统定时除霜常在无霜时误除霜。本方法建立室外温度、湿度与结霜速率的结霜图谱，结合翅片两侧压差实时判断结霜程度，仅在需要时启动除霜。在重庆某小区热泵热水系统中运行一个采暖季，除霜能耗降低 30%。',
		advantages: ['除霜能耗降低 30%', '平均制热量提高 8%', '通过软件升级即可改造既有机组'],
		applications: '空气源热泵采暖与热水机组、热泵烘干、冷链冷库',
		ipc: ['F25B 47/02', 'F24D 3/18', 'F25D 21/00'],
		patents: [['一种基于结霜图谱的空气源热泵按需除霜控制方法', 'I', 2019, 'G']],
		coInventors: []
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 8, modes: ['assignment', 'joint_development'], price: 2500000,
		title: '页岩气压裂返排液高盐废水资源化处理技术',
		pitch: '返排液回用率 95%，处理成本降低 40%，浓盐水结晶为工业盐',
		summary: '针对涪陵页岩气田压裂返排液高盐、高悬浮物、含聚合物的特点，集成电絮凝、管式微滤、反渗透与机械蒸汽再压缩（MVR）蒸发结晶工艺，产水回用于压裂配液，浓盐水结晶为工业盐。示范工程日处理 500 立方米，回用率 95%，处理成本较拉运回注降低 40%。',
		advantages: ['回用率 95%', '处理成本降低 40%', '结晶盐达到工业盐标准'],
		applications: '页岩气、致密气开采返排液处理；煤化工高盐废水处理',
		ipc: ['C02F 9/00', 'C02F 1/04', 'C02F 103/10', 'E21B 43/26'],
		patents: [['一种页岩气压裂返排液资源化处理方法', 'I', 2017, 'G'], ['一种压裂返排液电絮凝预处理装置', 'U', 2018, 'G'], ['一种高盐废水机械蒸汽再压缩蒸发结晶系统', 'I', 2019, 'G']],
		coInventors: ['程远', '王博文']
	},
	{
		owner: 'li', industry: 'energy_environment', trl: 7, modes: ['exclusive_license', 'non_exclusive_license'], price: 1500000,
		title: '锂电池储能电站热失控多源融合预警系统',
		pitch: '热失控发生前 20 分钟预警，误报率低于 1%，联动断电与消防',
		summary: '系统在电池簇内布置氢气、一氧化碳、温度和压力传感器，结合电池管理系统的电压、内阻数据，采用多源信息融合与分级判据识别早期热失控特征，预警后联动断电、排风和全氟己酮灭火。在 50 MWh 储能电站运行 1 年，多次提前发现单体析锂和连接件过热隐患。',
		advantages: ['热失控前 20 分钟预警', '误报率 <1%', '分级处置，联动消防与断电'],
		applications: '电化学储能电站、数据中心 UPS、换电站与动力电池仓储',
		ipc: ['H01M 10/48', 'H01M 10/42', 'G08B 21/18', 'A62C 3/16'],
		patents: [['一种基于多源信息融合的储能电池热失控预警方法', 'I', 2021, 'G'], ['一种储能电池簇内气体与温度复合探测器', 'U', 2022, 'G']],
		coInventors: ['何静', '许晨阳']
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 8, modes: ['non_exclusive_license', 'assignment'], price: 700000,
		title: '餐厨垃圾两相厌氧发酵产沼气工艺',
		pitch: '吨垃圾沼气产量提高 35%，连续运行无酸化失稳，沼渣制成有机肥',
		summary: '将水解酸化与产甲烷分为两相，前端添加微量元素和导电材料以强化种间直接电子传递，解决餐厨垃圾高油高盐导致的酸化失稳问题。在日处理 200 吨的城市餐厨垃圾处理厂应用，吨垃圾沼气产量由 75 立方米提高到 100 立方米，沼渣经好氧堆肥制成有机肥。',
		advantages: ['沼气产量提高 35%', '连续运行 2 年无酸化失稳', '沼渣资源化制有机肥'],
		applications: '城市餐厨垃圾处理厂、食品加工有机废弃物处理',
		ipc: ['C12P 5/023', 'C02F 11/04', 'B09B 3/65'],
		patents: [['一种强化种间直接电子传递的餐厨垃圾两相厌氧发酵方法', 'I', 2020, 'G']],
		coInventors: ['周婷', '杨帆']
	},
	{
		owner: 'zhang', industry: 'energy_environment', trl: 8, modes: ['non_exclusive_license', 'assignment'], price: 450000,
		title: 'Closed-loop heat pump dryer for chillies and herbs',
		pitch: 'Dries chillies and herbs with 45% less energy than coal-fired kilns and better colour retention',
		summary: "Chongqing's chilli and herb growers still rely on coal-fired kilns. This closed-loop heat pump dryer recovers the latent heat of the moist exhaust air, and a staged temperature and humidity schedule keeps capsaicin and colour intact. A 3-tonne-per-batch dryer in Shizhu used 45% less energy than the coal kiln it replaced, with no combustion emissions, and the dried chillies scored higher on ASTA colour value.",
		advantages: ['45% less energy than coal kilns', 'No on-site combustion emissions', 'ASTA colour value up by 15%'],
		applications: 'Drying of chillies, Sichuan pepper, Chinese herbs, fruit and vegetables',
		ipc: ['F26B 23/005', 'F26B 21/08', 'F25B 30/02'],
		patents: [['Closed-loop heat pump drying system with exhaust heat recovery', 'I', 2019, 'G'], ['Staged temperature and humidity control method for heat pump drying of chillies', 'I', 2021, 'G']],
		coInventors: ['Li Junfeng', 'Zhou Jianhua']
	},
	{
		owner: 'he', industry: 'energy_environment', trl: 6, modes: ['joint_development', 'exclusive_license'], price: null,
		title: 'Sewage sludge pyrolysis to biochar with phosphorus recovery',
		pitch: 'Cuts sludge volume by 80% and recovers 85% of its phosphorus as fertiliser',
		summary: 'Wastewater treatment plants pay heavily to landfill or incinerate dewatered sludge. A low-temperature pyrolysis line turns the sludge into biochar with its heavy metals immobilised, and acid leaching recovers phosphorus as struvite fertiliser. A 20-tonne-per-day pilot at a municipal wastewater treatment plant reduced sludge volume by 80%, recovered 85% of the phosphorus, and ran on its own pyrolysis gas.',
		advantages: ['80% less sludge volume', '85% of phosphorus recovered as struvite', 'Self-sustaining on pyrolysis gas'],
		applications: 'Municipal and industrial wastewater treatment plants; sludge disposal companies',
		ipc: ['C02F 11/10', 'C10B 53/00', 'C05B 7/00'],
		patents: [['Method for pyrolysing sewage sludge into biochar with phosphorus recovery', 'I', 2022, 'G'], ['Struvite crystallisation reactor for sludge leachate', 'U', 2023, 'G']],
		coInventors: ['Cheng Yuan', 'Feng Xue']
	},

	// ── other ──
	{
		owner: 'zhang', industry: 'other', trl: 8, modes: ['non_exclusive_license', 'assignment'], price: 300000,
		title: '建筑垃圾再生骨料高性能混凝土',
		pitch: '再生粗骨料替代率 50%，强度达到 C40，每立方米成本降低 15%',
		summary: '对建筑垃圾破碎得到的再生骨料进行纳米二氧化硅浆液浸渍和碳化强化，降低吸水率、填补微裂缝，再通过配合比优化制备高性能再生混凝土。替代率 50% 时 28 天抗压强度达 C40 等级，抗氯离子渗透与抗冻性能满足设计要求，已用于市政道路和装配式构件。',
		advantages: ['再生骨料替代率 50%', '强度达到 C40', '每立方米成本降低 15%，减排 CO₂ 30 kg'],
		applications: '市政道路、装配式建筑预制构件、非承重砌块',
		ipc: ['C04B 28/04', 'C04B 18/16', 'C04B 20/10'],
		patents: [['一种再生骨料纳米浸渍与碳化协同强化方法', 'I', 2019, 'G'], ['一种高性能再生骨料混凝土及其制备方法', 'I', 2020, 'G']],
		coInventors: ['陈志强']
	},
	{
		owner: 'li', industry: 'other', trl: 6, modes: ['non_exclusive_license', 'joint_development'], price: null,
		title: '石窟寺砂岩文物纳米氢氧化钙—有机硅复合加固材料',
		pitch: '渗透深度 5 毫米，表面强度提高 2 倍，色差 ΔE 小于 1',
		summary: '针对砂岩石刻和彩绘层粉化、脱落问题，以醇分散纳米氢氧化钙与低分子量有机硅复合：前者与砂岩胶结物相容，后者提高耐水性。材料渗透深度 5 毫米，加固后表面强度提高 2 倍，色差 ΔE 小于 1，不改变文物外观，已在川渝地区石窟寺保护工程中试用。',
		advantages: ['渗透深度 5 毫米', '表面强度提高 2 倍', '色差 ΔE <1，可再处理'],
		applications: '石窟寺、摩崖石刻、彩绘泥塑与古建筑砂岩构件保护',
		ipc: ['C04B 41/50', 'C04B 41/64', 'C09D 183/04'],
		patents: [['一种用于砂岩质文物的纳米氢氧化钙—有机硅复合加固剂', 'I', 2021, 'G']],
		coInventors: ['周婷', '冯雪']
	},
	{
		owner: 'zhang', industry: 'other', trl: 7, modes: ['assignment', 'exclusive_license'], price: 1200000,
		title: '跨座式单轨轨道梁减振扣件',
		pitch: '轨旁振动降低 15 dB，500 万次疲劳试验无失效，维护周期 10 年',
		summary: '针对跨座式单轨穿越居民区时的结构振动与噪声，设计双层非线性刚度弹性支座与限位结构，在保证车辆运行稳定性的前提下隔离高频振动。在重庆单轨线路试验段测试，轨旁 10 米处振动加速度级降低 15 dB，弹性元件通过 500 万次疲劳试验。',
		advantages: ['振动降低 15 dB', '500 万次疲劳试验无失效', '维护周期 10 年'],
		applications: '跨座式单轨、中低速磁浮与城市轨道交通高架线路',
		ipc: ['E01B 9/68', 'E01B 25/08', 'F16F 1/376'],
		patents: [['一种跨座式单轨轨道梁双层非线性刚度减振扣件', 'I', 2018, 'G'], ['一种减振扣件限位装置', 'U', 2019, 'G']],
		coInventors: ['李俊峰', '刘海涛', '程远']
	},
	{
		owner: 'he', industry: 'other', trl: 8, modes: ['non_exclusive_license', 'joint_development'], price: 900000,
		title: '山区滑坡北斗与 InSAR 协同监测预警系统',
		pitch: '毫米级形变监测，滑坡预警最长提前 72 小时',
		summary: '以时序 InSAR 在大范围内识别潜在滑坡隐患点，再在重点隐患点部署北斗高精度 GNSS 监测站、裂缝计和雨量计，构建“广域普查—重点监测—分级预警”体系。在三峡库区 120 处地质灾害隐患点应用 3 年，成功预警 5 起滑坡，提前时间 24–72 小时。',
		advantages: ['北斗监测精度水平 2 mm、垂直 4 mm', '成功预警 5 起滑坡，最长提前 72 小时', 'InSAR 广域普查成本降低 70%'],
		applications: '地质灾害防治、库岸与公路边坡、矿山与尾矿库安全监测',
		ipc: ['G01S 19/14', 'G01S 13/90', 'G08B 21/10'],
		patents: [['一种 InSAR 与北斗 GNSS 协同的滑坡监测预警方法', 'I', 2020, 'G'], ['一种低功耗北斗滑坡形变监测站', 'U', 2021, 'G']],
		coInventors: ['周建华', '何宇航']
	},
	{
		owner: 'zhang', industry: 'other', trl: 7, modes: ['non_exclusive_license', 'assignment'], price: 350000,
		title: 'Basalt-fibre textile mortar for seismic retrofit of masonry buildings',
		pitch: 'Doubles the lateral capacity of brick walls with a 15 mm layer and no steel',
		summary: 'Many brick schools and rural houses in southwest China fall short of current seismic codes. A basalt fibre mesh embedded in a 15 mm layer of polymer-modified mortar is applied to both faces of a wall and anchored with fibre ties. Full-scale cyclic tests showed the lateral capacity doubled and the displacement capacity grew 2.5 times. The materials do not corrode, the retrofit adds almost no weight, and a crew can finish a classroom in three days.',
		advantages: ['Lateral capacity doubled, displacement capacity ×2.5', 'Only 15 mm thick and corrosion-free', 'A classroom retrofitted in three days'],
		applications: 'Seismic strengthening of masonry schools, rural houses and heritage buildings',
		ipc: ['E04G 23/0218', 'E04G 23/0225', 'C04B 28/04'],
		patents: [['Basalt fibre textile-reinforced mortar strengthening method for masonry walls', 'I', 2020, 'G']],
		coInventors: ['Chen Zhiqiang', 'Liu Haitao']
	},

	// ── waiting for review, and a draft of the demo researcher ──
	{
		owner: 'he', industry: 'energy_environment', trl: 5, modes: ['joint_development', 'non_exclusive_license'], price: 600000, status: 'submitted',
		title: '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术',
		pitch: '盐分回收率 90%，回收盐水可回用于腌制，废水处理成本降低 35%',
		summary: '榨菜腌制废水含盐量高达 8%–12%，常规生化处理难以达标。本技术以陶瓷膜预过滤去除蛋白和悬浮物，真空膜蒸馏浓缩回收盐水，淡水再经生化处理达标排放。中试装置日处理 20 吨，盐分回收率 90%，回收盐水经调配后可回用于腌制工序。',
		advantages: ['盐分回收率 90%', '废水处理成本降低 35%', '回收盐水可回用于腌制'],
		applications: '榨菜、泡菜等腌制蔬菜企业高盐废水处理；食品工业高盐废水',
		ipc: ['C02F 1/447', 'C02F 9/00', 'C02F 103/32'],
		patents: [['一种榨菜腌制高盐废水膜蒸馏盐分回收方法', 'I', 2024, 'P']],
		coInventors: ['周建华', '黄晓丽']
	},
	{
		owner: 'liu', industry: 'smart_manufacturing', trl: 5, modes: ['non_exclusive_license', 'equity'], price: 500000, status: 'submitted',
		title: 'Federated learning for surface defect inspection across factories',
		pitch: 'Trains one defect model across plants without moving images, within 1% of a centrally trained model',
		summary: 'Suppliers are reluctant to pool their inspection images. Each plant trains on its own images, and only encrypted model updates are aggregated on a coordination server, with a personalised head for each production line. Across four die-casting and stamping plants the shared model reached 97.5% defect recall, within 1% of a model trained on pooled data, and new plants reached target accuracy with 80% fewer labelled images.',
		advantages: ['Within 1% of centrally trained accuracy', '80% fewer labelled images for a new plant', 'Images never leave the plant'],
		applications: 'Surface defect inspection in die casting, stamping and electronics assembly across supplier networks',
		ipc: ['G06N 3/098', 'G06T 7/0004', 'G06V 10/774'],
		patents: [['Federated training method for industrial surface defect detection models with personalised heads', 'I', 2024, 'P']],
		coInventors: ['Xu Chenyang', 'He Yuhang']
	},
	{
		owner: 'li', industry: 'new_materials', trl: 3, modes: [], price: null, status: 'draft',
		title: '硫化物固态电解质干法成膜工艺',
		pitch: '无溶剂干法制备 30 μm 硫化物电解质膜，室温离子电导率 3 mS/cm',
		summary: '以聚四氟乙烯纤维化粘结实现硫化物固态电解质的无溶剂干法成膜，避免溶剂与电解质的副反应。（待补充：中试数据与全电池循环结果）',
		advantages: ['室温离子电导率 3 mS/cm'],
		applications: '',
		ipc: ['H01M 10/0562'],
		patents: [['一种硫化物固态电解质膜的干法制备方法', 'I', 2025, 'P']],
		coInventors: ['孙浩然'],
		shares: [80, 20]
	}
];

interface NeedSeed {
	by: keyof typeof companyUsers;
	industry: Industry;
	/** Whole yuan (written to the seed in fen). */
	budget: number | null;
	days: number;
	title: string;
	problem: string;
}

// Company technology needs; most share terms with listings above so matching has work to do.
// prettier-ignore
const needs: NeedSeed[] = [
	{
		by: 'vehicles', industry: 'automotive', budget: 800000, days: 75,
		title: '纯电动客车动力电池包快充热管理方案',
		problem: '我司 12 米纯电动客车电池包（磷酸铁锂，420 kWh）在 2C 快充时温升超过 15℃，电芯温差达 6℃，影响快充时间与电池寿命。需要液冷或相变等热管理方案，把快充温升控制在 8℃ 以内、电芯温差小于 3℃，系统增重不超过 20 kg，并能在 12 个月内完成样件验证。'
	},
	{
		by: 'vehicles', industry: 'automotive', budget: 300000, days: 90,
		title: '研发园区充电桩有序充电与负荷管理系统',
		problem: '我司两江新区研发园区停车场计划新增 150 个交流充电桩，现有 1250 kVA 变压器无法增容。需要有序充电调度与负荷管理系统，支持 OCPP 协议、分时电价和员工预约充电，并能与园区能源管理平台对接。'
	},
	{
		by: 'vehicles', industry: 'automotive', budget: 1500000, days: 120,
		title: 'Heat pump thermal management to recover winter driving range',
		problem: 'Our compact electric SUV loses about 35% of its range at −7 °C because cabin and battery heating rely on PTC heaters. We are looking for a heat pump thermal management system, or a battery self-heating method, that recovers at least 15% of winter range, fits our existing coolant loop layout and can be validated on a prototype within a year.'
	},
	{
		by: 'smart', industry: 'smart_manufacturing', budget: 1200000, days: 100,
		title: '压铸壳体机器人视觉上下料与力控去毛刺',
		problem: '我司变速箱铝合金压铸壳体需人工从料框取件并打磨毛刺，劳动强度大、节拍不稳定。希望引入三维视觉引导的机器人无序抓取和力控打磨工作站，抓取成功率 99% 以上，单件节拍 60 秒以内，可兼容 5 种以上壳体型号。'
	},
	{
		by: 'water', industry: 'energy_environment', budget: 1200000, days: 60,
		title: '城镇污水处理厂曝气系统节能降碳改造',
		problem: '我司运营的 3 座城镇污水处理厂（合计日处理 18 万吨）曝气电耗占全厂电耗的 55%，溶解氧波动大，出水氨氮偶有超标风险。希望采用精确曝气控制技术，吨水电耗降低 15% 以上，出水稳定达到一级 A 标准，可先在一座厂试点。'
	},
	{
		by: 'water', industry: 'energy_environment', budget: 2000000, days: 180,
		title: '化工园区难降解废水深度处理技术',
		problem: '园区污水处理厂接纳制药和精细化工废水，生化出水 COD 约 150 mg/L，需要稳定降至 50 mg/L 以下。寻求电催化氧化等高级氧化深度水处理技术，吨水处理成本不高于 3 元，且不产生危废污泥。'
	},
	{
		by: 'agri', industry: 'modern_agriculture', budget: 400000, days: 200,
		title: '柑橘黄龙病田间快速检测与木虱监测',
		problem: '我司在奉节、云阳管理 1.2 万亩柑橘基地，黄龙病防控依赖送样检测，周期长达一周。需要能在果园现场 1 小时内出结果的黄龙病快速检测方案（单次成本低于 20 元），以及柑橘木虱虫口的自动监测设备。'
	},
	{
		by: 'agri', industry: 'modern_agriculture', budget: 600000, days: 130,
		title: '榨菜低盐腌制工艺升级与腌制废水处理',
		problem: '我司年加工榨菜头 3 万吨，产品含盐量约 10%，难以满足消费者减盐需求，高盐腌制废水处理压力也很大。寻求低盐腌制与脱盐工艺，使成品含盐量降至 6% 以下并保持脆度，同时希望配套腌制废水的盐分回收方案。'
	}
];

// ── checks and SQL ──

function fail(message: string): never {
	throw new Error(`generate-seed-listings: ${message}`);
}

const next = seededRandom(20261125);
const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const textArray = (items: string[]) =>
	items.length ? `array[${items.map(quote).join(', ')}]::text[]` : `'{}'::text[]`;
const modeArray = (items: Mode[]) =>
	items.length ? `array[${items.map(quote).join(', ')}]::public.cooperation_mode[]` : `'{}'::public.cooperation_mode[]`;
const uuid = (group: number, index: number) => `00000000-0000-4000-${8000 + group}-${String(index).padStart(12, '0')}`;
const ago = (days: number, hours = 0) => `now() - interval '${days} days${hours ? ` ${hours} hours` : ''}'`;
const isChinese = (text: string) => /\p{Script=Han}/u.test(text);
const ipcPattern = /^[A-H]\d{2}[A-Z]\s?\d{1,4}\/\d{2,6}$/; // as in src/lib/schemas/listing.ts

const kinds = {
	// yearly: roughly how many applications of the kind a year brings, since serials run up through the year.
	I: { digit: '1', type: 'invention', yearly: 1600000, grantMonths: [20, 40] },
	P: { digit: '8', type: 'invention', yearly: 120000, grantMonths: [24, 42] },
	U: { digit: '2', type: 'utility_model', yearly: 3000000, grantMonths: [6, 12] },
	D: { digit: '3', type: 'design', yearly: 800000, grantMonths: [4, 8] }
} as const;
const legalStatus = { G: 'granted', P: 'pending', L: 'lapsed' } as const;
// Nothing is filed after this, nor granted after the second date: the seed is static.
const lastFiling = Date.UTC(2025, 11, 31);
const lastGrant = Date.UTC(2026, 8, 30);
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const addMonths = (time: number, months: number) => {
	const date = new Date(time);
	date.setUTCMonth(date.getUTCMonth() + months);
	return date.getTime();
};

const usedNumbers = new Set(['201710601862.3']); // the end-to-end test files this one itself
function patentNumber(kind: Kind, filed: number): string {
	const year = new Date(filed).getUTCFullYear();
	const dayOfYear = (filed - Date.UTC(year, 0, 1)) / (24 * 3600 * 1000);
	for (;;) {
		const serial = Math.max(1000, Math.floor(((dayOfYear + next() * 12) / 380) * kinds[kind].yearly));
		const digits = `${year}${kinds[kind].digit}${String(serial).padStart(7, '0')}`;
		const number = `${digits}.${checkCharacter(digits)}`;
		if (usedNumbers.has(number)) continue;
		usedNumbers.add(number);
		const parsed = parsePatentNumber(number, kinds[kind].type);
		if (!parsed.ok || parsed.applicationNumber !== number) fail(`patent number ${number} does not parse`);
		return number;
	}
}

// Share splits, varied by listing so the inventor table does not look stamped out.
const splits: Record<number, number[][]> = {
	1: [[100]],
	2: [
		[60, 40],
		[70, 30],
		[55, 45],
		[80, 20],
		[50, 50]
	],
	3: [
		[50, 30, 20],
		[45, 35, 20],
		[40, 35, 25],
		[60, 25, 15],
		[33.34, 33.33, 33.33]
	],
	4: [
		[40, 25, 20, 15],
		[35, 25, 25, 15],
		[50, 20, 20, 10],
		[30, 30, 20, 20]
	]
};

function check(seed: ListingSeed, where: string): void {
	const status = seed.status ?? 'published';
	if (seed.title.length === 0 || seed.title.length > 120) fail(`${where}: title length ${seed.title.length}`);
	if (seed.pitch.length > 200) fail(`${where}: pitch length ${seed.pitch.length}`);
	if (seed.summary.length > 5000 || seed.applications.length > 2000) fail(`${where}: summary or applications too long`);
	if (seed.advantages.length > 10 || seed.advantages.some((item) => item.length === 0 || item.length > 300))
		fail(`${where}: advantages`);
	if (seed.ipc.length > 20 || seed.ipc.some((code) => !ipcPattern.test(code)))
		fail(`${where}: IPC ${seed.ipc.join(', ')}`);
	if (seed.trl !== null && (seed.trl < 1 || seed.trl > 9)) fail(`${where}: TRL ${seed.trl}`);
	if (new Set(seed.modes).size !== seed.modes.length) fail(`${where}: repeated cooperation mode`);
	if (seed.price !== null && !(Number.isSafeInteger(seed.price) && seed.price > 0))
		fail(`${where}: price ${seed.price}`);
	if (seed.patents.length < 1 || seed.patents.length > 3) fail(`${where}: ${seed.patents.length} patents`);
	if (seed.patents.some(([title]) => title.length > 200)) fail(`${where}: patent title too long`);
	if (seed.coInventors.length > 3) fail(`${where}: more than 4 inventors`);
	if (status !== 'draft') {
		// What the review flow demands before a listing may be submitted.
		if (
			!seed.pitch ||
			!seed.summary ||
			seed.trl === null ||
			seed.modes.length === 0 ||
			seed.advantages.length < 2 ||
			!seed.applications
		) {
			fail(`${where}: incomplete for status ${status}`);
		}
		if (seed.trl < 3) fail(`${where}: TRL below 3`);
	}
}

const lines: string[] = ['-- BEGIN generated listings (node scripts/generate-seed-listings.ts --write)'];
const otherResearchers = Object.values(researchers).filter((person) => person.id !== researchers.li.id);
const newCompanyUsers = Object.values(companyUsers).filter((person) => person.id !== companyUsers.vehicles.id);

lines.push('insert into public.organizations (id, kind, parent_id, name_zh, name_en, verified) values');
lines.push(
	companies
		.map((company) => `  (${quote(company.id)}, 'company', null, ${quote(company.zh)}, ${quote(company.en)}, true)`)
		.join(',\n') + ';'
);
lines.push('insert into auth.users (id, email) values');
lines.push(
	[...otherResearchers, ...newCompanyUsers]
		.map((person) => `  (${quote(person.id)}, ${quote(person.email)})`)
		.join(',\n') + ';'
);
lines.push('insert into public.profiles (id, role, organization_id, display_name, email, locale) values');
lines.push(
	[
		...otherResearchers.map(
			(person) =>
				`  (${quote(person.id)}, 'researcher', ${quote(person.college)}, ${quote(person.display)}, ${quote(person.email)}, '${person.locale}')`
		),
		...newCompanyUsers.map(
			(person) =>
				`  (${quote(person.id)}, 'company', ${quote(person.org)}, ${quote(person.display)}, ${quote(person.email)}, 'zh-CN')`
		)
	].join(',\n') + ';'
);

const listingRows: string[] = [];
const patentRows: string[] = [];
const inventorRows: string[] = [];
let publishedIndex = 0;
let reviewIndex = 0;
listings.forEach((seed, index) => {
	const where = `listing ${index + 1} (${seed.title})`;
	check(seed, where);
	const id = uuid(1, index + 1);
	const owner = researchers[seed.owner];
	const status = seed.status ?? 'published';
	const chinese = isChinese(seed.title);

	let review = 'null, null, null';
	let times: string;
	if (status === 'published') {
		// Spread over the last 300 days; consecutive listings (same industry) land far apart.
		const days = 2 + ((publishedIndex * 47) % 298);
		const hours = (publishedIndex * 5) % 24;
		review = `${quote(officer)}, ${ago(days, hours)}, ${ago(days, hours)}`;
		times = `${ago(days + 7 + (publishedIndex % 23))}, ${ago(days, hours)}`;
		publishedIndex++;
	} else if (status === 'submitted') {
		times = `${ago(12 + reviewIndex * 9)}, ${ago(1 + reviewIndex * 2, 3)}`;
		reviewIndex++;
	} else {
		times = `${ago(4)}, ${ago(0, 6)}`;
	}
	listingRows.push(
		`  (${quote(id)}, ${quote(owner.id)}, '${university}', ${quote(owner.college)}, '${status}', ${quote(seed.title)}, ${quote(seed.pitch)}, ${quote(seed.summary)}, ` +
			`${textArray(seed.advantages)}, ${quote(seed.applications)}, '${seed.industry}', ${textArray(seed.ipc)}, ${seed.trl ?? 'null'}, ${modeArray(seed.modes)}, ` +
			`${seed.price === null ? 'null' : seed.price * 100}, ${review}, ${times})`
	);

	seed.patents.forEach(([title, kind, year, legal], position) => {
		const filed = Date.UTC(year, between(0, 11), between(1, 28));
		if (filed > lastFiling) fail(`${where}: filed after ${isoDate(lastFiling)}`);
		let granted = 'null';
		if (legal !== 'P') {
			const [low, high] = kinds[kind].grantMonths;
			const latest = Math.min(high, Math.floor((lastGrant - filed) / (30.5 * 24 * 3600 * 1000)));
			if (latest < low) fail(`${where}: "${title}" filed too late to be granted`);
			const grant = addMonths(filed, between(low, latest)) + between(0, 20) * 24 * 3600 * 1000;
			granted = quote(isoDate(Math.min(grant, lastGrant)));
		} else if (kind === 'U' || kind === 'D') {
			if (year < 2025) fail(`${where}: a ${kind} patent filed in ${year} would long be decided`);
		}
		patentRows.push(
			`  (${quote(id)}, ${position}, '${patentNumber(kind, filed)}', '${kinds[kind].type}', '${legalStatus[legal]}', ${quote(title)}, '${isoDate(filed)}', ${granted})`
		);
	});

	const names = [chinese ? owner.zh : owner.en, ...seed.coInventors];
	const options = splits[names.length];
	const shares = seed.shares ?? options[index % options.length];
	if (shares.length !== names.length) fail(`${where}: ${shares.length} shares for ${names.length} inventors`);
	if (shares.reduce((total, share) => total + Math.round(share * 100), 0) !== 10000)
		fail(`${where}: shares do not sum to 100`);
	names.forEach((name, position) => {
		if (name.length < 1 || name.length > 80) fail(`${where}: inventor name ${name}`);
		inventorRows.push(
			`  (${quote(id)}, ${position}, ${position === 0 ? quote(owner.id) : 'null'}, ${quote(name)}, ${shares[position]})`
		);
	});
});
lines.push(
	'insert into public.listings (id, owner_id, institution_id, college_id, status, title, pitch, summary, advantages, applications, industry, ipc_codes, trl, ' +
		'cooperation_modes, asking_price_fen, reviewed_by, reviewed_at, published_at, created_at, updated_at) values'
);
lines.push(listingRows.join(',\n') + ';');
lines.push(
	'insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on) values'
);
lines.push(patentRows.join(',\n') + ';');
lines.push('insert into public.listing_inventors (listing_id, position, profile_id, name, share) values');
lines.push(inventorRows.join(',\n') + ';');

lines.push(
	'insert into public.needs (id, company_id, author_id, title, problem, industry, budget_fen, deadline, created_at, updated_at) values'
);
lines.push(
	needs
		.map((need, index) => {
			if (need.title.length < 1 || need.title.length > 120 || need.problem.length < 1 || need.problem.length > 5000)
				fail(`need ${need.title}`);
			const author = companyUsers[need.by];
			const posted = 3 + ((index * 13) % 40);
			return `  (${quote(uuid(2, index + 1))}, ${quote(author.org)}, ${quote(author.id)}, ${quote(need.title)}, ${quote(need.problem)}, '${need.industry}', ${need.budget === null ? 'null' : need.budget * 100}, current_date + ${need.days}, ${ago(posted)}, ${ago(posted)})`;
		})
		.join(',\n') + ';'
);
lines.push('-- END generated listings');
const block = lines.join('\n');

if (process.argv.includes('--write')) {
	const seedFile = new URL('../supabase/seed.sql', import.meta.url);
	const current = readFileSync(seedFile, 'utf8');
	const markers = /-- BEGIN generated listings[^\n]*\n[\s\S]*?-- END generated listings\n?/;
	const updated = markers.test(current)
		? current.replace(markers, () => `${block}\n`)
		: `${current.trimEnd()}\n\n${block}\n`;
	writeFileSync(seedFile, updated);
	const published = listings.filter((seed) => (seed.status ?? 'published') === 'published');
	console.error(
		`Wrote ${listings.length} listings (${published.length} published, ${published.filter((seed) => isChinese(seed.title)).length} in Chinese) and ${needs.length} needs to supabase/seed.sql.`
	);
} else {
	console.log(block);
}
