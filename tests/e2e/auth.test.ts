import { expect, test } from '@playwright/test';
import { signIn, signUpCompany, uniqueEmail } from './helpers';

test('a company signs up, signs out and signs in again', async ({ page }) => {
	const email = uniqueEmail('founder');
	await signUpCompany(page, email);
	await expect(page.getByText('欢迎加入知桥，测试创始人！')).toBeVisible();
	await expect(page.getByText(email)).toBeVisible();

	await page.getByRole('button', { name: '退出登录' }).click();
	await page.waitForURL('/signin?signedOut=1');
	await expect(page.getByText('您已退出登录。')).toBeVisible();
	await page.goto('/account');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Faccount/);

	// Signing in from there returns to the page that asked for it.
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill('a good password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page).toHaveURL('/account');
	await expect(page.getByRole('heading', { name: '我的账号' })).toBeVisible();
});

test('a wrong password gets one generic message and keeps the email', async ({ page }) => {
	await page.goto('/signin');
	await page.getByLabel('电子邮箱').fill('company@demo.zhiqiao.cn');
	await page.getByLabel('密码').fill('not the password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确。');
	await expect(page.getByLabel('电子邮箱')).toHaveValue('company@demo.zhiqiao.cn');

	await page.getByLabel('电子邮箱').fill('nobody@demo.zhiqiao.cn');
	await page.getByLabel('密码').fill('not the password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确。');
});

test('sign-up explains each problem on its field and keeps what was typed, never the password', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill('王小明');
	await page.getByLabel('电子邮箱').fill('company@demo.zhiqiao.cn');
	await page.getByLabel('密码').fill('short');
	await page.getByRole('button', { name: '创建账号' }).click();
	await expect(page.getByText('密码需为 8 至 256 个字符。')).toBeVisible();
	await expect(page.getByText('请填写此项。')).toBeVisible();
	await expect(page.getByLabel('姓名或称呼')).toHaveValue('王小明');

	await page.getByLabel('密码').fill('long enough password');
	await page.getByLabel('企业名称').fill('重复科技');
	await page.getByRole('button', { name: '创建账号' }).click();
	await expect(page.getByText('该邮箱已注册，请直接登录。')).toBeVisible();
});

test('signing out everywhere ends the other devices too', async ({ browser }) => {
	const email = uniqueEmail('devices');
	const phone = await (await browser.newContext()).newPage();
	await signUpCompany(phone, email);
	const laptop = await (await browser.newContext()).newPage();
	await signIn(laptop, email, 'a good password');
	await laptop.goto('/account');
	await expect(laptop.getByText('当前设备')).toBeVisible();
	await laptop.getByRole('button', { name: '退出所有设备' }).click();
	await laptop.waitForURL('/signin?signedOut=1');
	await phone.goto('/account');
	await expect(phone).toHaveURL(/\/signin/);
});
