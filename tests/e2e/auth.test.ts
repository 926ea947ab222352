import { expect, test } from '@playwright/test';
import {
	demo,
	hydrated,
	newPassword,
	open,
	signInByRequest,
	signUpByRequest,
	signUpCompany,
	uniqueEmail
} from './helpers';

test('a company signs up at 360 px, signs out, and signs in again', async ({ page }) => {
	const email = uniqueEmail('founder');
	await signUpCompany(page, { email, displayName: '测试创始人', organization: '测试科技有限公司' });
	await expect(page.getByRole('status').filter({ hasText: '欢迎加入知桥，测试创始人！' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: '我的账号' })).toBeVisible();
	await expect(page.getByText(email)).toBeVisible();
	await expect(page.locator('dd', { hasText: '企业用户' })).toBeVisible();
	// Signed in, the navigation offers the account instead of sign-in.
	const nav = page.locator('nav.app-nav');
	await expect(nav.getByRole('link', { name: '我的' })).toBeVisible();
	await expect(nav.getByRole('link', { name: '登录' })).toHaveCount(0);

	await page.getByRole('button', { name: '退出登录' }).click();
	await page.waitForURL('/signin?signedOut=1');
	await expect(page.getByRole('status').filter({ hasText: '您已退出登录。' })).toBeVisible();
	await expect(nav.getByRole('link', { name: '登录' })).toBeVisible();
	// The session is gone on the server, not just hidden.
	await page.goto('/account');
	await expect(page).toHaveURL('/signin?redirectTo=%2Faccount');

	await open(page, '/signin');
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(newPassword);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL('/');
	await expect(page.getByText('测试创始人，欢迎回来（企业用户）。')).toBeVisible();
});

test('without a mail service, a forgotten password is explained, not offered by email', async ({ page }) => {
	await open(page, '/signin');
	await expect(page.getByRole('link', { name: '用邮箱验证码登录' })).toHaveCount(0);
	await page.getByRole('link', { name: '忘记密码？' }).click();
	await page.waitForURL('/reset-password');
	await expect(page.getByRole('status')).toContainText('本站未配置邮件服务');
	await expect(page.getByRole('button', { name: '发送重置链接' })).toHaveCount(0);
	// Asked for directly, the code sign-in says the same and sends nothing.
	await open(page, '/signin/code');
	await expect(page.getByRole('status')).toContainText('本站未配置邮件服务');
	await expect(page.getByLabel('电子邮箱')).toHaveCount(0);
});

test('signing in from a protected page returns to it', async ({ page }) => {
	await open(page, '/account');
	await expect(page).toHaveURL('/signin?redirectTo=%2Faccount');
	await page.getByLabel('电子邮箱').fill(demo.company);
	await page.getByLabel('密码').fill('zhiqiao-demo-2026');
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL('/account');
	await expect(page.getByText(demo.company)).toBeVisible();
});

test('a wrong password gets one generic message and keeps the email', async ({ page }) => {
	await open(page, '/signin');
	await page.getByLabel('电子邮箱').fill(demo.company);
	await page.getByLabel('密码').fill('not the password');
	const answer = page.waitForResponse((response) => response.request().method() === 'POST');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确。');
	await expect(page).toHaveURL('/signin');
	await expect(page.getByLabel('电子邮箱')).toHaveValue(demo.company);
	await expect(page.getByLabel('密码')).toHaveValue('');
	// The server's answer carries the email back, never the password.
	const body = await (await answer).text();
	expect(body).toContain(demo.company);
	expect(body).not.toContain('not the password');

	// An unknown address gets exactly the same answer: no telling which accounts exist.
	await page.getByLabel('电子邮箱').fill(uniqueEmail('nobody'));
	await page.getByLabel('密码').fill('not the password');
	await page.getByRole('button', { name: '登录' }).click();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确。');
});

test('signing up with a registered email says so on the email field', async ({ page }) => {
	await open(page, '/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill('王小明');
	await page.getByLabel('电子邮箱').fill(demo.company);
	await page.getByLabel('密码').fill(newPassword);
	await page.getByLabel('企业名称').fill('重复科技');
	await page.getByRole('button', { name: '创建账号' }).click();
	const email = page.getByLabel('电子邮箱');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription('该邮箱已注册，请直接登录。');
	await expect(email).toHaveValue(demo.company);
	await expect(page.getByLabel('姓名或称呼')).toHaveValue('王小明');
	await expect(page).toHaveURL('/signup');
});

test('a 7-character password is refused on its field; the rest is kept, never the password', async ({ page }) => {
	const email = uniqueEmail('short-password');
	await open(page, '/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill('李短码');
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill('seven77');
	await page.getByLabel('企业名称').fill('短码科技');
	const answer = page.waitForResponse((response) => response.request().method() === 'POST');
	await page.getByRole('button', { name: '创建账号' }).click();

	const password = page.getByLabel('密码');
	await expect(password).toHaveAttribute('aria-invalid', 'true');
	await expect(password).toHaveAccessibleDescription(/密码需为 8 至 256 个字符。/);
	// The server echoes the typed values back, never the password (no-js.test.ts checks the
	// re-rendered field is empty too).
	const body = await (await answer).text();
	expect(body).toContain('短码科技');
	expect(body).not.toContain('seven77');
	await expect(page.getByLabel('企业用户')).toBeChecked();
	await expect(page.getByLabel('姓名或称呼')).toHaveValue('李短码');
	await expect(page.getByLabel('电子邮箱')).toHaveValue(email);
	await expect(page.getByLabel('企业名称')).toHaveValue('短码科技');
	await expect(page.getByLabel('电子邮箱')).not.toHaveAttribute('aria-invalid', 'true');

	// And no account was created: the same address can still sign up.
	await password.fill(newPassword);
	await page.getByRole('button', { name: '创建账号' }).click();
	await page.waitForURL('/account?welcome=1');
});

test('a company must give its name at sign-up', async ({ page }) => {
	await open(page, '/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill('无名企业');
	await page.getByLabel('电子邮箱').fill(uniqueEmail('no-company'));
	await page.getByLabel('密码').fill(newPassword);
	await page.getByRole('button', { name: '创建账号' }).click();
	const companyName = page.getByLabel('企业名称');
	await expect(companyName).toHaveAttribute('aria-invalid', 'true');
	await expect(companyName).toHaveAccessibleDescription(/请填写此项。/);
});

test('signing out everywhere ends the other devices too', async ({ browser }) => {
	const email = uniqueEmail('devices');
	const phone = await browser.newContext();
	await signUpByRequest(phone, { role: 'company', email, displayName: '两台设备' });
	const laptop = await (await browser.newContext()).newPage();
	await signInByRequest(laptop.context(), email, newPassword);
	await open(laptop, '/account');
	// Both sessions are listed, this one marked.
	await expect(laptop.getByText(/^登录于 /)).toHaveCount(2);
	await expect(laptop.getByText('当前设备')).toHaveCount(1);
	await laptop.getByRole('button', { name: '退出所有设备' }).click();
	await laptop.waitForURL('/signin?signedOut=1');
	const phonePage = await phone.newPage();
	await phonePage.goto('/account');
	await expect(phonePage).toHaveURL('/signin?redirectTo=%2Faccount');
	await phone.close();
	await laptop.context().close();
});

test('text typed before the scripts have loaded survives hydration (a slow phone)', async ({ page }) => {
	let release!: () => void;
	const scriptsHeld = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/signin', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('电子邮箱').fill('typed-early@example.com');
	release();
	await hydrated(page);
	await expect(page.getByLabel('电子邮箱')).toHaveValue('typed-early@example.com');
});
