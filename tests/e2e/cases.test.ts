import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers.ts';

// Issue #22, service cases, at 360 px and without JavaScript (plain HTML forms first): the demo
// company asks the demo patent agency for an FTO search from its profile; the agent quotes; the
// company accepts; the agent delivers with a file; the company closes with a rating and a comment,
// which the agency's public profile then shows, naming the company by its role only.
const agent = 'agent@demo.zhiqiao.cn';
const agency = '00000000-0000-4000-8000-000000000401';
const deliveryPdf = Buffer.from('%PDF-1.4\n% FTO report of the e2e test\n%%EOF\n');
const noScripts = { javaScriptEnabled: false };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a company requests a service, the agency quotes and delivers, the company closes with a rating', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const comment = `检索报告清晰，规避建议实用（e2e ${Date.now()}）`;
	const company = await newSignedInPage(browser, demo.company, undefined, noScripts);
	await company.goto(`/agencies/${agency}`);
	await company.getByRole('link', { name: '请求服务' }).click();
	await company.waitForURL(/\/cases\/new\?agency=/);
	await expectNoHorizontalOverflow(company);

	// Empty scope, a past deadline, a zero budget: translated errors, what was typed kept.
	await company.getByLabel('服务项目').selectOption('fto_search');
	await company.getByLabel('期望完成日期').fill(inDays(-3));
	await company.getByLabel('预算（元，选填）').fill('0');
	await company.getByRole('button', { name: '提交请求' }).click();
	await expect(company.getByText('请填写此项。')).toBeVisible();
	await expect(company.getByText('金额必须大于零。')).toBeVisible();
	await expect(company.getByText('期望完成日期不能早于今天。')).toBeVisible();
	await expect(company.getByLabel('服务项目')).toHaveValue('fto_search');
	await expectNoHorizontalOverflow(company);

	await company.getByLabel('需求说明').fill('新款热泵空调总成上市前的中国 FTO 检索');
	await company.getByLabel('期望完成日期').fill(inDays(30));
	await company.getByLabel('预算（元，选填）').fill('20000');
	// A patent found by its title: the search keeps the agency and everything typed.
	await company.getByLabel('查找专利（申请号、专利名称或成果名称）').fill('热泵空调');
	await company.getByRole('button', { name: '查找', exact: true }).click();
	await expect(company.getByLabel('需求说明')).toHaveValue('新款热泵空调总成上市前的中国 FTO 检索');
	await company.getByLabel(/202211424494\.7/).check();
	await company.getByRole('button', { name: '提交请求' }).click();
	await company.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
	const path = new URL(company.url()).pathname;
	await expect(company.getByTestId('case-status')).toHaveText('待机构报价');
	await expect(company.getByText(/202211424494\.7/).first()).toBeVisible();
	await expectNoHorizontalOverflow(company);

	const agencyPage = await newSignedInPage(browser, agent, undefined, noScripts);
	await agencyPage.goto('/cases');
	await expect(agencyPage.locator(`a[href="${path}"]`)).toBeVisible();
	await agencyPage.goto(path);
	// A quote of nothing: refused at its field, the days kept.
	await agencyPage.getByLabel('报价金额（元）').fill('0');
	await agencyPage.getByLabel('完成周期（天）').fill('20');
	await agencyPage.getByRole('button', { name: '提交报价' }).click();
	await expect(agencyPage.getByText('金额必须大于零。')).toBeVisible();
	await expect(agencyPage.getByLabel('完成周期（天）')).toHaveValue('20');
	await agencyPage.getByLabel('报价金额（元）').fill('18000');
	await agencyPage.getByRole('button', { name: '提交报价' }).click();
	await expect(agencyPage.getByTestId('case-status')).toHaveText('已报价');

	await company.goto(path);
	await expect(company.getByTestId('case-quote')).toContainText('18,000');
	await company.getByRole('button', { name: '接受报价', exact: true }).click();
	await expect(company.getByTestId('case-status')).toHaveText('办理中');

	await agencyPage.goto(path);
	await agencyPage
		.getByLabel('交付文件（PDF 或图片）')
		.setInputFiles({ name: 'FTO检索报告.pdf', mimeType: 'application/pdf', buffer: deliveryPdf });
	await agencyPage.getByRole('button', { name: '提交交付' }).click();
	await expect(agencyPage.getByTestId('case-status')).toHaveText('已交付');
	await agencyPage.context().close();

	await company.goto(path);
	const delivery = await company.request.get(
		new URL((await company.getByTestId('case-delivery').getAttribute('href')) ?? '', company.url()).href
	);
	expect(delivery.status()).toBe(200);
	expect((await delivery.body()).subarray(0, 5).toString()).toBe('%PDF-');
	// Closing without stars: the comment kept, the rating asked for.
	await company.getByLabel('评价（选填，公开展示，不显示您的姓名）').fill(comment);
	await company.getByRole('button', { name: '结案', exact: true }).click();
	await expect(company.getByText('请选择 1 至 5 星。')).toBeVisible();
	await expect(company.getByLabel('评价（选填，公开展示，不显示您的姓名）')).toHaveValue(comment);
	await company.getByLabel('4 星').check();
	await company.getByRole('button', { name: '结案', exact: true }).click();
	await expect(company.getByTestId('case-status')).toHaveText('已结案');
	await expectNoHorizontalOverflow(company);

	await company.goto(`/agencies/${agency}`);
	const reviews = company.getByTestId('agency-reviews');
	await expect(reviews).toContainText(comment);
	await expect(reviews.locator('li', { hasText: comment })).toContainText('某企业用户');
	await expect(reviews).not.toContainText('山城新能源');
	await expect(company.getByTestId('agency-rating')).toContainText('个已结案委托');
	await expectNoHorizontalOverflow(company);
	await company.context().close();

	// Another company: as if there were no such case.
	const context = await browser.newContext();
	await signUpByRequest(context, { role: 'company', email: uniqueEmail('case-outsider'), displayName: '外人' });
	const outsider = await context.newPage();
	expect((await outsider.goto(path))?.status()).toBe(404);
	await context.close();
});

// The demo company's quoted FTO search (supabase/seed.sql): with the case open on the company's
// phone, the agent's message arrives without a reload, and the notifications list names it.
test('a message from the agency appears on the company’s open case page without a reload', async ({ browser }) => {
	const path = '/cases/00000000-0000-4000-8038-000000000001';
	const company = await newSignedInPage(browser, demo.company);
	await open(company, path);
	await company.evaluate(() => Object.assign(window, { stillSamePage: true }));

	const body = `欧洲部分预计下周完成（e2e ${Date.now()}）`;
	const agencyPage = await newSignedInPage(browser, agent, undefined, noScripts);
	await agencyPage.goto(path);
	await agencyPage.getByRole('textbox', { name: '留言' }).fill(body);
	await agencyPage.getByRole('button', { name: '发送' }).click();
	await expect(agencyPage.getByText(body)).toBeVisible();
	await agencyPage.context().close();

	await expect(company.getByText(body)).toBeVisible();
	expect(await company.evaluate(() => (window as { stillSamePage?: boolean }).stillSamePage)).toBe(true);
	await company.goto('/notifications');
	await expect(company.getByTestId('notification').filter({ hasText: body })).toContainText('服务委托有新留言');
	await company.context().close();
});
