import { expect, type Browser, type Page } from '@playwright/test';

export const demoPassword = 'zhiqiao-demo-2026';
export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
	await page.goto('/signin');
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL((url) => url.pathname !== '/signin');
}

export async function newSignedInPage(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, email);
	return page;
}

/** Signs a new company account up through the form; lands on /account. */
export async function signUpCompany(page: Page, email: string, password = 'a good password'): Promise<void> {
	await page.goto('/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill('测试创始人');
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByLabel('企业名称').fill('测试科技有限公司');
	await page.getByRole('button', { name: '创建账号' }).click();
	await page.waitForURL('/account?welcome=1');
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `page ${page.url()} is wider than the viewport`).toBeLessThanOrEqual(page.viewportSize()!.width);
}
