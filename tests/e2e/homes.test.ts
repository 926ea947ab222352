import { expect, test, type Page } from '@playwright/test';
import {
	demo,
	expectNoHorizontalOverflow,
	newSignedInPage,
	open,
	seriousAxeViolations,
	signIn,
	signInByRequest,
	signUpByRequest,
	uniqueEmail
} from './helpers';
import { creditCodeCheckCharacter } from '../../src/lib/rules/credit-code';

// Issue #17, items 13 and 14: a home per role, navigation, the public home, the signed-out
// listing, patent cards on phones and the organisation verification with its credit code.

const demoDraft = '/listings/00000000-0000-4000-8001-000000000071';
const publishedListing = '/listings/00000000-0000-4000-8001-000000000001';
const demoDeal = '/deals/00000000-0000-4000-8004-000000000001';

async function expectAxeClean(page: Page) {
	const report = await seriousAxeViolations(page);
	expect(report, report.join('\n')).toEqual([]);
	await expectNoHorizontalOverflow(page);
}

async function useEnglish(page: Page, baseURL: string) {
	await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL }]);
}

test.describe('role homes after sign-in', () => {
	test('the researcher lands on a home with drafts, changes requested and new interests', async ({ page }) => {
		await signIn(page, demo.researcher);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('heading', { level: 1, name: '今天要做的事' })).toBeVisible();
		const drafts = page.getByTestId('home-card-drafts');
		await expect(drafts.getByRole('link', { name: '草稿' })).toHaveAttribute('href', '/my/listings');
		// The demo draft, linked to its editor.
		await expect(drafts.locator(`a[href="${demoDraft}/edit"]`)).toBeVisible();
		await expect(page.getByTestId('home-card-changes_requested')).toContainText('没有需要修改的成果。');
		await expect(page.getByTestId('home-card-new_interests')).toBeVisible();
		// Not the marketing home.
		await expect(page.locator('#roles-heading')).toHaveCount(0);
		await expectAxeClean(page);
	});

	test('the company sees its interests, its deals and new matches for its needs', async ({ page }) => {
		await signIn(page, demo.company);
		await expect(page.getByRole('heading', { level: 1, name: '今天要做的事' })).toBeVisible();
		const interests = page.getByTestId('home-card-open_interests');
		await expect(interests.getByRole('listitem').first()).toBeVisible();
		const deals = page.getByTestId('home-card-open_deals');
		await expect(deals.locator('a[href^="/deals/"]')).toHaveCount(3);
		await expect(page.getByTestId('home-card-new_matches').locator('a[href^="/listings/"]').first()).toBeVisible();
	});

	test('the officer sees the review queue, new interests, overdue next actions and notices ending', async ({
		page
	}) => {
		await signIn(page, demo.officer);
		await expect(page.getByRole('heading', { level: 1, name: '今天要做的事' })).toBeVisible();
		const queue = page.getByTestId('home-card-review_queue');
		await expect(queue.getByRole('link', { name: '待审核' })).toHaveAttribute('href', '/review');
		await expect(queue.locator('a[href^="/listings/"]').first()).toBeVisible();
		await expect(page.getByTestId('home-card-new_interests').locator('ul a').first()).toBeVisible();
		// The demo deal's next action was due two days ago.
		await expect(page.getByTestId('home-card-overdue_deals').locator(`a[href="${demoDeal}"]`)).toBeVisible();
		await expect(page.getByTestId('home-card-notices_ending')).toContainText('7 天内没有结束的公示。');
		await expectAxeClean(page);
	});

	test('the admin sees the organisations waiting for verification', async ({ page }) => {
		await signIn(page, demo.admin);
		const card = page.getByTestId('home-card-unverified_organizations');
		await expect(card.getByRole('link', { name: '待认证机构' })).toHaveAttribute(
			'href',
			'/admin/organizations?show=unverified'
		);
		await expect(card).toContainText('渝新材料股份有限公司');
		await expect(card.getByRole('link', { name: '渝新材料股份有限公司' })).toHaveAttribute(
			'href',
			/^\/admin\/organizations\?show=unverified#organization-[0-9a-f-]{36}$/
		);
		// The admin's own home, and only it: no other role's work.
		await expect(page.locator('[data-testid^="home-card-"]')).toHaveCount(1);
	});

	test('an English reader gets the home in English', async ({ page, baseURL }) => {
		await signInByRequest(page.context(), demo.company);
		// After signing in: the sign-in sets the language to the profile's.
		await useEnglish(page, baseURL!);
		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1, name: 'What to do next' })).toBeVisible();
		await expect(page.getByTestId('home-card-open_interests')).toContainText('Our open interests');
		await expect(page.getByTestId('home-card-open_deals')).toContainText('Deals in progress');
		await expectAxeClean(page);
	});
});

test.describe('navigation', () => {
	test('highlights the section of a nested page', async ({ browser }) => {
		const page = await newSignedInPage(browser, demo.researcher);
		const nav = page.locator('nav.app-nav');
		await open(page, `${demoDraft}/edit`);
		await expect(nav.getByRole('link', { name: '我的成果' })).toHaveAttribute('aria-current', 'page');
		await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
		await open(page, demoDeal);
		await expect(nav.getByRole('link', { name: '交易' })).toHaveAttribute('aria-current', 'page');
		await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
		await page.context().close();
	});

	test('the English labels fit the bottom bar at 360 px, each on one line (seven for a company and an officer)', async ({
		browser,
		baseURL
	}) => {
		for (const [email, count] of [
			[demo.researcher, 6],
			[demo.company, 7],
			[demo.officer, 7]
		] as const) {
			const page = await newSignedInPage(browser, email);
			await useEnglish(page, baseURL!);
			await open(page, '/');
			const labels = page.locator('nav.app-nav .label');
			await expect(labels).toHaveCount(count);
			const boxes = await labels.evaluateAll((spans) =>
				spans.map((span) => {
					const box = span.getBoundingClientRect();
					const link = span.closest('a')!.getBoundingClientRect();
					return {
						text: span.textContent,
						fits: span.scrollWidth <= span.clientWidth,
						lines: Math.round(box.height / parseFloat(getComputedStyle(span).lineHeight || '16')),
						left: link.left,
						right: link.right
					};
				})
			);
			for (const [index, box] of boxes.entries()) {
				expect(box.fits, `${email}: "${box.text}" is cut off`).toBe(true);
				expect(box.lines, `${email}: "${box.text}" wraps`).toBeLessThanOrEqual(1);
				expect(box.left).toBeGreaterThanOrEqual(0);
				expect(box.right).toBeLessThanOrEqual(360);
				if (index > 0)
					expect(box.left, `${email}: "${box.text}" overlaps`).toBeGreaterThanOrEqual(boxes[index - 1].right - 0.5);
			}
			await page.context().close();
		}
	});
});

test.describe('signed out', () => {
	test('the public home searches without JavaScript and lists six new listings', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByTestId('new-listings').getByRole('listitem')).toHaveCount(6);
		await page.getByRole('searchbox', { name: '搜索成果' }).fill('电池');
		await page.getByRole('button', { name: '搜索', exact: true }).click();
		await expect(page).toHaveURL(/\/listings\?q=%E7%94%B5%E6%B1%A0/);
		await expect(page.locator('article.listing').first()).toBeVisible();
		await context.close();
	});

	test('a listing offers "sign in to express interest" and comes back after sign-in', async ({ page }) => {
		await open(page, publishedListing);
		const link = page.getByRole('link', { name: '登录后表达意向' });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/signin\?redirectTo=/);
		await page.getByLabel('电子邮箱').fill(demo.company);
		await page.getByLabel('密码').fill('zhiqiao-demo-2026');
		await page.getByRole('button', { name: '登录' }).click();
		await expect(page).toHaveURL(new RegExp(`${publishedListing}$`));
		await expect(page.getByRole('link', { name: '登录后表达意向' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: '表达许可意向' })).toBeVisible();
	});

	test('patents read as cards on a phone and as a table on a wide screen', async ({ page }) => {
		await open(page, publishedListing);
		const cards = page.getByTestId('patent-cards');
		await expect(cards).toBeVisible();
		await expect(page.getByTestId('patent-table')).toBeHidden();
		const first = cards.getByRole('listitem').first();
		await expect(first.locator('dt').first()).toHaveText('专利类型');
		// Labels stay on one line: the old table wrapped its headers one character per line.
		const labelHeights = await first
			.locator('dt')
			.evaluateAll((terms) => terms.map((term) => term.getBoundingClientRect().height));
		for (const height of labelHeights) expect(height).toBeLessThan(30);
		await expectNoHorizontalOverflow(page);
		await page.setViewportSize({ width: 1024, height: 740 });
		await expect(page.getByTestId('patent-table')).toBeVisible();
		await expect(cards).toBeHidden();
	});
});

test('an admin verifies an organisation only with a valid credit code, after confirming it', async ({
	browser,
	baseURL
}) => {
	const company = `信用代码科技${Date.now()}有限公司`;
	const userContext = await browser.newContext();
	await signUpByRequest(userContext, {
		role: 'company',
		email: uniqueEmail('credit-code'),
		displayName: '代码人',
		organization: company
	});
	await userContext.close();

	const body = `91500112MA${String(Date.now()).slice(-7)}`;
	const rightCode = body + creditCodeCheckCharacter(body);
	const wrongCheck = '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace(rightCode[17], '')[0];
	const wrongCode = body + wrongCheck;

	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/organizations?show=unverified');
	const row = admin.getByTestId('organization-row').filter({ hasText: company });
	const field = row.getByLabel('统一社会信用代码');
	await expect(field).toBeVisible();
	// No code: a field error, nothing verified.
	await row.getByRole('button', { name: '认证', exact: true }).click();
	await expect(row.getByRole('alert')).toHaveText('请输入 18 位统一社会信用代码');
	// A wrong check character: the error, and what was typed is kept.
	await field.fill(wrongCode);
	await row.getByRole('button', { name: '认证', exact: true }).click();
	await expect(row.getByRole('alert')).toHaveText('校验码（最后一位）不符，请核对代码');
	await expect(field).toHaveValue(wrongCode);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(row).toContainText('未认证');
	expect(await seriousAxeViolations(admin)).toEqual([]);
	// The right code, typed in groups and lower case, is shown back for confirmation.
	await field.fill(`${rightCode.slice(0, 9)} ${rightCode.slice(9).toLowerCase()}`);
	await row.getByRole('button', { name: '认证', exact: true }).click();
	await expect(row.getByRole('heading', { name: `确认认证“${company}”？` })).toBeVisible();
	await expect(row.getByTestId('confirm-credit-code')).toHaveText(rightCode);
	await row.getByRole('button', { name: '确认认证' }).click();
	await expect(admin.getByRole('status')).toHaveText('机构已认证。');

	await open(admin, '/admin/organizations');
	const verified = admin.getByTestId('organization-row').filter({ hasText: company });
	await expect(verified).toContainText('已认证');
	await expect(verified).toContainText(rightCode);
	// The audit log names the organisation and reads in English with ": ".
	await useEnglish(admin, baseURL!);
	await admin.goto('/admin/audit');
	const entry = admin.getByTestId('audit-row').filter({ hasText: company }).first();
	await expect(entry).toContainText(`Unified social credit code: — → ${rightCode}`);
	await expect(entry).not.toContainText('：');
	await admin.context().close();
});
