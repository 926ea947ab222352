import { describe, expect, it } from 'vitest';
import { extractText, readPdf } from '../../../../tests/support/pdf.ts';
import { buildOpenLicenceNotice, type OpenLicenceNotice } from './open-licence-notice.ts';

const notice: OpenLicenceNotice = {
	companyName: '山城新能源科技有限公司',
	patenteeName: '缙云大学',
	patentNumber: 'ZL202310123456.7',
	patentTitle: '一种动力电池热管理系统',
	patentType: 'invention',
	listingTitle: '新能源汽车动力电池热管理系统',
	terms: {
		feeBasis: 'lump_sum_and_royalty',
		lumpSumFen: 5_000_000,
		royaltyPercent: '2.50',
		royaltyBase: 'net_sales',
		royaltyPeriod: 'year',
		paymentMethod: '合同生效后 30 日内一次性银行转账',
		termMonths: 36,
		fieldLimits: ''
	},
	announcementNumber: 'KF2026000123',
	announcedOn: '2026-11-02',
	acceptedOn: '2026-12-08'
};

describe('the written notice of taking an open licence', () => {
	it('is a PDF whose text names both parties, the patent, the terms, the announcement and the day of acceptance', async () => {
		const bytes = await buildOpenLicenceNotice(notice, new Date('2026-12-08T02:00:00Z'));
		const text = await extractText(bytes);
		for (const expected of [
			'专利开放许可实施通知书',
			'致专利权人：缙云大学',
			'山城新能源科技有限公司',
			'ZL202310123456.7',
			'一种动力电池热管理系统',
			'发明',
			'入门费加提成',
			'¥50,000.00',
			'净销售额的 2.50%',
			'36 个月',
			'实施范围限制：无',
			'公告号 KF2026000123，公告日 2026年11月2日',
			'通知日期：2026年12月8日',
			'第五十一条'
		])
			expect(text).toContain(expected);
	});

	it('embeds subsets of the CJK font whose every glyph draws and maps back to its character', async () => {
		const pdf = await readPdf(await buildOpenLicenceNotice(notice));
		expect(pdf.pages).toBe(1);
		expect(pdf.baseFonts.length).toBeGreaterThan(0);
		expect(pdf.fontFiles).toBeGreaterThan(0);
		expect(pdf.brokenGlyphs).toBe(0);
		expect(
			pdf.unmapped(`${notice.companyName}${notice.patenteeName}${notice.patentTitle}${notice.terms.paymentMethod}`)
		).toEqual([]);
	});

	it('leaves out what the declaration does not set: no royalty line for a lump sum', async () => {
		const lumpSum = {
			...notice,
			terms: {
				...notice.terms,
				feeBasis: 'lump_sum' as const,
				royaltyPercent: null,
				royaltyBase: null,
				royaltyPeriod: null,
				fieldLimits: '仅限新能源汽车领域'
			}
		};
		const text = await extractText(await buildOpenLicenceNotice(lumpSum));
		expect(text).toContain('许可使用费方式：一次性付费');
		expect(text).not.toContain('提成：');
		expect(text).toContain('实施范围限制：仅限新能源汽车领域');
	});
});
