import { seededRandom } from './seeded-random.ts';
// Reproducible synthetic listings for benchmarks: row i is always the same text, so runs compare.
const industries = [
	'automotive',
	'smart_manufacturing',
	'new_materials',
	'electronic_information',
	'biomedicine',
	'modern_agriculture',
	'energy_environment',
	'other'
];
const modes = ['exclusive_license', 'non_exclusive_license', 'assignment', 'equity', 'joint_development', 'option'];
const zhPrefixes = [
	'基于深度学习的',
	'一种高效',
	'低成本',
	'山地城市',
	'智能',
	'绿色',
	'模块化',
	'高可靠',
	'便携式',
	'新型'
];
export const zhCores = [
	'动力电池热管理',
	'污水处理',
	'充电桩调度',
	'钙钛矿太阳能电池',
	'柑橘黄龙病检测',
	'榨菜腌制',
	'工业机器人抓取',
	'桥梁健康监测',
	'镁合金挤压',
	'石墨烯涂料',
	'丝素蛋白敷料',
	'中药提取',
	'储能电站预警',
	'古籍文字识别',
	'无人机巡检',
	'饮用水处理',
	'曝气控制',
	'页岩气压裂',
	'硅碳负极',
	'数控机床补偿',
	'焊缝检测',
	'轨道减振',
	'稻田水位调控',
	'茶叶采摘',
	'餐厨垃圾发酵'
];
const zhSuffixes = ['系统', '方法', '装置', '技术', '平台', '工艺', '材料', '设备'];
const zhNames = '青岚云溪朝晖明远启航星河清风玉泉松涛锦程瑞丰长川海棠白鹭凌霄天成嘉禾'.match(/../g)!;
const enAdjectives = [
	'Low-cost',
	'High-efficiency',
	'Portable',
	'Modular',
	'Intelligent',
	'Robust',
	'Compact',
	'Green'
];
const enCores = [
	'battery thermal management',
	'heat pump defrosting',
	'perovskite solar cell',
	'wastewater treatment',
	'pressure sensor',
	'anticorrosion coating',
	'solid-state electrolyte',
	'bin picking robot',
	'drone inspection',
	'soil moisture sensor',
	'fuel cell humidity control'
];
const enSuffixes = ['system', 'method', 'device', 'platform', 'process', 'material'];

const pick = <T>(next: () => number, items: readonly T[]) => items[Math.floor(next() * items.length)];

export function syntheticListing(index: number) {
	const next = seededRandom(index + 1);
	const chinese = index % 3 !== 2;
	const core = chinese ? pick(next, zhCores) : pick(next, enCores);
	const title = chinese
		? `${pick(next, zhPrefixes)}${core}${pick(next, zhSuffixes)}（${pick(next, zhNames)}${pick(next, zhNames)}-${index % 997}型）`
		: `${pick(next, enAdjectives)} ${core} ${pick(next, enSuffixes)} (model ${pick(next, ['A', 'B', 'C', 'X'])}${index % 997})`;
	const other = chinese ? pick(next, zhCores) : pick(next, enCores);
	const pitch = chinese
		? `${core}效率提升 ${10 + (index % 50)}%，兼顾${other}`
		: `Improves ${core} by ${10 + (index % 50)}% with ${other}`;
	const summary = chinese
		? `本技术涉及${core}与${other}，采用${pick(next, zhPrefixes)}${pick(next, zhSuffixes)}，已完成中试验证。`
		: `This ${core} ${pick(next, enSuffixes)} combines ${other} and has been validated at pilot scale.`;
	const year = 2015 + (index % 9);
	const typeDigit = pick(next, ['1', '1', '2', '3']);
	return {
		id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
		title,
		pitch,
		summary,
		industry: pick(next, industries),
		trl: 1 + Math.floor(next() * 9),
		modes: [...new Set([pick(next, modes), pick(next, modes)])],
		ageMinutes: index % 500_000,
		patentNumber: `${year}${typeDigit}${String(index).padStart(7, '0')}.${index % 10}`,
		patentType: typeDigit === '1' ? 'invention' : typeDigit === '2' ? 'utility_model' : 'design',
		legalStatus: pick(next, ['pending', 'granted', 'granted', 'lapsed'])
	};
}

export function generateListings(offset: number, count: number) {
	return Array.from({ length: count }, (_, index) => syntheticListing(offset + index));
}

/** One-character typos of real titles: a Han character swapped, or an English letter dropped. */
export function typoQueries(language: 'zh' | 'en', count: number, listingCount: number) {
	const next = seededRandom(language === 'zh' ? 7 : 11);
	const cases: { query: string; title: string }[] = [];
	while (cases.length < count) {
		const listing = syntheticListing(Math.floor(next() * listingCount));
		const chinese = /\p{Script=Han}/u.test(listing.title);
		if (chinese !== (language === 'zh')) continue;
		// The typo goes into the descriptive part; the model name that tells listings apart stays.
		if (chinese) {
			const [described, model] = [listing.title.replace(/（.*$/, ''), listing.title.slice(listing.title.indexOf('（'))];
			const characters = [...described];
			const position = 1 + Math.floor(next() * (characters.length - 2));
			characters[position] = '错';
			cases.push({ query: `${characters.join('')} ${model.replace(/[（）]/g, ' ').trim()}`, title: listing.title });
		} else {
			const words = listing.title.split(' ');
			const target = words.findIndex((word) => word.length > 5);
			const word = words[target];
			const position = 1 + Math.floor(next() * (word.length - 1));
			words[target] = word.slice(0, position) + word.slice(position + 1);
			cases.push({ query: words.join(' ').replace(/[()]/g, ''), title: listing.title });
		}
	}
	return cases;
}
