import { expect, test } from '@playwright/test';
import { demo, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers';
import { creditCodeCheckCharacter } from '../../src/lib/rules/credit-code';

test('an admin makes a new researcher an officer; the change is audited and the user sees it', async ({
	browser,
	baseURL
}) => {
	const email = uniqueEmail('future-officer');
	const name = `周未来${Date.now() % 100_000}`;
	// The future officer signs up as a researcher, in a browser context of their own.
	const userContext = await browser.newContext();
	await signUpByRequest(userContext, { role: 'researcher', email, displayName: name });
	const user = await userContext.newPage();
	await user.goto('/account');
	await expect(user.locator('dd', { hasText: '科研人员' })).toBeVisible();

	const admin = await newSignedInPage(browser, demo.admin);
	await admin.goto('/');
	await expect(admin.locator('nav.app-nav').getByRole('link', { name: '管理' })).toBeVisible();
	await open(admin, '/admin/users');
	await admin.getByLabel('搜索用户').fill(email);
	await admin.getByRole('button', { name: '搜索', exact: true }).click();
	await expect(admin).toHaveURL(/\/admin\/users\?q=/);
	await expect(admin.getByRole('status').filter({ hasText: '共 1 位用户' })).toBeVisible();
	const row = admin.getByTestId('user-row');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText(name);
	await expect(row).toContainText('材料与能源学院');
	await expect(row.getByLabel('角色')).toHaveValue('researcher');
	await row.getByLabel('角色').selectOption('officer');
	await row.getByRole('button', { name: '更改角色' }).click();
	await expect(row.getByRole('status')).toHaveText('角色已更改。');
	// The list shows the stored role after a fresh load.
	await admin.reload();
	await expect(admin.getByTestId('user-row').getByLabel('角色')).toHaveValue('officer');

	await admin.goto('/admin/audit');
	const entry = admin.getByTestId('audit-row').filter({ hasText: name });
	await expect(entry).toHaveCount(1);
	await expect(entry).toContainText('平台管理员');
	await expect(entry).toContainText('修改用户');
	await expect(entry).toContainText('角色：科研人员 → 技术转移专员');
	// The same record reads in English for an English reader.
	await admin.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL! }]);
	await admin.reload();
	await expect(admin.getByTestId('audit-row').filter({ hasText: name })).toContainText(
		'Researcher → Tech-transfer officer'
	);

	// The user's next page load carries the new role.
	await user.reload();
	await expect(user.locator('dd', { hasText: '技术转移专员' })).toBeVisible();
	await expect(user.locator('nav.app-nav').getByRole('link', { name: '审核' })).toBeVisible();
	await user.context().close();
	await admin.context().close();
});

test('an admin verifies a new company’s organisation', async ({ browser }) => {
	const company = `验证科技${Date.now()}有限公司`;
	const userContext = await browser.newContext();
	await signUpByRequest(userContext, {
		role: 'company',
		email: uniqueEmail('verify'),
		displayName: '验证人',
		organization: company
	});
	await userContext.close();

	const admin = await newSignedInPage(browser, demo.admin);
	// A new company's organisation waits in the "not verified" list.
	await open(admin, '/admin/organizations?show=unverified');
	const pending = admin.getByTestId('organization-row').filter({ hasText: company });
	await expect(pending).toContainText('企业 · 未认证');
	// Verified from the "not verified" view, the row leaves the list and the result stays on the page.
	// Its unified social credit code first, then a confirmation that shows it back.
	const body = `91500109MA${String(Date.now()).slice(-7)}`;
	const code = body + creditCodeCheckCharacter(body);
	await pending.getByLabel('统一社会信用代码').fill(code);
	await pending.getByRole('button', { name: '认证', exact: true }).click();
	await expect(pending.getByTestId('confirm-credit-code')).toHaveText(code);
	await pending.getByRole('button', { name: '确认认证' }).click();
	await expect(admin.getByRole('status')).toHaveText('机构已认证。');
	await expect(pending).toHaveCount(0);
	await open(admin, '/admin/organizations');
	const row = admin.getByTestId('organization-row').filter({ hasText: company });
	await expect(row).toContainText('已认证');
	await expect(row.getByRole('button', { name: '取消认证' })).toBeVisible();
	await admin.goto('/admin/audit');
	await expect(admin.getByTestId('audit-row').filter({ hasText: company })).toContainText('认证状态：未认证 → 已认证');
	await admin.context().close();
});

test('admin pages refuse other roles with a 403 page and send visitors to sign in', async ({
	browser,
	page,
	baseURL
}) => {
	const researcher = await newSignedInPage(browser, demo.researcher);
	for (const path of ['/admin/users', '/admin/organizations', '/admin/audit']) {
		const response = await researcher.goto(path);
		expect(response?.status(), path).toBe(403);
		await expect(researcher.getByRole('heading', { level: 1, name: '没有权限' })).toBeVisible();
		await expect(researcher.getByText('您没有权限执行此操作。')).toBeVisible();
	}
	// The navigation offers no admin link to a researcher.
	await expect(researcher.locator('nav.app-nav').getByRole('link', { name: '管理' })).toHaveCount(0);
	// Posting the form by hand is refused too (the action checks the role, not only the page).
	const post = await researcher.request.post('/admin/users?/role', {
		headers: { origin: baseURL!, accept: 'text/html' },
		form: { userId: '00000000-0000-4000-8000-000000001001', role: 'admin' }
	});
	expect(post.status()).toBe(403);
	await researcher.context().close();

	await page.goto('/admin/users');
	await expect(page).toHaveURL('/signin?redirectTo=%2Fadmin%2Fusers');
	await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
});

test('an admin cannot change their own role', async ({ browser }) => {
	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/users?q=admin%40demo');
	const row = admin.getByTestId('user-row').filter({ hasText: demo.admin });
	await row.getByLabel('角色').selectOption('company');
	await row.getByRole('button', { name: '更改角色' }).click();
	await expect(row.getByRole('alert')).toHaveText('不能更改自己的角色，请让另一位管理员操作。');
	await admin.reload();
	await expect(admin.getByTestId('user-row').filter({ hasText: demo.admin }).getByLabel('角色')).toHaveValue('admin');
	await admin.context().close();
});

test('a university’s notice period is at least 15 days, and every change is audited', async ({ browser }) => {
	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/organizations');
	const row = admin.getByTestId('organization-row').filter({ hasText: '缙云大学' }).first();
	const days = row.getByLabel('公示期（天）');
	await days.fill('3');
	await row.getByRole('button', { name: '保存公示期' }).click();
	await expect(row.getByText('公示期不少于 15 天：请输入 15 到 90 之间的整数天数。')).toBeVisible();
	await expect(days).toHaveValue('3');
	await days.fill('20');
	await row.getByRole('button', { name: '保存公示期' }).click();
	await expect(admin.getByRole('status')).toBeVisible();
	await admin.goto('/admin/audit');
	await expect(admin.getByTestId('audit-row').filter({ hasText: '缙云大学' }).first()).toContainText(
		'公示期（天）：15 → 20'
	);
	// Back to the demo's 15 days, which the deal tests count on.
	await open(admin, '/admin/organizations');
	await days.fill('15');
	await row.getByRole('button', { name: '保存公示期' }).click();
	await expect(admin.getByRole('status')).toBeVisible();
	await admin.context().close();
});

test('the audit log tells a reward policy publication in words, share by share', async ({ browser }) => {
	const admin = await newSignedInPage(browser, demo.admin);
	await open(admin, '/admin/audit');
	// The demo university published two policy versions (supabase/seed.sql).
	const entry = admin.locator('li', { hasText: '发布收益分配政策' }).first();
	await expect(entry).toBeVisible();
	await expect(entry).toContainText('转让或许可净收入 · 成果完成人');
	await expect(entry).not.toContainText('transfer_inventors');
});
