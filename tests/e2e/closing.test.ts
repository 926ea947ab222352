import { expect, test } from '@playwright/test';
import {
	demo,
	expectAccessible,
	expectNoHorizontalOverflow,
	hydrated,
	newSignedInPage,
	open,
	switchLanguage
} from './helpers';

// Closing a deal at 360 px (issue #19): the company's NDA acceptance opens the listing's
// confidential file, the officer records a filing (a bad number first), closes the signed deal
// won, and an exclusive licence closed won shows on its listing as licensed. Demo data: deal 002
// waits at the NDA stage, deal 004 is signed with one filing done and one overdue, deal 005 closed won.
const ndaDeal = '/deals/00000000-0000-4000-8004-000000000002';
const ndaListing = '/listings/00000000-0000-4000-8001-000000000010';
const confidentialFile = '线圈对准样机测试报告（保密）.pdf';
const signedDeal = '/deals/00000000-0000-4000-8004-000000000004';
const licensedListing = '/listings/00000000-0000-4000-8001-000000000005';
const transferredListing = '/listings/00000000-0000-4000-8001-000000000013';
const evidence = { name: '备案通知书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

test('accepting the NDA opens the confidential file to the company', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, ndaListing);
	await expect(company.getByText(confidentialFile)).toHaveCount(0);
	await expectAccessible(company, ndaDeal);
	await hydrated(company);
	await company.getByRole('button', { name: '代表本企业接受保密条款' }).click();
	await expect(company.getByTestId('nda-record')).toContainText('第 1 版保密条款');
	await open(company, ndaListing);
	await expect(company.getByText(confidentialFile)).toBeVisible();
});

test('an officer records the overdue filing, closes the deal won, and a licensed listing says so', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const officer = await newSignedInPage(browser, demo.officer);
	// The server's scheduler has sent the overdue filing's notification, naming the filing in words.
	await open(officer, '/notifications');
	await expect(officer.getByTestId('notification').filter({ hasText: '有一项签约后备案已逾期' }).first()).toContainText(
		'专利实施许可合同备案'
	);
	await expectAccessible(officer, signedDeal);
	await hydrated(officer);
	const recordal = officer.getByTestId('filing').filter({ hasText: '专利实施许可合同备案' });
	await expect(recordal).toHaveClass(/overdue/);
	const recordalId = await recordal.locator('input[name="filing"]').first().getAttribute('value');
	await recordal.getByText('登记办理结果…').click();
	await recordal.getByLabel('登记号 / 备案号').fill('号'.repeat(5000));
	await recordal.getByLabel('办结日期').fill('2026-11-30');
	await recordal.getByLabel('凭证文件（PDF 或图片）').setInputFiles(evidence);
	await recordal.getByRole('button', { name: '保存办理结果' }).click();
	await expect(recordal.getByText('编号最多 100 个字符。')).toBeVisible();

	await recordal.getByLabel('登记号 / 备案号').fill('2026500000777');
	await recordal.getByLabel('凭证文件（PDF 或图片）').setInputFiles(evidence);
	await recordal.getByRole('button', { name: '保存办理结果' }).click();
	await expect(recordal.getByText('编号 2026500000777')).toBeVisible();
	await expect(recordal).not.toHaveClass(/overdue/);
	// Settled is final: no forms for it any more, and the same form sent again (a reload) says so.
	await expect(recordal.getByText('登记办理结果…')).toHaveCount(0);
	await expect(recordal.getByText('豁免此项…')).toHaveCount(0);
	await expect(recordal.locator('input[name="filing"]')).toHaveCount(0);
	const replay = await officer.request.post(`${signedDeal}?/filingWaive`, {
		multipart: { filing: recordalId!, reason: '重复提交' },
		headers: { origin: test.info().project.use.baseURL!, accept: 'text/html' }
	});
	expect(replay.status()).toBe(409);
	expect(await replay.text()).toContain('该备案已办结（已完成或已豁免），结果不能再更改');

	await officer.locator('#field-reason-closed_won').fill('备案均已办结');
	await officer.getByRole('button', { name: '移至：成交' }).click();
	await expect(officer.locator('.badge.stage')).toHaveAttribute('data-stage', 'closed_won');

	// The non-exclusive licence keeps its listing open and counts the licence granted.
	await open(officer, '/listings/00000000-0000-4000-8001-000000000007');
	await expect(officer.getByTestId('licences-granted')).toContainText('已授予 1 项普通许可');

	await expectAccessible(officer, licensedListing);
	await expect(officer.getByTestId('listing-closing')).toContainText('已独占许可');
	await expectAccessible(officer, '/listings/licensed');
	await expect(officer.getByRole('link', { name: /铝合金副车架/ })).toBeVisible();
});

test('an assigned listing reads transferred, in Chinese and English, and leaves search', async ({ browser }) => {
	// Demo data: deal 011 assigned the motorcycle-engine assembly line away and closed won.
	const context = await browser.newContext();
	const page = await context.newPage();
	await expectAccessible(page, transferredListing);
	await expect(page.getByTestId('listing-closing')).toContainText('已转让');
	await expect(page.getByText('已转让', { exact: true })).toBeVisible();
	await expectAccessible(page, '/listings/licensed');
	const offMarket = page.getByTestId('off-market-listing');
	await expect(offMarket.filter({ hasText: '摩托车发动机缸体' })).toContainText('已转让');
	await expect(offMarket.filter({ hasText: '铝合金副车架' })).toContainText('已独占许可');
	await open(page, '/listings?q=%E6%91%A9%E6%89%98%E8%BD%A6%E5%8F%91%E5%8A%A8%E6%9C%BA%E7%BC%B8%E4%BD%93');
	await expect(page.locator(`main a[href="${transferredListing}"]`)).toHaveCount(0);
	await switchLanguage(page, 'en');
	await open(page, transferredListing);
	await expect(page.getByTestId('listing-closing')).toContainText('Transferred');
	await open(page, '/listings/licensed');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Licensed or transferred listings');
	await expect(offMarket.filter({ hasText: '摩托车发动机缸体' })).toContainText('Transferred');
	await context.close();
});

test('an officer publishes new NDA terms without JavaScript: field errors, then a new version in force', async ({
	browser
}) => {
	const officer = await newSignedInPage(browser, demo.officer);
	await expectAccessible(officer, '/nda-terms');
	await expect(officer.getByTestId('nda-version')).toHaveCount(1);
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await officer.context().storageState()
	});
	const page = await noScript.newPage();
	await page.goto('/nda-terms');
	await page.getByLabel('中文条款').fill('一、保密信息包括样机图纸。');
	await page.getByLabel('英文条款').fill('   ');
	await page.getByRole('button', { name: '发布新版本' }).click();
	await expect(page.getByText('请填写条款内容。')).toBeVisible();
	await expect(page.getByLabel('中文条款')).toHaveValue('一、保密信息包括样机图纸。');
	await page.getByLabel('英文条款').fill('1. Confidential information includes the prototype drawings.');
	await page.getByRole('button', { name: '发布新版本' }).click();
	await expect(page.getByRole('status')).toContainText('已发布第 2 版保密条款');
	await expect(page.getByTestId('nda-version')).toHaveCount(2);
	await expect(page.getByTestId('nda-version').first()).toContainText('现行');
	await expectNoHorizontalOverflow(page);
	await noScript.close();
	// The company that accepted version 1 keeps its record.
	const company = await newSignedInPage(browser, demo.company);
	await open(company, '/deals/00000000-0000-4000-8004-000000000001');
	await expect(company.getByTestId('nda-record')).toContainText('第 1 版保密条款');
	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/audit');
	await expect(admin.getByText('发布了新版保密条款').first()).toBeVisible();
});
