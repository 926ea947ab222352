import { expect, test } from '@playwright/test';
import { demo, expectAccessible, expectNoHorizontalOverflow, newSignedInPage } from './helpers.ts';

// Issue #21: an officer declares an open licence, submits it to CNIPA and records the
// announcement, at 360 px and without JavaScript (every form is a plain HTML form first).

test('an officer declares an open licence, submits it and records its announcement', async ({ browser }) => {
	test.setTimeout(90_000);
	const page = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await page.goto('/open-licences/manage');
	await expect(page.getByTestId('open-licence-list').getByRole('listitem')).toHaveCount(4);
	await page.getByRole('link', { name: '新建声明' }).click();
	await page.waitForURL('**/open-licences/manage/new');
	await expectNoHorizontalOverflow(page);

	// The citrus-greening test's invention (an invention needs no evaluation report).
	const patent = await page.locator('#field-patentId option', { hasText: '202110386275.3' }).getAttribute('value');
	await page.getByLabel('专利').selectOption(patent!);

	// A malformed fee and no contact: translated errors at the fields, what was typed kept.
	await page.getByLabel('一次性许可使用费（元）').fill('五万');
	await page.getByLabel('支付方式和期限').fill('书面通知后 30 日内一次性支付。');
	await page.getByLabel('许可期限（月）').fill('36');
	await page.getByRole('button', { name: '创建草稿' }).click();
	await expect(page.getByText('请输入金额（元），最多两位小数，不能为负数。')).toBeVisible();
	await expect(page.getByLabel('联系人及联系方式')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('一次性许可使用费（元）')).toHaveValue('五万');
	await expect(page.getByLabel('许可期限（月）')).toHaveValue('36');

	await page.getByLabel('一次性许可使用费（元）').fill('50000');
	await page.getByLabel('联系人及联系方式').fill('技术转移中心 023-6825 1234');
	await page.getByRole('button', { name: '创建草稿' }).click();
	await page.waitForURL(/\/open-licences\/manage\/[0-9a-f-]{36}$/);
	await expect(page.getByTestId('open-licence-status')).toHaveText('草稿');
	await expect(page.getByText('专利年费可依法减缴（专利法第五十一条第二款）')).toBeVisible();
	await expectNoHorizontalOverflow(page);

	await page.getByRole('button', { name: '提交国家知识产权局' }).click();
	await expect(page.getByTestId('open-licence-status')).toHaveText('已提交');
	await expect(page.getByText('¥50,000.00')).toBeVisible();

	// No number: refused at the field; then recorded, dated today (the form's default).
	await page.getByRole('button', { name: '记录公告' }).click();
	await expect(page.getByLabel('公告号')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('公告号').fill('KF2026001234');
	await page.getByRole('button', { name: '记录公告' }).click();
	await expect(page.getByTestId('open-licence-status')).toHaveText('已公告');
	await expect(page.getByText('公告已记录，企业现在可以获得许可。')).toBeVisible();
	await expect(page.getByText('尚无企业获得许可。')).toBeVisible();
	await expectNoHorizontalOverflow(page);

	// The list shows it announced.
	await page.goto('/open-licences/manage?status=announced');
	await expect(page.getByTestId('open-licence-list').getByRole('listitem')).toHaveCount(3);
	await page.context().close();
});

test('a utility model is submitted only with its evaluation report, which its officers download', async ({
	browser,
	request
}) => {
	test.setTimeout(90_000);
	const page = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await page.goto('/open-licences/manage/new');
	// The flexible pressure sensor's utility model (Art. 50: declared with its evaluation report).
	const patent = await page.locator('#field-patentId option', { hasText: '202220467307.2' }).getAttribute('value');
	await page.getByLabel('专利').selectOption(patent!);
	await page.getByLabel('一次性许可使用费（元）').fill('30000');
	await page.getByLabel('支付方式和期限').fill('书面通知后 30 日内一次性支付。');
	await page.getByLabel('许可期限（月）').fill('36');
	await page.getByLabel('联系人及联系方式').fill('技术转移中心 023-6825 1234');
	await page.getByRole('button', { name: '创建草稿' }).click();
	await page.waitForURL(/\/open-licences\/manage\/[0-9a-f-]{36}$/);
	const declarationPath = new URL(page.url()).pathname;

	// Said beside the submit button before anyone tries, and refused if they do.
	await expect(page.getByTestId('open-licence-report-missing')).toContainText('尚未上传专利权评价报告');
	await expect(page.getByText('尚未上传评价报告。')).toBeVisible();
	await expectNoHorizontalOverflow(page);
	// axe needs scripts: the same page checked in a second, scripted session.
	const scripted = await newSignedInPage(browser, demo.officer);
	await expectAccessible(scripted, declarationPath);
	await page.getByRole('button', { name: '提交国家知识产权局' }).click();
	await expect(
		page.getByText('实用新型或外观设计专利的开放许可声明须附专利权评价报告（专利法第五十条）。')
	).toBeVisible();
	await expect(page.getByTestId('open-licence-status')).toHaveText('草稿');

	// A text file named .pdf is judged by its bytes: refused at the field.
	const field = page.getByLabel('专利权评价报告（PDF，必需）');
	await field.setInputFiles({ name: '评价报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text') });
	await page.getByRole('button', { name: '上传评价报告' }).click();
	await expect(page.getByText('评价报告须为 PDF 文件。')).toBeVisible();
	await expect(page.getByLabel('专利权评价报告（PDF，必需）')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('open-licence-report')).toHaveCount(0);

	const report = Buffer.from('%PDF-1.4\n% 实用新型专利权评价报告\n%%EOF\n');
	await page
		.getByLabel('专利权评价报告（PDF，必需）')
		.setInputFiles({ name: '评价报告.pdf', mimeType: 'application/pdf', buffer: report });
	await page.getByRole('button', { name: '上传评价报告' }).click();
	await expect(page.getByText('评价报告已上传。')).toBeVisible();
	await expect(page.getByTestId('open-licence-report-missing')).toHaveCount(0);
	await expectAccessible(scripted, declarationPath);
	await scripted.context().close();

	// The officer downloads it; a signed-out visitor gets 404.
	const href = await page.getByTestId('open-licence-report').getAttribute('href');
	expect(href).toBe(`${declarationPath}/evaluation-report.pdf`);
	const download = await page.request.get(href!);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect(download.headers()['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
	const bytes = await download.body();
	expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
	expect(bytes.equals(report)).toBe(true);
	expect((await request.get(href!)).status()).toBe(404);

	await page.getByRole('button', { name: '提交国家知识产权局' }).click();
	await expect(page.getByTestId('open-licence-status')).toHaveText('已提交');
	// Frozen with the terms: still downloadable, no longer replaceable.
	await expect(page.getByTestId('open-licence-report')).toBeVisible();
	await expect(page.getByRole('button', { name: '上传评价报告' })).toHaveCount(0);
	await page.context().close();
});
