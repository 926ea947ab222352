import { expect, test } from '@playwright/test';
import { demo, demoPassword, newSignedInPage } from './helpers';

// Every form is a plain HTML form first: these run with scripts off.
test.use({ javaScriptEnabled: false });

test('sign-up errors render from the server without JavaScript, never echoing the password', async ({ page }) => {
	await page.goto('/signup');
	// Without scripts both organisation fields show; the server asks only for the one the role needs.
	await expect(page.getByLabel('所在学院')).toBeVisible();
	await expect(page.getByLabel('企业名称')).toBeVisible();
	await page.getByLabel('科研人员').check();
	await page.getByLabel('姓名或称呼').fill('无脚本');
	await page.getByLabel('电子邮箱').fill('not-an-email');
	await page.getByLabel('密码').fill('secret-typed');
	await page.getByRole('button', { name: '创建账号' }).click();
	await expect(page).toHaveURL('/signup');
	await expect(page.getByText('请输入有效的电子邮箱地址。')).toBeVisible();
	await expect(page.getByLabel('所在高校')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('所在学院')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('电子邮箱')).toHaveValue('not-an-email');
	await expect(page.getByLabel('姓名或称呼')).toHaveValue('无脚本');
	await expect(page.getByLabel('科研人员')).toBeChecked();
	await expect(page.getByLabel('密码')).toHaveValue('');
	expect(await page.content()).not.toContain('secret-typed');
});

test('signing in, a wrong password and switching language work without JavaScript', async ({ page }) => {
	await page.goto('/signin');
	await page.getByLabel('电子邮箱').fill(demo.company);
	await page.getByLabel('密码').fill('not the password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确。');
	await expect(page.getByLabel('电子邮箱')).toHaveValue(demo.company);

	await page.getByLabel('密码').fill(demoPassword);
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByText('王思琪，欢迎回来（企业用户）。')).toBeVisible();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL('/');
	await expect(page.getByText('Welcome back, 王思琪 (Company).')).toBeVisible();
	// Put the shared demo account back to Chinese (the choice is stored in its profile).
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByText('王思琪，欢迎回来（企业用户）。')).toBeVisible();

	await page.goto('/account');
	await page.getByRole('button', { name: '退出登录' }).click();
	await expect(page).toHaveURL('/signin?signedOut=1');
	await expect(page.getByText('您已退出登录。')).toBeVisible();
});

test('discovery filters through a plain GET form', async ({ page }) => {
	await page.goto('/listings');
	await page.getByText('筛选', { exact: true }).click();
	await page.getByRole('checkbox', { name: /新材料/ }).check();
	await page.getByRole('button', { name: '应用筛选' }).click();
	await expect(page).toHaveURL(/industry=new_materials/);
	// Applied, the panel is closed and its summary counts the filter; opened, it holds the choice.
	await page.locator('details.filters-panel summary').click();
	await expect(page.getByRole('checkbox', { name: /新材料/ })).toBeChecked();
});

test('expressing interest works without JavaScript, and resubmitting the same form creates nothing twice', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company, demoPassword, { javaScriptEnabled: false });
	await company.goto('/listings/00000000-0000-4000-8001-000000000002/interest');
	await company.getByLabel('预算下限（元）').fill('abc');
	await company.getByRole('button', { name: '发送意向' }).click();
	await expect(company.getByText('请输入金额（元），最多两位小数。')).toBeVisible();
	await expect(company.getByLabel('预算下限（元）')).toHaveValue('abc');
	await company.getByLabel('预算下限（元）').fill('200000');
	await company.getByLabel('留言').fill('无脚本也能发送意向');
	const sending = company.waitForRequest((request) => request.method() === 'POST');
	await company.getByRole('button', { name: '发送意向' }).click();
	const sent = await sending;
	await expect(company).toHaveURL(/\/interests\?sent=/);
	// Signed-in pages are no-store, so Back offers the browser's own "resubmit?" page; resubmitting
	// posts the same form again, which this replays byte for byte: still one interest.
	const replay = await company.request.post(sent.url(), {
		headers: { 'content-type': sent.headers()['content-type'], origin: new URL(sent.url()).origin },
		data: sent.postDataBuffer() ?? '',
		maxRedirects: 0
	});
	expect(replay.status()).toBeLessThan(500);
	await company.goto('/interests');
	await expect(company.locator('li.card', { hasText: '无脚本也能发送意向' })).toHaveCount(1);
});

test('public notices filter and take an objection without JavaScript', async ({ page }) => {
	await page.goto('/notices');
	await page.getByLabel('状态').selectOption('passed');
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/status=passed/);
	await expect(page.getByText('关于《铝合金副车架低压铸造与局部挤压补缩工艺》独占许可的公示')).toBeVisible();
	await expect(page.getByText('关于《山地城市隧道群场景自动驾驶组合定位方法》普通许可的公示')).toHaveCount(0);
	// The demo notice in progress (its id follows from its deal: app.open_public_notice).
	await page.goto('/notices/3825ef6e-b697-4725-852c-fd2e0754437b');
	await page.getByLabel('姓名或单位名称').fill('无脚本异议人');
	await page.getByLabel('联系电话或电子邮箱').fill('023-6510 2000');
	await page.getByLabel('异议理由').fill('转让价格低于同类成果的评估价格。');
	await page.getByRole('button', { name: '提交异议' }).click();
	await expect(page.getByText(/^异议已提交，受理编号 YY\d{4}-\d{6}。/)).toBeVisible();
});
