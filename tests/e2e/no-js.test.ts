import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('signing in, failing sign-up and switching language all work without JavaScript', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('电子邮箱').fill('not-an-email');
	await page.getByLabel('密码').fill('secret-typed');
	await page.getByRole('button', { name: '创建账号' }).click();
	await expect(page.getByText('请输入有效的电子邮箱地址。')).toBeVisible();
	await expect(page.getByLabel('电子邮箱')).toHaveValue('not-an-email');
	// The server re-renders the form; it never sends a password back.
	await expect(page.getByLabel('密码')).toHaveValue('');
	expect(await page.content()).not.toContain('secret-typed');

	await page.goto('/signin');
	await page.getByLabel('电子邮箱').fill('company@demo.zhiqiao.cn');
	await page.getByLabel('密码').fill('zhiqiao-demo-2026');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByText('王思琪，欢迎回来')).toBeVisible();

	await page.getByRole('button', { name: '切换语言' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('discovery filters and pages through plain links and GET forms', async ({ page }) => {
	await page.goto('/listings');
	await page.getByText('筛选', { exact: true }).click();
	await page.getByRole('checkbox', { name: /新材料/ }).check();
	await page.getByRole('button', { name: '应用筛选' }).click();
	await expect(page).toHaveURL(/industry=new_materials/);
	await expect(page.getByRole('checkbox', { name: /新材料/ })).toBeChecked();
});
