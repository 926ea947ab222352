import { expect, test } from '@playwright/test';
import { signIn, signUpCompany, uniqueEmail } from './helpers';

test('switching to English and back changes the language and <html lang>', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('让高校专利走进企业');
	await page.getByRole('button', { name: '切换语言' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bringing university patents to industry');
	await expect(page.locator('nav.bottom-nav')).toContainText('Discover');
	await page.getByRole('button', { name: 'Change language' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('nav.bottom-nav')).toContainText('发现');
});

test('a signed-in user’s language follows them to a new device, with dates in that language', async ({ browser }) => {
	const email = uniqueEmail('locale');
	const first = await (await browser.newContext()).newPage();
	await signUpCompany(first, email);
	await first.getByRole('button', { name: '切换语言' }).click();
	await expect(first.getByRole('heading', { name: 'Your account' })).toBeVisible();
	await expect(first.getByText(/Signed in [A-Z][a-z]{2} \d{1,2}, \d{4}/)).toBeVisible();

	const second = await (await browser.newContext()).newPage();
	await signIn(second, email, 'a good password');
	await expect(second.locator('html')).toHaveAttribute('lang', 'en');
	await second.goto('/account');
	await expect(second.getByText(/Signed in/).first()).toBeVisible();
});
