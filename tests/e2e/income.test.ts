import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	demo,
	expectAccessible,
	expectNoHorizontalOverflow,
	newSignedInPage,
	open,
	seriousAxeViolations
} from './helpers';
import { openDealAtTermSheet } from './deal-helpers';

// Income at 360 px (issue #20), the way its users make it: the officer agrees terms with a
// structured milestone, prices the deal on an exchange (so its notice needs no 15 days) and signs it
// with an effective date 100 days ago, so its first royalty quarter has ended. The company files the
// quarter's royalty report, the officer records the money, a deduction and approves the
// distribution, and the professor (李明远, an inventor of the listing with an account, 55 %) sees his
// line arrive in "My rewards" without a reload. The university's policy in force (version 2 of the
// demo) gives the inventors 70 %.
const listingId = '00000000-0000-4000-8001-000000000008';
const listingTitle = 'Pulse self-heating of power batteries for cold-climate fast charging';
// The demo's signed licence (deal 004): the no-JS test posts bad receipts to it.
const signedIncomePath = '/deals/00000000-0000-4000-8004-000000000004/income';

const evidence = { name: '到账回单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

/** Picks the first option of the select whose label contains `text`. */
async function chooseOption(scope: Page | Locator, label: string, text: string) {
	const select = scope.getByLabel(label);
	const option = await select.locator('option', { hasText: text }).first().getAttribute('value');
	await select.selectOption(option!);
}

/** A day `days` before today in Asia/Shanghai (the browser's time zone here), YYYY-MM-DD. */
const daysAgo = (page: Page, days: number) =>
	page.evaluate((days) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE'), days);

test('terms, signing, a royalty report, its receipt and distribution reach the inventor live', async ({ browser }) => {
	test.setTimeout(180_000);
	const { company, officer, dealPath, dealId, card } = await openDealAtTermSheet(
		browser,
		listingId,
		`收益测试 ${Date.now()}`
	);
	const incomePath = `/deals/${dealId}/income`;
	await officer.getByLabel('入门费（元）').fill('100000');
	await officer.getByLabel('提成比例（%）').fill('2.5');
	await officer.getByLabel('提成报告周期').selectOption('quarter');
	await officer.getByLabel('年度最低提成（元）').fill('0.5');
	const milestone = officer.getByTestId('milestone-row').first();
	await milestone.getByLabel('内容').fill('样机通过验收');
	await milestone.getByLabel('金额（元）').fill('0');
	await milestone.getByLabel('到期日').fill('2001-01-01');
	// Two blank rows to add milestones, so several need not take a save each.
	await expect(officer.getByTestId('milestone-row')).toHaveCount(2);
	await officer.getByRole('button', { name: '保存条款' }).click();
	// A milestone of nothing, due in the past, is refused at its row; what was typed stays.
	await expect(milestone.getByText('金额必须大于零。')).toBeVisible();
	await expect(milestone.getByText('到期日不能早于今天。')).toBeVisible();
	await expect(milestone.getByLabel('内容')).toHaveValue('样机通过验收');
	// Enhanced, the form's fragment (for the browser without JavaScript) does not move the page.
	expect(new URL(officer.url()).hash).toBe('');
	await milestone.getByLabel('金额（元）').fill('20000');
	await milestone.getByLabel('到期日').fill('');
	await milestone.getByLabel('或触发条件').fill('样机验收合格后 30 日内');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	await expect(officer.getByTestId('milestone-row')).toHaveCount(3);
	await expect(officer.locator('.milestone-list')).toContainText('样机通过验收 · ¥20,000.00');

	// While the terms are negotiated, the inventor sees what they would bring him.
	const professor = await newSignedInPage(browser, demo.researcher);
	await expectAccessible(professor, '/my/rewards');
	const rewardDeal = professor.getByTestId('reward-deal').filter({ hasText: listingTitle });
	// ¥100,000 × 70 % × 55 %.
	await expect(rewardDeal.getByTestId('reward-forecast')).toContainText('¥38,500.00');
	await expect(professor.getByText('财税〔2018〕58号')).toBeVisible();

	await officer.getByLabel('挂牌交易').check();
	await officer.getByLabel('技术交易机构').fill('重庆技术交易所');
	await officer.getByLabel('挂牌或拍卖编号').fill(`CQ-${Date.now()}`);
	await officer.getByRole('button', { name: '保存定价方式' }).click();
	await expect(officer.getByText('定价方式已保存。')).toBeVisible();
	await card.getByRole('button', { name: '移至：校内公示' }).click();
	await expect(card.locator('.badge.stage')).toHaveText('校内公示');
	await open(officer, dealPath);
	await card.getByLabel('合同生效日期').fill(await daysAgo(officer, 100));
	await card.getByRole('button', { name: '移至：已签约' }).click();
	await expect(card.locator('.badge.stage')).toHaveText('已签约');
	// Signed terms are history: no terms form any more.
	await expect(officer.getByRole('button', { name: '保存条款' })).toHaveCount(0);

	await expectAccessible(company, incomePath);
	// The company reads what it owes and paid, never how the money is shared.
	await expect(company.getByRole('heading', { name: '分配明细' })).toHaveCount(0);
	await company.getByLabel('净销售额（元）').fill('1000000');
	await company.getByLabel('申报提成（元）').fill('24000');
	await company
		.getByLabel('报告附件（可选，如销售报表，PDF 或图片）')
		.setInputFiles({ ...evidence, name: '销售报表.pdf' });
	await company.getByRole('button', { name: '提交报告' }).click();
	await expect(company.getByTestId('report-filed-computed')).toContainText('¥25,000.00');
	const report = company.getByTestId('royalty-report').first();
	await expect(report.getByTestId('report-computed')).toHaveText('¥25,000.00');
	await expect(report.getByText('申报与计算不符')).toBeVisible();
	// The attachment is a document of the deal, linked from its report.
	await expect(report.getByRole('link', { name: '销售报表.pdf' })).toBeVisible();
	await expect(company.getByTestId('report-filed-mismatch')).toBeVisible();
	await company.context().close();

	await open(professor, '/my/rewards');
	await expect(rewardDeal.getByTestId('reward-distributed')).toHaveText('¥0.00');
	const linesBefore = await professor.getByTestId('reward-line').count();

	await expectAccessible(officer, incomePath);
	await chooseOption(officer, '对应款项', '提成 ·');
	await officer.getByLabel('到账金额（元）').fill('25000');
	await officer.getByLabel('到账日期').fill(await daysAgo(officer, 0));
	await officer.getByLabel('银行流水号').fill('CMB-2026-0001');
	await officer.getByLabel('到账凭证（可选，PDF 或图片）').setInputFiles(evidence);
	await officer.getByRole('button', { name: '登记到账' }).click();
	await expect(officer.getByText('到账已登记。')).toBeVisible();
	const receipt = officer.getByTestId('receipt').filter({ hasText: 'CMB-2026-0001' });
	// The evidence is a document of the deal, linked from its receipt.
	await expect(receipt.getByRole('link', { name: evidence.name })).toBeVisible();
	await receipt.getByText('添加扣除项…').click();
	await receipt.getByLabel('扣除类型').selectOption('taxes');
	await receipt.getByLabel('扣除金额（元）').fill('1000');
	await receipt.getByRole('button', { name: '添加扣除项' }).click();
	await expect(receipt.getByTestId('receipt-net')).toHaveText('¥24,000.00');
	// A deduction typed wrongly is removed before approval. (The form may still be open.)
	if (!(await receipt.getByLabel('扣除类型').isVisible())) await receipt.getByText('添加扣除项…').click();
	await receipt.getByLabel('扣除类型').selectOption('other');
	await receipt.getByLabel('扣除金额（元）').fill('500');
	await receipt.getByLabel('说明').fill('误录');
	await receipt.getByRole('button', { name: '添加扣除项' }).click();
	await expect(receipt.getByTestId('receipt-net')).toHaveText('¥23,500.00');
	await receipt.getByTestId('deduction').filter({ hasText: '误录' }).getByRole('button', { name: /^删除/ }).click();
	await expect(receipt.getByText('扣除项已删除。')).toBeVisible();
	await expect(receipt.getByTestId('deduction')).toHaveCount(1);
	await expect(receipt.getByTestId('receipt-net')).toHaveText('¥24,000.00');
	await receipt.getByRole('button', { name: '批准分配' }).click();
	await expect(receipt.getByText('已批准分配')).toBeVisible();
	// ¥24,000 net × 70 % to the inventors × his 55 %.
	await expect(officer.getByTestId('distribution-line').filter({ hasText: 'Li Mingyuan' })).toContainText('¥9,240.00');
	expect(await seriousAxeViolations(officer)).toEqual([]);
	await expectNoHorizontalOverflow(officer);

	// The line appears without a reload.
	await expect(professor.getByTestId('reward-line')).toHaveCount(linesBefore + 1);
	await expect(rewardDeal.getByTestId('reward-distributed')).toHaveText('¥9,240.00');
	await expect(professor.getByTestId('reward-line').first()).toContainText('¥9,240.00');
	await expectAccessible(professor, incomePath);
	await expect(professor.getByRole('heading', { name: '我的分配' })).toBeVisible();
	await expect(professor.getByTestId('distribution-line')).toHaveCount(1);
	await expect(professor.getByTestId('distribution-line')).toContainText('¥9,240.00');
	// "My rewards" leads to his own statements.
	await open(professor, '/my/rewards');
	await professor.getByTestId('rewards-statements').click();
	await expect(professor).toHaveURL(/\/income\/statements$/);
	await expect(professor.getByRole('heading', { name: '收益分配对账单', level: 1 })).toBeVisible();
	await expect(professor.getByTestId('statement-inventor')).toHaveCount(1);
	await expect(professor.getByTestId('statement-inventor')).toContainText(listingTitle);

	// Reversed, his line is marked so (not "not paid") beside the correction that cancels it; the
	// totals come back to nothing.
	await receipt.getByText('冲销分配…').click();
	await receipt.getByRole('button', { name: '冲销分配' }).click();
	await expect(receipt.getByText('分配已冲销。')).toBeVisible();
	await open(professor, '/my/rewards');
	await expect(rewardDeal.getByTestId('reward-distributed')).toHaveText('¥0.00');
	const reversed = professor.getByTestId('reward-line').filter({ hasText: '已冲正' });
	await expect(reversed).toHaveCount(1);
	await expect(reversed).toContainText('¥9,240.00');
	await expect(reversed).not.toContainText('未发放');
	const correction = professor.getByTestId('reward-line').filter({ hasText: '冲正：抵销 ¥9,240.00 的分配' });
	await expect(correction).toHaveCount(1);
	await expect(correction).not.toContainText('未发放');
	await open(professor, incomePath);
	await expect(professor.getByTestId('distribution-line').filter({ hasText: '已冲正' })).toHaveCount(1);
	await expect(professor.getByText('未发放')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a receipt with bad input is refused at its fields, keeps what was typed and stores nothing', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const officer = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
		await officer.goto(signedIncomePath);
		const received = await officer.getByTestId('total-received').textContent();
		const receipts = await officer.getByTestId('receipt').count();
		const tomorrow = await officer.evaluate(() => new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('sv-SE'));
		const yesterday = await officer.evaluate(() => new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE'));
		const cases: [string, string, string, string][] = [
			// amount, date, reference, the message expected at the amount or date
			['0', '2026-01-05', 'REF-0', '金额必须大于零。'],
			['-5', '2026-01-05', 'REF-1', '金额不能为负数。'],
			['10000000000000', '2026-01-05', 'REF-2', '金额过大'],
			['100', tomorrow, 'REF-3', '日期不能晚于今天。'],
			// The database's: before the deal began; a bank reference it has (the seed's first transfer).
			['100', '1900-01-01', 'REF-4', '日期不能早于交易开始的日期'],
			['100', yesterday, 'icbc 2026-0401-7731', '这笔银行流水号已登记。'],
			// Its upfront fee is received in full: nothing more, and the message says so.
			['100', yesterday, 'REF-5', '金额超过该条目尚未到账的金额：最多 ¥0.00。'],
			['', '', '', '请填写此项。']
		];
		await officer.getByLabel('对应款项').selectOption({ label: '入门费' });
		for (const [amount, date, reference, message] of cases) {
			await officer.getByLabel('到账金额（元）').fill(amount);
			await officer.getByLabel('到账日期').fill(date);
			await officer.getByLabel('银行流水号').fill(reference);
			await officer.getByRole('button', { name: '登记到账' }).click();
			// The answer is where the form is, not at the reloaded page's top.
			await expect(officer).toHaveURL(/#record-receipt$/);
			await expect(officer.getByText(message).first()).toBeInViewport();
			await expect(officer.getByLabel('到账金额（元）')).toHaveValue(amount);
			await expect(officer.getByLabel('银行流水号')).toHaveValue(reference);
		}
		await expect(officer.getByLabel('到账金额（元）')).toHaveAttribute('aria-invalid', 'true');
		await expect(officer.getByLabel('银行流水号')).toHaveAttribute('aria-invalid', 'true');
		await officer.goto(signedIncomePath);
		await expect(officer.getByTestId('total-received')).toHaveText(received!);
		await expect(officer.getByTestId('receipt')).toHaveCount(receipts);
	});
});

test.describe('the terms form without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a negative upfront fee is told so, where the form is', async ({ browser }) => {
		const officer = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
		// The demo's deal in evaluation: its terms are still open.
		await officer.goto('/deals/00000000-0000-4000-8004-000000000001');
		await officer.getByLabel('入门费（元）').fill('-5');
		await officer.getByRole('button', { name: '保存条款' }).click();
		await expect(officer).toHaveURL(/#manage-terms$/);
		await expect(officer.locator('#manage-terms')).toBeInViewport();
		await expect(officer.getByText('金额不能为负数。')).toBeVisible();
		await expect(officer.getByLabel('入门费（元）')).toHaveValue('-5');
		await officer.context().close();
	});
});

test('the company’s page data carries no approval time and no officer’s name', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	const officer = await newSignedInPage(browser, demo.officer);
	// The page's data is serialised into its HTML (devalue): fields by name.
	const html = async (page: Page) => {
		const response = await page.request.get(signedIncomePath);
		expect(response.status()).toBe(200);
		return response.text();
	};
	const officers = await html(officer);
	expect(officers).toMatch(/recordedByName:"/);
	expect(officers).toMatch(/distributionApprovedAt:new Date/);
	const companys = await html(company);
	expect(companys).toMatch(/recordedByName:null/);
	expect(companys).not.toMatch(/recordedByName:"/);
	expect(companys).not.toMatch(/distributionApprovedAt:new Date/);
	await company.context().close();
	await officer.context().close();
});
