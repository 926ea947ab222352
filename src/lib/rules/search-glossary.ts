/**
 * The bilingual term list used at query time: a search for "battery" also finds listings that
 * only say 电池, and 电池 finds "battery". Each line pairs a Chinese term with its English
 * equivalents; either side may list synonyms or word forms separated by "|" (English words
 * are matched by prefix, so "batter" would be too broad but "battery" does not reach
 * "batteries": list both). Terms are lower case and written as a reader would type them.
 * How to add terms: docs/domain.md, "Search".
 */
const glossaryText = `
电池 = battery | batteries
动力电池 = power battery | traction battery
锂电池 = lithium battery | lithium-ion battery
锂离子电池 = lithium-ion battery | li-ion battery
钠离子电池 = sodium-ion battery
固态电池 = solid-state battery
电解质 = electrolyte
固态电解质 = solid-state electrolyte
负极 = anode
正极 = cathode
隔膜 = separator
电芯 = battery cell
储能 = energy storage
储能电站 = energy storage station
热管理 = thermal management
热失控 = thermal runaway
快充 = fast charging
充电 = charging | charge
充电桩 = charging pile | charger | chargers
无线充电 = wireless charging
电动汽车 = electric vehicle | electric vehicles
新能源汽车 = new energy vehicle | new energy vehicles
燃料电池 = fuel cell | fuel cells
氢能 = hydrogen energy
氢 = hydrogen
热泵 = heat pump | heat pumps
空调 = air conditioning
发动机 = engine | engines
电机 = motor | motors
逆变器 = inverter
自动驾驶 = autonomous driving | self-driving
定位 = positioning | localization
激光雷达 = lidar
雷达 = radar
毫米波 = millimetre-wave | millimeter-wave
传感器 = sensor | sensors
压力传感器 = pressure sensor
柔性 = flexible
芯片 = chip | chips
机器人 = robot | robots | robotic
工业机器人 = industrial robot
机器视觉 = machine vision
视觉 = vision
数控机床 = cnc machine | machine tool
主轴 = spindle
轴承 = bearing | bearings
焊缝 = weld | welds
缺陷检测 = defect detection | defect inspection
缺陷 = defect | defects
超声 = ultrasonic | ultrasound
数字孪生 = digital twin
故障预测 = fault prediction | predictive maintenance
预测性维护 = predictive maintenance
增材制造 = additive manufacturing
3d打印 = 3d printing
激光 = laser
钛合金 = titanium alloy
铝合金 = aluminium alloy | aluminum alloy
镁合金 = magnesium alloy
铸造 = casting
压铸 = die casting | die-cast
挤压 = extrusion
打磨 = grinding
去毛刺 = deburring
装配 = assembly
石墨烯 = graphene
涂料 = coating | coatings | paint
涂层 = coating | coatings
防腐 = anti-corrosion | corrosion protection
腐蚀 = corrosion
环氧 = epoxy
复合材料 = composite | composites
纤维 = fibre | fiber | fibres | fibers
玄武岩纤维 = basalt fibre | basalt fiber
阻燃 = flame retardant | flame-retardant
聚丙烯 = polypropylene
钙钛矿 = perovskite
太阳能电池 = solar cell | solar cells
光伏 = photovoltaic | photovoltaics | solar
叠层 = tandem
封装 = encapsulation | packaging
硅碳负极 = silicon-carbon anode
硬碳 = hard carbon
纳米 = nano | nanoparticle
催化 = catalysis | catalyst
电催化 = electrocatalysis | electrocatalytic
膜 = membrane
超滤 = ultrafiltration
反渗透 = reverse osmosis
人工智能 = artificial intelligence
深度学习 = deep learning
神经网络 = neural network
边缘计算 = edge computing
无人机 = drone | drones | uav
巡检 = inspection
语音识别 = speech recognition
图像识别 = image recognition
物联网 = internet of things | iot
健康监测 = health monitoring
监测 = monitoring
预警 = early warning | warning
光纤 = optical fibre | optical fiber
桥梁 = bridge | bridges
隧道 = tunnel | tunnels
土壤 = soil
湿度 = humidity | moisture
跌倒检测 = fall detection
养老 = elderly care
敷料 = dressing | wound dressing
丝素蛋白 = silk fibroin
蚕丝 = silk
胶原蛋白 = collagen
微针 = microneedle | microneedles
胰岛素 = insulin
药物递送 = drug delivery
肿瘤 = tumour | tumor | cancer
快速检测 = rapid test | rapid detection
检测 = detection | testing | test
试纸条 = test strip
益生菌 = probiotic | probiotics
中药 = traditional chinese medicine | herbal medicine
提取 = extraction
发酵 = fermentation
疫苗 = vaccine
柑橘 = citrus
黄龙病 = huanglongbing | citrus greening
榨菜 = zhacai | mustard tuber
腌制 = pickling
泡菜 = paocai | pickles
茶 = tea
采摘 = picking | harvesting
果园 = orchard | orchards
农药 = pesticide | pesticides
害虫 = pest | pests
保鲜 = preservation | fresh-keeping
果胶 = pectin
精油 = essential oil
辣椒 = chilli | chillies | chili | chilies
烘干 = drying | dryer
家蚕 = silkworm
水产 = aquaculture
育种 = breeding
污水 = sewage | wastewater
污水处理 = sewage treatment | wastewater treatment
废水 = wastewater | effluent
水处理 = water treatment
曝气 = aeration
污泥 = sludge
沼气 = biogas
厌氧 = anaerobic
餐厨垃圾 = food waste | kitchen waste
垃圾 = waste | garbage
生物炭 = biochar
热解 = pyrolysis
除霜 = defrosting | defrost
节能 = energy saving | energy-saving
低碳 = low-carbon | low carbon
碳中和 = carbon neutrality
页岩气 = shale gas
混凝土 = concrete
再生骨料 = recycled aggregate
建筑垃圾 = construction waste
抗震 = seismic | earthquake-resistant
加固 = reinforcement | retrofit
砂岩 = sandstone
文物 = cultural relic | cultural relics | heritage
滑坡 = landslide | landslides
北斗 = beidou
单轨 = monorail
减振 = vibration damping | vibration reduction
振动 = vibration
噪声 = noise
钢结构 = steel structure
钢 = steel
`;

function splitSide(side: string): string[] {
	return side
		.split('|')
		.map((term) => term.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' '))
		.filter((term) => term.length > 0);
}

export interface GlossaryEntry {
	zh: string[];
	en: string[];
}

export function parseGlossary(text: string): GlossaryEntry[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.includes('='))
		.map((line) => {
			const [zh, en] = line.split('=');
			return { zh: splitSide(zh), en: splitSide(en) };
		});
}

export const glossary: GlossaryEntry[] = parseGlossary(glossaryText);

/** Every term, either language, to the terms of the other language it stands for. */
const translationsByTerm = new Map<string, string[]>();
for (const entry of glossary) {
	for (const [from, to] of [
		[entry.zh, entry.en],
		[entry.en, entry.zh]
	]) {
		for (const term of from) {
			const known = translationsByTerm.get(term) ?? [];
			translationsByTerm.set(term, [...new Set([...known, ...to])]);
		}
	}
}

/** The longest run of words in a glossary term (English terms may be phrases). */
export const longestTermWords = Math.max(...[...translationsByTerm.keys()].map((term) => term.split(' ').length));

/**
 * The other language's terms for a typed term, normalised as the query is (NFKC, lower case,
 * words joined by one space). Empty when the term is not in the glossary.
 */
export function translations(term: string): string[] {
	return translationsByTerm.get(term.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ')) ?? [];
}
