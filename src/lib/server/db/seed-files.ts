import { deflateSync, crc32 } from 'node:zlib';
import type { Database } from './port.ts';
import type { Storage } from '../storage/port.ts';
import { sql } from './sql.ts';

/**
 * The files behind the demo rows of supabase/seed.sql. SQL cannot write files, so after the
 * script has run, every demo row that names a file (`demo/…` keys) gets real bytes through the
 * Storage port (local folder or Supabase bucket alike): a PDF drawn with the compliance record's
 * writer, or a PNG. A row whose key has no text below still gets a PDF titled with its file name,
 * so no seeded file ever answers 404. The row's size is set to the bytes written.
 */

interface DemoFileRow {
	source: 'attachment' | 'document' | 'objection' | 'report' | 'valuation' | 'case' | 'proposal';
	storage_key: string;
	file_name: string;
	content_type: string;
}

/** Text of the demo PDFs: a title and paragraphs, as such documents read. */
const documents: Record<string, { title: string; paragraphs: string[] }> = {
	'demo/coil-alignment-test-report.pdf': {
		title: '无线充电线圈自动对准样机测试报告（保密）',
		paragraphs: [
			'报告编号：JY-WPT-2026-017　　测试日期：2026年9月12日至9月20日',
			'一、测试对象：11 kW 电动汽车无线充电系统线圈自动对准样机（第三版），地面端 DD 线圈 650 mm × 500 mm，车载端线圈 320 mm × 320 mm。',
			'二、测试条件：横向偏移 0–150 mm，纵向偏移 0–100 mm，离地间隙 120–200 mm，环境温度 25℃。',
			'三、结果：对准算法在 2.4 秒内将偏移收敛到 20 mm 以内；150 mm 横向偏移下系统效率由 84.1% 恢复至 92.6%；连续 500 次泊车对准成功率 99.4%。',
			'四、结论：样机满足 GB/T 38775 系列标准对互操作性与效率的要求，建议进入整车匹配验证。',
			'本报告含未公开的实验数据，仅向已签署保密协议的合作方披露。'
		]
	},
	'demo/technical-contract-registration.pdf': {
		title: '技术合同认定登记证明',
		paragraphs: [
			'登记编号：2026500102000318',
			'合同名称：混合动力乘用车电机控制专利非独占实施许可合同',
			'卖方（许可方）：缙云大学　　买方（被许可方）：山城新能源汽车科技有限公司',
			'合同类型：技术转让（专利实施许可）　　成交金额：人民币陆拾万元整',
			'经审查，该合同符合技术合同认定规则，予以登记，可按规定享受相关税收优惠。',
			'重庆市技术市场管理办公室（技术合同登记处）'
		]
	},
	'demo/assignment-registration-notice.pdf': {
		title: '专利权转让手续合格通知书',
		paragraphs: [
			'专利名称：一种摩托车发动机缸体柔性混线装配系统',
			'转让方：缙云大学',
			'受让方：重庆两江智造科技有限公司',
			'经审查，上述专利申请权（专利权）转让手续符合规定，予以登记，并在专利公报上予以公告。转让自登记之日起生效。',
			'国家知识产权局'
		]
	},
	'demo/assignment-contract-registration.pdf': {
		title: '技术合同认定登记证明',
		paragraphs: [
			'登记编号：2026500102000402',
			'合同名称：摩托车发动机缸体柔性混线装配系统专利权转让合同',
			'卖方（转让方）：缙云大学　　买方（受让方）：重庆两江智造科技有限公司',
			'合同类型：技术转让（专利权转让）　　成交金额：人民币壹佰伍拾万元整',
			'重庆市技术市场管理办公室（技术合同登记处）'
		]
	},
	'demo/upfront-fee-bank-slip.pdf': {
		title: '中国工商银行　客户回单（收款）',
		paragraphs: [
			'回单编号：ICBC 3100 2026 0417 0088',
			'付款人：山城新能源汽车科技有限公司',
			'收款人：缙云大学',
			'金额：人民币伍拾万元整（¥500,000.00）',
			'用途：动力电池快充热管理专利独占实施许可合同入门费',
			'中国工商银行重庆分行　电子回单专用章'
		]
	},
	'demo/income-licence-recordal.pdf': {
		title: '专利实施许可合同备案通知书',
		paragraphs: [
			'备案号：2026500000187',
			'许可人：缙云大学　　被许可人：山城新能源汽车科技有限公司',
			'许可专利：一种液冷与相变材料耦合的动力电池热管理装置等',
			'许可种类：独占许可　　许可地域：中国大陆　　许可期限：五年',
			'国家知识产权局专利局重庆代办处'
		]
	},
	'demo/income-contract-registration.pdf': {
		title: '技术合同认定登记证明',
		paragraphs: [
			'登记编号：2026500102000512',
			'合同名称：动力电池快充液冷—相变耦合热管理系统专利独占实施许可合同',
			'卖方（许可方）：缙云大学　　买方（被许可方）：山城新能源汽车科技有限公司',
			'合同类型：技术转让（专利实施许可）　　入门费：人民币伍拾万元整，另按净销售额 3% 提成',
			'重庆市技术市场管理办公室（技术合同登记处）'
		]
	},
	'demo/open-licence-evaluation-report.pdf': {
		title: '实用新型专利权评价报告',
		paragraphs: [
			'专利号：ZL 2017 2 1752058.7　　实用新型名称：一种封装增敏型光纤光栅应变传感器',
			'专利权人：缙云大学　　请求人：缙云大学',
			'一、评价所依据的文本：授权公告文本。',
			'二、结论：全部权利要求 1–6 未发现存在不符合授予专利权条件的缺陷。',
			'三、检索领域：G01B 11/16；G01L 1/24；G02B 6/02。',
			'国家知识产权局专利局专利审查协作四川中心'
		]
	},
	'demo/valuation-report-heat-pump.pdf': {
		title: '专利权价值评估报告（质押融资用途）',
		paragraphs: [
			'报告编号：渝信评报字〔2026〕第 0187 号　　评估机构：重庆渝信资产评估有限公司',
			'委托方：山城新能源汽车科技有限公司　　评估目的：专利权质押贷款',
			'评估对象：发明专利 ZL 2022 1 1424494.7“一种电动汽车热泵空调与电池热管理集成系统”',
			'评估方法：收益法（许可费节省法），参考同类热管理专利许可费率 3%–5%。',
			'评估结论：在评估基准日，该专利权市场价值区间为人民币 320 万元至 410 万元。',
			'本报告自评估基准日起一年内有效，仅供委托方向贷款银行办理质押融资使用。'
		]
	},
	'demo/valuation-report-subframe.pdf': {
		title: '专利权价值评估报告（交易定价用途）',
		paragraphs: [
			'报告编号：渝信评报字〔2026〕第 0163 号　　评估机构：重庆渝信资产评估有限公司',
			'委托方：山城新能源汽车科技有限公司　　评估目的：专利独占实施许可交易定价',
			'评估对象：发明专利 ZL 2019 1 0998185.2“一种铝合金副车架低压铸造局部挤压补缩方法”',
			'评估方法：市场法，选取 2023–2026 年五宗铸造工艺专利许可交易作为可比案例。',
			'评估结论：在评估基准日，该专利权独占许可价值区间为人民币 180 万元至 240 万元。',
			'本报告自评估基准日起一年内有效，仅供委托方在许可谈判中使用。'
		]
	},
	'demo/valuation-report-battery-health.pdf': {
		title: '专利权价值评估报告（许可定价用途）',
		paragraphs: [
			'报告编号：渝信评报字〔2026〕第 0201 号　　评估机构：重庆渝信资产评估有限公司',
			'委托方：缙云大学技术转移中心　　评估目的：专利独占实施许可交易定价',
			'评估对象：发明专利 ZL 2020 1 1422920.4“一种基于增量容量曲线特征的锂离子电池健康状态估计方法”',
			'评估方法：收益法（许可费分成法），分成率取 2.5%–3.5%，折现率 12%。',
			'评估结论：在评估基准日，该专利权独占许可价值区间为人民币 90 万元至 130 万元。',
			'本报告自评估基准日起一年内有效，仅供委托方在许可定价与公示中使用。'
		]
	},
	'demo/case-licence-contract-draft.pdf': {
		title: '专利实施许可合同（初稿）',
		paragraphs: [
			'许可人：缙云大学　　被许可人：山城新能源汽车科技有限公司',
			'许可专利：ZL 2021 1 0420380.4“一种液冷与相变材料耦合的动力电池热管理装置”',
			'第三条 许可方式：独占许可，地域为中国大陆，期限五年。',
			'第五条 许可使用费：入门费人民币陆拾万元；提成按许可产品净销售额的 3% 按年支付，最低年提成人民币贰拾万元。',
			'第七条 技术指导：许可人在合同生效后六个月内提供不少于 40 人日的现场技术指导。',
			'重庆缙云专利代理事务所　起草（初稿，供双方讨论）'
		]
	},
	'demo/case-application-final.pdf': {
		title: '发明专利申请文件（定稿）',
		paragraphs: [
			'发明名称：一种电池包快换锁止机构',
			'申请人：山城新能源汽车科技有限公司',
			'权利要求书：共 10 项，其中独立权利要求 2 项（装置、快换方法）。',
			'说明书：技术领域、背景技术、发明内容、附图说明及具体实施方式，附图 8 幅。',
			'代理机构：重庆缙云专利代理事务所'
		]
	},
	'demo/licence-recordal-notice.pdf': {
		title: '专利实施许可合同备案通知书',
		paragraphs: [
			'备案号：2026500000123',
			'许可人：缙云大学　　被许可人：山城新能源汽车科技有限公司',
			'许可种类：独占许可　　许可地域：中国大陆',
			'经审查，上述专利实施许可合同符合《专利实施许可合同备案办法》的规定，准予备案。',
			'国家知识产权局专利局重庆代办处'
		]
	},
	'demo/orderly-charging-proposal.pdf': {
		title: '研发园区有序充电与负荷管理方案',
		paragraphs: [
			'响应需求：研发园区充电桩有序充电与负荷管理系统',
			'一、思路：按 1250 kVA 变压器的实时负载为 150 个交流桩分配功率，负载超过 85% 时逐级降功率，谷段优先充电。',
			'二、已有成果：老旧小区充电桩有序充电与配变负荷调度平台已在 3 个小区运行 14 个月，配变零过载。',
			'三、安排：勘察建模 1 个月，30 个桩试点 2 个月，全部上线 1 个月。',
			'四、团队：刘思远副教授团队，2 名现场工程师，合作供电公司提供配变数据接口。'
		]
	}
};

export async function listDemoFiles(database: Database): Promise<DemoFileRow[]> {
	return database.query<DemoFileRow>(sql`
		select 'attachment' as source, storage_key, file_name, content_type from public.listing_attachments
			where storage_key like 'demo/%'
		union all
		select 'document', storage_key, file_name, content_type from public.deal_documents where storage_key like 'demo/%'
		union all
		select 'objection', file_key, file_name, content_type from public.notice_objections where file_key like 'demo/%'
		union all
		select 'report', d.evaluation_report_key, '专利权评价报告-' || p.application_number || '.pdf', 'application/pdf'
			from public.open_licence_declarations d join public.patents p on p.id = d.patent_id
			where d.evaluation_report_key like 'demo/%'
		union all
		select 'valuation', report_key, '专利价值评估报告.pdf', 'application/pdf' from public.valuation_requests
			where report_key like 'demo/%'
		union all
		select 'case', storage_key, file_name, content_type from public.service_case_documents where storage_key like 'demo/%'
		union all
		select 'proposal', file_key, file_name, 'application/pdf' from public.need_proposals where file_key like 'demo/%'
		order by 2`);
}

/** Writes every demo file the seeded rows name; run by whoever ran the seed, with its storage. */
export async function writeDemoFiles(database: Database, storage: Storage): Promise<number> {
	const rows = await listDemoFiles(database);
	for (const row of rows) {
		const bytes = row.content_type === 'image/png' ? demoPng() : await demoPdf(row);
		// A folder left from an earlier database may hold the key already: replace it.
		await storage.remove(row.storage_key);
		await storage.put(row.storage_key, bytes, row.content_type);
		// Rows are the demo's own, written by the owner connection; objections and reports keep no size.
		if (row.source === 'attachment')
			await database.query(
				sql`update public.listing_attachments set size_bytes = ${bytes.length} where storage_key = ${row.storage_key}`
			);
		if (row.source === 'document')
			await database.query(
				sql`update public.deal_documents set size_bytes = ${bytes.length} where storage_key = ${row.storage_key}`
			);
		if (row.source === 'case')
			await database.query(
				sql`update public.service_case_documents set size_bytes = ${bytes.length} where storage_key = ${row.storage_key}`
			);
	}
	return rows.length;
}

async function demoPdf(row: DemoFileRow): Promise<Uint8Array> {
	// Loaded only when seeding: pdf-lib and the font slices cost a second to parse.
	const { PdfWriter } = await import('../pdf/document.ts');
	const text = documents[row.storage_key] ?? { title: row.file_name.replace(/\.pdf$/i, ''), paragraphs: [] };
	const writer = await PdfWriter.create(text.title);
	await writer.heading(text.title, 16);
	for (const paragraph of text.paragraphs) await writer.paragraph(paragraph);
	await writer.paragraph('知桥演示数据 · Zhiqiao demo data', { muted: true });
	return writer.save();
}

/**
 * A 480 × 270 PNG sketch of the cooling plate: coolant channels (blue) running through the
 * phase-change layer (amber) under the cells (grey). Truecolour, no library needed.
 */
export function demoPng(width = 480, height = 270): Uint8Array {
	const pixel = (x: number, y: number): [number, number, number] => {
		if (y < 70) return x % 60 < 56 ? [120, 128, 140] : [245, 246, 248];
		if (y < 170)
			return Math.floor((x - 20) / 40) % 2 === 0 && y > 95 && y < 145 && x > 20 && x < 460
				? [37, 99, 235]
				: [245, 176, 65];
		if (y < 200) return [90, 96, 108];
		return [245, 246, 248];
	};
	const raw = Buffer.alloc((width * 3 + 1) * height);
	for (let y = 0; y < height; y++) {
		const row = y * (width * 3 + 1);
		for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
	}
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const check = Buffer.alloc(4);
		check.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, check]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return new Uint8Array(
		Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
	);
}
