/**
 * Words that say nothing about what a need asks for or what a technology does, so they must not
 * connect a need with a listing, nor be shown as "matched on …": function words, comparisons
 * (低于, 以上), units of measure (分钟, mwh), numbers and figures with a unit (2c, 20hz).
 * Words are compared after normalisation (NFKC, lower case), as the segmenter returns them.
 */

// Function words and boilerplate of listings and needs, in either language.
const fillerWords = `
一种 及其 方法 系统 技术 装置 基于 用于 以及 进行 可以 通过 实现 提高 降低 其中 我们 需要 我司 本司
或者 并且 同时 能够 采用 利用 结合 具有 包括 其他 相关 问题 方案 希望 寻求 要求 目前 现有 已经 没有 无需
一个 一套 一台 每个 所有 整个 不同 主要 重要 显著 有效 稳定 较好 更好 非常 进一步 左右 大约 以内 之间
提升 增加 减少 下降 缩短 延长 达到 保持 满足 支持 适用 适合 用于 面向 针对 应用 完成 实际 运行 影响
the and for with from that this into using based method system of to in on a an is are be by as at or
our we you your it its their than then per can not no any all also more less over under up down out
`;

// Comparisons and quantities: 低于 3℃ says how much, not what.
const comparisonWords = `
低于 高于 小于 大于 不低于 不高于 不超过 超过 不到 以上 以下 以内 至少 最多 最高 最低 最大 最小 平均 累计 约合
below above under over least most within about approximately average maximum minimum
`;

// Units of time, length, mass, energy, power, frequency… as words of their own.
const unitWords = `
秒 秒钟 分钟 小时 天 周 个月 年 毫秒 微秒 毫米 厘米 分米 公里 千米 平方米 立方米 公斤 千克 克 毫克 吨 升 毫升
千瓦 兆瓦 瓦 千瓦时 兆瓦时 伏 千伏 安 毫安 摄氏度 度 万元 亿元 元 万吨 亩 万亩 倍 次 项 个 种 台 套 家 座 条 处
s ms min h hr hrs hour hours day days week weeks month months year years
mm cm dm km m μm nm um kg mg g t l ml
wh kwh mwh gwh mah ah w kw mw gw v kv kva mva a ma
pa kpa mpa gpa hz khz mhz ghz db dba ppm ppb rpm nt ntu °c ℃ k tops
percent cny rmb yuan
`;

const stopWords = new Set(
	[fillerWords, comparisonWords, unitWords]
		.join(' ')
		.split(/\s+/)
		.filter((word) => word.length > 0)
		.map((word) => word.normalize('NFKC').toLowerCase())
);

// A number, or a number with a short unit stuck to it: 18650, 1.6, 20%, 2c, 3c, 20hz, 1080p.
const figure = /^[\d.,:/%+-]*\d[\d.,:/%+-]*[a-zμ°%]{0,4}$/u;

/** True when a (normalised) word must not serve as a match term. */
export function isStopWord(word: string): boolean {
	return stopWords.has(word) || figure.test(word);
}
