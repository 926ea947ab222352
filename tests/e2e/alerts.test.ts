import { expect, test } from '@playwright/test';
import { demo, expectAccessible, newSignedInPage, open, signUpByRequest, switchLanguage, uniqueEmail } from './helpers';
import { mailTo } from './mail.js';

// Alerts (docs/domain.md, "Alerts"), at the default 360 px: the demo company user saves a search on
// /listings, an officer publishes a listing that matches it, and the company user finds the
// saved_search_match in the inbox and by email; the alert settings page saves and keeps its values.
test.describe.configure({ timeout: 150_000 });

test('a saved search hears of a newly published listing, and alert settings are kept', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, '/listings?q=膜蒸馏');
	await company.getByRole('button', { name: '保存此搜索' }).click();
	await company.waitForURL(/\/searches\/new\?/);
	// A refused name (here none) is shown with scripts on too: the form posts to /searches, which says why.
	await company.getByLabel('搜索名称').fill('');
	await company.getByRole('button', { name: '保存此搜索' }).click();
	await company.waitForURL(/\/searches\?\/create$/);
	await expect(company.getByText('请填写此项。')).toBeVisible();
	await company.goBack();
	await company.getByLabel('搜索名称').fill('膜蒸馏提醒');
	await company.getByRole('button', { name: '保存此搜索' }).click();
	await company.waitForURL(/\/searches\?saved=/);
	await expect(company.getByText('搜索已保存。有符合的新技术时会通知您。')).toBeVisible();
	await expect(company.getByRole('link', { name: '膜蒸馏提醒' })).toBeVisible();
	await expectAccessible(company, '/searches');
	await expectAccessible(company, '/searches/new?q=膜蒸馏');
	// The same search under another name: it is not saved twice, and the page says under which name it is.
	await company.getByLabel('搜索名称').fill('另一个名字');
	await company.getByRole('button', { name: '保存此搜索' }).click();
	await company.waitForURL(/\/searches\?saved=.*&already=1$/);
	await expect(company.getByText('此搜索已保存过，名称为“膜蒸馏提醒”，名称保持不变；可在下方重命名。')).toBeVisible();
	await expect(company.getByTestId('saved-search').filter({ hasText: '膜蒸馏' })).toHaveCount(1);

	// The match by email too, at once: no quiet hours (the demo's would hold it until morning).
	await open(company, '/account/alerts');
	await company.getByLabel('保存的搜索 · 邮件').selectOption('immediately');
	await company.getByLabel('开始').fill('');
	await company.getByLabel('结束').fill('');
	await company.getByRole('button', { name: '保存' }).click();
	// Saved from the bottom of a long form: the result at its top is brought into view.
	await expect(company.getByText('提醒设置已保存。')).toBeInViewport();

	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/review');
	await officer.getByRole('link', { name: '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术' }).click();
	await officer.getByRole('button', { name: '通过并发布' }).click();
	await officer.waitForURL(/\/review\?done=publish/);

	await open(company, '/notifications');
	const match = company.getByTestId('notification').filter({ hasText: '保存的搜索：膜蒸馏提醒' });
	await expect(match).toContainText('有新发布的技术符合您保存的搜索');
	await expect(match.getByRole('link', { name: '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术' })).toBeVisible();
	// The same alert arrives as an email in the test SMTP server, with a one-click unsubscribe.
	const alertMail = async () =>
		(await mailTo(company.request, demo.company, 1_000)).find((caught) =>
			caught.text.includes('榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术')
		);
	await expect.poll(async () => (await alertMail()) !== undefined, { timeout: 30_000 }).toBe(true);
	const mail = await alertMail();
	expect(mail?.subject).toContain('有新发布的技术符合您保存的搜索');
	expect(mail?.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');

	// Alert settings: a half-filled quiet window is refused on its field and keeps what was typed.
	await company.getByRole('link', { name: '提醒设置：邮件、推送与免打扰时段' }).click();
	await company.waitForURL(/\/account\/alerts$/);
	await expectAccessible(company, '/account/alerts');
	await company.getByLabel('意向、交易、方案与消息 · 推送').selectOption('immediately');
	await company.getByLabel('开始').fill('21:30');
	await company.getByLabel('结束').fill('');
	await company.getByRole('button', { name: '保存' }).click();
	await expect(company.getByText('请填写两个时间，或都留空。')).toBeVisible();
	await expect(company.getByLabel('开始')).toHaveValue('21:30');
	await expect(company.getByLabel('意向、交易、方案与消息 · 推送')).toHaveValue('immediately');
	await company.getByLabel('结束').fill('06:45');
	await company.getByRole('button', { name: '保存' }).click();
	await expect(company.getByText('提醒设置已保存。')).toBeVisible();
	await company.reload();
	await expect(company.getByLabel('开始')).toHaveValue('21:30');
	await expect(company.getByLabel('结束')).toHaveValue('06:45');
	await expect(company.getByLabel('意向、交易、方案与消息 · 推送')).toHaveValue('immediately');
	await expect(company.getByRole('link', { name: '在此设备上接收推送' })).toHaveAttribute('href', '/account/devices');
	await company.context().close();
	await officer.context().close();
});

test('the alert choices fit a 360 px screen in English too, without scrolling sideways', async ({ browser }) => {
	// A new account of its own: switching language while signed in is kept in the profile, and the
	// demo company's other tests read Chinese.
	const context = await browser.newContext();
	await signUpByRequest(context, { role: 'company', email: uniqueEmail('alerts-en'), displayName: 'Alex' });
	const company = await context.newPage();
	await open(company, '/account/alerts');
	await switchLanguage(company, 'en');
	const grid = company.getByRole('region', { name: 'How often each kind of alert arrives' });
	await expect(grid.getByRole('combobox', { name: 'Needs and listings that match · Email' })).toBeVisible();
	const [scrolled, shown] = await grid.evaluate((region) => [region.scrollWidth, region.clientWidth]);
	expect(scrolled).toBeLessThanOrEqual(shown);
	await context.close();
});
