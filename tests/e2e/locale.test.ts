import { expect, test } from '@playwright/test';
import { newPassword, open, signIn, signUpByRequest, switchLanguage, uniqueEmail } from './helpers';

test('switching to English and back changes <html lang> and the visible text, and stays on the page', async ({
	page
}) => {
	await open(page, '/');
	const html = page.locator('html');
	const nav = page.locator('nav.app-nav');
	await expect(html).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('让高校专利走进企业');
	await expect(nav.getByRole('link', { name: '首页' })).toBeVisible();

	await switchLanguage(page, 'en');
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bringing university patents to industry');
	await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();
	await expect(page).toHaveTitle(/Zhiqiao/);

	// The choice is remembered (a cookie) on the next pages.
	await open(page, '/signin?redirectTo=%2Faccount');
	await expect(html).toHaveAttribute('lang', 'en');
	await expect(page.getByLabel('Email')).toBeVisible();
	// Switching keeps the page and its query.
	await switchLanguage(page, 'zh-CN');
	await expect(page).toHaveURL('/signin?redirectTo=%2Faccount');
	await expect(page.getByLabel('电子邮箱')).toBeVisible();
	await expect(nav.getByRole('link', { name: '登录' })).toBeVisible();
});

test('a browser that prefers English gets English until the visitor chooses', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await open(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bringing university patents to industry');
	await switchLanguage(page, 'zh-CN');
	await page.goto('/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await context.close();
});

test('a signed-in user’s language is kept in their profile, with dates formatted in it', async ({ page, context }) => {
	const email = uniqueEmail('locale');
	await signUpByRequest(context, { role: 'company', email, displayName: '测试创始人' });
	await open(page, '/account');
	// The devices list dates each session in the reader's language (China's time zone).
	await expect(page.getByText(/^登录于 \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/)).toBeVisible();

	await switchLanguage(page, 'en');
	await expect(page).toHaveURL(/\/account/);
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
	await expect(page.getByText(/^Signed in [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/)).toBeVisible();
	await expect(page.locator('dd', { hasText: 'Company' })).toBeVisible();

	await page.getByRole('button', { name: 'Sign out', exact: true }).click();
	await page.waitForURL('/signin?signedOut=1');
	await expect(page.getByText('You have signed out.')).toBeVisible();

	// Forget the cookie, as a new device would: signing in restores English from the profile.
	await context.clearCookies();
	await page.goto('/signin');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await signIn(page, email, newPassword);
	await expect(page).toHaveURL('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('Welcome back, 测试创始人 (Company).')).toBeVisible();
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});
