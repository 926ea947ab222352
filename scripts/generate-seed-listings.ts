// Prints the demo listings, researchers and needs that supabase/seed.sql holds between its
// "generated listings" markers: `node scripts/generate-seed-listings.ts`. Deterministic, so the
// seed only changes when this file does. Patent numbers carry valid check characters.
import { checkCharacter } from '../src/lib/domain/patent-number.ts';

type Industry = 'automotive' | 'smart_manufacturing' | 'new_materials' | 'electronic_information' | 'biomedicine' | 'modern_agriculture' | 'energy_environment' | 'other';
interface Seed { title: string; pitch: string; summary: string; industry: Industry; ipc: string[]; applications: string; advantages: string[] }

const zh = (title: string, pitch: string, industry: Industry, ipc: string[], applications: string, advantages: string[], detail: string): Seed => ({
	title, pitch, industry, ipc, applications, advantages,
	summary: `${title}。${detail}该成果已完成实验室验证与小批量试制，团队可提供技术培训与工艺包。`
});
const en = (title: string, pitch: string, industry: Industry, ipc: string[], applications: string, advantages: string[], detail: string): Seed => ({
	title, pitch, industry, ipc, applications, advantages,
	summary: `${detail} The team has validated it at pilot scale and offers training and a process package to licensees.`
});

const seeds: Seed[] = [
	zh('新能源汽车动力电池热管理系统', '液冷板与相变材料耦合，快充温升降低 9℃', 'automotive', ['H01M 10/613', 'B60L 58/26'], '纯电动乘用车、商用车电池包', ['快充温升降低 9℃', '电池包能量密度损失小于 2%'], '采用液冷板与相变材料耦合的热管理架构，在 3C 快充工况下保持电芯温差小于 3℃。'),
	zh('动力电池健康状态在线估计方法', '仅用充电片段数据，SOH 估计误差小于 2%', 'automotive', ['G01R 31/392'], '电池管理系统、储能电站', ['估计误差小于 2%', '无需额外传感器'], '基于增量容量分析与迁移学习，在车载 BMS 上实时估计动力电池健康状态。'),
	zh('轮毂电机一体化电驱动桥', '体积减小 30%，峰值效率 96%', 'automotive', ['B60K 7/00', 'H02K 7/116'], '低速电动车、物流车', ['体积减小 30%', '峰值效率 96%'], '将轮毂电机、减速器与制动器集成，简化底盘布置。'),
	zh('智能充电桩有序充电调度平台', '小区不增容即可支持 200 个充电桩', 'automotive', ['B60L 53/63', 'H02J 3/32'], '住宅小区、园区停车场', ['配电容量利用率提升 40%', '支持 200 个充电桩'], '根据配变负荷实时调度充电桩功率，削峰填谷。'),
	zh('汽车轻量化铝合金副车架低压铸造工艺', '减重 35%，疲劳寿命提升 20%', 'automotive', ['B22D 18/04'], '乘用车底盘结构件', ['减重 35%', '疲劳寿命提升 20%'], '通过模具温度场分区控制与局部挤压，消除缩松缺陷。'),
	zh('山地城市自动驾驶高精定位方法', '隧道与立交场景定位误差小于 20 厘米', 'automotive', ['G01S 19/45', 'G05D 1/02'], '山地城市自动驾驶、智能网联测试', ['定位误差小于 20 厘米', '隧道内连续定位'], '融合 GNSS、轮速与激光雷达地图匹配，适应重庆多隧道、多立交道路。'),
	zh('工业机器人视觉引导无序抓取系统', '抓取成功率 99.2%，节拍 4 秒', 'smart_manufacturing', ['B25J 9/16', 'G06T 7/73'], '汽车零部件上下料、物流分拣', ['抓取成功率 99.2%', '换型时间小于 10 分钟'], '基于三维点云位姿估计，实现散乱零件的无序抓取。'),
	zh('数控机床主轴热误差补偿技术', '加工精度提升 60%，无需改造机床结构', 'smart_manufacturing', ['B23Q 15/18'], '精密加工、模具制造', ['热误差减少 60%', '即插即用'], '以少量温度测点建立热误差模型，实时补偿主轴热伸长。'),
	zh('基于数字孪生的产线故障预测平台', '非计划停机减少 35%', 'smart_manufacturing', ['G05B 23/02', 'G06N 20/00'], '离散制造产线、摩托车装配线', ['停机减少 35%', '提前 48 小时预警'], '构建设备数字孪生体，融合振动、电流数据预测故障。'),
	zh('摩托车发动机缸体柔性装配线', '换型时间缩短至 15 分钟', 'smart_manufacturing', ['B23P 21/00'], '摩托车、通用动力机械', ['换型时间 15 分钟', '人工减少 50%'], '模块化工位与自适应夹具，实现多品种混线生产。'),
	zh('焊缝缺陷超声相控阵智能识别方法', '缺陷识别准确率 97%', 'smart_manufacturing', ['G01N 29/44'], '压力容器、桥梁钢结构检测', ['准确率 97%', '检测效率提升 5 倍'], '深度学习识别相控阵图像中的气孔、夹渣与未熔合。'),
	zh('钙钛矿太阳能电池封装材料', '湿热 2000 小时后效率保持 95%', 'new_materials', ['H01L 31/048', 'C08J 5/18'], '光伏组件、建筑光伏一体化', ['效率保持 95%', '水汽透过率低于 10⁻⁴'], '一种低水汽透过率的多层封装胶膜，显著提升钙钛矿电池稳定性。'),
	zh('高强韧镁合金及其挤压成形方法', '屈服强度 380 MPa，延伸率 15%', 'new_materials', ['C22C 23/06', 'C22F 1/06'], '汽车、3C 产品结构件', ['屈服强度 380 MPa', '成本低于稀土镁合金'], '重庆镁资源优势转化，稀土用量减少 70%。'),
	zh('石墨烯改性防腐涂料', '耐盐雾 3000 小时，涂层减薄 40%', 'new_materials', ['C09D 5/08', 'C09D 7/61'], '桥梁钢结构、海洋工程', ['耐盐雾 3000 小时', '涂层减薄 40%'], '少层石墨烯片层迷宫效应阻隔腐蚀介质。'),
	zh('玄武岩纤维增强复合材料筋', '抗拉强度为钢筋 2.5 倍，永不锈蚀', 'new_materials', ['E04C 5/07', 'C03C 25/10'], '桥梁、隧道、海工混凝土', ['抗拉强度为钢筋 2.5 倍', '重量仅为钢筋 1/4'], '连续玄武岩纤维与环氧树脂拉挤成型。'),
	zh('锂离子电池硅碳负极材料制备方法', '首效 90%，循环 1000 次容量保持 85%', 'new_materials', ['H01M 4/36', 'H01M 4/587'], '动力电池、消费电子电池', ['首次效率 90%', '循环 1000 次保持 85%'], '多孔碳骨架限域纳米硅，缓解体积膨胀。'),
	zh('柔性可穿戴压力传感器', '灵敏度 50 kPa⁻¹，响应时间 20 毫秒', 'electronic_information', ['G01L 1/14', 'A61B 5/00'], '智能穿戴、康复监测', ['灵敏度 50 kPa⁻¹', '可弯折 1 万次'], '微结构导电弹性体实现高灵敏压力检测。'),
	zh('面向边缘计算的轻量化目标检测芯片架构', '功耗 0.5 瓦，检测速度 60 帧每秒', 'electronic_information', ['G06N 3/063', 'G06V 10/82'], '安防摄像头、车载终端', ['功耗 0.5 瓦', '60 帧每秒'], '稀疏卷积加速与量化感知训练协同设计。'),
	zh('电力巡检无人机自主避障系统', '复杂山区线路巡检效率提升 3 倍', 'electronic_information', ['G05D 1/10', 'B64C 39/02'], '输电线路巡检、应急测绘', ['效率提升 3 倍', '避障成功率 99%'], '双目视觉与毫米波雷达融合，适应山地输电走廊。'),
	zh('中文古籍文字智能识别方法', '异体字识别准确率 95%', 'electronic_information', ['G06V 30/244'], '图书馆数字化、文博', ['识别准确率 95%', '支持竖排与批注'], '结合字形结构先验的深度识别模型。'),
	zh('光纤光栅桥梁健康监测系统', '应变测量精度 1 微应变，寿命 20 年', 'electronic_information', ['G01M 5/00', 'G01B 11/16'], '桥梁、隧道结构监测', ['精度 1 微应变', '免维护 20 年'], '分布式光纤光栅传感网络实时监测结构状态。'),
	zh('家蚕丝素蛋白医用敷料', '促进创面愈合时间缩短 30%', 'biomedicine', ['A61L 15/32', 'A61L 15/44'], '烧伤、慢性创面护理', ['愈合时间缩短 30%', '生物相容性好'], '利用家蚕丝素蛋白多孔支架负载生长因子。'),
	zh('中药黄连有效成分提取纯化工艺', '小檗碱收率提高 25%，溶剂回收 95%', 'biomedicine', ['A61K 36/718', 'B01D 15/08'], '中药制药、保健品', ['收率提高 25%', '溶剂回收率 95%'], '石柱黄连道地药材的绿色提取工艺。'),
	zh('肿瘤标志物快速检测试纸条', '15 分钟出结果，灵敏度达 0.1 ng/mL', 'biomedicine', ['G01N 33/558', 'G01N 33/574'], '基层医疗机构筛查', ['15 分钟出结果', '灵敏度 0.1 ng/mL'], '量子点荧光免疫层析技术。'),
	zh('靶向递送的纳米药物载体', '肿瘤部位药物富集提高 4 倍', 'biomedicine', ['A61K 9/51', 'A61K 47/69'], '抗肿瘤药物开发', ['富集提高 4 倍', '毒副作用降低'], 'pH 响应型纳米胶束实现肿瘤微环境释药。'),
	zh('柑橘黄龙病快速检测与防控技术', '田间 30 分钟检出，准确率 98%', 'modern_agriculture', ['C12Q 1/6895', 'A01N 63/00'], '柑橘果园病害防控', ['30 分钟检出', '准确率 98%'], '等温扩增结合便携设备，适用于三峡库区柑橘产区。'),
	zh('榨菜低盐腌制与脱盐工艺', '含盐量降低 40%，风味保持', 'modern_agriculture', ['A23L 19/20', 'A23B 7/10'], '涪陵榨菜加工企业', ['含盐量降低 40%', '生产周期缩短 20%'], '分段低盐发酵与超声辅助脱盐。'),
	zh('家蚕新品种选育与桑园管理技术', '单产提高 15%，抗病性增强', 'modern_agriculture', ['A01K 67/04'], '蚕桑生产基地', ['单产提高 15%', '抗病性增强'], '分子标记辅助选择培育优质多丝量品种。'),
	zh('山地果园轨道运输机', '坡度 45° 可用，运输成本降低 60%', 'modern_agriculture', ['B61B 13/00', 'A01D 90/00'], '山地果园、茶园', ['适应 45° 坡度', '运输成本降低 60%'], '齿轨驱动的单轨运输机，适合丘陵山区。'),
	zh('稻田综合种养智能水位调控系统', '节水 30%，亩均增收 800 元', 'modern_agriculture', ['A01G 25/16', 'A01K 61/10'], '稻渔综合种养基地', ['节水 30%', '亩均增收 800 元'], '物联网水位与溶氧监测联动调控。'),
	zh('城市污水处理厂低碳曝气控制系统', '按需曝气，吨水电耗降低 18%', 'energy_environment', ['C02F 3/00', 'C02F 3/12'], '城镇污水处理厂提标改造', ['电耗降低 18%', '出水氨氮稳定达标'], '基于溶解氧与氨氮在线监测的模型预测控制。'),
	zh('农村分散式污水处理一体化设备', '占地减少 50%，出水达一级 A', 'energy_environment', ['C02F 9/14', 'C02F 3/30'], '农村生活污水、景区', ['占地减少 50%', '出水达一级 A'], '改良 A²O 与 MBBR 耦合，无人值守运行。'),
	zh('工业废水深度处理电催化氧化技术', 'COD 去除率 90%，无二次污染', 'energy_environment', ['C02F 1/461', 'C02F 1/72'], '化工、制药废水处理', ['COD 去除率 90%', '无需投加药剂'], '掺硼金刚石电极高效降解难降解有机物。'),
	zh('饮用水处理膜污染控制方法', '膜清洗周期延长 2 倍', 'energy_environment', ['C02F 1/44', 'B01D 65/08'], '自来水厂、净水设备', ['清洗周期延长 2 倍', '运行成本降低 25%'], '预氧化与粉末活性炭协同控制超滤膜污染。'),
	zh('空气源热泵除霜控制方法', '除霜能耗降低 30%，适应高湿气候', 'energy_environment', ['F25B 47/02', 'F24D 15/04'], '长江流域供暖、热水', ['除霜能耗降低 30%', '制热量衰减减少'], '基于结霜图谱的按需除霜控制。'),
	zh('页岩气压裂返排液资源化处理技术', '回用率 95%，处理成本降低 40%', 'energy_environment', ['C02F 9/00', 'E21B 43/26'], '页岩气开采', ['回用率 95%', '成本降低 40%'], '针对涪陵页岩气田返排液的高盐处理工艺。'),
	zh('餐厨垃圾厌氧发酵产沼气工艺', '产气量提高 35%，沼渣可制有机肥', 'energy_environment', ['C12P 5/02', 'B09B 3/00'], '城市餐厨垃圾处理厂', ['产气量提高 35%', '沼渣资源化'], '两相厌氧与微量元素调控。'),
	zh('建筑垃圾再生骨料高性能混凝土', '再生骨料替代率 50%，强度 C40', 'other', ['C04B 28/04', 'C04B 18/16'], '市政道路、装配式建筑', ['替代率 50%', '强度达 C40'], '骨料强化处理与配合比优化。'),
	zh('文物彩绘保护加固材料', '渗透深度 5 毫米，不改变外观', 'other', ['C09D 183/04'], '石窟寺、彩绘文物保护', ['渗透深度 5 毫米', '可逆可再处理'], '纳米氢氧化钙与有机硅复合加固剂，适用于大足石刻类文物。'),
	zh('山地城市轨道交通减振扣件', '振动降低 15 dB，维护周期 10 年', 'other', ['E01B 9/68', 'E01B 19/00'], '城市轨道交通、单轨', ['振动降低 15 dB', '维护周期 10 年'], '双层非线性刚度设计，兼顾减振与稳定。'),
	zh('丘陵山区小型智能采茶机', '嫩芽识别准确率 92%，效率为人工 8 倍', 'modern_agriculture', ['A01D 46/04', 'G06V 20/68'], '丘陵茶园', ['识别准确率 92%', '效率为人工 8 倍'], '视觉识别一芽一叶，柔性末端执行器采摘。'),
	zh('高原型动力电池低温快速加热方法', '零下 30℃ 环境 5 分钟升温至可充电温度', 'automotive', ['H01M 10/615', 'B60L 58/27'], '高寒地区电动汽车', ['5 分钟升温', '能耗降低 40%'], '脉冲电流自加热与电池热管理系统协同控制。'),
	zh('锂电池储能电站热失控预警系统', '提前 20 分钟预警，误报率低于 1%', 'energy_environment', ['H01M 10/48', 'G08B 21/18'], '电化学储能电站', ['提前 20 分钟预警', '误报率低于 1%'], '气体、温度与电压多源信息融合诊断。'),
	en('Battery thermal management with phase-change cold plates', 'Cuts fast-charge temperature rise by 9 °C', 'automotive', ['H01M 10/655'], 'Electric cars and buses', ['9 °C lower temperature rise', 'Under 2% energy density penalty'], 'A hybrid cold plate filled with phase-change material keeps cells within 3 °C during 3C fast charging.'),
	en('Solid-state electrolyte membrane for lithium metal batteries', 'Ionic conductivity of 1.2 mS/cm at room temperature', 'new_materials', ['H01M 10/0565'], 'Next-generation battery cells', ['1.2 mS/cm conductivity', 'Suppresses dendrites for 1000 h'], 'A polymer–ceramic composite membrane processed by roll-to-roll casting.'),
	en('Perovskite–silicon tandem solar cell interconnect layer', 'Tandem efficiency of 29.1% on 1 cm²', 'new_materials', ['H01L 31/078'], 'High-efficiency photovoltaic modules', ['29.1% efficiency', 'Low-temperature process'], 'A recombination layer that lets perovskite top cells be deposited on textured silicon.'),
	en('Air-source heat pump defrosting controller', 'Cuts defrost energy by 30% in humid winters', 'energy_environment', ['F25B 47/02'], 'Residential heating in humid climates', ['30% less defrost energy', 'Retrofit to existing units'], 'Frost maps learned from outdoor temperature and humidity trigger defrosting only when needed.'),
	en('Membrane bioreactor for decentralized wastewater treatment', 'Footprint halved, effluent meets Class 1A', 'energy_environment', ['C02F 3/12'], 'Villages, resorts, highway service areas', ['50% smaller footprint', 'Unattended operation'], 'A compact MBR with anti-fouling aeration for sewage treatment where no sewer network exists.'),
	en('Vision-guided bin picking for industrial robots', '99.2% pick success at a 4-second cycle', 'smart_manufacturing', ['B25J 9/16'], 'Machine tending and logistics', ['99.2% success rate', 'Changeover under 10 minutes'], 'Point-cloud pose estimation lets robots pick randomly piled parts.'),
	en('Predictive maintenance for CNC spindles', 'Warns of bearing failure 72 hours ahead', 'smart_manufacturing', ['G05B 23/02'], 'Machining workshops', ['72-hour early warning', '40% fewer unplanned stops'], 'Vibration and current signatures feed a lightweight model running on the machine controller.'),
	en('Low-power LoRa soil moisture sensor network', 'Five-year battery life, 2% moisture accuracy', 'electronic_information', ['G01N 27/22', 'H04W 84/18'], 'Smart irrigation and orchards', ['5-year battery life', '2% accuracy'], 'Capacitive probes and duty-cycled radios for hilly farmland.'),
	en('Edge AI accelerator for object detection', '60 frames per second at half a watt', 'electronic_information', ['G06N 3/063'], 'Cameras and in-vehicle terminals', ['0.5 W power', '60 fps'], 'Sparse convolution hardware co-designed with quantization-aware training.'),
	en('Silk fibroin wound dressing', 'Heals chronic wounds 30% faster', 'biomedicine', ['A61L 15/32'], 'Burn and diabetic wound care', ['30% faster healing', 'Fully biodegradable'], 'A porous silk fibroin scaffold releases growth factors over seven days.'),
	en('Rapid CRISPR test for citrus greening disease', 'Field result in 30 minutes', 'modern_agriculture', ['C12Q 1/6895'], 'Citrus orchards and nurseries', ['30-minute result', '98% accuracy'], 'Isothermal amplification with a CRISPR readout on a handheld device.'),
	en('Monorail transporter for steep orchards', 'Works on 45° slopes and cuts haulage cost by 60%', 'modern_agriculture', ['B61B 13/00'], 'Hillside orchards and tea gardens', ['45° slopes', '60% lower haulage cost'], 'A rack-driven monorail that farmers install without heavy machinery.'),
	en('Graphene anticorrosion coating for steel bridges', '3000 hours salt-spray resistance', 'new_materials', ['C09D 5/08'], 'Bridges and offshore structures', ['3000 h salt spray', '40% thinner coating'], 'Few-layer graphene flakes form a tortuous barrier against corrosive agents.'),
	en('Hydrogen fuel cell stack humidity controller', 'Extends stack life by 20%', 'automotive', ['H01M 8/04492'], 'Fuel cell trucks and buses', ['20% longer stack life', 'No extra humidifier'], 'Model-based control of anode recirculation keeps membranes at optimal humidity.'),
	en('Nanoparticle carrier for targeted cancer drugs', 'Four times more drug reaches the tumour', 'biomedicine', ['A61K 9/51'], 'Oncology drug development', ['4× tumour accumulation', 'Lower systemic toxicity'], 'pH-responsive micelles release their payload in the acidic tumour microenvironment.'),
	en('Electrocatalytic oxidation for industrial wastewater', 'Removes 90% of COD without added chemicals', 'energy_environment', ['C02F 1/461'], 'Chemical and pharmaceutical plants', ['90% COD removal', 'No chemical dosing'], 'Boron-doped diamond electrodes break down persistent organics in wastewater treatment.'),
	en('Digital twin platform for assembly lines', 'Cuts unplanned downtime by 35%', 'smart_manufacturing', ['G05B 17/02'], 'Discrete manufacturing', ['35% less downtime', '48-hour early warning'], 'A digital twin fuses vibration and power data to forecast faults.'),
	en('Recycled aggregate high-performance concrete', 'Replaces 50% of natural aggregate at C40 strength', 'other', ['C04B 28/04'], 'Roads and precast buildings', ['50% replacement', 'C40 strength'], 'Surface-strengthened recycled aggregate with an optimized mix design.'),
	en('Flexible pressure sensor for wearables', 'Sensitivity of 50 per kPa with 20 ms response', 'electronic_information', ['G01L 1/14'], 'Wearables and rehabilitation', ['50 kPa⁻¹ sensitivity', '10,000 bend cycles'], 'A micro-structured conductive elastomer for sensitive, durable pressure sensing.'),
	en('Low-salt pickling process for mustard tuber', '40% less salt with the same crunch', 'modern_agriculture', ['A23L 19/20'], 'Pickled vegetable producers', ['40% less salt', '20% shorter production'], 'Staged low-salt fermentation plus ultrasound-assisted desalting for zhacai.')
];

const researchers = [
	{ id: '00000000-0000-4000-8000-000000001001', name: '李明远 教授', college: '00000000-0000-4000-8000-000000000101' },
	{ id: '00000000-0000-4000-8000-000000002001', name: '张卫国 教授', college: '00000000-0000-4000-8000-000000000103', email: 'zhang.weiguo@demo.zhiqiao.cn' },
	{ id: '00000000-0000-4000-8000-000000002002', name: '刘思远 副教授', college: '00000000-0000-4000-8000-000000000102', email: 'liu.siyuan@demo.zhiqiao.cn' },
	{ id: '00000000-0000-4000-8000-000000002003', name: '陈雨桐 研究员', college: '00000000-0000-4000-8000-000000000104', email: 'chen.yutong@demo.zhiqiao.cn' },
	{ id: '00000000-0000-4000-8000-000000002004', name: '周建华 教授', college: '00000000-0000-4000-8000-000000000105', email: 'zhou.jianhua@demo.zhiqiao.cn' },
	{ id: '00000000-0000-4000-8000-000000002005', name: '何静 副教授', college: '00000000-0000-4000-8000-000000000106', email: 'he.jing@demo.zhiqiao.cn' }
];
const collegeFor: Record<Industry, number> = {
	automotive: 1, smart_manufacturing: 1, new_materials: 0, electronic_information: 2, biomedicine: 3, modern_agriculture: 4, energy_environment: 5, other: 0
};
const coInventors = ['赵小燕', '孙浩然', '吴佳怡', '郑凯', '王博文', '冯雪', '杨帆', '许晨阳'];
const modes = ['exclusive_license', 'non_exclusive_license', 'assignment', 'equity', 'joint_development', 'option'];
const typeDigits = { invention: '1', utility_model: '2', design: '3' } as const;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const array = (items: string[]) => `array[${items.map(quote).join(', ')}]::text[]`;
const uuid = (group: number, index: number) => `00000000-0000-4000-${8000 + group}-${String(index).padStart(12, '0')}`;

function patentNumber(year: number, type: keyof typeof typeDigits, serial: number): string {
	const digits = `${year}${typeDigits[type]}${String(serial).padStart(7, '0')}`;
	return `${digits}.${checkCharacter(digits)}`;
}

const lines: string[] = ['-- BEGIN generated listings (node scripts/generate-seed-listings.ts)'];
lines.push('insert into auth.users (id, email) values');
lines.push(researchers.slice(1).map((r) => `  (${quote(r.id)}, ${quote(r.email!)})`).join(',\n') + ';');
lines.push('insert into public.profiles (id, role, organization_id, display_name, email, locale) values');
lines.push(researchers.slice(1).map((r) => `  (${quote(r.id)}, 'researcher', ${quote(r.college)}, ${quote(r.name)}, ${quote(r.email!)}, 'zh-CN')`).join(',\n') + ';');

const listingRows: string[] = [];
const patentRows: string[] = [];
const inventorRows: string[] = [];
seeds.forEach((seed, index) => {
	const id = uuid(1, index + 1);
	// The first three belong to the demo researcher; the rest spread over the colleges.
	const owner = index < 3 ? researchers[0] : researchers[(collegeFor[seed.industry] + index) % researchers.length];
	const status = index >= seeds.length - 2 ? 'submitted' : 'published';
	const listingModes = [modes[index % 6], modes[(index * 5 + 2) % 6]].filter((mode, position, all) => all.indexOf(mode) === position);
	const price = index % 3 === 0 ? 'null' : String((index % 7 + 1) * 150000);
	const trl = 3 + ((index * 5) % 7);
	listingRows.push(
		`  (${quote(id)}, ${quote(owner.id)}, '00000000-0000-4000-8000-000000000100', ${quote(owner.college)}, '${status}', ${quote(seed.title)}, ${quote(seed.pitch)}, ${quote(seed.summary)}, ${array(seed.advantages)}, ${quote(seed.applications)}, '${seed.industry}', ${array(seed.ipc)}, ${trl}, array[${listingModes.map(quote).join(', ')}]::public.cooperation_mode[], ${price}, ${status === 'published' ? `now() - interval '${(index * 37) % 300 + 1} days'` : 'null'})`
	);
	const patentCount = 1 + (index % 3);
	for (let position = 0; position < patentCount; position++) {
		const type = position === 2 ? 'utility_model' : 'invention';
		const year = 2016 + ((index + position) % 8);
		const legal = position === 0 && index % 4 !== 3 ? 'granted' : index % 5 === 4 ? 'lapsed' : 'pending';
		const filed = `${year}-0${1 + (index % 9)}-1${position}`;
		const granted = legal === 'pending' ? 'null' : `'${year + 2}-0${1 + (index % 9)}-2${position}'`;
		patentRows.push(`  (${quote(id)}, ${position}, '${patentNumber(year, type, 10000 + index * 10 + position)}', '${type}', '${legal}', ${quote(position === 0 ? seed.title : `${seed.title}（配套）`)}, '${filed}', ${granted})`);
	}
	const others = coInventors.slice(index % 5, index % 5 + (index % 3));
	const shares = others.length === 0 ? [100] : others.length === 1 ? [70, 30] : [60, 25, 15];
	inventorRows.push(`  (${quote(id)}, 0, ${quote(owner.id)}, ${quote(owner.name.split(' ')[0])}, ${shares[0]})`);
	others.forEach((name, position) => inventorRows.push(`  (${quote(id)}, ${position + 1}, null, ${quote(name)}, ${shares[position + 1]})`));
});
lines.push('insert into public.listings (id, owner_id, institution_id, college_id, status, title, pitch, summary, advantages, applications, industry, ipc_codes, trl, cooperation_modes, asking_price_cny, published_at) values');
lines.push(listingRows.join(',\n') + ';');
lines.push('insert into public.patents (listing_id, position, application_number, patent_type, legal_status, title, filed_on, granted_on) values');
lines.push(patentRows.join(',\n') + ';');
lines.push('insert into public.listing_inventors (listing_id, position, profile_id, name, share) values');
lines.push(inventorRows.join(',\n') + ';');

const needs = [
	['动力电池快充热管理解决方案', '我司商用车电池包在 2C 快充时温升超过 15℃，需要热管理方案把温升控制在 8℃ 以内，兼顾成本与重量。', 'automotive', 800000],
	['小区充电桩有序充电改造', '老旧小区配电容量不足，需在不增容的情况下接入 150 个充电桩，要求可与物业系统对接。', 'automotive', 300000],
	['污水处理厂曝气节能改造', '日处理 10 万吨的污水处理厂曝气电耗偏高，希望通过智能控制降低电耗 15% 以上。', 'energy_environment', 1200000],
	['Corrosion protection for river bridges', 'We maintain steel bridges over the Yangtze and need a coating that lasts 15 years in humid, polluted air.', 'new_materials', 500000],
	['机器人无序抓取上下料', '汽车零部件机加工线需要机器人视觉抓取散乱毛坯，节拍 6 秒以内。', 'smart_manufacturing', 600000],
	['柑橘病害田间快速检测', '合作社需要能在果园现场检测黄龙病的设备，单次检测成本低于 20 元。', 'modern_agriculture', 150000]
] as const;
lines.push('insert into public.needs (id, company_id, author_id, title, problem, industry, budget_cny, deadline) values');
lines.push(
	needs
		.map(([title, problem, industry, budget], index) =>
			`  (${quote(uuid(2, index + 1))}, '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000001002', ${quote(title)}, ${quote(problem)}, '${industry}', ${budget}, current_date + ${60 + index * 30})`
		)
		.join(',\n') + ';'
);
lines.push('-- END generated listings');
console.log(lines.join('\n'));
