import { expect, test } from '@playwright/test';
import { demo, hydrated, newSignedInPage, open } from './helpers';

// A 1×1 PNG: real image bytes, so the server's content check accepts it.
const tinyPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

test('a researcher posts a listing, an officer asks for changes then publishes, a visitor finds it in Chinese', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const title = `城市污水低碳曝气控制系统 ${Date.now()}`;
	const researcher = await newSignedInPage(browser, demo.researcher);
	await open(researcher, '/my/listings');
	await researcher.getByRole('button', { name: '发布新成果' }).click();
	await researcher.waitForURL(/\/listings\/[0-9a-f-]+\/edit$/);
	await hydrated(researcher);
	const editUrl = researcher.url();

	await researcher.getByLabel('标题', { exact: true }).fill(title);
	await researcher.getByLabel('一句话亮点').fill('按需曝气，吨水电耗降低 18%');
	await researcher
		.getByLabel('技术简介')
		.fill('基于溶解氧与氨氮在线监测的模型预测控制，适用于城镇污水处理厂提标改造。');
	await researcher.getByLabel('所属行业').selectOption('energy_environment');
	await researcher.getByLabel('技术成熟度（TRL）').selectOption('6');
	await researcher.getByLabel('独占许可').check();
	await researcher.getByLabel('贡献比例（%）').fill('90');
	await researcher.getByLabel('申请号或专利号').fill('CN201710601862.4');

	// Bad input: shares summing to 90 and a wrong check character, each on its field.
	await researcher.getByRole('button', { name: '提交审核' }).click();
	await expect(researcher.getByText('发明人贡献比例合计必须为 100%。')).toBeVisible();
	await expect(researcher.getByText('校验位不正确，请核对专利号。')).toBeVisible();
	await expect(researcher.getByLabel('标题', { exact: true })).toHaveValue(title);
	await expect(researcher.getByLabel('申请号或专利号')).toHaveValue('CN201710601862.4');

	// A 20 MB "image" is refused with a message on the field, before it is sent.
	await researcher
		.getByLabel('选择图片或 PDF')
		.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024, 0xff) });
	await expect(researcher.getByText('文件太大：图片不超过 5 MB，PDF 不超过 20 MB。')).toBeVisible();
	await researcher
		.getByLabel('选择图片或 PDF')
		.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: tinyPng });
	await researcher.getByRole('button', { name: '上传' }).click();
	await expect(researcher.getByText('附件已上传。')).toBeVisible();
	await expect(researcher.getByRole('link', { name: 'photo.png' })).toBeVisible();

	await researcher.getByLabel('贡献比例（%）').fill('100');
	await researcher.getByLabel('申请号或专利号').fill('CN201710601862.3');
	await researcher.getByRole('button', { name: '提交审核' }).click();
	await researcher.waitForURL(/\/my\/listings\?submitted=/);
	await expect(researcher.getByText('已提交审核')).toBeVisible();

	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/review');
	await officer.getByRole('link', { name: title }).click();
	await officer.getByRole('button', { name: '要求修改' }).click();
	await expect(officer.getByText('请填写审核意见。')).toBeVisible();
	await officer.getByLabel('审核意见').fill('请补充中试规模的能耗数据。');
	await officer.getByRole('button', { name: '要求修改' }).click();
	await officer.waitForURL(/\/review\?done=request_changes/);

	await researcher.goto('/notifications');
	await expect(researcher.getByText('请补充中试规模的能耗数据。')).toBeVisible();
	await open(researcher, editUrl);
	await expect(researcher.getByText('请补充中试规模的能耗数据。')).toBeVisible();
	await researcher
		.getByLabel('技术简介')
		.fill('基于溶解氧与氨氮在线监测的模型预测控制；中试规模 2 万吨/日，电耗降低 18%。');
	await researcher.getByRole('button', { name: '提交审核' }).click();
	await researcher.waitForURL(/\/my\/listings\?submitted=/);

	await open(officer, '/review');
	await officer.getByRole('link', { name: title }).click();
	await officer.getByRole('button', { name: '通过并发布' }).click();
	await officer.waitForURL(/\/review\?done=publish/);

	// A visitor, not signed in, searches with the words in another order than the title.
	const visitor = await (await browser.newContext()).newPage();
	await open(visitor, '/listings');
	await visitor.getByLabel('搜索技术').fill('曝气控制 污水');
	await visitor.getByRole('button', { name: '搜索', exact: true }).click();
	await expect(visitor).toHaveURL(/q=/);
	await visitor.getByRole('link', { name: title }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(visitor.getByTestId('patent-cards').getByText('CN201710601862.3')).toBeVisible();
	await expect(visitor.locator('img[alt="photo.png"]')).toBeVisible();
	const width = await visitor.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
});

test('with scripts the closed filter panel gets its controls when opened, and they follow the address', async ({
	page
}) => {
	await open(page, '/listings');
	const panel = page.locator('details.filters-panel');
	// Closed and unused, the panel holds no live controls (the page hydrates without them).
	await expect(panel.getByRole('checkbox')).toHaveCount(0);
	await panel.getByText('筛选', { exact: true }).click();
	await panel.getByRole('checkbox', { name: /新材料/ }).check();
	await panel.getByLabel('排序').selectOption('newest');
	await panel.getByRole('button', { name: '应用筛选' }).click();
	await expect(page).toHaveURL(/industry=new_materials/);
	await expect(page).toHaveURL(/sort=newest/);
	// Applied, the panel closes; opened again, it holds the choices.
	await expect(panel).not.toHaveAttribute('open', '');
	await panel.locator('summary').click();
	await expect(panel.getByRole('checkbox', { name: /新材料/ })).toBeChecked();

	// Cleared, the panel closes; opened again, nothing is checked.
	await panel.getByRole('link', { name: '清除条件' }).click();
	await expect(page).toHaveURL(/\/listings$/);
	await expect(panel).not.toHaveAttribute('open', '');
	await panel.getByText('筛选', { exact: true }).click();
	await expect(panel.getByRole('checkbox', { name: /新材料/ })).not.toBeChecked();
	await expect(panel.getByLabel('排序')).toHaveValue('relevance');
});

test('a sort order alone keeps its control in the form, so a new search keeps it', async ({ page }) => {
	await open(page, '/listings?sort=newest');
	await expect(page.locator('details.filters-panel')).not.toHaveAttribute('open', '');
	await page.getByLabel('搜索技术').fill('电池');
	await page.getByRole('button', { name: '搜索', exact: true }).click();
	await expect(page).toHaveURL(/q=%E7%94%B5%E6%B1%A0/);
	await expect(page).toHaveURL(/sort=newest/);
});

test('a listing that does not exist or is not published is a 404 page, not an error', async ({ page }) => {
	const missing = await page.goto('/listings/00000000-0000-4000-8000-000000000000');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
	const malformed = await page.goto('/listings/not-an-id');
	expect(malformed?.status()).toBe(404);
});
