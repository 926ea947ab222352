import { expect, test, type Page } from '@playwright/test';
import { demo, expectAccessible, hydrated, newSignedInPage, open, seriousAxeViolations } from './helpers';

// Income at 360 px (issue #20): a company files a royalty report, the officer records the money
// and approves its distribution, and the inventor sees his line arrive in "My rewards" without a
// reload. Demo data: deal 004 (a non-exclusive licence of 张卫国's engine listing, royalty 2.5 %)
// was signed 95 days ago, so its first quarter has ended unreported; the university's reward
// policy in force (version 2) gives the inventors 70 %, and 张卫国 holds 50 % of the listing.
const deal = '00000000-0000-4000-8004-000000000004';
const incomePath = `/deals/${deal}/income`;
const professor = 'zhang.weiguo@demo.zhiqiao.cn';
const listingTitle = '混合动力专用发动机高滚流燃烧系统';

/** Picks the first option of the select whose label contains `text`. */
async function chooseOption(page: Page, label: string, text: string) {
	const select = page.getByLabel(label);
	const option = await select.locator('option', { hasText: text }).first().getAttribute('value');
	await select.selectOption(option!);
}

test('a royalty report, its receipt and distribution reach the inventor live', async ({ browser }) => {
	test.setTimeout(120_000);
	const inventor = await newSignedInPage(browser, professor);
	await expectAccessible(inventor, '/my/rewards');
	const rewardDeal = inventor.getByTestId('reward-deal').filter({ hasText: listingTitle });
	await expect(rewardDeal.getByTestId('reward-distributed')).toHaveText('¥0.00');
	await expect(inventor.getByText('财税〔2018〕58号')).toBeVisible();
	const linesBefore = await inventor.getByTestId('reward-line').count();

	const company = await newSignedInPage(browser, demo.company);
	await expectAccessible(company, incomePath);
	// The company reads what it owes and paid, never how the money is shared.
	await expect(company.getByRole('heading', { name: '分配明细' })).toHaveCount(0);
	await company.getByLabel('净销售额（元）').fill('1000000');
	await company.getByLabel('申报提成费（元）').fill('24000');
	await company.getByRole('button', { name: '提交报告' }).click();
	await expect(company.getByTestId('report-filed-computed')).toContainText('¥25,000.00');
	const report = company.getByTestId('royalty-report').first();
	await expect(report.getByTestId('report-computed')).toHaveText('¥25,000.00');
	await expect(report.getByText('申报与计算不符')).toBeVisible();
	await company.context().close();

	const officer = await newSignedInPage(browser, demo.officer);
	await expectAccessible(officer, incomePath);
	await chooseOption(officer, '对应款项', '提成费');
	await officer.getByLabel('到账金额（元）').fill('25000');
	await officer.getByLabel('到账日期').fill(await officer.evaluate(() => new Date().toLocaleDateString('sv-SE')));
	await officer.getByLabel('银行流水号').fill('CMB-2026-0001');
	await officer.getByRole('button', { name: '登记到账' }).click();
	await expect(officer.getByText('到账已登记。')).toBeVisible();
	const receipt = officer.getByTestId('receipt').filter({ hasText: 'CMB-2026-0001' });
	await receipt.getByText('添加扣除项…').click();
	await receipt.getByLabel('扣除类型').selectOption('taxes');
	await receipt.getByLabel('扣除金额（元）').fill('1000');
	await receipt.getByRole('button', { name: '添加扣除项' }).click();
	await expect(receipt.getByTestId('receipt-net')).toHaveText('¥24,000.00');
	await receipt.getByRole('button', { name: '批准分配' }).click();
	await expect(receipt.getByText('已批准分配')).toBeVisible();
	await expect(officer.getByTestId('distribution-line').filter({ hasText: '张卫国' })).toContainText('¥8,400.00');
	expect(await seriousAxeViolations(officer)).toEqual([]);

	// ¥24,000 net × 70 % to the inventors × his 50 %: the line appears without a reload.
	await expect(inventor.getByTestId('reward-line')).toHaveCount(linesBefore + 1);
	await expect(rewardDeal.getByTestId('reward-distributed')).toHaveText('¥8,400.00');
	await expect(inventor.getByTestId('reward-line').first()).toContainText('¥8,400.00');
	await hydrated(inventor);
	await open(inventor, incomePath);
	await expect(inventor.getByRole('heading', { name: '我的分配' })).toBeVisible();
	await expect(inventor.getByTestId('distribution-line')).toHaveCount(linesBefore + 1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a receipt with bad input is refused at its fields, keeps what was typed and stores nothing', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const officer = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
		await officer.goto(incomePath);
		const received = await officer.getByTestId('total-received').textContent();
		const receipts = await officer.getByTestId('receipt').count();
		const tomorrow = await officer.evaluate(() => new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('sv-SE'));
		const cases: [string, string, string, string][] = [
			// amount, date, reference, the message expected at the amount or date
			['0', '2026-01-05', 'REF-0', '金额须大于零'],
			['-5', '2026-01-05', 'REF-1', '请输入金额（元），最多两位小数。'],
			['10000000000000', '2026-01-05', 'REF-2', '金额过大'],
			['100', tomorrow, 'REF-3', '不能晚于今天'],
			['', '', '', '请填写此项。']
		];
		for (const [amount, date, reference, message] of cases) {
			await officer.getByLabel('到账金额（元）').fill(amount);
			await officer.getByLabel('到账日期').fill(date);
			await officer.getByLabel('银行流水号').fill(reference);
			await officer.getByRole('button', { name: '登记到账' }).click();
			await expect(officer.getByText(message).first()).toBeVisible();
			await expect(officer.getByLabel('到账金额（元）')).toHaveValue(amount);
			await expect(officer.getByLabel('银行流水号')).toHaveValue(reference);
		}
		await expect(officer.getByLabel('到账金额（元）')).toHaveAttribute('aria-invalid', 'true');
		await expect(officer.getByLabel('银行流水号')).toHaveAttribute('aria-invalid', 'true');
		await officer.goto(incomePath);
		await expect(officer.getByTestId('total-received')).toHaveText(received!);
		await expect(officer.getByTestId('receipt')).toHaveCount(receipts);
	});
});
