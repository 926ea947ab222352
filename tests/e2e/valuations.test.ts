import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, signUpByRequest, uniqueEmail } from './helpers.ts';

// Issue #22, valuations, at 360 px and without JavaScript (plain HTML forms first): the demo
// company asks the demo valuation firm to value a patent; the valuer accepts and delivers a PDF
// report with a value range; the company sees it and downloads the report; another company gets 404.
const valuer = 'valuer@demo.zhiqiao.cn';
const firm = '00000000-0000-4000-8000-000000000400';
const reportPdf = Buffer.from('%PDF-1.4\n% valuation report of the e2e test\n%%EOF\n');
const noScripts = { javaScriptEnabled: false };

test('a company asks for a valuation, the firm delivers its report, the company downloads it', async ({ browser }) => {
	test.setTimeout(120_000);
	const company = await newSignedInPage(browser, demo.company, undefined, noScripts);
	await company.goto(`/valuations/new?firm=${firm}`);
	await expectNoHorizontalOverflow(company);
	await expect(company.getByLabel('评估机构')).toHaveValue(firm);

	// No patent ticked: a translated error, what was typed kept.
	await company.getByLabel('评估目的').selectOption('pledge_loan');
	await company.getByLabel('补充说明（选填）').fill('用于向银行申请质押贷款');
	await company.getByRole('button', { name: '提交委托' }).click();
	await expect(company.getByText('请至少选择一项专利。')).toBeVisible();
	await expect(company.getByLabel('补充说明（选填）')).toHaveValue('用于向银行申请质押贷款');
	await expect(company.getByLabel('评估目的')).toHaveValue('pledge_loan');

	// The picker lists the company's own patents; another published one is found by its number,
	// and finding it keeps what was typed.
	await expect(company.getByLabel(/202211424494\.7/)).toHaveCount(0);
	await company.getByLabel('查找专利（申请号、专利名称或成果名称）').fill('CN 2022114244947');
	await company.getByRole('button', { name: '查找', exact: true }).click();
	await expect(company.getByLabel('补充说明（选填）')).toHaveValue('用于向银行申请质押贷款');
	await company.getByLabel(/202211424494\.7/).check();
	await company.getByRole('button', { name: '提交委托' }).click();
	await company.waitForURL(/\/valuations\/[0-9a-f-]{36}$/);
	const path = new URL(company.url()).pathname;
	await expect(company.getByTestId('valuation-status')).toHaveText('待评估机构答复');
	await expectNoHorizontalOverflow(company);

	const firmPage = await newSignedInPage(browser, valuer, undefined, noScripts);
	await firmPage.goto('/valuations');
	await expect(firmPage.locator(`a[href="${path}"]`)).toBeVisible();
	await firmPage.goto(path);
	await firmPage.getByRole('button', { name: '接受委托' }).click();
	await expect(firmPage.getByTestId('valuation-status')).toHaveText('评估中');

	// A range upside down: the error at the high value, the figures kept.
	await firmPage
		.getByLabel('评估报告（PDF）')
		.setInputFiles({ name: '评估报告.pdf', mimeType: 'application/pdf', buffer: reportPdf });
	await firmPage.getByLabel('价值下限（元）').fill('4100000');
	await firmPage.getByLabel('价值上限（元）').fill('3200000');
	await firmPage.getByLabel('评估基准日').fill('2026-11-30');
	await firmPage.getByLabel('有效期至').fill('2027-11-29');
	await firmPage.getByRole('button', { name: '提交报告' }).click();
	await expect(firmPage.getByText('价值上限不能低于下限。')).toBeVisible();
	await expect(firmPage.getByLabel('价值下限（元）')).toHaveValue('4100000');
	await expectNoHorizontalOverflow(firmPage);

	await firmPage
		.getByLabel('评估报告（PDF）')
		.setInputFiles({ name: '评估报告.pdf', mimeType: 'application/pdf', buffer: reportPdf });
	await firmPage.getByLabel('价值下限（元）').fill('3200000');
	await firmPage.getByLabel('价值上限（元）').fill('4100000');
	await firmPage.getByRole('button', { name: '提交报告' }).click();
	await expect(firmPage.getByTestId('valuation-status')).toHaveText('已出具报告');
	await firmPage.context().close();

	await company.goto(path);
	await expect(company.getByTestId('valuation-status')).toHaveText('已出具报告');
	await expect(company.getByTestId('valuation-range')).toContainText('3,200,000');
	await expectNoHorizontalOverflow(company);
	const download = await company.request.get(`${path}/report.pdf`);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await company.context().close();

	// Another company: as if there were no such valuation.
	const context = await browser.newContext();
	await signUpByRequest(context, { role: 'company', email: uniqueEmail('valuation-outsider'), displayName: '外人' });
	const outsider = await context.newPage();
	expect((await outsider.goto(path))?.status()).toBe(404);
	expect((await outsider.request.get(`${path}/report.pdf`)).status()).toBe(404);
	await context.close();
});
