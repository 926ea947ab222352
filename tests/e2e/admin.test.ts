import { expect, test } from '@playwright/test';
import { newSignedInPage, uniqueEmail } from './helpers';

test('an admin grants the officer role; the change is audited and the user sees it', async ({ browser }) => {
	const email = uniqueEmail('future-officer');
	const user = await (await browser.newContext()).newPage();
	await user.goto('/signup');
	await user.getByLabel('科研人员').check();
	await user.getByLabel('姓名或称呼').fill('周未来');
	await user.getByLabel('电子邮箱').fill(email);
	await user.getByLabel('密码').fill('a good password');
	await user.getByLabel('所在高校或学院').selectOption({ label: '材料与能源学院' });
	await user.getByRole('button', { name: '创建账号' }).click();
	await user.waitForURL('/account?welcome=1');
	await expect(user.locator('dd', { hasText: '科研人员' })).toBeVisible();

	const admin = await newSignedInPage(browser, 'admin@demo.zhiqiao.cn');
	await admin.goto('/admin/users');
	await admin.getByLabel('搜索用户').fill(email);
	await admin.getByRole('button', { name: '搜索' }).click();
	const row = admin.getByTestId('user-row').filter({ hasText: email });
	await expect(row).toHaveCount(1);
	await row.getByLabel('角色').selectOption('officer');
	await row.getByRole('button', { name: '更改角色' }).click();
	await expect(row.getByText('角色已更改。')).toBeVisible();

	await admin.goto('/admin/audit');
	const entry = admin.getByTestId('audit-row').filter({ hasText: '周未来' }).first();
	await expect(entry).toContainText('平台管理员');
	await expect(entry).toContainText('科研人员 → 技术转移专员');

	await user.goto('/account');
	await expect(user.locator('dd', { hasText: '技术转移专员' })).toBeVisible();
	await expect(user.locator('nav.bottom-nav')).toContainText('审核');
});

test('admin pages refuse other roles with a 403 page and send visitors to sign in', async ({ browser, page }) => {
	const researcher = await newSignedInPage(browser, 'researcher@demo.zhiqiao.cn');
	const response = await researcher.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await expect(researcher.getByRole('heading', { name: '没有权限' })).toBeVisible();

	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Fadmin%2Fusers/);
});

test('an admin cannot change their own role', async ({ browser }) => {
	const admin = await newSignedInPage(browser, 'admin@demo.zhiqiao.cn');
	await admin.goto('/admin/users?q=admin%40demo');
	const row = admin.getByTestId('user-row').filter({ hasText: 'admin@demo.zhiqiao.cn' });
	await row.getByLabel('角色').selectOption('company');
	await row.getByRole('button', { name: '更改角色' }).click();
	await expect(row.getByText('不能更改自己的角色')).toBeVisible();
});
