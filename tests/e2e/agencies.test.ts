import { expect, test, type BrowserContext } from '@playwright/test';
import { creditCodeCheckCharacter } from '../../src/lib/rules/credit-code';
import {
	demo,
	expectAccessible,
	expectNoHorizontalOverflow,
	newPassword,
	newSignedInPage,
	open,
	uniqueEmail
} from './helpers';

// Service providers (issue #22), at 360 px: a valuation firm signs up, fills its profile on its
// desk, waits for an admin, and is then listed in the directory.

/** A unified social credit code no other run has used. */
function freshCreditCode(): string {
	const body = `91500112MA${String(Date.now()).slice(-7)}`;
	return body + creditCodeCheckCharacter(body);
}

/** Signs a provider up by posting the sign-up form from the context (which is then signed in). */
async function signUpProvider(context: BrowserContext, baseURL: string, providerName: string, providerType: string) {
	const response = await context.request.post('/signup', {
		form: {
			role: 'provider',
			email: uniqueEmail('agency'),
			displayName: '测试评估师',
			password: newPassword,
			providerType,
			providerName
		},
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
}

test('a new valuation firm fills its profile, is verified by an admin and is then listed', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const firm = `测试资产评估${Date.now()}有限公司`;
	await open(page, '/signup');
	await page.getByLabel('服务机构人员').check();
	await page.getByLabel('姓名或称呼').fill('测试评估师');
	await page.getByLabel('电子邮箱').fill(uniqueEmail('valuer'));
	await page.getByLabel('密码').fill(newPassword);
	await page.getByLabel('机构类型').selectOption('valuation_firm');
	await page.getByLabel('机构名称').fill(firm);
	await page.getByRole('button', { name: '创建账号' }).click();
	await page.waitForURL('/account?welcome=1');

	// The home says what waits: verification and a profile to complete.
	await open(page, '/');
	await expect(page.getByTestId('home-card-awaiting_verification')).toContainText(`等待认证 1 ${firm}`);
	await expect(page.getByTestId('home-card-profile_incomplete')).toContainText(`机构资料待完善 1 ${firm}`);

	await page.locator('nav.app-nav').getByRole('link', { name: '服务台' }).click();
	await page.waitForURL('/provider');
	await expect(page.getByTestId('provider-status')).toContainText('资产评估机构');
	await expect(page.getByTestId('provider-status')).toContainText('未认证');
	await expect(page.getByTestId('provider-status')).toContainText('不会出现在服务机构名录中');
	await expect(page.getByTestId('profile-missing')).toContainText('服务项目、机构简介、收费方式、办理周期');
	await expectAccessible(page, '/provider');

	// One bad value first: a turnaround of 0 days is refused in Chinese, and nothing typed is lost.
	const summary = '专注高校专利价值评估，服务质押融资与作价入股。';
	await page.getByLabel('专利价值评估').check();
	await page.getByLabel('机构简介（中文）').fill(summary);
	await page.getByLabel('收费方式').fill('单件发明专利 6,000 元起');
	await page.getByLabel('一般办理周期（天）').fill('0');
	await page.getByLabel('资质与执业许可证号').fill('渝财资备〔2026〕0101 号');
	await page.getByLabel('缙云大学').check();
	await page.getByRole('button', { name: '保存资料' }).click();
	await expect(page.getByText('请填写 1 至 365 之间的整数天数。')).toBeVisible();
	await expect(page.getByLabel('机构简介（中文）')).toHaveValue(summary);
	await expect(page.getByLabel('一般办理周期（天）')).toHaveValue('0');
	await expect(page.getByLabel('专利价值评估')).toBeChecked();
	await expect(page.getByLabel('缙云大学')).toBeChecked();
	await expectNoHorizontalOverflow(page);

	await page.getByLabel('一般办理周期（天）').fill('12');
	await page.getByRole('button', { name: '保存资料' }).click();
	await expect(page.getByRole('status').filter({ hasText: '机构资料已保存。' })).toBeVisible();
	await expect(page.getByTestId('profile-missing')).toHaveCount(0);

	// Saved, but not listed before an admin has checked the firm.
	const visitor = await browser.newPage();
	await open(visitor, '/agencies?service=valuation');
	await expect(visitor.getByTestId('agency-row').filter({ hasText: '重庆渝信资产评估有限公司' })).toBeVisible();
	await expect(visitor.getByText(firm)).toHaveCount(0);

	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/organizations?show=unverified');
	const row = admin.getByTestId('organization-row').filter({ hasText: firm });
	await expect(row).toContainText('服务机构 · 资产评估机构 · 未认证');
	const code = freshCreditCode();
	await row.getByLabel('统一社会信用代码').fill(code);
	await row.getByRole('button', { name: '认证', exact: true }).click();
	await expect(row.getByTestId('confirm-credit-code')).toHaveText(code);
	await row.getByRole('button', { name: '确认认证' }).click();
	await expect(admin.getByRole('status')).toHaveText('机构已认证。');
	await admin.context().close();

	// Listed now: found by the service filter (a GET form), and its profile shows what was saved.
	await open(visitor, '/agencies');
	await visitor.getByLabel('服务项目').selectOption({ label: '专利价值评估' });
	await visitor.getByRole('button', { name: '筛选' }).click();
	await visitor.waitForURL(/service=valuation/);
	const listed = visitor.getByTestId('agency-row').filter({ hasText: firm });
	await expect(listed).toContainText('一般 12 天办结');
	await expect(listed).toContainText('缙云大学');
	await expectNoHorizontalOverflow(visitor);
	await listed.getByRole('link', { name: firm }).click();
	await visitor.waitForURL(/\/agencies\/[0-9a-f-]{36}$/);
	await expect(visitor.getByRole('heading', { level: 1, name: firm })).toBeVisible();
	await expect(visitor.getByText(summary)).toBeVisible();
	await expect(visitor.getByText('渝财资备〔2026〕0101 号')).toBeVisible();
	await expectAccessible(visitor, new URL(visitor.url()).pathname);

	// Its own desk now links to the public profile.
	await open(page, '/provider');
	await expect(page.getByTestId('provider-status')).toContainText('已认证');
	await expect(page.getByRole('link', { name: '查看公开主页' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the profile form refuses a bad turnaround, keeps what was typed and saves the fix', async ({
		page,
		baseURL
	}) => {
		await signUpProvider(page.context(), baseURL!, `无脚本专利代理${Date.now()}事务所`, 'patent_agency');
		await page.goto('/provider');
		await expect(page.getByTestId('provider-status')).toContainText('专利代理机构');
		await page.getByLabel('专利申请撰写').check();
		await page.getByLabel('自由实施（FTO）检索').check();
		await page.getByLabel('机构简介（英文）').fill('Invention drafting for universities.');
		await page.getByLabel('一般办理周期（天）').fill('三十');
		await page.getByRole('button', { name: '保存资料' }).click();
		await expect(page.getByText('请填写 1 至 365 之间的整数天数。')).toBeVisible();
		await expect(page.getByLabel('机构简介（英文）')).toHaveValue('Invention drafting for universities.');
		await expect(page.getByLabel('一般办理周期（天）')).toHaveValue('三十');
		await expect(page.getByLabel('专利申请撰写')).toBeChecked();
		await expect(page.getByLabel('自由实施（FTO）检索')).toBeChecked();
		await expect(page.getByLabel('专利价值评估')).not.toBeChecked();

		await page.getByLabel('一般办理周期（天）').fill('30');
		await page.getByRole('button', { name: '保存资料' }).click();
		await expect(page.getByText('机构资料已保存。')).toBeVisible();
		await page.goto('/provider');
		await expect(page.getByLabel('一般办理周期（天）')).toHaveValue('30');
		await expect(page.getByLabel('自由实施（FTO）检索')).toBeChecked();
	});

	test('the directory filters by type with a plain GET form', async ({ page }) => {
		await page.goto('/agencies');
		await page.getByLabel('机构类型').selectOption({ label: '专利代理机构' });
		await page.getByRole('button', { name: '筛选' }).click();
		await page.waitForURL(/type=patent_agency/);
		await expect(page.getByTestId('agency-row').filter({ hasText: '重庆缙云专利代理事务所' })).toBeVisible();
		await expect(page.getByText('重庆渝信资产评估有限公司')).toHaveCount(0);
	});
});

test('the desk refuses other roles with a clear message, and a bank’s desk links its pledge loan inbox', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company);
	const response = await company.goto('/provider');
	expect(response?.status()).toBe(403);
	await expect(company.getByText('服务台只对服务机构和银行的工作人员开放。')).toBeVisible();
	await company.context().close();

	const bank = await newSignedInPage(browser, 'bank@demo.zhiqiao.cn');
	await open(bank, '/provider');
	await expect(bank.getByTestId('provider-status')).toContainText('银行');
	// The seed's application under review waits for the bank (supabase/seed.sql).
	await expect(bank.getByTestId('bank-inbox')).toContainText(/[1-9]\d* 件待处理/);
	await expect(bank.getByRole('link', { name: '专利质押融资申请' })).toHaveAttribute('href', '/pledges');
	await expect(bank.getByRole('button', { name: '保存资料' })).toHaveCount(0);
	await bank.context().close();
});
