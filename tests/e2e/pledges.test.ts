import { expect, test } from '@playwright/test';
import { demo, expectAccessible, expectNoHorizontalOverflow, newSignedInPage } from './helpers.ts';
import { openDealAtTermSheet } from './deal-helpers.ts';

// Issue #22, pledge loans, at 360 px, the company's and the bank's forms without JavaScript: the
// demo company declares a patent it co-owns with Jinyun University, applies to the demo bank with
// its delivered valuation; the bank reviews, approves and registers the pledge; a deal licensing a
// patent of that listing is then refused its public notice (Civil Code Art. 444), with the reason.
// Not the heat pump listing (tests/e2e/notices.test.ts licenses it): the basalt rebar one.
const listingId = '00000000-0000-4000-8001-000000000022';
const number = '201810694956.4';
const noScripts = { javaScriptEnabled: false };

test('a company pledges a co-owned patent, the bank registers it, a deal licensing it is refused', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const company = await newSignedInPage(browser, demo.company, undefined, noScripts);
	await company.goto('/pledges/patents');
	await expectNoHorizontalOverflow(company);
	// A wrong check character: the translated error, what was typed kept.
	await company.getByLabel('专利申请号').fill('201810694956.1');
	await company.getByLabel('专利名称').fill('一种表面缠绕肋纹的玄武岩纤维复合材料筋及其拉挤成型方法');
	await company.getByLabel('授权日').fill('2021-01-05');
	await company.getByLabel('共有人（选填）').fill('缙云大学');
	await company.getByRole('button', { name: '申报专利' }).click();
	await expect(company.getByText('校验位不对，请核对申请号。')).toBeVisible();
	await expect(company.getByLabel('共有人（选填）')).toHaveValue('缙云大学');
	await company.getByLabel('专利申请号').fill(number);
	await company.getByRole('button', { name: '申报专利' }).click();
	await expect(company.getByText('已申报。')).toBeVisible();
	await expect(company.getByTestId('holdings')).toContainText(number);

	// Amount 0 and term 0: both refused at their fields, nothing made.
	await company.goto('/pledges/new');
	await expectNoHorizontalOverflow(company);
	await company.getByLabel('银行').selectOption({ label: '山城银行科技支行' });
	await company.getByLabel('贷款金额（元）').fill('0');
	await company.getByLabel('贷款期限（月）').fill('0');
	await company.getByLabel('贷款用途').fill('玄武岩筋产线扩产');
	await company.getByLabel(new RegExp(number.replace('.', '\\.'))).check();
	await company.getByRole('button', { name: '提交申请' }).click();
	await expect(company.getByText('金额必须大于零。')).toBeVisible();
	await expect(company.getByText('期限为 1 至 360 个月的整数。')).toBeVisible();
	await expect(company.getByLabel('贷款用途')).toHaveValue('玄武岩筋产线扩产');

	await company.getByLabel('贷款金额（元）').fill('2000000');
	await company.getByLabel('贷款期限（月）').fill('24');
	await company.getByLabel(new RegExp(number.replace('.', '\\.'))).check();
	await company.getByLabel('评估报告（选填）').selectOption('00000000-0000-4000-8037-000000000001');
	await company.getByRole('button', { name: '提交申请' }).click();
	await company.waitForURL(/\/pledges\/[0-9a-f-]{36}$/);
	const path = new URL(company.url()).pathname;
	await expect(company.getByTestId('pledge-status')).toHaveText('已提交');
	await expect(company.getByTestId('pledge-amount')).toContainText('2,000,000');

	// The bank: its inbox, then review, approve and register.
	const bank = await newSignedInPage(browser, 'bank@demo.zhiqiao.cn', undefined, noScripts);
	await bank.goto('/pledges?status=submitted');
	await expect(bank.locator(`a[href="${path}"]`)).toBeVisible();
	await bank.goto(path);
	await expect(bank.getByTestId('pledge-patents')).toContainText(number);
	await expect(bank.getByTestId('pledge-valuation')).toContainText('3,200,000');
	await bank.getByRole('button', { name: '开始审查' }).click();
	await expect(bank.getByTestId('pledge-status')).toHaveText('审查中');
	await bank.getByRole('button', { name: '批准' }).click();
	await expect(bank.getByTestId('pledge-status')).toHaveText('已批准');
	await bank.getByLabel('质押登记号（国家知识产权局）').fill('Y2026500000999');
	await bank.getByLabel('登记日').fill('2026-12-01');
	await bank.getByRole('button', { name: '登记质押' }).click();
	await expect(bank.getByTestId('pledge-status')).toHaveText('已登记');
	await expect(bank.getByTestId('pledge-registration')).toContainText('Y2026500000999');
	await expectNoHorizontalOverflow(bank);
	await bank.context().close();
	await company.context().close();

	// A licence deal on the listing: the deal room shows the banner, the notice is refused.
	const { officer, dealPath, card } = await openDealAtTermSheet(browser, listingId, `许可意向 ${Date.now()}`);
	await expect(officer.getByTestId('pledge-banner')).toContainText(number);
	await officer.getByLabel('入门费（元）').fill('800000');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	await card.getByRole('button', { name: '移至：校内公示' }).click();
	await expect(officer.getByText(/本成果的专利已出质，质权人（银行）尚未同意/)).toBeVisible();
	await expect(card.locator('.badge.stage')).toHaveText('条款清单');
	await expectAccessible(officer, dealPath);
	await officer.context().close();
});
