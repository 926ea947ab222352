import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { demo, expectAccessible, hydrated, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers.ts';

// Runs against the PostgreSQL-backed server (project deals-postgres): the test moves the
// database clock past the 15-day public notice instead of waiting for it.
const listingId = '00000000-0000-4000-8001-000000000001';
const listingTitle = '动力电池快充液冷—相变耦合热管理系统';

test('interest to signed deal: live messages between company and researcher, the notice period holds, outsiders get 404', async ({
	browser
}) => {
	// Three people, a dozen moves and pages: close to a minute on a loaded two-core machine.
	test.setTimeout(120_000);
	const company = await newSignedInPage(browser, demo.company);
	const officer = await newSignedInPage(browser, demo.officer);
	const researcher = await newSignedInPage(browser, demo.researcher);

	// The company expresses interest from the listing; a bad budget keeps what it typed.
	await open(company, `/listings/${listingId}`);
	await company.getByRole('link', { name: '表达许可意向' }).click();
	await hydrated(company);
	await company.getByLabel('希望的合作方式').selectOption('exclusive_license');
	await company.getByLabel('应用领域').fill('商用车电池包');
	await company.getByLabel('预算下限（元）').fill('500000');
	await company.getByLabel('预算上限（元）').fill('100000');
	await company.getByRole('button', { name: '发送意向' }).click();
	await expect(company.getByText('预算上限不能低于下限。')).toBeVisible();
	await expect(company.getByLabel('应用领域')).toHaveValue('商用车电池包');
	await company.getByLabel('预算上限（元）').fill('800000');
	await company.getByRole('button', { name: '发送意向' }).click();
	await company.waitForURL(/\/interests\?sent=/);
	await expect(company.getByText('意向已发送，转化办公室会尽快联系您。')).toBeVisible();

	// The officer converts it from the triage queue into a deal.
	await open(officer, '/interests');
	const card = officer.locator('li.card', { hasText: '商用车电池包' });
	await card.getByRole('button', { name: '转为交易' }).click();
	await officer.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealPath = new URL(officer.url()).pathname;
	const dealId = dealPath.split('/').pop()!;
	await expect(officer.getByRole('heading', { level: 1, name: listingTitle })).toBeVisible();

	// Company and researcher talk; each message appears on the other phone without a reload.
	await open(company, dealPath);
	await open(researcher, dealPath);
	await company.getByLabel('消息').fill('我们希望先签保密协议，再安排样品测试。');
	await company.getByRole('button', { name: '发送', exact: true }).click();
	await expect(researcher.getByText('我们希望先签保密协议，再安排样品测试。')).toBeVisible();
	await researcher.getByLabel('消息').fill('没问题，下周可以提供测试样品。');
	await researcher.getByRole('button', { name: '发送', exact: true }).click();
	await expect(company.getByText('没问题，下周可以提供测试样品。')).toBeVisible();
	await expect(company.getByLabel('消息')).toHaveValue('');

	// A document: a file that only pretends to be a PDF is refused; a real one appears for the other side.
	await researcher
		.getByLabel('添加文件（PDF 或图片）')
		.setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
	await researcher.getByRole('button', { name: '上传' }).click();
	await expect(researcher.getByText('只支持 JPEG、PNG、WebP 图片和 PDF 文件。')).toBeVisible();
	await researcher
		.getByLabel('添加文件（PDF 或图片）')
		.setInputFiles({ name: '测试报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%test\n') });
	await researcher.getByRole('button', { name: '上传' }).click();
	await expect(company.getByRole('link', { name: '测试报告.pdf' })).toBeVisible();
	await expect(company.getByText('上传了文件 测试报告.pdf')).toBeVisible();

	// The officer sets the price the public notice will publish, then moves the deal forward one
	// legal step at a time.
	await officer.getByLabel('入门费（元）').fill('800000');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	for (const stage of ['保密协议', '技术评估', '商务谈判', '条款清单', '校内公示']) {
		await officer.getByRole('button', { name: `移至：${stage}` }).click();
		await expect(officer.locator('.badge.stage')).toHaveText(stage);
	}
	await expect(company.locator('.badge.stage')).toHaveText('校内公示');
	// Signing is not offered while the notice runs; the room counts the days instead.
	await expect(officer.getByText(/^公示期还剩 15 天/)).toBeVisible();
	await expect(officer.getByRole('button', { name: '移至：已签约' })).toHaveCount(0);

	// Fifteen days later.
	const database = postgres(readFileSync(process.env.E2E_DATABASE_URL_FILE!, 'utf8'), { max: 1, onnotice: () => {} });
	try {
		await database`update public.deals set notice_ends_at = now() - interval '1 minute' where id = ${dealId}`;
	} finally {
		await database.end();
	}
	await open(officer, dealPath);
	// The notice is over: the room says signing may go ahead, and once signed it no longer says so.
	await expect(officer.getByText(/^公示期至 .*期满后方可签约。$/)).toBeVisible();
	// Signing records the contract's effective date (tests/e2e/closing.test.ts checks the filings it starts).
	await officer.getByLabel('合同生效日期').fill('2026-12-20');
	await officer.getByRole('button', { name: '移至：已签约' }).click();
	await expect(officer.locator('.badge.stage')).toHaveText('已签约');
	await expect(researcher.locator('.badge.stage')).toHaveText('已签约');
	await expect(researcher.getByText('阶段：校内公示 → 已签约')).toBeVisible();
	await expect(researcher.getByText(/^公示期至/)).toHaveCount(0);
	await expect(officer.getByText(/^公示期至/)).toHaveCount(0);
	await expectAccessible(researcher, dealPath);
	await expectAccessible(officer, '/deals');
	await expectAccessible(company, '/interests');

	// A third company, signed in, finds nothing at the deal's address.
	const outsiderContext = await browser.newContext();
	await signUpByRequest(outsiderContext, { role: 'company', email: uniqueEmail('outsider'), displayName: '局外人' });
	const outsider = await outsiderContext.newPage();
	const response = await outsider.goto(dealPath);
	expect(response?.status()).toBe(404);
	await expect(outsider.getByText('我们希望先签保密协议')).toHaveCount(0);
	await expect(outsider.getByText(listingTitle)).toHaveCount(0);
});
